import { Decimal } from 'decimal.js';
import { sql } from 'kysely';
import type { Tx } from '../../../db/transaction';
import type { Caller } from '../../../http/api';
import { AppError } from '../../../http/errors';
import type { IsoDate } from '../../../lib/dates';
import { recordAudit } from '../../audit/service';
import { allocateWindDown, type HolderNeed } from './allocation';

/*
 * Builds the refund plan of a closing institution (SPEC §3.7) inside the caller's transaction: the
 * status transition to closing calls it (institutions/service.ts), and a regulator rebuilds it
 * (POST /institutions/{id}/wind-down). Every open enrollment and card with something left to
 * refund becomes an item, and allocation.ts says who pays it. A rebuild supersedes the live plan;
 * an executed plan is final. Only this module writes plans, so the import stays one-way
 * (institutions → escrow/wind-down), with no cycle back through the institutions service.
 */

export interface InsuranceDraw {
  id: string;
  insurer: string;
  policyNumber: string;
  insuredAmount: string;
  periodEnd: string;
  /** Claimed already by items a superseded plan of this wind-down posted before it was rebuilt. */
  claimedBefore: string;
  drawn: string;
}

export interface BuildArgs {
  institutionId: string;
  caller: Pick<Caller, 'actor' | 'requestId'>;
  at: Date;
  today: IsoDate;
  policyVersion: number;
}

interface HolderRow {
  enrollment_id: string | null;
  card_id: string | null;
  holder_ref: string | null;
  supervision_mode: 'custody' | 'deposit';
  paid_at: Date;
  refundable: string;
}

export async function buildWindDownPlan(trx: Tx, args: BuildArgs): Promise<string> {
  const { institutionId, at, today } = args;
  const live = await trx
    .selectFrom('wind_down_plan')
    .select(['id', 'status'])
    .where('institution_id', '=', institutionId)
    .where('status', '<>', 'superseded')
    .forUpdate()
    .executeTakeFirst();
  if (live?.status === 'executed') {
    throw new AppError('WIND_DOWN_STATUS', { id: live.id, currentStatus: live.status, action: '重新编制', actionEn: 'rebuilt' });
  }
  if (live) await trx.updateTable('wind_down_plan').set({ status: 'superseded' }).where('id', '=', live.id).execute();

  const { rows: balances } = await sql<{ custody: string; deposit: string }>`
    select coalesce(sum(debits_posted - credits_posted) filter (where kind = 'custody'), 0)::numeric(18, 2)::text as custody,
           coalesce(sum(debits_posted - credits_posted) filter (where kind = 'deposit'), 0)::numeric(18, 2)::text as deposit
      from ledger_account where institution_id = ${institutionId} and kind in ('custody', 'deposit')`.execute(trx);
  const policies = await trx
    .selectFrom('insurance_policy')
    .select(['id', 'insurer', 'policy_number', 'insured_amount', 'period_end'])
    .where('institution_id', '=', institutionId)
    .where('status', '=', 'active')
    .where('period_start', '<=', today)
    .where('period_end', '>=', today)
    .orderBy('period_end')
    .orderBy('id')
    .execute();
  // What each holder is owed, read from the holder rows the posting function will check again.
  const { rows: holders } = await sql<HolderRow>`
    select id as enrollment_id, null::uuid as card_id, student_ref as holder_ref, supervision_mode, paid_at,
           (amount_paid - value_consumed)::text as refundable
      from enrollment
     where institution_id = ${institutionId} and status in ('active', 'completed') and amount_paid > value_consumed
    union all
    select null, id, holder_ref, supervision_mode, issued_at, (face_value - value_spent)::text
      from prepaid_card
     where institution_id = ${institutionId} and status in ('active', 'exhausted') and face_value > value_spent
     order by paid_at, enrollment_id nulls last, card_id`.execute(trx);

  // Claims a superseded plan already posted (an execution stopped, then rebuilt) use up the
  // policies first, earliest-ending first: a policy never pays more than its insured amount.
  const { rows: earlier } = await sql<{ claimed: string }>`
    select coalesce(sum(w.from_insurance), 0)::text as claimed
      from wind_down_item w join wind_down_plan p on p.id = w.plan_id
     where p.institution_id = ${institutionId} and p.status = 'superseded' and w.posted_at is not null`.execute(trx);
  let claimedBefore = new Decimal(earlier[0]!.claimed);
  const capacity = policies.map((p) => {
    const used = Decimal.min(claimedBefore, p.insured_amount);
    claimedBefore = claimedBefore.minus(used);
    return { policy: p, used, left: new Decimal(p.insured_amount).minus(used) };
  });
  const insurancePool = capacity.reduce((s, c) => s.plus(c.left), new Decimal(0));
  const pools = { custody: balances[0]!.custody, deposit: balances[0]!.deposit, insurance: insurancePool.toFixed(2) };
  const needs: HolderNeed[] = holders.map((h) => ({ id: (h.enrollment_id ?? h.card_id)!, mode: h.supervision_mode, paidAt: h.paid_at, refundable: h.refundable }));
  const allocations = allocateWindDown(needs, pools);
  const sum = (pick: (a: (typeof allocations)[number]) => string) => allocations.reduce((s, a) => s.plus(pick(a)), new Decimal(0)).toFixed(2);
  const totals = {
    refundable: needs.reduce((s, n) => s.plus(n.refundable), new Decimal(0)).toFixed(2),
    fromCustody: sum((a) => a.fromCustody),
    fromDeposit: sum((a) => a.fromDeposit),
    fromInsurance: sum((a) => a.fromInsurance),
    shortfall: sum((a) => a.shortfall),
  };
  // The claim is made on the policies that end first, each up to its insured amount.
  let claim = new Decimal(totals.fromInsurance);
  const draws: InsuranceDraw[] = capacity.map(({ policy: p, used, left }) => {
    const drawn = Decimal.min(claim, left);
    claim = claim.minus(drawn);
    return {
      id: p.id,
      insurer: p.insurer,
      policyNumber: p.policy_number,
      insuredAmount: p.insured_amount,
      periodEnd: p.period_end,
      claimedBefore: used.toFixed(2),
      drawn: drawn.toFixed(2),
    };
  });

  const plan = await trx
    .insertInto('wind_down_plan')
    .values({
      institution_id: institutionId,
      status: 'draft',
      as_of: today,
      policy_version: args.policyVersion,
      custody_available: pools.custody,
      deposit_available: pools.deposit,
      insurance_available: pools.insurance,
      insurance_policies: JSON.stringify(draws),
      refundable: totals.refundable,
      from_custody: totals.fromCustody,
      from_deposit: totals.fromDeposit,
      from_insurance: totals.fromInsurance,
      shortfall: totals.shortfall,
      item_count: holders.length,
      supersedes: live?.id ?? null,
      built_by: args.caller.actor.sub,
      built_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const items = holders.map((h, i) => {
    const a = allocations[i]!;
    return {
      plan_id: plan.id,
      seq: i + 1,
      institution_id: institutionId,
      enrollment_id: h.enrollment_id,
      card_id: h.card_id,
      holder_ref: h.holder_ref,
      supervision_mode: h.supervision_mode,
      paid_at: h.paid_at,
      refundable: h.refundable,
      from_custody: a.fromCustody,
      from_deposit: a.fromDeposit,
      from_insurance: a.fromInsurance,
      shortfall: a.shortfall,
    };
  });
  for (let i = 0; i < items.length; i += 1000) await trx.insertInto('wind_down_item').values(items.slice(i, i + 1000)).execute();
  await recordAudit(trx, args.caller, {
    action: 'wind_down.plan_built',
    subjectType: 'wind_down_plan',
    subjectId: plan.id,
    institutionId,
    details: { supersedes: live?.id ?? null, items: holders.length, pools, ...totals, policyVersion: args.policyVersion },
    at,
  });
  return plan.id;
}
