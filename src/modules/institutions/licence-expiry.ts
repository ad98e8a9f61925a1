import { sql } from 'kysely';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { addDays, dateInZone } from '../../lib/dates';
import { resolveAlertsNoLongerPresent } from '../alerts/service';

/** Statuses in which an institution teaches, so an expiring licence matters. */
const OPERATING = ['active', 'rectifying', 'suspended'];

/**
 * SPEC §3.8: a licence that expires within the policy's window raises a warning (critical once
 * it has expired); a renewed licence resolves it. One set-based pass over every institution.
 */
export async function scanLicenceExpiry(ctx: AppContext, asOf: Date): Promise<{ expiring: number; resolved: number; policyVersion: number }> {
  const policy = await ctx.policies.current();
  const today = dateInZone(asOf, ctx.config.timeZone);
  const horizon = addDays(today, policy.values.registry.licenceExpiryAlertDays);
  const expiring = sql`
    select id, licence_number, licence_expires_on from institution
    where status in (${sql.join(OPERATING)}) and licence_expires_on is not null
      and licence_expires_on <= ${horizon}::date`;
  return inTransaction(ctx.db, async (trx) => {
    const raised = await sql`
      insert into alert (kind, severity, institution_id, dedupe_key, details, raised_at, last_seen_at)
      select 'licence_expiring',
             case when e.licence_expires_on < ${today}::date then 'critical' else 'warning' end,
             e.id, 'licence_expiring:' || e.id,
             jsonb_build_object('licenceNumber', e.licence_number, 'expiresOn', e.licence_expires_on,
                                'policyVersion', ${policy.version}::int),
             ${asOf}, ${asOf}
      from (${expiring}) e
      on conflict (dedupe_key) where resolved_at is null
      do update set last_seen_at = excluded.last_seen_at, details = excluded.details, severity = excluded.severity`.execute(trx);
    const resolved = await resolveAlertsNoLongerPresent(
      trx,
      'licence_expiring',
      sql`select 'licence_expiring:' || e.id from (${expiring}) e`,
      asOf,
    );
    return { expiring: Number(raised.numAffectedRows ?? 0), resolved, policyVersion: policy.version };
  });
}
