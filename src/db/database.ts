import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './schema';

export type Engine = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
}

/*
 * Both engines must hand the application the same JavaScript values: NUMERIC stays a string
 * (money never becomes a float), DATE stays 'YYYY-MM-DD' (a calendar day has no time zone),
 * BIGINT becomes a number (ids and counts stay far below 2^53).
 */
const OID = { INT8: 20, DATE: 1082 } as const;

function parseBigint(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`bigint ${value} exceeds the safe integer range`);
  return n;
}

const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === OID.DATE) return (v: string) => v;
    if (oid === OID.INT8) return parseBigint;
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as pg.CustomTypesConfig;

/** The pg pool behind each Kysely instance opened on a PostgreSQL server. */
const pools = new WeakMap<object, pg.Pool>();

/**
 * The pg pool behind `db` when it runs on a PostgreSQL server (undefined on PGlite, or for a
 * transaction). For the ledger's posting calls only: pg runs a query config with a `name` as a
 * named prepared statement, parsed and planned once per connection, which Kysely cannot ask for.
 */
export function serverPool(db: object): pg.Pool | undefined {
  return pools.get(db);
}

/**
 * The service's statements run on generic plans (BENCHMARKS.md, Ledger). PostgreSQL plans a
 * prepared statement, and each statement inside a PL/pgSQL function, anew with its parameters for
 * its first five runs on a connection, and for ever after if the generic plan looks dearer. The
 * ledger's batch statements come in hundreds of mixes, each run a few times per connection, so
 * most batches were planned afresh: generic plans took PostgreSQL's CPU per posting down by about
 * a tenth in the spread-out load (alternating runs: 441 and 473 µs against 407 and 427). The
 * service's queries are indexed look-ups and keyset pages whose plan does not hinge on the values.
 * An `options` parameter in DATABASE_URL replaces this one.
 */
const PLAN_ONCE = '-c plan_cache_mode=force_generic_plan';

export async function openPostgres(
  url: string,
  poolSize: number,
  onIdleError: (error: Error) => void = () => {},
): Promise<DatabaseHandle> {
  /*
   * Connections are kept while idle (pg's default closes them after 10 s). A new backend starts
   * cold: every posting function is compiled and every prepared statement planned again on its
   * first calls, and when the whole pool had gone idle the first burst afterwards paid that eight
   * times at once (the ledger bench saw seconds of stall after a pause). A connection the server
   * drops is replaced on its next use (below).
   */
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: pgTypes, idleTimeoutMillis: 0, options: PLAN_ONCE });
  // An idle connection the server drops (restart, failover, admin kill) emits 'error' on the
  // pool; unheard, that would crash the process. The pool replaces the connection on next use.
  pool.on('error', onIdleError);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  pools.set(db, pool);
  return { db, engine: 'postgres', close: () => db.destroy() };
}

export interface PgliteOptions {
  /** A directory to persist in; omitted means in memory. */
  dataDir?: string;
  /** A data directory dump (from `dumpDataDir`) to start from, for fast test databases. */
  loadDataDir?: Blob | File;
}

export async function createPglite(options: PgliteOptions = {}): Promise<PGlite> {
  const parsers = {
    [pgliteTypes.DATE]: (v: string) => v,
    [pgliteTypes.INT8]: parseBigint,
  };
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  return PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers,
  });
}

export function kyselyOverPglite(pglite: PGlite): DatabaseHandle {
  // kysely-pglite-dialect queues connection acquisition, so concurrent transactions run one
  // after another on PGlite's single session instead of interleaving (STACK-NOTES).
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return { db, engine: 'pglite', close: () => db.destroy() };
}

export async function openPgliteDatabase(options: PgliteOptions = {}): Promise<DatabaseHandle> {
  return kyselyOverPglite(await createPglite(options));
}

export async function openDatabase(
  config: { databaseUrl: string | undefined; databasePoolSize: number; dataDir: string },
  onIdleError?: (error: Error) => void,
): Promise<DatabaseHandle> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.databasePoolSize, onIdleError);
  return openPgliteDatabase({ dataDir: path.resolve(config.dataDir, 'pglite') });
}
