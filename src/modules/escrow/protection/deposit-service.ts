import type { z } from 'zod';
import type { AppContext } from '../../../context';
import type { Caller } from '../../../http/api';
import { AppError } from '../../../http/errors';
import { assertCanFileFor } from '../../institutions/policy';
import { loadVisibleInstitution } from '../../institutions/service';
import { idempotentRequest, settle } from '../ledger/idempotency';
import { post, postingContext } from '../ledger/posting';
import { iso } from '../mapper';
import type { DepositMovement, DepositMovementInput } from './schema';
import { assessInstitution } from './summary-service';

/*
 * The risk deposit account (风险保证金, SPEC §3.2): money the institution places under supervision.
 * A top-up or a withdrawal is a money-moving request (Idempotency-Key) posted by one call of
 * escrow_deposit_move (deposit_topup / deposit_withdrawal entries). A withdrawal may not leave
 * less than the required deposit net of insurance and guarantees (requirement.ts, worked out here
 * and checked under the deposit account's lock); none while the institution winds down; one over
 * policy escrow.largeWithdrawalRatio of the balance raises a large_withdrawal alert (SPEC §3.8).
 * The requirement is read just before the posting: a prepayment landing in between can raise it a
 * little, which the hourly coverage warning then reports.
 */

export type DepositKind = 'deposit_topup' | 'deposit_withdrawal';

interface MovementSnapshot {
  entry_id: number;
  institution_id: string;
  kind: DepositKind;
  amount: string;
  occurred_at: string;
  recorded_at: string;
  bank_reference: string | null;
  memo: string | null;
  balance_before: string;
  balance_after: string;
  required_deposit: string | null;
  large_withdrawal: boolean;
  policy_version: number;
}

function present(snapshot: unknown): z.infer<typeof DepositMovement> {
  const s = snapshot as MovementSnapshot;
  return {
    entryId: s.entry_id,
    institutionId: s.institution_id,
    kind: s.kind,
    amount: s.amount,
    occurredAt: iso(s.occurred_at),
    recordedAt: iso(s.recorded_at),
    bankReference: s.bank_reference,
    memo: s.memo,
    balanceBefore: s.balance_before,
    balanceAfter: s.balance_after,
    requiredDeposit: s.required_deposit,
    largeWithdrawal: s.large_withdrawal,
    policyVersion: s.policy_version,
  };
}

export async function moveDeposit(
  ctx: AppContext,
  caller: Caller,
  institutionId: string,
  kind: DepositKind,
  input: z.infer<typeof DepositMovementInput>,
  key: string,
) {
  const path = kind === 'deposit_topup' ? 'deposit-topups' : 'deposit-withdrawals';
  const request = idempotentRequest(caller, key, `POST /institutions/${institutionId}/${path}`, input);
  const policy = await ctx.policies.current();
  const now = ctx.clock.now();
  return settle(ctx, request, present, async () => {
    const institution = await loadVisibleInstitution(ctx, caller, institutionId);
    assertCanFileFor(caller.actor, institution);
    const occurredAt = input.occurredAt ? new Date(input.occurredAt) : now;
    if (occurredAt > now) throw new AppError('OCCURRED_IN_FUTURE', { rule: 'occurred_not_future', limit: now.toISOString(), value: input.occurredAt });
    const minimum = kind === 'deposit_withdrawal' ? (await assessInstitution(ctx.db, institutionId, policy, now, ctx.config.timeZone)).minimumDeposit : null;
    return post(ctx.db, 'escrow_deposit_move', [
      postingContext(caller, now, policy.version, request),
      institutionId,
      kind,
      input.amount,
      occurredAt.toISOString(),
      minimum,
      kind === 'deposit_withdrawal' ? policy.values.escrow.largeWithdrawalRatio : null,
      input.bankReference ?? null,
      input.memo ?? null,
    ], { institutionId });
  });
}
