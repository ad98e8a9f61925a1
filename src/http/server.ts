import http from 'node:http';
import type { Socket } from 'node:net';
import type { Express } from 'express';

type NodeConstructor = (this: object, ...args: unknown[]) => void;

/**
 * The HTTP server for an Express app, whose requests and responses are born with the app's own
 * prototypes (BENCHMARKS.md, Ledger: "Requests born with the app's prototypes").
 *
 * Express hands every request and response the app's prototypes with Object.setPrototypeOf
 * (application.js, app.handle). Done to an object that already exists, that gives the object a
 * hidden class of its own, and under load each request's young objects then stayed alive through
 * their scavenges into the old generation (≈ 3 MB a scavenge, ≈ 25 MB/s): a major GC came every few
 * seconds and stalled the requests in flight for up to ≈ 100 ms on a two-core machine. Setting a
 * prototype an object already has changes nothing, so an object born with it costs nothing there:
 * the same app served this way promoted next to nothing and allocated half as much per request.
 */
export function createHttpServer(app: Express): http.Server {
  // Plain constructors calling Node's (functions, not classes, in Node 20) on the new object: its
  // prototype is then the one given here. Reflect.construct with these as new.target would do the
  // same for classes, but V8 builds a new hidden class per object that way, the very cost avoided.
  function AppRequest(this: http.IncomingMessage, socket: Socket): void {
    (http.IncomingMessage as unknown as NodeConstructor).call(this, socket);
  }
  AppRequest.prototype = app.request;
  function AppResponse(this: http.ServerResponse, req: http.IncomingMessage, options?: object): void {
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
