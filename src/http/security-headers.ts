import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet's headers, worked out once. helmet() is eleven middlewares, each setting a header that
 * depends on nothing in the request, each a step through the middleware chain: on the ledger's
 * postings that was ≈ 2 % of the service's time per request (BENCHMARKS.md, Ledger). So helmet runs
 * once, on a stand-in response, and every request gets what it set (and loses what it removed) in
 * one step.
 */
export function securityHeaders(options?: Parameters<typeof helmet>[0]): RequestHandler {
  const set: Array<[string, string]> = [];
  const removed: string[] = [];
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      set.push([name, Array.isArray(value) ? value.join(', ') : String(value)]);
      return recorder;
    },
    removeHeader(name: string) {
      removed.push(name);
    },
  };
  let finished = false;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, () => {
    finished = true;
  });
  // helmet's middlewares are synchronous today; if one ever is not, headers would be missing.
  if (!finished) throw new Error('helmet did not finish synchronously: its headers cannot be worked out once');
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };
}
