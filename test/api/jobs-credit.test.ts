import { newInstitution } from '../support/factories';
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
let city: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  city = await t.as.cityRegulator();
});
afterAll(() => t.close());

it('the nightly credit-recompute job lets expired breaches stop counting (SPEC §5, §6)', async () => {
  const inst = await newInstitution(t);
  for (const day of ['01', '02', '03']) {
    await t.http
      .post(`/api/v1/institutions/${inst.id}/credit-events`)
      .set(city)
      .send({ type: 'fee_not_displayed', severity: 'general', source: 'inspection', basis: '收费项目未公示', occurredAt: `2026-08-${day}T10:00:00+08:00` })
      .expect(201);
  }
  const before = await t.http.get(`/api/v1/institutions/${inst.id}/credit`).set(city).expect(200);
  expect(before.body).toMatchObject({ score: '85.00', grade: 'B' });

  t.clock.set('2027-08-04T02:00:00Z');
  const run = await t.http.post('/api/v1/jobs/credit-recompute/runs').set(city).expect(201);
  expect(run.body.status).toBe('succeeded');
  const after = await t.http.get(`/api/v1/institutions/${inst.id}/credit`).set(city).expect(200);
  expect(after.body).toMatchObject({ score: '100.00', grade: 'A', list: 'red' });
  const red = await t.http.get('/api/v1/credit/lists/red?limit=200').expect(200);
  expect(red.body.items.map((i: { institution: { id: string } }) => i.institution.id)).toContain(inst.id);
});
