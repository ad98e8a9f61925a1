import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

declare module 'express-serve-static-core' {
  interface Request {
    /** A child logger carrying the request id, made on first use. */
    log: Logger;
  }
}

const CHILD_LOGGER = Symbol('childLogger');
type WithChildLogger = { requestId?: string; [CHILD_LOGGER]?: Logger };

/**
 * `req.log` as a getter on the app's request prototype, defined once per app. Defined on each
 * request instead, with a closure of its own, it gave every request a hidden class of its own, and
 * the requests' young objects outlived their scavenges into the old generation
 * (src/http/server.ts has the whole story).
 */
function defineRequestLogger(prototype: object, logger: Logger): void {
  Object.defineProperty(prototype, 'log', {
    configurable: true,
    get(this: WithChildLogger): Logger {
      return (this[CHILD_LOGGER] ??= logger.child({ reqId: this.requestId }));
    },
  });
}

/**
 * A request id on every response and every log line; a well-formed client id is kept. One line
 * per request when it finishes (info for 4xx and 5xx, debug otherwise), with method, path,
 * status and duration only: tokens, bodies and personal data never reach the log. Child loggers
 * are made lazily, since most requests never log anything else.
 */
export function requestContext(logger: Logger): RequestHandler {
  const debug = logger.isLevelEnabled('debug');
  const prototypes = new WeakSet<object>();
  return (req, res, next) => {
    const offered = req.headers['x-request-id'];
    const id = typeof offered === 'string' && CLIENT_REQUEST_ID.test(offered) ? offered : randomUUID();
    req.requestId = id;
    res.setHeader('X-Request-Id', id);
    // Express has given the request its app's prototype by now.
    const prototype = Object.getPrototypeOf(req) as object;
    if (!prototypes.has(prototype)) {
      prototypes.add(prototype);
      defineRequestLogger(prototype, logger);
    }
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const status = res.statusCode;
      if (status < 400 && !debug) return;
      const line = { reqId: id, method: req.method, path: req.path, status, ms: Number(process.hrtime.bigint() - started) / 1e6 };
      if (status >= 500) logger.error(line, 'request failed');
      else if (status >= 400) logger.info(line, 'request refused');
      else logger.debug(line, 'request');
    });
    next();
  };
}
