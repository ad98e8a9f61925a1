import { sql } from 'kysely';
import { inTransaction } from '../../src/db/transaction';
import { dateInZone } from '../../src/lib/dates';
import { appendToLedger, appendCreditEvent } from '../../src/modules/credit/ledger';
import { countOpenRectifications, registerOpenRectificationSource, unregisterOpenRectificationSource } from '../../src/modules/credit/open-rectifications';
import { findingsForScoring } from '../../src/modules/credit/queries';
import { policyInTransaction } from '../../src/modules/credit/ratings';
import { recomputeAllRatings } from '../../src/modules/credit/recompute';
import { computeRating } from '../../src/modules/credit/scoring';
import { changePolicy } from '../../src/modules/policies/service';
import { startTestApp, type TestApp } from '../support/app';
import { newInstitution } from '../support/factories';
import { cityRegulator, sequentially, closeTestApp } from './support';
import { prng } from '../../src/lib/prng';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await sql`create table test_open_case (institution_id uuid not null)`.execute(t.ctx.db);
  registerOpenRectificationSource({ name: 'test', openCases: sql`select institution_id from test_open_case` });
});
afterAll(async () => {
  unregisterOpenRectificationSource('test');
  await closeTestApp(t);
});

const SEED = Number(process.env.CREDIT_TEST_SEED ?? Date.now() % 100000);
/** Which lists the data set reached, so a seed that exercises too little fails loudly. */
const seen = new Set<string>();

async function expectAgreement(asOf: Date) {
  const run = await recomputeAllRatings(t.ctx, { asOf });
  const policy = await inTransaction(t.ctx.db, (trx) => policyInTransaction(trx));
  const stored = await t.ctx.db.selectFrom('credit_rating').selectAll().execute();
  const institutions = await t.ctx.db.selectFrom('institution').select('id').execute();
  expect(stored).toHaveLength(institutions.length);
  const catalogue = await t.ctx.db.selectFrom('credit_measure').selectAll().where('active', '=', true).execute();
  const inForce = await t.ctx.db.selectFrom('credit_measure_application').select(['institution_id', 'measure_code']).where('lifted_at', 'is', null).execute();
  for (const row of stored) seen.add(row.list ?? 'none');
  for (const row of stored) {
    const expected = computeRating(
      await findingsForScoring(t.ctx.db, row.institution_id),
      policy.values.credit,
      { asOf, asOfDate: dateInZone(asOf, t.ctx.config.timeZone) },
      await countOpenRectifications(t.ctx.db, row.institution_id),
    );
    const context = `seed ${SEED}, asOf ${asOf.toISOString()}, institution ${row.institution_id}`;
    expect({ context, score: row.score, grade: row.grade, list: row.list, reason: row.list_reason, serious: row.live_serious, breaches: row.live_breaches, open: row.open_rectifications }).toEqual({
      context,
      score: expected.score,
      grade: expected.grade,
      list: expected.list,
      reason: expected.listReason,
      serious: expected.liveSerious,
      breaches: expected.liveBreaches,
      open: expected.openRectifications,
    });
    const triggered = catalogue.filter((m) => (m.trigger_list !== null && m.trigger_list === row.list) || m.trigger_grade === row.grade).map((m) => m.code).sort();
    expect({ context, measures: inForce.filter((a) => a.institution_id === row.institution_id).map((a) => a.measure_code).sort() }).toEqual({ context, measures: triggered });
  }
  return run;
}

describe('the set-based recompute', () => {
  it(`agrees with the per-institution computation on a random data set (seed ${SEED})`, async () => {
    const random = prng(SEED);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const institutions = await sequentially(24, () => newInstitution(t));
    for (const inst of institutions.slice(0, 5)) await sql`insert into test_open_case values (${inst.id})`.execute(t.ctx.db);
    const findings: Array<{ id: string; institutionId: string }> = [];
    t.clock.set('2025-01-01T02:00:00Z');
    for (let step = 0; step < 160; step++) {
      t.clock.advanceDays(Math.floor(random() * 12));
      t.clock.set(new Date(t.clock.now().getTime() + Math.floor(random() * 86_400_000)));
      const inst = pick(institutions).id;
      const roll = random();
      const occurredAt = new Date(t.clock.now().getTime() - Math.floor(random() * 500) * 86_400_000);
      const base = { institutionId: inst, basis: '随机测试', occurredAt };
      if (roll < 0.06 && findings.length > 0) {
        // A correction or a repair of some earlier finding, at most once each.
        const target = pick(findings);
        const kind = random() < 0.5 ? 'reversal' : 'repair';
        await inTransaction(t.ctx.db, async (trx) => {
          const ended = await trx.selectFrom('credit_event').select('id').where((eb) => eb.or([eb('reverses', '=', target.id), eb('repairs', '=', target.id)])).execute();
          if (ended.length > 0) return;
          const policy = await policyInTransaction(trx);
          await appendToLedger(
            trx,
            cityRegulator,
            {
              institutionId: target.institutionId,
              kind,
              type: kind === 'reversal' ? 'reversal' : 'credit_repair',
              severity: 'general',
              source: 'regulator',
              points: '0.00',
              basis: '随机测试',
              evidence: {},
              occurredAt: t.clock.now(),
              publicationEndsOn: null,
              reverses: kind === 'reversal' ? target.id : null,
              repairs: kind === 'repair' ? target.id : null,
            },
            policy,
            t.ctx,
          );
        });
        continue;
      }
      const source = roll < 0.25 ? 'association' : pick(['inspection', 'escrow', 'contract', 'complaint', 'court', 'regulator'] as const);
      const r = random();
      const recorded =
        r < 0.1
          ? await appendCreditEvent(t.ctx, cityRegulator, { ...base, type: 'funds_misappropriation', severity: 'serious', source })
          : r < 0.4
            ? await appendCreditEvent(t.ctx, cityRegulator, { ...base, type: 'commendation', severity: 'commendation', points: (1 + Math.floor(random() * 999)) / 100, source })
            : await appendCreditEvent(t.ctx, cityRegulator, { ...base, type: 'late_refund', severity: 'general', source });
      findings.push({ id: recorded.event.id, institutionId: inst });
    }
    const end = t.clock.now();
    const day = 86_400_000;
    // Moments on the edge of a publication end: the last second it counts, and the first it does not.
    const ends = await t.ctx.db.selectFrom('credit_event').select('publication_ends_on').where('publication_ends_on', 'is not', null).orderBy('sequence').execute();
    const edge = new Date(`${pick(ends).publication_ends_on}T00:00:00+08:00`);
    const moments = [end, new Date(end.getTime() - 200 * day), new Date(end.getTime() + 100 * day), new Date(end.getTime() + 400 * day), new Date(end.getTime() + 1200 * day)];
    for (const asOf of [...moments, new Date(edge.getTime() - 1000), edge, end]) {
      await expectAgreement(asOf);
    }
    expect([...seen].sort()).toEqual(['black', 'none', 'red', 'watch']);
    const kinds = await t.ctx.db.selectFrom('credit_event').select('kind').distinct().execute();
    expect(kinds.map((k) => k.kind).sort()).toEqual(['finding', 'repair', 'reversal']);
    // Back at `end` after visiting other moments, nothing is left to change.
    expect((await recomputeAllRatings(t.ctx, { asOf: end })).changed).toBe(0);

    // A policy with a weight of more decimals: rounding must still agree to the cent.
    await changePolicy(t.ctx, { ...cityRegulator, lang: 'zh' }, { reason: '测试：协会权重', values: { credit: { associationWeight: '0.333' } } });
    const run = await expectAgreement(end);
    expect(run.policyVersion).toBeGreaterThan(1);
  });
});
