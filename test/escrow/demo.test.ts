import { seedDemoData } from '../../src/demo/seed';
import { startTestApp, type TestApp } from '../support/app';
import { verify } from './helpers';

/* The demo set carries escrow history, made through the services, so /escrow shows real figures. */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { SEED_DEMO: 'on' } });
  await seedDemoData(t.ctx);
});
afterAll(() => t.close());

it('has enrollments, consumptions, a refund, cards and releases on a ledger that verifies', async () => {
  const kinds = await t.ctx.db.selectFrom('ledger_entry').select(['kind']).select((eb) => eb.fn.countAll<number>().as('n')).groupBy('kind').execute();
  const count = Object.fromEntries(kinds.map((k) => [k.kind, Number(k.n)]));
  expect(count['prepayment']).toBeGreaterThan(30);
  expect(count['consumption']).toBeGreaterThan(60);
  expect(count['refund']).toBe(1);
  expect(count['card_issue']).toBeGreaterThan(0);
  expect(count['release']).toBeGreaterThan(5);
  const custody = await t.ctx.db
    .selectFrom('ledger_account')
    .select((eb) => eb.fn.sum<string>(eb(eb.ref('debits_posted'), '-', eb.ref('credits_posted'))).as('held'))
    .where('kind', '=', 'custody')
    .executeTakeFirstOrThrow();
  expect(Number(custody.held)).toBeGreaterThan(10_000);
  const paused = await t.ctx.db.selectFrom('enrollment').select(['release_pause_reason']).where('releases_paused_at', 'is not', null).execute();
  expect(paused.map((p) => p.release_pause_reason).sort()).toEqual(['complaint', 'refund']);
  expect((await verify(t)).ok).toBe(true);
});

it('has insurance, a guarantee, deposits, a clean reconciliation and an approved wind-down plan with real figures', async () => {
  const city = await t.as.cityRegulator();
  const closing = await t.ctx.db.selectFrom('institution').select('id').where('status', '=', 'closing').execute();
  expect(closing.length).toBeGreaterThan(0);
  const plans = [];
  for (const c of closing) plans.push((await t.http.get(`/api/v1/institutions/${c.id}/wind-down`).set(city).expect(200)).body);
  expect(plans.every((p) => p.status === 'approved' && p.builtBy === 'system' && p.approvedBy.startsWith('demo-regulator-'))).toBe(true);
  const withStudents = plans.filter((p) => p.items.length > 0);
  expect(withStudents.length).toBeGreaterThan(0);
  expect(Number(withStudents[0].totals.refundable)).toBeGreaterThan(0);

  const deposit = await t.ctx.db.selectFrom('ledger_entry').select('institution_id').where('kind', '=', 'deposit_topup').execute();
  expect(deposit.length).toBeGreaterThan(2);
  const summary = (await t.http.get(`/api/v1/institutions/${deposit[0]!.institution_id}/escrow`).set(city).expect(200)).body;
  expect(summary).toMatchObject({ supervisionMode: 'deposit', compliant: true });
  expect(Number(summary.depositBalance)).toBeGreaterThan(0);
  expect(Number(summary.insuranceCoverage)).toBeGreaterThan(0);
  expect((await t.ctx.db.selectFrom('bank_guarantee').select('id').execute()).length).toBe(1);
  const runs = await t.ctx.db.selectFrom('reconciliation_run').select(['clean', 'statement_lines']).execute();
  expect(runs).toEqual([expect.objectContaining({ clean: true })]);
  expect(runs[0]!.statement_lines).toBeGreaterThan(0);
  const open = (await t.http.get('/api/v1/alerts?limit=200').set(city).expect(200)).body.items.map((a: { kind: string }) => a.kind);
  expect(open).toEqual(expect.arrayContaining(['coverage_below_requirement', 'insurance_expiring']));
  expect((await verify(t)).ok).toBe(true);
});
