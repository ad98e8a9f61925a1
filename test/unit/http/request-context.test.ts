import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { requestContext } from '../../../src/http/request-context';

/** req.log: a child logger carrying the request's id, from a getter the requests share (not one each). */

it("logs through a child logger carrying each request's own id", async () => {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  const app = express();
  app.use(requestContext(logger));
  const seen: Array<{ own: boolean; same: boolean }> = [];
  app.get('/x', (req, res) => {
    seen.push({ own: Object.getOwnPropertyDescriptor(req, 'log') !== undefined, same: req.log === req.log });
    req.log.info({ step: 1 }, 'inside');
    res.json({ id: req.requestId });
  });
  const a = await request(app).get('/x').set('X-Request-Id', 'first-request-1').expect(200);
  const b = await request(app).get('/x').expect(200);
  expect(a.body.id).toBe('first-request-1');
  expect(b.body.id).toMatch(/^[0-9a-f-]{36}$/);
  expect(lines.filter((l) => l['msg'] === 'inside').map((l) => l['reqId'])).toEqual(['first-request-1', b.body.id]);
  // the getter lives on the app's request prototype, and makes one child per request
  expect(seen).toEqual([
    { own: false, same: true },
    { own: false, same: true },
  ]);
});
