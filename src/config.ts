import { z } from 'zod';

const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(8),
    LEDGER_BATCH_LANES: z.coerce.number().int().min(0).max(200).optional(),
    LEDGER_BATCH_MAX: z.coerce.number().int().min(1).max(64).default(32),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_AUDIENCE: z.string().min(1).optional(),
    OIDC_ROLE_CLAIM: z.string().min(1).default('role'),
    OIDC_INSTITUTION_CLAIM: z.string().min(1).default('institution_id'),
    OIDC_DISTRICT_CLAIM: z.string().min(1).default('district'),
    PUBLIC_URL: z.url().optional(),
    TZ_REGION: z.string().min(1).default('Asia/Shanghai'),
    JOBS: z.enum(['on', 'off']).default('on'),
    LOG_LEVEL: LogLevel.default('info'),
    SEED_DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  })
  .superRefine((env, issue) => {
    if (env.NODE_ENV === 'production' && !env.OIDC_ISSUER) {
      issue.addIssue({
        code: 'custom',
        path: ['OIDC_ISSUER'],
        message: 'is required in production: the local identity provider never runs there',
      });
    }
  });

export type Config = Readonly<{
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /** Group commit of ledger postings on a PostgreSQL server (src/modules/escrow/ledger/batches.ts). */
  ledgerBatches: { lanes: number; maxBatch: number };
  nodeEnv: 'development' | 'production' | 'test';
  oidc:
    | {
        kind: 'external';
        issuer: string;
        clientId: string | undefined;
        clientSecret: string | undefined;
        audience: string | undefined;
      }
    | { kind: 'local' };
  claims: { role: string; institution: string; district: string };
  publicUrl: string | undefined;
  timeZone: string;
  jobs: boolean;
  logLevel: z.infer<typeof LogLevel>;
  seedDemo: 'auto' | 'on' | 'off';
}>;

export class ConfigError extends Error {}

/** Parses the environment once at boot; the message names every variable that is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (FOO= in a compose file) means "not set", not "set to nothing".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    ledgerBatches: { lanes: e.LEDGER_BATCH_LANES ?? defaultBatchLanes(e.DATABASE_POOL_SIZE), maxBatch: e.LEDGER_BATCH_MAX },
    nodeEnv: e.NODE_ENV,
    oidc: e.OIDC_ISSUER
      ? {
          kind: 'external' as const,
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID,
          clientSecret: e.OIDC_CLIENT_SECRET,
          audience: e.OIDC_AUDIENCE,
        }
      : { kind: 'local' as const },
    claims: { role: e.OIDC_ROLE_CLAIM, institution: e.OIDC_INSTITUTION_CLAIM, district: e.OIDC_DISTRICT_CLAIM },
    publicUrl: e.PUBLIC_URL,
    timeZone: e.TZ_REGION,
    jobs: e.JOBS === 'on',
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO,
  });
}

/**
 * A quarter of the pool: the rest stays free for reads and for the postings that go alone. Fewer
 * lanes make bigger batches; on the 2-core bench machine 2 lanes of 32 beat 4 of 16 and 8 of 32
 * (BENCHMARKS.md, Ledger).
 */
function defaultBatchLanes(poolSize: number): number {
  return Math.max(1, Math.floor(poolSize / 4));
}
