import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('answers health and readiness', async () => {
  const health = await t.http.get('/healthz').expect(200);
  expect(health.body).toEqual({ status: 'ok' });
  const ready = await t.http.get('/readyz').expect(200);
  expect(ready.body.status).toBe('ready');
  expect(health.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});
