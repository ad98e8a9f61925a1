import type { Express } from 'express';
import pino from 'pino';
import supertest from 'supertest';
import { createApp, type AppOptions } from '../../src/app';
import { boot } from '../../src/boot';
import { FixedClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import type { AppContext } from '../../src/context';
import { generateLocalKeys, type LocalKeys, type TokenRequest } from '../../src/auth/local-identity-provider';
import type { Caller } from '../../src/http/api';
import { SYSTEM } from '../../src/auth/actor';
import { createTestDatabase, type TestDatabase } from './database';

let keys: Promise<LocalKeys> | undefined;

export interface TestApp {
  ctx: AppContext;
  app: Express;
  http: ReturnType<typeof supertest>;
  database: TestDatabase;
  clock: FixedClock;
  token(request: TokenRequest): Promise<string>;
  /** Bearer headers for the common roles. */
  as: {
    cityRegulator(): Promise<Record<string, string>>;
    districtRegulator(district: string): Promise<Record<string, string>>;
    institution(institutionId: string): Promise<Record<string, string>>;
    association(): Promise<Record<string, string>>;
    inspector(inspectorId?: string): Promise<Record<string, string>>;
  };
  system: Caller;
  close(): Promise<void>;
}

export interface TestAppOptions extends AppOptions {
  clock?: FixedClock;
  env?: Record<string, string>;
  poolSize?: number;
  logger?: import('pino').Logger;
}

/** One app over one fresh database, for one test file. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  keys ??= generateLocalKeys();
  const database = await createTestDatabase({ ...(options.poolSize ? { poolSize: options.poolSize } : {}) });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JOBS: 'off', DATA_DIR: '/nonexistent', ...options.env });
  const clock = options.clock ?? new FixedClock(new Date('2026-09-01T02:00:00Z'));
  const { ctx, close } = await boot(config, {
    database,
    clock,
    logger: options.logger ?? pino({ level: 'silent' }),
    localKeys: await keys,
    migrate: false,
  });
  const app = createApp(ctx, options);
  const idp = ctx.localIdentityProvider!;
  const bearer = async (request: TokenRequest) => ({ Authorization: `Bearer ${await idp.issue(request)}` });
  return {
    ctx,
    app,
    http: supertest(app),
    database,
    clock,
    token: (request) => idp.issue(request),
    as: {
      cityRegulator: () => bearer({ role: 'regulator', sub: 'city-regulator' }),
      districtRegulator: (district) => bearer({ role: 'regulator', district, sub: `district-regulator-${district}` }),
      institution: (institutionId) => bearer({ role: 'institution', institutionId, sub: `staff-${institutionId}` }),
      association: () => bearer({ role: 'association', sub: 'association' }),
      inspector: (inspectorId) => bearer({ role: 'inspector', sub: `inspector-${inspectorId ?? 'x'}`, ...(inspectorId ? { inspectorId } : {}) }),
    },
    system: { actor: SYSTEM, requestId: 'test', lang: 'zh' },
    close,
  };
}
