import { Decimal } from 'decimal.js';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../../context';
import { inTransaction, type Db } from '../../../db/transaction';
import type { Caller } from '../../../http/api';
import { AppError } from '../../../http/errors';
import { dateInZone } from '../../../lib/dates';
import { recordAudit } from '../../audit/service';
import { assertRegulatorFor } from '../../institutions/policy';
import { lockInstitution } from '../../institutions/queries';
import { loadVisibleInstitution } from '../../institutions/service';
import { iso } from '../mapper';
import type { WindDownItemTable, WindDownPlanTable } from '../supervision-tables';
import { buildWindDownPlan, type InsuranceDraw } from './plan-builder';
import type { WindDownApprovalInput, WindDownBuildInput, WindDownPlan } from './schema';

/*
 * The wind-down plan (SPEC §3.7): read by regulators in scope and the institution itself; built
 * when the institution moves to closing, rebuilt and approved by regulators. Approval is four-eyes:
 * the regulator who built (or rebuilt) a plan cannot approve it; a plan the system built (the
 * closing transition run by the scheduler or the demo) can be approved by any regulator in scope.
 */

export type PlanRow = Selectable<WindDownPlanTable>;
export type ItemRow = Selectable<WindDownItemTable>;

export const ALLOCATION_NOTE =
  '托管账户支付托管模式学员的全部应退款（其本人资金）；其余应退款依次由风险保证金、有效履约保证保险（以保险金额为限）支付，某一来源不足时按各学员尚欠金额比例分配（《企业破产法》第一百一十三条，类推适用），分剩余数按余数大小、缴费先后补足；仍不足部分列为未覆盖缺口。 / Custody pays custody-mode students in full (their own money); the rest is paid by the risk deposit, then active insurance up to its insured amount, each shared pro rata to what is still owed when it falls short (largest remainders, earlier payment first); what remains is the uncovered shortfall.';

export async function livePlan(db: Db, institutionId: string): Promise<{ plan: PlanRow; items: ItemRow[] } | undefined> {
  const plan = await db.selectFrom('wind_down_plan').selectAll().where('institution_id', '=', institutionId).where('status', '<>', 'superseded').executeTakeFirst();
  if (!plan) return undefined;
  const items = await db.selectFrom('wind_down_item').selectAll().where('plan_id', '=', plan.id).orderBy('seq').execute();
  return { plan, items };
}

export function presentPlan(plan: PlanRow, items: ItemRow[]): z.infer<typeof WindDownPlan> {
  const byStudent = new Map<string, { studentRef: string | null; cardId: string | null; holders: number; refundable: Decimal; shortfall: Decimal }>();
  for (const i of items) {
    const key = i.holder_ref ?? `card:${i.card_id}`;
    const s = byStudent.get(key) ?? { studentRef: i.holder_ref, cardId: i.holder_ref ? null : i.card_id, holders: 0, refundable: new Decimal(0), shortfall: new Decimal(0) };
    s.holders += 1;
    s.refundable = s.refundable.plus(i.refundable);
    s.shortfall = s.shortfall.plus(i.shortfall);
    byStudent.set(key, s);
  }
  const draws = plan.insurance_policies as InsuranceDraw[];
  return {
    id: plan.id,
    institutionId: plan.institution_id,
    status: plan.status,
    asOf: plan.as_of,
    policyVersion: plan.policy_version,
    sources: {
      custody: { available: plan.custody_available, paid: plan.from_custody },
      deposit: { available: plan.deposit_available, paid: plan.from_deposit },
      insurance: { available: plan.insurance_available, paid: plan.from_insurance, policies: draws },
    },
    totals: {
      holders: plan.item_count,
      refundable: plan.refundable,
      fromCustody: plan.from_custody,
      fromDeposit: plan.from_deposit,
      fromInsurance: plan.from_insurance,
      shortfall: plan.shortfall,
    },
    allocation: ALLOCATION_NOTE,
    items: items.map((i) => ({
      seq: i.seq,
      holderType: i.enrollment_id ? 'enrollment' : 'card',
      enrollmentId: i.enrollment_id,
      cardId: i.card_id,
      studentRef: i.holder_ref,
      supervisionMode: i.supervision_mode,
      paidAt: iso(i.paid_at),
      refundable: i.refundable,
      fromCustody: i.from_custody,
      fromDeposit: i.from_deposit,
      fromInsurance: i.from_insurance,
      shortfall: i.shortfall,
      posted: i.posted_at !== null,
      refundEntryId: i.refund_entry_id,
      claimEntryId: i.claim_entry_id,
    })),
    shortfalls: [...byStudent.values()]
      .filter((s) => s.shortfall.gt(0))
      .map((s) => ({ studentRef: s.studentRef, cardId: s.cardId, holders: s.holders, refundable: s.refundable.toFixed(2), shortfall: s.shortfall.toFixed(2) })),
    supersedes: plan.supersedes,
    builtBy: plan.built_by,
    builtAt: iso(plan.built_at),
    approvedBy: plan.approved_by,
    approvedAt: plan.approved_at && iso(plan.approved_at),
    approvalNote: plan.approval_note,
    executionStartedAt: plan.execution_started_at && iso(plan.execution_started_at),
    executedBy: plan.executed_by,
    executedAt: plan.executed_at && iso(plan.executed_at),
  };
}

export async function loadPlan(ctx: AppContext, caller: Caller, institutionId: string) {
  const institution = await loadVisibleInstitution(ctx, caller, institutionId);
  const found = await livePlan(ctx.db, institutionId);
  if (!found) throw new AppError('WIND_DOWN_NOT_FOUND', { id: institutionId });
  return { institution, ...found };
}

export async function getWindDown(ctx: AppContext, caller: Caller, institutionId: string) {
  const { plan, items } = await loadPlan(ctx, caller, institutionId);
  return presentPlan(plan, items);
}

/** POST /institutions/{id}/wind-down: a regulator builds the plan again from the ledger as it is now. */
export async function rebuildWindDown(ctx: AppContext, caller: Caller, institutionId: string, input: z.infer<typeof WindDownBuildInput>) {
  const institution = await loadVisibleInstitution(ctx, caller, institutionId);
  assertRegulatorFor(caller.actor, institution.district_code);
  const policy = await ctx.policies.current();
  const now = ctx.clock.now();
  const planId = await inTransaction(ctx.db, async (trx) => {
    // The institution's row first, as the status transition takes it: a rebuild and a transition serialise.
    const row = await lockInstitution(trx, institutionId);
    if (row?.status !== 'closing') throw new AppError('WIND_DOWN_NOT_CLOSING', { currentStatus: row?.status ?? 'unknown' });
    const id = await buildWindDownPlan(trx, { institutionId, caller, at: now, today: dateInZone(now, ctx.config.timeZone), policyVersion: policy.version });
    if (input.reason) {
      await recordAudit(trx, caller, { action: 'wind_down.rebuild_requested', subjectType: 'wind_down_plan', subjectId: id, institutionId, details: { reason: input.reason }, at: now });
    }
    return id;
  });
  const found = await livePlan(ctx.db, institutionId);
  if (found?.plan.id !== planId) throw new Error('the rebuilt plan is not the live one');
  return presentPlan(found.plan, found.items);
}

/** POST /institutions/{id}/wind-down/approval: another regulator approves the draft. */
export async function approveWindDown(ctx: AppContext, caller: Caller, institutionId: string, input: z.infer<typeof WindDownApprovalInput>) {
  const institution = await loadVisibleInstitution(ctx, caller, institutionId);
  assertRegulatorFor(caller.actor, institution.district_code);
  const now = ctx.clock.now();
  await inTransaction(ctx.db, async (trx) => {
    const plan = await trx
      .selectFrom('wind_down_plan')
      .select(['id', 'status', 'built_by'])
      .where('institution_id', '=', institutionId)
      .where('status', '<>', 'superseded')
      .forUpdate()
      .executeTakeFirst();
    if (!plan) throw new AppError('WIND_DOWN_NOT_FOUND', { id: institutionId });
    if (plan.status !== 'draft') throw new AppError('WIND_DOWN_STATUS', { id: plan.id, currentStatus: plan.status, action: '审批', actionEn: 'approved' });
    if (plan.built_by === caller.actor.sub) throw new AppError('WIND_DOWN_FOUR_EYES', { builtBy: plan.built_by });
    await trx
      .updateTable('wind_down_plan')
      .set({ status: 'approved', approved_by: caller.actor.sub, approved_at: now, approval_note: input.note })
      .where('id', '=', plan.id)
      .execute();
    await recordAudit(trx, caller, { action: 'wind_down.plan_approved', subjectType: 'wind_down_plan', subjectId: plan.id, institutionId, details: { note: input.note, builtBy: plan.built_by }, at: now });
  });
  return getWindDown(ctx, caller, institutionId);
}
