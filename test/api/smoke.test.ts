import pino from 'pino';
import { enrollmentBody, key, provider } from '../escrow/helpers';
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

it('answers a POST with its JSON, its length and no ETag; a GET and a HEAD with an ETag', async () => {
  const p = await provider(t);
  const posted = await t.http.post('/api/v1/enrollments').set(p.auth).set(key()).send(enrollmentBody(p)).expect(201);
  expect(posted.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(Number(posted.headers['content-length'])).toBe(Buffer.byteLength(JSON.stringify(posted.body)));
  expect(posted.headers['etag']).toBeUndefined();
  expect(posted.headers['x-content-type-options']).toBe('nosniff');
  const got = await t.http.get(`/api/v1/enrollments/${posted.body.id}`).set(p.auth).expect(200);
  expect(got.headers['etag']).toMatch(/^W\/"/);
  const head = await t.http.head(`/api/v1/enrollments/${posted.body.id}`).set(p.auth).expect(200);
  expect(head.headers['etag']).toBe(got.headers['etag']);
  // the ETag answers a conditional GET
  await t.http.get(`/api/v1/enrollments/${posted.body.id}`).set(p.auth).set('If-None-Match', got.headers['etag']!).expect(304);
});

it('finds a route by its first path segment, and answers 404 for one under no segment or no route of it', async () => {
  const auth = await t.as.cityRegulator();
  expect((await t.http.get('/api/v1/policies/versions').set(auth)).status).toBe(200);
  const missing = await t.http.get('/api/v1/nowhere/at-all').set(auth).expect(404);
  expect(missing.body).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  await t.http.get('/api/v1/enrollments/00000000-0000-4000-8000-000000000000/nowhere').set(auth).expect(404);
});
