import { CompiledQuery } from 'kysely';
import type { Db } from '../../../db/transaction';
import type { Caller } from '../../../http/api';
import { AppError, type ErrorCode } from '../../../http/errors';
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

/**
 * Calls one posting function. A deadlock or serialization failure reruns it (the whole posting
 * rolled back, so nothing half-done survives); a refusal becomes its AppError. The call is one
 * statement and so its own transaction: inTransaction's retry would cost a BEGIN and a COMMIT
 * round trip each time, which is what the posting functions exist to avoid.
 */
const callText = new Map<string, string>();

/** `select fn($1, …, $n) as outcome`, built once per function: no query building on the hot path. */
function call(fn: string, args: readonly unknown[]): CompiledQuery<{ outcome: Outcome }> {
  const id = `${fn}/${args.length}`;
  let text = callText.get(id);
  if (!text) {
    text = `select ${fn}(${args.map((_, i) => `$${i + 1}`).join(', ')}) as outcome`;
    callText.set(id, text);
  }
  return CompiledQuery.raw(text, [...args]) as CompiledQuery<{ outcome: Outcome }>;
}

/**
 * `select escrow_attach_bank_reference(fn($1, …, $n), $n+1, $n+2)`: the posting and the bank
 * reference of its transfer (SPEC §3.6) in one statement, so one round trip and one transaction.
 */
function callWithReference(fn: string, args: readonly unknown[], reference: string, at: Date): CompiledQuery<{ outcome: Outcome }> {
  const n = args.length;
  const text = `select escrow_attach_bank_reference(${fn}(${args.map((_, i) => `$${i + 1}`).join(', ')}), $${n + 1}, $${n + 2}) as outcome`;
  return CompiledQuery.raw(text, [...args, reference, at.toISOString()]) as CompiledQuery<{ outcome: Outcome }>;
}

export async function post(db: Db, fn: PostingFunction, args: readonly unknown[], bankReference?: { reference: string | undefined; at: Date }): Promise<Outcome> {
  const query = bankReference?.reference ? callWithReference(fn, args, bankReference.reference, bankReference.at) : call(fn, args);
  for (let attempt = 1; ; attempt++) {
    try {
      const { rows } = await db.executeQuery(query);
      const outcome = rows[0]?.outcome;
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

/** A read-only helper function of the same migration (one round trip, plan cached server-side). */
export async function read<T>(db: Db, fn: 'escrow_prepayment_facts', args: readonly unknown[]): Promise<T> {
  const { rows } = await db.executeQuery(call(fn, args));
  return rows[0]!.outcome as T;
}
