import { createHash } from 'node:crypto';
import type { AppContext } from '../../../context';
import type { Db } from '../../../db/transaction';
import type { Caller } from '../../../http/api';
import { AppError, type ErrorCode, type FieldError } from '../../../http/errors';
import { canonicalJson } from '../../../lib/canonical-json';
import { isIdempotencyRace } from './posting';

/*
 * Idempotency (SPEC §3.3 invariant 6). Every money-moving request carries an Idempotency-Key.
 *
 * - Scope: the caller's subject (`actor.sub`). A key means something only to the client that made it
 *   up; two institutions choosing the same UUID never collide, and one caller cannot replay or probe
 *   another's requests.
 * - Fingerprint: SHA-256 of the operation (method and path, ids included) and the validated body in
 *   canonical JSON. Same key, same fingerprint → the first outcome (status and body, marked with
 *   `Idempotent-Replayed: true`); same key, other fingerprint → 409 IDEMPOTENCY_KEY_REUSED.
 * - Successes are recorded by the posting function in the posting's own commit. Domain failures
 *   (403/404/409/422) are recorded right after, so a replay fails the same way even if the state
 *   has changed since. Malformed requests (400) write nothing: they fail the same way anyway.
 * - Concurrent requests with one key: the record's primary key lets one commit; the other's whole
 *   posting rolls back and it answers with the stored outcome. Nothing is posted twice.
 * - Records are kept (append-only): GET /ledger/verify checks every keyed entry has exactly one.
 */

export interface IdempotentRequest {
  scope: string;
  key: string;
  operation: string;
  hash: string;
}

/** What a posting function returns: a fresh result, or the stored outcome of the key. */
export interface Outcome {
  replayed: boolean;
  status: number;
  response: unknown;
  requestHash?: string;
}

export interface Settled<T> {
  body: T;
  replayed: boolean;
}

interface StoredFailure {
  code: ErrorCode;
  params: Record<string, unknown>;
  errors?: FieldError[];
}

/** Failures worth replaying: the domain's answers, not transient or key conflicts. */
const RECORDED_STATUSES = new Set([403, 404, 409, 422]);
const NOT_RECORDED: ReadonlySet<string> = new Set(['IDEMPOTENCY_KEY_REUSED', 'PREPAYMENT_RACE']);

export function idempotentRequest(caller: Caller, key: string, operation: string, body: unknown): IdempotentRequest {
  const hash = createHash('sha256').update(operation).update('\n').update(canonicalJson(body ?? null)).digest('hex');
  return { scope: caller.actor.sub, key, operation, hash };
}

export async function storedOutcome(db: Db, request: IdempotentRequest): Promise<Outcome | undefined> {
  const row = await db
    .selectFrom('idempotency_record')
    .select(['status', 'response', 'request_hash'])
    .where('scope', '=', request.scope)
    .where('key', '=', request.key)
    .executeTakeFirst();
  return row && { replayed: true, status: row.status, response: row.response, requestHash: row.request_hash };
}

/** Records a domain failure; when the key is already taken, answers with what it holds instead. */
async function recordFailure(ctx: AppContext, request: IdempotentRequest, error: AppError): Promise<Outcome | undefined> {
  const failure: StoredFailure = { code: error.code, params: error.params, ...(error.errors ? { errors: error.errors } : {}) };
  const inserted = await ctx.db
    .insertInto('idempotency_record')
    .values({
      scope: request.scope,
      key: request.key,
      operation: request.operation,
      request_hash: request.hash,
      status: error.status,
      response: JSON.stringify(failure),
      entry_id: null,
      created_at: ctx.clock.now(),
    })
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  return inserted ? undefined : storedOutcome(ctx.db, request);
}

function resolve<T>(outcome: Outcome, request: IdempotentRequest, present: (response: unknown) => T): Settled<T> {
  if (outcome.replayed && outcome.requestHash !== request.hash) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED', { key: request.key });
  }
  if (outcome.status >= 400) {
    const failure = outcome.response as StoredFailure;
    throw new AppError(failure.code, failure.params, failure.errors ? { errors: failure.errors } : {});
  }
  return { body: present(outcome.response), replayed: outcome.replayed };
}

/**
 * Runs one idempotent posting: `work` returns the posting function's outcome (or a stored one it
 * found first); refusals are recorded and rethrown; a lost race answers with the winner's outcome.
 */
export async function settle<T>(
  ctx: AppContext,
  request: IdempotentRequest,
  present: (response: unknown) => T,
  work: () => Promise<Outcome>,
): Promise<Settled<T>> {
  let outcome: Outcome | undefined;
  try {
    outcome = await work();
  } catch (error) {
    if (isIdempotencyRace(error)) {
      outcome = await storedOutcome(ctx.db, request);
    } else if (error instanceof AppError && RECORDED_STATUSES.has(error.status) && !NOT_RECORDED.has(error.code)) {
      outcome = await recordFailure(ctx, request, error);
    }
    if (!outcome) throw error;
  }
  return resolve(outcome, request, present);
}

/** The HTTP answer of a settled posting; a replay says so in `Idempotent-Replayed: true`. */
export function reply<T>(res: { setHeader(name: string, value: string): unknown }, settled: Settled<T>): T {
  if (settled.replayed) res.setHeader('Idempotent-Replayed', 'true');
  return settled.body;
}
