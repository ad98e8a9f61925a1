import type { z } from 'zod';
import type { AppContext } from '../../../context';
import type { Caller } from '../../../http/api';
import { AppError } from '../../../http/errors';
import { iso } from '../mapper';
import { assertRegulator, holderScope, withinScope } from '../policy';
import type { AccountKind, EntryKind } from '../tables';
import { idempotentRequest, settle } from './idempotency';
import { post, postingContext } from './posting';
import type { Entry, ReversalInput } from './schema';

interface TransferLike {
  leg: number;
  debit_account_id: number;
  debit_account_kind: AccountKind;
  credit_account_id: number;
  credit_account_kind: AccountKind;
  amount: string;
}

interface EntryLike {
  id: number;
  kind: EntryKind;
  institution_id: string;
  enrollment_id: string | null;
  card_id: string | null;
  reverses_entry_id: number | null;
  reversed_by_entry_id: number | null;
  policy_version: number;
  occurred_at: Date | string;
  recorded_at: Date | string;
  actor_sub: string;
  memo: string | null;
  transfers: TransferLike[];
}

function toEntry(e: EntryLike): z.infer<typeof Entry> {
  return {
    id: e.id,
    kind: e.kind,
    institutionId: e.institution_id,
    enrollmentId: e.enrollment_id,
    cardId: e.card_id,
    reversesEntryId: e.reverses_entry_id,
    reversedByEntryId: e.reversed_by_entry_id,
    policyVersion: e.policy_version,
    occurredAt: iso(e.occurred_at),
    recordedAt: iso(e.recorded_at),
    actor: e.actor_sub,
    memo: e.memo,
    transfers: e.transfers.map((t) => ({
      leg: t.leg,
      debitAccountId: t.debit_account_id,
      debitAccountKind: t.debit_account_kind,
      creditAccountId: t.credit_account_id,
      creditAccountKind: t.credit_account_kind,
      amount: t.amount,
    })),
  };
}

/** One entry with its transfers, for the caller's scope (an institution sees its own). */
export async function getEntry(ctx: AppContext, caller: Caller, id: number) {
  const q = ctx.db
    .selectFrom('ledger_entry as e')
    .selectAll('e')
    .select((eb) => eb.selectFrom('ledger_entry as r').select('r.id').whereRef('r.reverses_entry_id', '=', 'e.id').as('reversed_by_entry_id'))
    .where('e.id', '=', id)
    .where(withinScope(holderScope(caller.actor), 'e.institution_id'));
  const entry = await q.executeTakeFirst();
  if (!entry) throw new AppError('ENTRY_NOT_FOUND', { id });
  const transfers = await ctx.db
    .selectFrom('ledger_transfer as t')
    .innerJoin('ledger_account as d', 'd.id', 't.debit_account_id')
    .innerJoin('ledger_account as c', 'c.id', 't.credit_account_id')
    .select(['t.leg', 't.debit_account_id', 'd.kind as debit_account_kind', 't.credit_account_id', 'c.kind as credit_account_kind', 't.amount'])
    .where('t.entry_id', '=', id)
    .orderBy('t.leg')
    .execute();
  return toEntry({ ...entry, reversed_by_entry_id: entry.reversed_by_entry_id ?? null, transfers });
}

/**
 * A regulator's correction (SPEC §3.3 invariant 5): a reversal entry with the transfers swapped,
 * once only, refused if it would break a balance guard or undo value already used or released.
 */
export async function reverseEntry(ctx: AppContext, caller: Caller, id: number, input: z.infer<typeof ReversalInput>, key: string) {
  assertRegulator(caller.actor);
  const request = idempotentRequest(caller, key, `POST /ledger/entries/${id}/reversals`, input);
  const district = caller.actor.role === 'regulator' ? caller.actor.district : null;
  const policy = await ctx.policies.current();
  const now = ctx.clock.now();
  return settle(ctx, request, (s) => toEntry(s as EntryLike), () =>
    post(ctx.db, 'escrow_reverse', [postingContext(caller, now, policy.version, request), id, district, input.reason]),
  );
}
