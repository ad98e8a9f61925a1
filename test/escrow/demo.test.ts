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
