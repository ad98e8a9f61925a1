import { seedDemoData } from '../../src/demo/seed';
import { verifyChain } from '../../src/modules/credit/hash-chain';
import { startTestApp, type TestApp } from '../support/app';
import { closeTestApp } from './support';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { SEED_DEMO: 'on' } });
  await seedDemoData(t.ctx);
});
afterAll(() => closeTestApp(t));

it('seeds commendations, general and serious breaches so that every list is non-empty', async () => {
  for (const list of ['red', 'watch', 'black']) {
    const res = await t.http.get(`/api/v1/credit/lists/${list}`).expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
  }
  const severities = await t.ctx.db.selectFrom('credit_event').select('severity').distinct().execute();
  expect(severities.map((s) => s.severity).sort()).toEqual(['commendation', 'general', 'serious']);
  const rated = await t.ctx.db.selectFrom('credit_rating').select('institution_id').execute();
  const institutions = await t.ctx.db.selectFrom('institution').select('id').execute();
  expect(rated).toHaveLength(institutions.length);
  expect((await verifyChain(t.ctx.db)).ok).toBe(true);
  const queue = await t.http.get('/api/v1/credit-repairs?status=pending').set(await t.as.cityRegulator()).expect(200);
  expect(queue.body.items).toHaveLength(1);
});
