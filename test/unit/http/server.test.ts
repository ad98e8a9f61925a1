import http from 'node:http';
import express from 'express';
import request from 'supertest';
import { createHttpServer } from '../../../src/http/server';

/**
 * createHttpServer() makes requests and responses with the app's prototypes from the start, so
 * Express's own Object.setPrototypeOf has nothing to change (src/http/server.ts says why that matters).
 */

function app(): express.Express {
  const a = express();
  a.use(express.json());
  a.get('/echo', (req, res) => {
    res.set('X-Seen', req.get('x-probe') ?? '').status(202).json({ query: req.query, path: req.path, ip: typeof req.ip });
  });
  a.post('/echo', (req, res) => {
    res.status(201).json({ body: req.body as unknown });
  });
  return a;
}

/** The prototypes the request and response had when the server made them, before Express ran. */
async function prototypesBeforeExpress(server: http.Server, a: express.Express) {
  let seen: { request: boolean; response: boolean; isMessage: boolean } | undefined;
  server.prependListener('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    seen = {
      request: Object.getPrototypeOf(req) === a.request,
      response: Object.getPrototypeOf(res) === a.response,
      isMessage: req instanceof http.IncomingMessage && res instanceof http.ServerResponse,
    };
  });
  await request(server).get('/echo').expect(202);
  return seen;
}

it("makes requests and responses with the app's prototypes", async () => {
  const a = app();
  expect(await prototypesBeforeExpress(createHttpServer(a), a)).toEqual({ request: true, response: true, isMessage: true });
  // A plain server's objects get them only from Express, after the fact: what createHttpServer avoids.
  expect(await prototypesBeforeExpress(http.createServer(a), a)).toEqual({ request: false, response: false, isMessage: true });
});

it('serves Express routes as a plain server does', async () => {
  const server = createHttpServer(app());
  const get = await request(server).get('/echo?a=1&b=two').set('X-Probe', 'p').expect(202);
  expect(get.headers['x-seen']).toBe('p');
  expect(get.body).toEqual({ query: { a: '1', b: 'two' }, path: '/echo', ip: 'string' });
  const post = await request(server).post('/echo').send({ amount: '12.50' }).expect(201);
  expect(post.body).toEqual({ body: { amount: '12.50' } });
  await request(server).get('/nowhere').expect(404);
});

it('keeps serving on a kept-alive connection', async () => {
  const server = createHttpServer(app()).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const sockets = new Set<unknown>();
  try {
    for (let i = 0; i < 3; i++) {
      const status = await new Promise<number>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port, path: `/echo?i=${i}`, agent }, (res) => {
            sockets.add(res.socket);
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          })
          .on('error', reject);
      });
      expect(status).toBe(202);
    }
    expect(sockets.size).toBe(1);
  } finally {
    agent.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
});
