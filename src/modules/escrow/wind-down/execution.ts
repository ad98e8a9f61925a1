import { Decimal } from 'decimal.js';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import type { Caller } from '../../../http/api';
import { AppError } from '../../../http/errors';
import { dateInZone } from '../../../lib/dates';
import { recordAudit } from '../../audit/service';
import { assertRegulatorFor } from '../../institutions/policy';
import { loadVisibleInstitution } from '../../institutions/service';
import type { Policy } from '../../policies/store';
import { idempotentRequest, settle, storedOutcome, type IdempotentRequest, type Outcome } from '../ledger/idempotency';
import { post, postingContext } from '../ledger/posting';
import type { InsuranceDraw } from './plan-builder';
import type { WindDownExecution, WindDownExecutionInput } from './schema';

/*
 * Executing an approved wind-down plan (SPEC §3.7), each refund and insurance claim exactly once
 * whatever happens to the request:
 * 1. start (one transaction): the live plan must be approved (or executing: an execution that
 *    stopped halfway resumes); every item not yet posted must still match the ledger (the holder
 *    owes what the plan says, the custody and deposit balances and the drawn policies are still
 *    there), else 409 WIND_DOWN_PLAN_STALE and nothing moves; the plan becomes executing.
 * 2. each item not yet posted: one call of escrow_wind_down_item, which locks the item, skips it
 *    if it was posted meanwhile, and posts its refund and insurance_claim entries in the same
 *    commit as marking it posted. A crash between items leaves the finished ones marked.
 * 3. finish (one transaction): the plan becomes executed, the drawn policies claimed, and the
 *    request's idempotency record is written, so a retry with the same key gets this answer.
 * A retry after a crash (same key, or a new one) resumes at step 1 and posts only what is left.
 */

export interface ExecutionStart {
  planId: string;
  pending: number[];
}

interface PlanTotals {
  id: string;
  item_count: number;
  from_custody: string;
  from_deposit: string;
  from_insurance: string;
  shortfall: string;
  insurance_policies: unknown;
}

export async function startExecution(ctx: AppContext, caller: Caller, institutionId: string): Promise<ExecutionStart> {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const plan = await trx.selectFrom('wind_down_plan').selectAll().where('institution_id', '=', institutionId).where('status', '<>', 'superseded').forUpdate().executeTakeFirst();
    if (!plan) throw new AppError('WIND_DOWN_NOT_FOUND', { id: institutionId });
    if (plan.status === 'executed') throw new AppError('WIND_DOWN_STATUS', { id: plan.id, currentStatus: plan.status, action: '再次执行', actionEn: 'executed again' });
    if (plan.status !== 'approved' && plan.status !== 'executing') {
      throw new AppError('WIND_DOWN_STATUS', { id: plan.id, currentStatus: plan.status, action: '在审批前执行', actionEn: 'executed before approval' });
    }
    const { rows: stale } = await sql<{ seq: number; planned: string; current: string }>`
      select w.seq, w.refundable::text as planned,
             coalesce(case when e.status in ('active', 'completed') then e.amount_paid - e.value_consumed end,
                      case when c.status in ('active', 'exhausted') then c.face_value - c.value_spent end, 0)::numeric(18, 2)::text as current
        from wind_down_item w
        left join enrollment e on e.id = w.enrollment_id
        left join prepaid_card c on c.id = w.card_id
       where w.plan_id = ${plan.id} and w.posted_at is null
         and w.refundable <> coalesce(case when e.status in ('active', 'completed') then e.amount_paid - e.value_consumed end,
                                      case when c.status in ('active', 'exhausted') then c.face_value - c.value_spent end, 0)
       order by w.seq limit 1`.execute(trx);
    if (stale[0]) throw new AppError('WIND_DOWN_PLAN_STALE', { id: plan.id, what: `item ${stale[0].seq}`, planned: stale[0].planned, current: stale[0].current });
    const { rows: needs } = await sql<{ custody_needed: string; deposit_needed: string; custody: string; deposit: string }>`
      select coalesce(sum(w.from_custody), 0)::text as custody_needed, coalesce(sum(w.from_deposit), 0)::text as deposit_needed,
             (select coalesce(sum(debits_posted - credits_posted), 0) from ledger_account where institution_id = ${institutionId} and kind = 'custody')::text as custody,
             (select coalesce(sum(debits_posted - credits_posted), 0) from ledger_account where institution_id = ${institutionId} and kind = 'deposit')::text as deposit
        from wind_down_item w where w.plan_id = ${plan.id} and w.posted_at is null`.execute(trx);
    const n = needs[0]!;
    if (new Decimal(n.custody).lt(n.custody_needed)) throw new AppError('WIND_DOWN_PLAN_STALE', { id: plan.id, what: 'custody', planned: n.custody_needed, current: n.custody });
    if (new Decimal(n.deposit).lt(n.deposit_needed)) throw new AppError('WIND_DOWN_PLAN_STALE', { id: plan.id, what: 'deposit', planned: n.deposit_needed, current: n.deposit });
    const drawn = (plan.insurance_policies as InsuranceDraw[]).filter((p) => new Decimal(p.drawn).gt(0));
    if (plan.status === 'approved' && drawn.length > 0) {
      const active = await trx.selectFrom('insurance_policy').select('id').where('id', 'in', drawn.map((p) => p.id)).where('status', '=', 'active').execute();
      const lapsed = drawn.find((p) => !active.some((a) => a.id === p.id));
      if (lapsed) throw new AppError('WIND_DOWN_PLAN_STALE', { id: plan.id, what: `insurance ${lapsed.policyNumber}`, planned: lapsed.drawn, current: '0.00' });
    }
    if (plan.status === 'approved') {
      await trx.updateTable('wind_down_plan').set({ status: 'executing', execution_started_at: now, executed_by: caller.actor.sub }).where('id', '=', plan.id).execute();
      await recordAudit(trx, caller, { action: 'wind_down.execution_started', subjectType: 'wind_down_plan', subjectId: plan.id, institutionId, details: {}, at: now });
    }
    const pending = await trx.selectFrom('wind_down_item').select('seq').where('plan_id', '=', plan.id).where('posted_at', 'is', null).orderBy('seq').execute();
    return { planId: plan.id, pending: pending.map((p) => p.seq) };
  });
}

/** Posts the given items of an executing plan, one posting function call each. */
export async function postItems(ctx: AppContext, caller: Caller, planId: string, seqs: readonly number[], policy: Policy): Promise<number> {
  const now = ctx.clock.now();
  const today = dateInZone(now, ctx.config.timeZone);
  let posted = 0;
  for (const seq of seqs) {
    const outcome = (await post(ctx.db, 'escrow_wind_down_item', [
      postingContext(caller, now, policy.version, null),
      planId,
      seq,
      today,
      `停业清退方案 ${planId} 第 ${seq} 项 / wind-down plan item ${seq}`,
    ])) as unknown as { posted: boolean };
    if (outcome.posted) posted++;
  }
  return posted;
}

async function finishExecution(ctx: AppContext, caller: Caller, institutionId: string, planId: string, postedNow: number, request: IdempotentRequest | null): Promise<Outcome> {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const plan = await trx.selectFrom('wind_down_plan').selectAll().where('id', '=', planId).forUpdate().executeTakeFirstOrThrow();
    const counts = await trx
      .selectFrom('wind_down_item')
      .select((eb) => [
        eb.fn.countAll<number>().as('items'),
        eb.fn.count<number>('posted_at').as('posted'),
        eb.fn.count<number>('refund_entry_id').as('refunds'),
        eb.fn.count<number>('claim_entry_id').as('claims'),
      ])
      .where('plan_id', '=', planId)
      .executeTakeFirstOrThrow();
    if (Number(counts.posted) !== Number(counts.items)) throw new Error(`wind-down plan ${planId}: ${counts.posted} of ${counts.items} items posted`);
    let executedAt = plan.executed_at;
    if (plan.status === 'executing') {
      executedAt = now;
      await trx.updateTable('wind_down_plan').set({ status: 'executed', executed_at: now }).where('id', '=', planId).execute();
      const drawn = (plan.insurance_policies as InsuranceDraw[]).filter((p) => new Decimal(p.drawn).plus(p.claimedBefore).gt(0)).map((p) => p.id);
      if (drawn.length > 0) {
        await trx
          .updateTable('insurance_policy')
          .set({ status: 'claimed', status_reason: `停业清退方案 ${planId} 理赔 / claimed by wind-down plan`, status_changed_at: now, updated_at: now })
          .where('id', 'in', drawn)
          .where('status', '=', 'active')
          .execute();
      }
      await recordAudit(trx, caller, {
        action: 'wind_down.executed',
        subjectType: 'wind_down_plan',
        subjectId: planId,
        institutionId,
        details: { items: Number(counts.items), refunds: Number(counts.refunds), claims: Number(counts.claims), claimedPolicies: drawn },
        at: now,
      });
    } else if (plan.status !== 'executed') {
      throw new AppError('WIND_DOWN_NOT_EXECUTING', { id: planId, currentStatus: plan.status });
    }
    const totals = plan as PlanTotals;
    const response: z.infer<typeof WindDownExecution> = {
      planId,
      status: 'executed',
      items: Number(counts.items),
      itemsPostedNow: postedNow,
      refundEntries: Number(counts.refunds),
      claimEntries: Number(counts.claims),
      paid: { custody: totals.from_custody, deposit: totals.from_deposit, insurance: totals.from_insurance },
      shortfall: totals.shortfall,
      executedAt: (executedAt ?? now).toISOString(),
    };
    if (request) {
      await trx
        .insertInto('idempotency_record')
        .values({ scope: request.scope, key: request.key, operation: request.operation, request_hash: request.hash, status: 201, response: JSON.stringify(response), entry_id: null, created_at: now })
        .execute();
    }
    return { replayed: false, status: 201, response };
  });
}

/** POST /institutions/{id}/wind-down/execution (Idempotency-Key). */
export async function executeWindDown(ctx: AppContext, caller: Caller, institutionId: string, input: z.infer<typeof WindDownExecutionInput>, key: string) {
  const institution = await loadVisibleInstitution(ctx, caller, institutionId);
  assertRegulatorFor(caller.actor, institution.district_code);
  const request = idempotentRequest(caller, key, `POST /institutions/${institutionId}/wind-down/execution`, input);
  const policy = await ctx.policies.current();
  return settle(ctx, request, (r) => r as z.infer<typeof WindDownExecution>, async () => {
    const stored = await storedOutcome(ctx.db, request);
    if (stored) return stored;
    const { planId, pending } = await startExecution(ctx, caller, institutionId);
    const postedNow = await postItems(ctx, caller, planId, pending, policy);
    return finishExecution(ctx, caller, institutionId, planId, postedNow, request);
  });
}
