import http from 'node:http';
import type { Socket } from 'node:net';
import type { Express } from 'express';

/**
 * The HTTP server for an Express app, whose requests and responses are born with the app's own
 * prototypes (BENCHMARKS.md, Ledger: "The half-rate stalls").
 *
 * Express hands every request and response the app's prototypes with Object.setPrototypeOf
 * (application.js, app.handle). Done to an object that already exists, that gives it a new hidden
 * class, and V8 keeps what the old one reached alive through scavenges: under load about 3 MB of
 * young objects outlived every scavenge and went to the old generation, which filled at ≈ 25 MB/s,
 * and each of the major GCs that followed, six seconds apart, stalled the requests in flight for up
 * to ≈ 100 ms on a two-core machine. Setting a prototype an object already has is a no-op, so an
 * object born with it costs nothing there: the same Express app served this way promoted next to
 * nothing and allocated half as much per request.
 */
type NodeConstructor = (this: object, ...args: unknown[]) => void;

export function createHttpServer(app: Express): http.Server {
  // Plain constructors calling Node's (functions, not classes, in Node 20) on the new object: its
  // prototype is then the one given here. Reflect.construct with these as new.target would do the
  // same for classes, but V8 builds a new hidden class per object that way, the very cost avoided.
  function AppRequest(this: http.IncomingMessage, socket: Socket): void {
    (http.IncomingMessage as unknown as NodeConstructor).call(this, socket);
  }
  AppRequest.prototype = app.request;
  function AppResponse(this: http.ServerResponse, req: http.IncomingMessage, options?: http.ServerOptions): void {
    (http.ServerResponse as unknown as NodeConstructor).call(this, req, options);
  }
  AppResponse.prototype = app.response;
  return http.createServer(
    {
      IncomingMessage: AppRequest as unknown as typeof http.IncomingMessage,
      ServerResponse: AppResponse as unknown as typeof http.ServerResponse,
    },
    app,
  );
}
