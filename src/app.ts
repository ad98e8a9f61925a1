import { OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import express, { type Express } from 'express';
import rateLimit from 'express-rate-limit';
import { sql } from 'kysely';
import swaggerUi from 'swagger-ui-express';
import { z } from 'zod';
import type { AppContext } from './context';
import { Api, API_PREFIX } from './http/api';
import { authenticate } from './http/authenticate';
import { AppError } from './http/errors';
import { notFoundHandler, problemHandler } from './http/problem';
import { ProblemSchema } from './http/problem-schema';
import { requestContext } from './http/request-context';
import { securityHeaders } from './http/security-headers';
import { registerAlertRoutes } from './modules/alerts/routes';
import { registerAuditRoutes } from './modules/audit/routes';
import { registerContractRoutes } from './modules/contracts/routes';
import { registerJobRoutes } from './modules/jobs/routes';
import { registerCreditRoutes } from './modules/credit/routes';
import { registerEscrowRoutes } from './modules/escrow/routes';
import { registerInstitutionRoutes } from './modules/institutions/routes';
import { registerPolicyRoutes } from './modules/policies/routes';
import { registerPublicRoutes } from './modules/public/routes';

export const BODY_LIMIT = '1mb';

export interface AppOptions {
  /** Requests a minute per client address on the public (unauthenticated) endpoints. */
  publicRateLimit?: number;
}

/** Each module adds its routes here; the order only matters for the OpenAPI document's layout. */
function registerModules(api: Api, ctx: AppContext): void {
  registerPolicyRoutes(api, ctx);
  registerInstitutionRoutes(api, ctx);
  registerEscrowRoutes(api, ctx);
  registerCreditRoutes(api, ctx);
  registerContractRoutes(api, ctx);
  registerAlertRoutes(api, ctx);
  registerJobRoutes(api, ctx);
  registerAuditRoutes(api, ctx);
  registerPublicRoutes(api, ctx);
}

export function buildApi(ctx: AppContext, options: AppOptions = {}): Api {
  const publicMiddleware = rateLimit({
    windowMs: 60_000,
    limit: options.publicRateLimit ?? 120,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new AppError('RATE_LIMITED')),
  });
  const api = new Api({ validateResponses: ctx.config.nodeEnv === 'test', publicMiddleware });
  registerModules(api, ctx);
  documentOperationalRoutes(api, ctx);
  return api;
}

/** The routes outside /api/v1 that clients and orchestrators call, so the document lists them too. */
function documentOperationalRoutes(api: Api, ctx: AppContext): void {
  const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
  api.registry.registerPath({
    method: 'get',
    path: '/healthz',
    summary: '进程存活检查 / Liveness',
    tags: ['operations'],
    responses: { 200: { description: 'The process is up', ...json(z.object({ status: z.literal('ok') })) } },
  });
  api.registry.registerPath({
    method: 'get',
    path: '/readyz',
    summary: '就绪检查（数据库）/ Readiness (database)',
    tags: ['operations'],
    responses: {
      200: { description: 'The database answers', ...json(z.object({ status: z.literal('ready'), database: z.enum(['pglite', 'postgres']) })) },
      503: { description: 'The database does not answer', content: { 'application/problem+json': { schema: ProblemSchema } } },
    },
  });
  if (ctx.localIdentityProvider) {
    api.registry.registerPath({
      method: 'get',
      path: '/local-idp/jwks.json',
      summary: '本地身份提供方公钥（仅开发）/ Local identity provider keys (development only)',
      tags: ['operations'],
      responses: { 200: { description: 'JSON Web Key Set', ...json(z.object({ keys: z.array(z.record(z.string(), z.unknown())) })) } },
    });
  }
}

export function openApiDocument(api: Api) {
  return new OpenApiGeneratorV31(api.registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: '培训市场监管与预收费资金监管系统 API',
      version: '1.0.0',
      description:
        'Training-market regulation and prepaid-funds supervision. Errors are RFC 9457 problem+json; ' +
        'messages are zh-CN by default and English with Accept-Language: en. Money is a decimal string.',
    },
    servers: [{ url: '/' }],
  });
}

export function createApp(ctx: AppContext, options: AppOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(requestContext(ctx.logger));
  app.use(securityHeaders());
  app.use(express.json({ limit: BODY_LIMIT, strict: true }));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await sql`select 1`.execute(ctx.db);
      res.json({ status: 'ready', database: ctx.engine });
    } catch {
      throw new AppError('SERVICE_UNAVAILABLE', { what: 'database unreachable' });
    }
  });

  const api = buildApi(ctx, options);
  const document = openApiDocument(api);
  app.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  app.use('/docs', swaggerUi.serve, swaggerUi.setup(document, { customSiteTitle: 'TMS API' }));

  if (ctx.localIdentityProvider) {
    const jwks = ctx.localIdentityProvider.jwks;
    app.get('/local-idp/jwks.json', (_req, res) => {
      res.json(jwks);
    });
  }

  app.use(API_PREFIX, authenticate(ctx.tokens), api.router);

  app.use(notFoundHandler);
  app.use(problemHandler());
  return app;
}
