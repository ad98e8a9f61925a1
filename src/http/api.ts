import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import express, { type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import type { Actor, Role } from '../auth/actor';
import { AppError } from './errors';
import { requestLanguage, type Lang } from './i18n';
import { ProblemSchema } from './problem-schema';
import { parseInput } from './validation';

export const API_PREFIX = '/api/v1';

/** Who may call a route: anyone, any signed-in user, or the listed roles. */
export type Access = 'public' | 'authenticated' | readonly Role[];

/** The caller of one request, as services see it. */
export interface Caller {
  actor: Actor;
  requestId: string;
  lang: Lang;
}

/** A non-JSON answer (CSV, PDF). */
export class RawResponse {
  constructor(
    readonly contentType: string,
    readonly body: Buffer | string,
    readonly filename?: string,
    readonly status = 200,
  ) {}
}

type AnyObject = z.ZodObject<z.ZodRawShape>;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteSpec<P extends AnyObject | undefined, Q extends AnyObject | undefined, B extends z.ZodType | undefined> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI style, relative to /api/v1: '/institutions/{id}'. */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  /** Extra request headers to document and require (e.g. Idempotency-Key). */
  headers?: AnyObject;
  /** Success status (default 200). */
  status?: number;
  /** The JSON body of the success response. */
  response?: z.ZodType;
  /** Other content types the success response may take (CSV export, PDF). */
  produces?: string[];
  /** Problem statuses worth documenting besides the usual 400/401/403/404. */
  problems?: number[];
  handler(input: {
    params: Out<P>;
    query: Out<Q>;
    body: Out<B>;
    headers: Record<string, string | undefined>;
    caller: Caller;
    req: Request;
    res: Response;
  }): Promise<unknown>;
}

declare module 'express-serve-static-core' {
  interface Request {
    actor?: Actor;
    requestId?: string;
  }
}

export interface ApiOptions {
  validateResponses: boolean;
  /** Runs before every `access: 'public'` route (rate limiting of unauthenticated callers). */
  publicMiddleware?: RequestHandler;
}

/**
 * Routes are declared once and become both an Express handler and an OpenAPI operation, so the
 * document cannot drift from what the service serves and every input is validated at the edge.
 */
export class Api {
  readonly router = express.Router();
  readonly registry = new OpenAPIRegistry();
  readonly operations: Array<{ method: string; path: string }> = [];
  /**
   * The routes under each first path segment ('institutions', 'enrollments', …) in a router of
   * their own: Express tries a router's routes one by one, and a posting would otherwise be matched
   * against the fifty-odd routes declared before it on every request (BENCHMARKS.md, Ledger).
   */
  private readonly sections = new Map<string, express.Router>();

  constructor(private readonly options: ApiOptions) {
    this.registry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    const dispatch: RequestHandler = (req, res, next) => {
      const section = this.sections.get(firstSegment(req.path));
      if (section) section(req, res, next);
      else next();
    };
    // Where the routes are, for whoever reads the router's stack (the OpenAPI test does).
    this.router.use(Object.assign(dispatch, { sections: this.sections }));
  }

  private section(path: string): express.Router {
    const name = firstSegment(path);
    let section = this.sections.get(name);
    if (!section) {
      section = express.Router();
      this.sections.set(name, section);
    }
    return section;
  }

  route<P extends AnyObject | undefined = undefined, Q extends AnyObject | undefined = undefined, B extends z.ZodType | undefined = undefined>(
    spec: RouteSpec<P, Q, B>,
  ): void {
    this.document(spec);
    this.operations.push({ method: spec.method, path: spec.path });
    const expressPath = spec.path.replace(/\{(\w+)\}/g, ':$1');
    const validateResponses = this.options.validateResponses;
    const before: RequestHandler[] = spec.access === 'public' && this.options.publicMiddleware ? [this.options.publicMiddleware] : [];
    this.section(spec.path)[spec.method](expressPath, ...before, async (req: Request, res: Response) => {
      const lang = requestLanguage(req);
      const actor = req.actor ?? { role: 'anonymous', sub: 'anonymous' };
      authorizeRoute(spec.access, actor);
      const params = spec.params ? parseInput(spec.params, req.params, 'params', lang) : undefined;
      const query = spec.query ? parseInput(spec.query, req.query, 'query', lang) : undefined;
      const headers = spec.headers
        ? parseInput(spec.headers, pickHeaders(req, spec.headers), 'headers', lang)
        : {};
      let body: unknown;
      if (spec.body) {
        if (req.body === undefined && req.headers['content-length'] && req.headers['content-length'] !== '0') {
          throw new AppError('UNSUPPORTED_MEDIA_TYPE');
        }
        body = parseInput(spec.body, req.body, 'body', lang);
      }
      const caller: Caller = { actor, requestId: req.requestId ?? '', lang };
      const result = await spec.handler({
        params: params as Out<P>,
        query: query as Out<Q>,
        body: body as Out<B>,
        headers: headers as Record<string, string | undefined>,
        caller,
        req,
        res,
      });
      if (res.headersSent) return;
      if (result instanceof RawResponse) {
        res.status(result.status).type(result.contentType);
        if (result.filename) res.attachment(result.filename);
        res.send(result.body);
        return;
      }
      if (validateResponses && spec.response) {
        const check = spec.response.safeParse(result);
        if (!check.success) throw new Error(`response of ${spec.method.toUpperCase()} ${spec.path} breaks its schema: ${check.error.message}`);
      }
      const status = spec.status ?? 200;
      if (status === 204) res.status(204).end();
      else if (req.method === 'GET' || req.method === 'HEAD') res.status(status).json(result);
      else sendJson(res, status, result);
    });
  }

  private document(spec: RouteSpec<AnyObject | undefined, AnyObject | undefined, z.ZodType | undefined>): void {
    const status = spec.status ?? 200;
    const content: Record<string, { schema: z.ZodType }> = {};
    if (spec.response) content['application/json'] = { schema: spec.response };
    const responses: Record<string, { description: string; content?: Record<string, { schema: z.ZodType }> }> = {
      [status]: {
        description: 'Success',
        ...(spec.response || spec.produces ? { content } : {}),
      },
    };
    for (const type of spec.produces ?? []) content[type] = { schema: z.string() };
    const problemStatuses = new Set([400, ...(spec.access === 'public' ? [] : [401, 403]), ...(spec.path.includes('{') ? [404] : []), ...(spec.problems ?? [])]);
    for (const s of problemStatuses) {
      responses[s] = { description: 'Problem', content: { 'application/problem+json': { schema: ProblemSchema } } };
    }
    this.registry.registerPath({
      method: spec.method,
      path: API_PREFIX + spec.path,
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      tags: spec.tags,
      security: spec.access === 'public' ? [] : [{ bearerAuth: [] }],
      request: {
        ...(spec.params ? { params: spec.params } : {}),
        ...(spec.query ? { query: spec.query } : {}),
        ...(spec.headers ? { headers: spec.headers } : {}),
        ...(spec.body ? { body: { content: { 'application/json': { schema: spec.body } }, required: true } } : {}),
      },
      responses,
    });
  }
}

function pickHeaders(req: Request, schema: AnyObject): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const name of Object.keys(schema.shape)) {
    const value = req.headers[name.toLowerCase()];
    out[name] = Array.isArray(value) ? value[0] : value;
  }
  return out;
}

function authorizeRoute(access: Access, actor: Actor): void {
  if (access === 'public') return;
  if (actor.role === 'anonymous') throw new AppError('UNAUTHENTICATED');
  if (access === 'authenticated' || actor.role === 'system') return;
  if (!(access as readonly string[]).includes(actor.role)) throw new AppError('FORBIDDEN', { role: actor.role });
}

/**
 * The JSON answer to a request that changes something. Express's res.json would also hash the body
 * for an ETag, which only a GET or HEAD can use (a conditional request): on the ledger's postings
 * that hash is a measurable part of the service's time per request (BENCHMARKS.md, Ledger).
 */
function sendJson(res: Response, status: number, result: unknown): void {
  // JSON.stringify(undefined) is undefined: an empty body then, as res.json would send.
  const body = (JSON.stringify(result) as string | undefined) ?? '';
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/** 'institutions' for '/institutions/{id}/sites' (or '/institutions/…/sites'). */
function firstSegment(path: string): string {
  const end = path.indexOf('/', 1);
  return end === -1 ? path.slice(1) : path.slice(1, end);
}
