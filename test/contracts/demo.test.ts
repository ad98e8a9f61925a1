import { seedDemoData } from '../../src/demo/seed';
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { SEED_DEMO: 'on' } });
  await seedDemoData(t.ctx);
});
afterAll(() => t.close());

it('seeds clean model contracts, one open case and one rectified through the services', async () => {
  const versions = await t.ctx.db.selectFrom('contract_version').select(['source', 'high_count', 'medium_count', 'low_count', 'template_id']).execute();
  const model = versions.filter((v) => v.source === 'template');
  expect(model.length).toBeGreaterThanOrEqual(4);
  expect(model.every((v) => v.high_count + v.medium_count + v.low_count === 0)).toBe(true);

  const city = await t.as.cityRegulator();
  const open = await t.http.get('/api/v1/rectification-cases?status=open').set(city).expect(200);
  expect(open.body.items).toHaveLength(1);
  const closed = await t.http.get('/api/v1/rectification-cases?status=closed').set(city).expect(200);
  expect(closed.body.items).toHaveLength(1);
  const institutionId = open.body.items[0].institution.id;
  const credit = await t.http.get(`/api/v1/institutions/${institutionId}/credit`).set(city).expect(200);
  expect(credit.body).toMatchObject({ list: 'watch', openRectifications: 1 });
  await t.http.get(`/api/v1/rectification-cases/${open.body.items[0].id}/notice.pdf`).set(city).expect(200);
});
