import pino from 'pino';
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
const lines: Array<Record<string, unknown>> = [];
beforeAll(async () => {
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  t = await startTestApp({ logger });
});
afterAll(() => t.close());

it('answers health and readiness', async () => {
  const health = await t.http.get('/healthz').expect(200);
  expect(health.body).toEqual({ status: 'ok' });
  const ready = await t.http.get('/readyz').expect(200);
  expect(ready.body.status).toBe('ready');
  expect(health.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});

it('sends security headers', async () => {
  const res = await t.http.get('/healthz');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  expect(res.headers['x-powered-by']).toBeUndefined();
});

it('logs one line per request with its id, and never the token', async () => {
  const auth = await t.as.cityRegulator();
  lines.length = 0;
  await t.http.get('/api/v1/institutions/00000000-0000-4000-8000-000000000000').set(auth).set('X-Request-Id', 'trace-0000-1111').expect(404);
  const line = lines.find((l) => l['reqId'] === 'trace-0000-1111');
  expect(line).toMatchObject({ method: 'GET', status: 404, path: '/api/v1/institutions/00000000-0000-4000-8000-000000000000' });
  expect(JSON.stringify(lines)).not.toContain((auth.Authorization ?? '').slice(7, 40));
});
