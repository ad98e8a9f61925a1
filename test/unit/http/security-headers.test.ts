import express from 'express';
import helmet from 'helmet';
import request from 'supertest';
import { securityHeaders } from '../../../src/http/security-headers';

/** securityHeaders() works helmet's headers out once: a response must carry exactly what helmet gives it. */

async function headersOf(middleware: express.RequestHandler): Promise<Record<string, unknown>> {
  const app = express();
  app.use(middleware);
  app.post('/x', (_req, res) => {
    res.json({ ok: true });
  });
  const res = await request(app).post('/x').expect(200);
  const { date: _date, ...rest } = res.headers;
  return rest;
}

it('sets the headers helmet sets, and removes what it removes', async () => {
  const once = await headersOf(securityHeaders());
  expect(once).toEqual(await headersOf(helmet()));
  expect(once['content-security-policy']).toContain("default-src 'self'");
  expect(once['strict-transport-security']).toMatch(/^max-age=\d+/);
  expect(once['x-powered-by']).toBeUndefined();
});

it('follows helmet options', async () => {
  const options = { contentSecurityPolicy: false, referrerPolicy: { policy: 'same-origin' as const } };
  const once = await headersOf(securityHeaders(options));
  expect(once).toEqual(await headersOf(helmet(options)));
  expect(once['content-security-policy']).toBeUndefined();
  expect(once['referrer-policy']).toBe('same-origin');
});
