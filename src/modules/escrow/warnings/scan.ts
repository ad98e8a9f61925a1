import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { dateInZone } from '../../../lib/dates';
import type { ProgressReporter } from '../../jobs/job';
import { scanCoverage } from './coverage';
import { scanFlows } from './flows';
import { scanInsuranceExpiry } from './insurance-expiry';
import { recordLateRefunds, scanRefundOverdue } from './late-refunds';

export interface EscrowWarningsResult extends Record<string, unknown> {
  asOf: string;
  policyVersion: number;
  coverage: { raised: number; resolved: number };
  surge: { raised: number; resolved: number };
  stalled: { raised: number; resolved: number };
  lateRefundsRecorded: number;
  refundOverdue: { raised: number; resolved: number };
  insuranceExpiring: { raised: number; resolved: number };
}

/**
 * The early-warning scan of SPEC §3.8 over every institution (the hourly job escrow-warnings):
 * coverage under the requirement, prepayment surge, consumption stalled, late refunds (each also a
 * credit event, once) and insurance expiring. Each kind is raised, refreshed and resolved by
 * set-based statements (one open alert per condition: raiseAlert's dedupe key), so a run repeated
 * by hand or after a crash changes nothing that is still true. Large withdrawals are raised by the
 * withdrawal itself, reconciliation mismatches by the reconciliation, broken ledger invariants by
 * the ledger-verify job.
 */
export async function scanEscrowWarnings(ctx: AppContext, options: { asOf?: Date; progress?: ProgressReporter } = {}): Promise<EscrowWarningsResult> {
  const asOf = options.asOf ?? ctx.clock.now();
  const today = dateInZone(asOf, ctx.config.timeZone);
  const policy = await ctx.policies.current();
  const lateRefundsRecorded = await recordLateRefunds(ctx);
  await options.progress?.({ lateRefundsRecorded });
  const scanned = await inTransaction(ctx.db, async (trx) => {
    const coverage = await scanCoverage(trx, policy, asOf, today);
    const { surge, stalled } = await scanFlows(trx, policy, asOf, today);
    const refundOverdue = await scanRefundOverdue(trx, policy, asOf, today);
    const insuranceExpiring = await scanInsuranceExpiry(trx, policy, asOf, today);
    return { coverage, surge, stalled, refundOverdue, insuranceExpiring };
  });
  return { asOf: asOf.toISOString(), policyVersion: policy.version, lateRefundsRecorded, ...scanned };
}
