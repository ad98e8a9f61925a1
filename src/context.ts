import type { Logger } from 'pino';
import type { Clock } from './clock';
import type { Config } from './config';
import type { Db } from './db/transaction';
import type { Engine } from './db/database';
import type { TokenVerifier } from './auth/token-verifier';
import type { LocalIdentityProvider } from './auth/local-identity-provider';
import type { PolicyStore } from './modules/policies/store';
import type { JobDefinition } from './modules/jobs/job';

/** Everything a router or service needs, built once at boot and passed explicitly. */
export interface AppContext {
  config: Config;
  db: Db;
  engine: Engine;
  logger: Logger;
  clock: Clock;
  tokens: TokenVerifier;
  policies: PolicyStore;
  jobs: readonly JobDefinition[];
  /** Present only when the local (development) identity provider runs. */
  localIdentityProvider: LocalIdentityProvider | undefined;
}
