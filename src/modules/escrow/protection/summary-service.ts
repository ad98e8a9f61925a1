import type { z } from 'zod';
import type { AppContext } from '../../../context';
import type { Db, Tx } from '../../../db/transaction';
import type { Caller } from '../../../http/api';
import { dateInZone } from '../../../lib/dates';
import { loadVisibleInstitution } from '../../institutions/service';
import type { Policy } from '../../policies/store';
import { protectionFigures } from './figures';
import { assessProtection, type Assessment } from './requirement';
import type { EscrowRequirement, EscrowSummary } from './schema';

/** One institution's protection, assessed under `policy` at `asOf` (requirement.ts states the rule). */
export async function assessInstitution(db: Db | Tx, institutionId: string, policy: Policy, asOf: Date, timeZone: string): Promise<Assessment> {
  const today = dateInZone(asOf, timeZone);
  const [figures] = await protectionFigures(db, { institutionId, asOf, today, chargingPeriodDays: policy.values.escrow.depositChargingPeriodDays });
  if (!figures) throw new Error(`no figures for institution ${institutionId}`);
  return assessProtection(figures, policy.values.escrow, today);
}

/**
 * GET /institutions/{id}/escrow: SPEC §8's escrow summary, for regulators in scope and the
 * institution itself (another institution gets a 404). Balances are the ledger's now.
 */
export async function getEscrowSummary(ctx: AppContext, caller: Caller, institutionId: string): Promise<z.infer<typeof EscrowSummary>> {
  await loadVisibleInstitution(ctx, caller, institutionId);
  const policy = await ctx.policies.current();
  const asOf = ctx.clock.now();
  const a = await assessInstitution(ctx.db, institutionId, policy, asOf, ctx.config.timeZone);
  return {
    supervisionMode: a.supervisionMode,
    custodyBalance: a.custodyBalance,
    depositBalance: a.depositBalance,
    earnedUnreleased: a.earnedUnreleased,
    exposure: a.exposure,
    insuranceCoverage: a.insuranceCoverage,
    guarantees: a.guarantees,
    coverage: a.coverage,
    coverageRatio: a.coverageRatio,
    requiredProtection: a.requiredProtection,
    compliant: a.compliant,
    policyVersion: policy.version,
    asOf: asOf.toISOString(),
  };
}

/** GET /institutions/{id}/escrow/requirement: how requiredProtection was reached. */
export async function getEscrowRequirement(ctx: AppContext, caller: Caller, institutionId: string): Promise<z.infer<typeof EscrowRequirement>> {
  await loadVisibleInstitution(ctx, caller, institutionId);
  const policy = await ctx.policies.current();
  const asOf = ctx.clock.now();
  const a = await assessInstitution(ctx.db, institutionId, policy, asOf, ctx.config.timeZone);
  return {
    supervisionMode: a.supervisionMode,
    requiredProtection: a.requiredProtection,
    compliant: a.compliant,
    minimumDeposit: a.minimumDeposit,
    deposit: a.deposit,
    policyVersion: policy.version,
    asOf: asOf.toISOString(),
  };
}
