import pino, { type Logger } from 'pino';
import { systemClock, type Clock } from './clock';
import type { Config } from './config';
import type { AppContext } from './context';
import { openDatabase, type DatabaseHandle } from './db/database';
import { migrateToLatest } from './db/migrate';
import { LocalIdentityProvider, loadOrCreateLocalKeys, type LocalKeys } from './auth/local-identity-provider';
import { externalTokenVerifier, localTokenVerifier } from './auth/token-verifier';
import { PolicyStore } from './modules/policies/store';
import { registerContractRectificationSource } from './modules/contracts/credit-source';
import { configureBatches } from './modules/escrow/ledger/batches';
import type { JobDefinition } from './modules/jobs/job';
import { ALL_JOBS } from '../jobs';

export interface BootOptions {
  clock?: Clock;
  logger?: Logger;
  /** An already opened database (tests hand in a cloned template). */
  database?: DatabaseHandle;
  /** Keys for the local identity provider; by default kept in DATA_DIR. */
  localKeys?: LocalKeys;
  migrate?: boolean;
  jobs?: readonly JobDefinition[];
}

export interface Booted {
  ctx: AppContext;
  close(): Promise<void>;
}

/** Builds the one AppContext: database (migrated), policies, identity. */
export async function boot(config: Config, options: BootOptions = {}): Promise<Booted> {
  const logger = options.logger ?? pino({ level: config.logLevel, base: { service: 'tms' } });
  const clock = options.clock ?? systemClock;
  const database =
    options.database ?? (await openDatabase(config, (error) => logger.warn({ err: error }, 'idle database connection lost')));
  if (options.migrate !== false) {
    const applied = await migrateToLatest(database.db);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  }
  // Module wiring every entry point needs (the server, `npm run job`, tests), not only the HTTP app.
  configureBatches(database.db, config.ledgerBatches);
  registerContractRectificationSource();
  const policies = new PolicyStore(database.db, clock);
  await policies.ensureCurrent();

  let localIdentityProvider: LocalIdentityProvider | undefined;
  let tokens;
  if (config.oidc.kind === 'local') {
    if (config.nodeEnv === 'production') throw new Error('the local identity provider never runs in production: set OIDC_ISSUER');
    localIdentityProvider = new LocalIdentityProvider(options.localKeys ?? (await loadOrCreateLocalKeys(config.dataDir)));
    tokens = localTokenVerifier(localIdentityProvider, config.claims);
  } else {
    tokens = await externalTokenVerifier(config);
  }
  const ctx: AppContext = {
    config,
    db: database.db,
    engine: database.engine,
    logger,
    clock,
    tokens,
    policies,
    jobs: options.jobs ?? ALL_JOBS,
    localIdentityProvider,
  };
  return { ctx, close: () => database.close() };
}
