import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import type { Caller } from '../../src/http/api';
import { AppError } from '../../src/http/errors';
import { consumeLessons } from '../../src/modules/escrow/consumption-service';
import { batcherOf, type BatchStats } from '../../src/modules/escrow/ledger/batches';
import { startTestApp, type TestApp } from '../support/app';
import { describeOnServer } from '../support/engine';
import { consume, custodyPosted, enrollmentBody, key, prepay, provider, verify, type Provider } from './helpers';

/*
 * Group commit (src/modules/escrow/ledger/batches.ts): postings queued behind one in flight go to
 * PostgreSQL as one statement and one commit; if one of them raises, again with each in its own
 * subtransaction. These tests drive the batcher deterministically: calls made in the same tick as
 * one that goes alone queue behind it and leave together as the next statement. PGlite has no pool and no batches, so these run on the
 * PostgreSQL server only.
 */
describeOnServer('batches postings on the PostgreSQL server only (PGlite runs one statement at a time)')('postings that arrive together share one statement and one commit', () => {
  let t: TestApp;
  let p: Provider;
  let caller: Caller;

  beforeAll(async () => {
    // One lane, so every posting of the file meets in the same queue.
    t = await startTestApp({ poolSize: 6, env: { LEDGER_BATCH_LANES: '1', LEDGER_BATCH_MAX: '16' } });
    p = await provider(t);
    caller = institutionCaller(p.institutionId);
  });
  afterAll(() => t?.close());

  const stats = (): BatchStats => batcherOf(t.ctx.db)!.stats();
  const since = (before: BatchStats) => {
    const now = stats();
    return {
      statements: now.statements - before.statements,
      postings: now.postings - before.postings,
      isolated: now.isolated - before.isolated,
      resent: now.resent - before.resent,
    };
  };
  const institutionCaller = (institutionId: string): Caller => ({
    actor: { role: 'institution', sub: `institution:${institutionId}`, institutionId },
    requestId: randomUUID(),
    lang: 'zh',
  });
  const lesson = (enrollmentId: string, by: Caller = caller) =>
    consumeLessons(t.ctx, by, enrollmentId, { lessons: 1, occurredAt: '2026-09-01T09:00:00+08:00' }, randomUUID());

  it('a lane sends its queue in order: runs of batchable postings together, any other posting alone between them', async () => {
    // Stand-in postings: jsonb_object returns its key/value array as the outcome. The fourth cannot
    // share a statement (as a posting with a bank reference cannot).
    const echo = (n: number, batchable = true) => ({
      fn: 'jsonb_object',
      name: 'test/echo',
      text: 'select jsonb_object($1::text[]) as outcome',
      values: [['n', String(n)]],
      batchable,
    });
    const before = stats();
    const lane = `lane-order-${randomUUID()}`;
    const batcher = batcherOf(t.ctx.db)!;
    const answers = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => batcher.submit(lane, echo(n, n !== 4))));
    expect(answers).toEqual([1, 2, 3, 4, 5, 6].map((n) => ({ n: String(n) })));
    // 1 alone (the lane was idle), then 2 + 3, then 4 alone, then 5 + 6.
    expect(since(before)).toEqual({ statements: 4, postings: 6, isolated: 0, resent: 0 });
    expect(stats().largest).toBeGreaterThanOrEqual(2);
  });

  it('the service plans its statements once per connection (generic plans), batches and postings alike', async () => {
    // src/db/database.ts: the batch mixes and the posting functions' statements were planned anew.
    const { rows } = await sql<{ mode: string }>`select current_setting('plan_cache_mode') as mode`.execute(t.ctx.db);
    expect(rows[0]!.mode).toBe('force_generic_plan');
  });

  it('a refusal in a batch undoes that posting alone: its neighbours commit, and the figures are exact', async () => {
    // 3 paid + 4 gift lessons for 300.00: lesson c is worth round(300 × c ÷ 7) − round(300 × (c − 1) ÷ 7),
    // 42.86 except 42.85 for the sixth.
    const e = await prepay(t, p, { lessonsPaid: 3, giftLessons: 4, amountPaid: '300.00' });
    expect((await consume(t, p, e.id, 2)).status).toBe(201);
    const before = stats();
    // The first goes alone; the next nine queue behind it and leave as one statement. Five lessons
    // remain, so four of the batch post, the others are refused, and so is a stranger's enrollment.
    const calls = [lesson(e.id), ...Array.from({ length: 7 }, () => lesson(e.id)), lesson(randomUUID()), lesson(e.id)];
    const results = await Promise.allSettled(calls);
    // The batch's first try raised (a refusal), its second isolated each posting in a subtransaction.
    expect(since(before)).toEqual({ statements: 2, postings: 10, isolated: 1, resent: 0 });

    const posted = results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<{ body: { amount: string; lessonsBefore: number } }>).value.body);
    const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as AppError);
    expect(posted.map((b) => b.lessonsBefore).sort()).toEqual([2, 3, 4, 5, 6]);
    expect(posted.map((b) => b.amount).sort()).toEqual(['42.85', '42.86', '42.86', '42.86', '42.86']);
    expect(refused.every((r) => r instanceof AppError)).toBe(true);
    expect(refused.map((r) => r.code).sort()).toEqual(['ENROLLMENT_NOT_ACTIVE', 'ENROLLMENT_NOT_ACTIVE', 'ENROLLMENT_NOT_ACTIVE', 'ENROLLMENT_NOT_ACTIVE', 'ENROLLMENT_NOT_FOUND']);

    const got = await t.http.get(`/api/v1/enrollments/${e.id}`).set(p.auth).expect(200);
    expect(got.body).toMatchObject({ lessonsConsumed: 7, valueConsumed: '300.00', balance: '0.00', status: 'completed' });
    const rows = await t.ctx.db.selectFrom('lesson_consumption').select(['amount']).where('enrollment_id', '=', e.id).execute();
    expect(rows).toHaveLength(6);
    expect((await verify(t)).ok).toBe(true);
  });

  it('the same key twice in one batch posts once; the second answers with the first outcome', async () => {
    const e = await prepay(t, p, { lessonsPaid: 10, amountPaid: '1000.00' });
    const before = stats();
    const sameKey = randomUUID();
    const input = { lessons: 1, occurredAt: '2026-09-01T09:00:00+08:00' };
    const [first, a, b] = await Promise.all([
      lesson(e.id),
      consumeLessons(t.ctx, caller, e.id, input, sameKey),
      consumeLessons(t.ctx, caller, e.id, input, sameKey),
    ]);
    expect(since(before)).toEqual({ statements: 2, postings: 3, isolated: 0, resent: 0 });
    expect(first.replayed).toBe(false);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(a.body).toEqual(b.body);
    const rows = await t.ctx.db.selectFrom('lesson_consumption').select('id').where('enrollment_id', '=', e.id).execute();
    expect(rows).toHaveLength(2);
  });

  it('under concurrent HTTP load the postings are batched, all answered, and the ledger verifies', async () => {
    const q = await provider(t);
    const seeded = await Promise.all(Array.from({ length: 6 }, () => prepay(t, q, { lessonsPaid: 30, amountPaid: '3000.00' })));
    const before = stats();
    const work = [];
    for (let i = 0; i < 30; i++) {
      work.push(t.http.post('/api/v1/enrollments').set(q.auth).set(key()).send(enrollmentBody(q, { lessonsPaid: 10, amountPaid: '1000.00' })));
      work.push(consume(t, q, seeded[i % seeded.length]!.id, 1));
    }
    const answers = await Promise.all(work);
    expect(answers.map((a) => a.status).filter((s) => s !== 201)).toEqual([]);
    const d = since(before);
    expect(d.postings).toBeGreaterThanOrEqual(60);
    expect(d.statements).toBeLessThan(d.postings);
    expect([d.isolated, d.resent]).toEqual([0, 0]);
    for (const s of seeded) {
      const got = await t.http.get(`/api/v1/enrollments/${s.id}`).set(q.auth).expect(200);
      expect(got.body).toMatchObject({ lessonsConsumed: 5, valueConsumed: '500.00', balance: '2500.00' });
    }
    const custody = await custodyPosted(t, q.institutionId);
    expect(custody).toEqual({ debits_posted: '48000.00', credits_posted: '0.00' }); // 6 × 3 000 + 30 × 1 000
    expect((await verify(t)).ok).toBe(true);
  });

  it('a lock cycle between a batch and a writer outside the lanes reaches no client: the loser runs again', async () => {
    const q = await provider(t);
    const [e0, e1, e2] = await Promise.all([0, 1, 2].map(() => prepay(t, q, { lessonsPaid: 10, amountPaid: '1000.00' })));
    const earned = await t.ctx.db
      .selectFrom('ledger_account')
      .select('id')
      .where('institution_id', '=', q.institutionId)
      .where('kind', '=', 'earned_unreleased')
      .executeTakeFirstOrThrow(); // opened with the institution's first prepayment
    const one = (id: string) => lesson(id, institutionCaller(q.institutionId));

    // The outsider (think of the release step) holds e2's row; the batch [e1, e2] takes e1's row and
    // waits for e2 (its accounts it would lock only when it settles, after every posting in it); the
    // outsider then takes the institution's earned account and wants e1's row.
    const outsider = new pg.Client({ connectionString: t.database.url });
    await outsider.connect();
    try {
      await outsider.query('begin');
      await outsider.query('select id from enrollment where id = $1 for update', [e2!.id]);
      const before = stats();
      const posted = Promise.all([one(e0!.id), one(e1!.id), one(e2!.id)]);
      for (let i = 0; i < 200; i++) {
        const { rows } = await outsider.query<{ n: number }>(
          "select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
        );
        if (rows[0]!.n > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      let outsiderLost = false;
      try {
        await outsider.query('update ledger_account set debits_posted = debits_posted where id = $1', [earned.id]);
        await outsider.query('select id from enrollment where id = $1 for update', [e1!.id]);
        await outsider.query('commit');
      } catch (error) {
        expect((error as { code?: string }).code).toBe('40P01');
        outsiderLost = true;
        await outsider.query('rollback');
      }
      const results = await posted;
      expect(results.map((r) => r.replayed)).toEqual([false, false, false]);
      // PostgreSQL broke the cycle on one side: the outsider, or the batch, which went again with its twins.
      expect(since(before).isolated).toBe(outsiderLost ? 0 : 1);
    } finally {
      await outsider.end();
    }
    for (const e of [e1!, e2!]) {
      const got = await t.http.get(`/api/v1/enrollments/${e.id}`).set(q.auth).expect(200);
      expect(got.body).toMatchObject({ lessonsConsumed: 1, valueConsumed: '100.00' });
    }
    expect((await verify(t)).ok).toBe(true);
  });

  it('a batch that fails as a whole, isolated or not, is sent again posting by posting, each with its own answer', async () => {
    const e = await prepay(t, p, { lessonsPaid: 10, amountPaid: '1000.00' });
    // A stranger's enrollment makes the first try raise; without the twin the second cannot run at
    // all (as if the connection had dropped).
    await sql`alter function escrow_consume_try rename to escrow_consume_try_hidden`.execute(t.ctx.db);
    let results;
    try {
      const before = stats();
      results = await Promise.allSettled([lesson(e.id), lesson(e.id), lesson(randomUUID()), lesson(e.id), lesson(e.id), lesson(e.id)]);
      expect(since(before)).toEqual({ statements: 2, postings: 6, isolated: 1, resent: 1 });
    } finally {
      await sql`alter function escrow_consume_try_hidden rename to escrow_consume_try`.execute(t.ctx.db);
    }
    const posted = results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<{ body: { lessonsBefore: number } }>).value.body);
    expect(posted.map((b) => b.lessonsBefore).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(results.filter((r) => r.status === 'rejected').map((r) => ((r as PromiseRejectedResult).reason as AppError).code)).toEqual(['ENROLLMENT_NOT_FOUND']);
    const got = await t.http.get(`/api/v1/enrollments/${e.id}`).set(p.auth).expect(200);
    expect(got.body).toMatchObject({ lessonsConsumed: 5, valueConsumed: '500.00' });
    expect((await verify(t)).ok).toBe(true);
  });
});
