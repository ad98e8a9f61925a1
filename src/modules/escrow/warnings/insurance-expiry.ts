import { sql } from 'kysely';
import type { Tx } from '../../../db/transaction';
import { addDays, type IsoDate } from '../../../lib/dates';
import { resolveAlertsNoLongerPresent } from '../../alerts/service';
import type { Policy } from '../../policies/store';
import { SUPERVISED_STATUSES } from './coverage';

/**
 * SPEC §3.5/§3.8: an active policy ending within policy escrow.expiryAlertDays (critical once its
 * end has passed while it is still recorded active) raises insurance_expiring, unless a renewal
 * is on file: another active policy of the institution, insured for at least as much, that starts
 * by the day after this one ends and runs past the window (cover continues undiminished). Renewed,
 * or marked expired/cancelled/claimed by a regulator: resolved.
 */
export async function scanInsuranceExpiry(trx: Tx, policy: Policy, asOf: Date, today: IsoDate) {
  const horizon = addDays(today, policy.values.escrow.expiryAlertDays);
  const expiring = sql`
    select p.id, p.institution_id, p.insurer, p.policy_number, p.insured_amount, p.period_end
      from insurance_policy p
      join institution i on i.id = p.institution_id and i.status in (${sql.join(SUPERVISED_STATUSES)})
     where p.status = 'active' and p.period_end <= ${horizon}::date
       and not exists (select 1 from insurance_policy n
                        where n.institution_id = p.institution_id and n.id <> p.id and n.status = 'active'
                          and n.insured_amount >= p.insured_amount
                          and n.period_start <= p.period_end + 1 and n.period_end > ${horizon}::date)`;
  const raised = await sql`
    insert into alert (kind, severity, institution_id, dedupe_key, details, raised_at, last_seen_at)
    select 'insurance_expiring', case when e.period_end < ${today}::date then 'critical' else 'warning' end,
           e.institution_id, 'insurance_expiring:' || e.id,
           jsonb_build_object('policyId', e.id, 'insurer', e.insurer, 'policyNumber', e.policy_number,
                              'insuredAmount', e.insured_amount::text, 'expiresOn', e.period_end, 'policyVersion', ${policy.version}::int),
           ${asOf}, ${asOf}
      from (${expiring}) e
    on conflict (dedupe_key) where resolved_at is null
    do update set last_seen_at = excluded.last_seen_at, details = excluded.details, severity = excluded.severity`.execute(trx);
  const resolved = await resolveAlertsNoLongerPresent(trx, 'insurance_expiring', sql`select 'insurance_expiring:' || e.id from (${expiring}) e`, asOf);
  return { raised: Number(raised.numAffectedRows ?? 0), resolved };
}
