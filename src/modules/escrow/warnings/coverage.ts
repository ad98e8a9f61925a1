import { Decimal } from 'decimal.js';
import { sql } from 'kysely';
import type { Tx } from '../../../db/transaction';
import type { IsoDate } from '../../../lib/dates';
import { resolveAlertsNoLongerPresent } from '../../alerts/service';
import type { Policy } from '../../policies/store';
import { protectionFigures } from '../protection/figures';
import { assessProtection } from '../protection/requirement';

/** Statuses in which prepaid money is (still) owed and must stay covered. */
export const SUPERVISED_STATUSES = ['active', 'rectifying', 'suspended', 'closing'];

/**
 * SPEC §3.5/§3.8: coverage under the requirement (requirement.ts: custody mode coverage below
 * exposure × requiredCoverageRatio, deposit mode deposit + offsets below the required deposit).
 * The figures of every institution in one statement, the rule applied in TypeScript (the same
 * function as the escrow summary), the alerts written in one statement. Critical when less than
 * half of the requirement is met.
 */
export async function scanCoverage(trx: Tx, policy: Policy, asOf: Date, today: IsoDate): Promise<{ raised: number; resolved: number }> {
  const figures = await protectionFigures(trx, { asOf, today, chargingPeriodDays: policy.values.escrow.depositChargingPeriodDays });
  const failing = figures
    .filter((f) => SUPERVISED_STATUSES.includes(f.status))
    .map((f) => ({ f, a: assessProtection(f, policy.values.escrow, today) }))
    .filter(({ a }) => !a.compliant)
    .map(({ f, a }) => ({
      institution_id: f.institutionId,
      severity: new Decimal(a.counted).lt(new Decimal(a.requiredProtection).dividedBy(2)) ? 'critical' : 'warning',
      details: {
        supervisionMode: a.supervisionMode,
        exposure: a.exposure,
        coverage: a.coverage,
        coverageRatio: a.coverageRatio,
        requiredProtection: a.requiredProtection,
        counted: a.counted,
        missing: new Decimal(a.requiredProtection).minus(a.counted).toFixed(2),
        policyVersion: policy.version,
      },
    }));
  const rows = JSON.stringify(failing);
  const raised = await sql`
    insert into alert (kind, severity, institution_id, dedupe_key, details, raised_at, last_seen_at)
    select 'coverage_below_requirement', r.severity, r.institution_id, 'coverage_below_requirement:' || r.institution_id, r.details, ${asOf}, ${asOf}
      from jsonb_to_recordset(${rows}::jsonb) as r(institution_id uuid, severity text, details jsonb)
    on conflict (dedupe_key) where resolved_at is null
    do update set last_seen_at = excluded.last_seen_at, details = excluded.details, severity = excluded.severity`.execute(trx);
  const resolved = await resolveAlertsNoLongerPresent(
    trx,
    'coverage_below_requirement',
    sql`select 'coverage_below_requirement:' || r.institution_id from jsonb_to_recordset(${rows}::jsonb) as r(institution_id uuid)`,
    asOf,
  );
  return { raised: Number(raised.numAffectedRows ?? 0), resolved };
}
