import { CompiledQuery } from 'kysely';
import { serverPool } from '../../../db/database';
import type { Db } from '../../../db/transaction';
import type { Caller } from '../../../http/api';
import { AppError, type ErrorCode } from '../../../http/errors';
import { BATCHED_FUNCTIONS } from '../../../../migrations/2026-11-29T17.00.00-ledger-batches';
import { batcherOf, type BatchCall } from './batches';
import type { IdempotentRequest, Outcome } from './idempotency';

/**
 * The PL/pgSQL posting functions (migration 2026-11-29T12.00.00-escrow-ledger). Each posting is
 * one call: one round trip, one transaction (STACK-NOTES "Ledger throughput").
 */
export type PostingFunction =
  | 'escrow_deposit_move'
  | 'escrow_wind_down_item'
  | 'escrow_prepay'
  | 'escrow_consume'
  | 'escrow_refund'
  | 'escrow_card_issue'
  | 'escrow_card_spend'
  | 'escrow_card_refund'
  | 'escrow_release'
  | 'escrow_reverse';

const RETRYABLE = new Set(['40001', '40P01']);
const ATTEMPTS = 5;

interface DatabaseError {
  code?: string;
  message?: string;
  detail?: string;
  constraint?: string;
}

/** Who posts, when, under which policy version and idempotency key: the functions' p_ctx. */
export function postingContext(caller: Caller, at: Date, policyVersion: number, request: IdempotentRequest | null): string {
  const actor = caller.actor;
  return JSON.stringify({
    sub: actor.sub,
    role: actor.role,
    actorInstitutionId: actor.role === 'institution' ? actor.institutionId : null,
    actorDistrict: actor.role === 'regulator' ? actor.district : null,
    requestId: caller.requestId,
    at: at.toISOString(),
    policyVersion,
    idempotency: request && { scope: request.scope, key: request.key, operation: request.operation, hash: request.hash },
  });
}

/** A refusal raised by a posting function (errcode ES000) as the AppError it names. */
export function refusalFrom(error: unknown): AppError | undefined {
  const e = error as DatabaseError | undefined;
  if (e?.code === 'ES000' && e.message) {
    let params: Record<string, unknown> = {};
    try {
      params = JSON.parse(e.detail ?? '{}') as Record<string, unknown>;
    } catch {
      // a refusal without parameters is still the refusal it names
    }
    return new AppError(e.message as ErrorCode, params, { cause: error });
  }
  // The CHECK constraints behind the guards (SPEC §3.3): reached only if a guard were bypassed.
  if (e?.code === '23514' && e.constraint?.startsWith('ledger_account_')) {
    return new AppError('LEDGER_GUARD', { rule: e.constraint, accountId: '?', kind: '?', limit: '?', value: '?' }, { cause: error });
  }
  return undefined;
}

/** Another request with the same key committed first (the record's primary key refused ours). */
export function isIdempotencyRace(error: unknown): boolean {
  const e = error as DatabaseError | undefined;
  return e?.code === '23505' && e.constraint === 'idempotency_record_pkey';
}

const callText = new Map<string, string>();
const BATCHABLE = new Set<string>(BATCHED_FUNCTIONS);

/**
 * `select fn($1, …, $n) as outcome`, or with a bank reference (SPEC §3.6)
 * `select escrow_attach_bank_reference(fn($1, …, $n), $n+1, $n+2) as outcome`: the posting and the
 * reference of its transfer in one statement, so one round trip and one transaction. Each text is
 * built once (no query building on the hot path) and its name stands for it on every connection.
 */
function call(fn: string, args: readonly unknown[], bankReference: { reference: string | undefined; at: Date } | undefined): BatchCall {
  const withReference = Boolean(bankReference?.reference);
  const name = `${fn}/${args.length}${withReference ? '+reference' : ''}`;
  let text = callText.get(name);
  if (!text) {
    const n = args.length;
    const inner = `${fn}(${args.map((_, i) => `$${i + 1}`).join(', ')})`;
    text = withReference ? `select escrow_attach_bank_reference(${inner}, $${n + 1}, $${n + 2}) as outcome` : `select ${inner} as outcome`;
    callText.set(name, text);
  }
  const values = withReference ? [...args, bankReference!.reference, bankReference!.at.toISOString()] : [...args];
  return { fn, name, text, values, batchable: !withReference && BATCHABLE.has(fn) };
}

/**
 * Runs the call: on a PostgreSQL server as a named prepared statement straight on the pool (the
 * statement is parsed and planned once per connection instead of on every posting, which
 * STACK-NOTES measured as a large share of a posting's server CPU); on PGlite through Kysely.
 */
async function execute(db: Db, c: BatchCall): Promise<Outcome | undefined> {
  const pool = serverPool(db);
  const { rows } = pool
    ? await pool.query<{ outcome: Outcome }>({ name: c.name, text: c.text, values: c.values })
    : await db.executeQuery<{ outcome: Outcome }>(CompiledQuery.raw(c.text, c.values));
  return rows[0]?.outcome;
}

export interface PostOptions {
  /** The custodian bank's reference for the posting's transfer (SPEC §3.6). */
  bankReference?: { reference: string | undefined; at: Date };
  /**
   * The institution whose accounts the posting touches, when the caller knows it: the posting then
   * goes through that institution's lane (batches.ts), where it may share a statement and a commit
   * with others, and never runs beside a batch holding the same institution's rows.
   */
  institutionId?: string | null;
}

/**
 * Calls one posting function. A deadlock or serialization failure reruns it (the posting rolled
 * back, so nothing half-done survives); a refusal becomes its AppError. The call is one
 * statement and so its own transaction: inTransaction's retry would cost a BEGIN and a COMMIT
 * round trip each time, which is what the posting functions exist to avoid.
 */
export async function post(db: Db, fn: PostingFunction, args: readonly unknown[], options: PostOptions = {}): Promise<Outcome> {
  const query = call(fn, args, options.bankReference);
  const batcher = options.institutionId ? batcherOf(db) : undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      // A rerun goes through the lane too: outside it, it could meet a batch of its institution.
      const outcome = batcher ? await batcher.submit(options.institutionId!, query) : await execute(db, query);
      if (!outcome) throw new Error(`${fn} returned nothing`);
      return outcome;
    } catch (error) {
      const refusal = refusalFrom(error);
      if (refusal) throw refusal;
      const code = (error as DatabaseError | undefined)?.code ?? '';
      if (attempt >= ATTEMPTS || !RETRYABLE.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}
