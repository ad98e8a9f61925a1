import { sql } from 'kysely';
import { inTransaction, type Tx } from '../../src/db/transaction';
import { contentOf, hashContent, verifyChain } from '../../src/modules/credit/hash-chain';
import { appendCreditEvent } from '../../src/modules/credit/ledger';
import { findingsForScoring } from '../../src/modules/credit/queries';
import { computeRating } from '../../src/modules/credit/scoring';
import { DEFAULT_POLICY } from '../../src/modules/policies/values';
import { dateInZone } from '../../src/lib/dates';
import { startTestApp, type TestApp } from '../support/app';
import { testEngine } from '../support/engine';
import { newInstitution } from '../support/factories';
import { cityRegulator, record, sequentially, storedRating, closeTestApp } from './support';

let t: TestApp;
let events: Array<{ id: string; sequence: number; points: string; hash: string }>;
beforeAll(async () => {
  t = await startTestApp();
  const a = await newInstitution(t);
  const b = await newInstitution(t);
  const recorded = await sequentially(6, (i) => record(t, i % 2 ? a.id : b.id));
  events = recorded.map((r) => r.event);
});
afterAll(() => closeTestApp(t));

/** Tampering as an attacker with database access would: triggers (append-only, foreign keys) off. */
async function tamper(work: (trx: Tx) => Promise<unknown>) {
  await inTransaction(t.ctx.db, async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    await work(trx);
  });
}

async function verify() {
  const res = await t.http.get('/api/v1/credit/verify').set(await t.as.cityRegulator()).expect(200);
  return res.body;
}

describe('the append-only ledger', () => {
  it('refuses UPDATE and DELETE through the trigger', async () => {
    await expect(sql`update credit_event set points = 0 where id = ${events[0]!.id}`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from credit_event where id = ${events[0]!.id}`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from credit_rating_change`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
  });

  it('verifies an intact chain', async () => {
    expect(await verify()).toMatchObject({ ok: true, checked: 6, head: { sequence: 6, hash: events[5]!.hash }, firstBreak: null });
  });
});

describe('chain verification names the first broken link', () => {
  it('detects a changed event', async () => {
    const target = events[2]!;
    await tamper((trx) => sql`update credit_event set points = '5.00' where id = ${target.id}`.execute(trx));
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.firstBreak).toMatchObject({ problem: 'content_changed', sequence: 3, eventId: target.id, expected: target.hash });
    expect(result.firstBreak.message).toContain('篡改');
    await tamper((trx) => sql`update credit_event set points = ${target.points} where id = ${target.id}`.execute(trx));
    expect((await verify()).ok).toBe(true);
  });

  it('detects a changed event whose hash was recomputed, at the next link', async () => {
    const target = events[2]!;
    const row = await t.ctx.db.selectFrom('credit_event').selectAll().where('id', '=', target.id).executeTakeFirstOrThrow();
    const forged = hashContent(contentOf({ ...row, points: '5.00' }));
    await tamper((trx) => sql`update credit_event set points = '5.00', hash = ${forged} where id = ${target.id}`.execute(trx));
    // Sequence 3 now matches its own hash, but sequence 4 still names the original.
    expect((await verify()).firstBreak).toMatchObject({ problem: 'link_broken', sequence: 4, expected: forged, found: target.hash });
    await tamper((trx) => sql`update credit_event set points = ${target.points}, hash = ${target.hash} where id = ${target.id}`.execute(trx));
    expect((await verify()).ok).toBe(true);
  });

  it('detects a deleted event', async () => {
    const target = events[3]!;
    const saved = await t.ctx.db.selectFrom('credit_event').selectAll().where('id', '=', target.id).executeTakeFirstOrThrow();
    await tamper((trx) => sql`delete from credit_event where id = ${target.id}`.execute(trx));
    const result = await verify();
    expect(result.firstBreak).toMatchObject({ problem: 'event_missing', sequence: 4, found: '5' });
    expect(result.firstBreak.message).toContain('删除');
    await tamper((trx) => trx.insertInto('credit_event').values({ ...saved, evidence: JSON.stringify(saved.evidence) }).execute());
    expect((await verify()).ok).toBe(true);
  });

  it('detects the newest events deleted, against the chain head', async () => {
    const target = events[5]!;
    const saved = await t.ctx.db.selectFrom('credit_event').selectAll().where('id', '=', target.id).executeTakeFirstOrThrow();
    await tamper((trx) => sql`delete from credit_event where id = ${target.id}`.execute(trx));
    expect((await verify()).firstBreak).toMatchObject({ problem: 'head_mismatch', sequence: 6, eventId: null });
    await tamper((trx) => trx.insertInto('credit_event').values({ ...saved, evidence: JSON.stringify(saved.evidence) }).execute());
    expect((await verify()).ok).toBe(true);
  });

  it('detects reordered events', async () => {
    // The unique sequence index is checked per row: move one out of the way first.
    await tamper(async (trx) => {
      await sql`update credit_event set sequence = 1000000 where sequence = 2`.execute(trx);
      await sql`update credit_event set sequence = 2 where sequence = 3`.execute(trx);
      await sql`update credit_event set sequence = 3 where sequence = 1000000`.execute(trx);
    });
    const result = await verify();
    expect(result.firstBreak).toMatchObject({ problem: 'reordered', sequence: 2, eventId: events[2]!.id });
    expect(result.firstBreak.found).toContain('sequence 3');
    expect(result.firstBreak.message).toContain('顺序');
    await tamper(async (trx) => {
      await sql`update credit_event set sequence = 1000000 where sequence = 2`.execute(trx);
      await sql`update credit_event set sequence = 2 where sequence = 3`.execute(trx);
      await sql`update credit_event set sequence = 3 where sequence = 1000000`.execute(trx);
    });
    expect((await verify()).ok).toBe(true);
  });
});

(testEngine() === 'postgres' ? describe : describe.skip)('concurrent appends (PostgreSQL server)', () => {
  it('keep one unbroken chain and consistent ratings', async () => {
    const institutions = await sequentially(4, () => newInstitution(t));
    const before = (await verifyChain(t.ctx.db)).head.sequence;
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        appendCreditEvent(t.ctx, cityRegulator, {
          institutionId: institutions[i % 4]!.id,
          type: i % 5 === 0 ? 'commendation' : 'late_refund',
          severity: i % 5 === 0 ? 'commendation' : 'general',
          ...(i % 5 === 0 ? { points: '2' } : {}),
          source: i % 3 === 0 ? 'association' : 'escrow',
          basis: '并发测试',
          occurredAt: t.clock.now(),
        }),
      ),
    );
    const result = await verifyChain(t.ctx.db);
    expect(result).toMatchObject({ ok: true, head: { sequence: before + 40 } });
    const sequences = (await t.ctx.db.selectFrom('credit_event').select('sequence').orderBy('sequence').execute()).map((r) => r.sequence);
    expect(sequences).toEqual(Array.from({ length: sequences.length }, (_, i) => i + 1));
    const now = t.clock.now();
    for (const inst of institutions) {
      const expected = computeRating(await findingsForScoring(t.ctx.db, inst.id), DEFAULT_POLICY.credit, { asOf: now, asOfDate: dateInZone(now, 'Asia/Shanghai') }, 0);
      expect(await storedRating(t, inst.id)).toMatchObject({ score: expected.score, grade: expected.grade, list: expected.list });
    }
    // Rating changes are numbered in commit order: each institution's history reads back as a running total.
    const changes = await t.ctx.db.selectFrom('credit_rating_change').selectAll().orderBy('seq').execute();
    for (const inst of institutions) {
      const mine = changes.filter((c) => c.institution_id === inst.id);
      for (let i = 1; i < mine.length; i++) expect(mine[i]!.from_score).toBe(mine[i - 1]!.to_score);
    }
  });
});
