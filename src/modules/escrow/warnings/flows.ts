import { sql } from 'kysely';
import type { Tx } from '../../../db/transaction';
import type { IsoDate } from '../../../lib/dates';
import { resolveAlertsNoLongerPresent } from '../../alerts/service';
import type { Policy } from '../../policies/store';
import { SUPERVISED_STATUSES } from './coverage';

const DAY_MS = 86_400_000;

/*
 * Money-flow warnings of SPEC §3.8, each one set-based statement over all institutions.
 * Prepayments are enrollments' amounts paid and cards' loads (cancelled ones never happened), by
 * when the family paid. W = policy warningWindowDays (30), B = surgeBaselineDays (90).
 *
 * prepayment_surge ("a classic sign before a closure"): prepayments in the last W days exceed
 *   prepaymentSurgeMultiple × the monthly average of the B days before them, i.e.
 *   recent > multiple × baseline × W ÷ B, with a baseline above zero. The baseline is the B days
 *   *before* the window: an average that included the window could never be exceeded threefold
 *   (recent > 3 × (recent + earlier) ÷ 3 is impossible). A new institution has no baseline and
 *   no surge; the deposit rule's 100 % tier for institutions under a year old covers it.
 * consumption_stalled ("consumption stalled while prepayments continue"): prepayments in the last
 *   W days, no lesson consumed and no card spent in the last W days (by when it happened), while
 *   at least one active enrollment's service has begun (so lessons were due).
 */
export async function scanFlows(trx: Tx, policy: Policy, asOf: Date, today: IsoDate) {
  const escrow = policy.values.escrow;
  const windowStart = new Date(asOf.getTime() - escrow.warningWindowDays * DAY_MS);
  const baselineStart = new Date(windowStart.getTime() - escrow.surgeBaselineDays * DAY_MS);
  const flows = sql`
    select p.institution_id,
           coalesce(sum(p.amount) filter (where p.at > ${windowStart}), 0) as recent,
           count(*) filter (where p.at > ${windowStart}) as recent_count,
           coalesce(sum(p.amount) filter (where p.at <= ${windowStart}), 0) as baseline
      from (select institution_id, paid_at as at, amount_paid as amount from enrollment
             where status <> 'cancelled' and paid_at > ${baselineStart} and paid_at <= ${asOf}
            union all
            select institution_id, issued_at, face_value from prepaid_card
             where status <> 'cancelled' and issued_at > ${baselineStart} and issued_at <= ${asOf}) p
      join institution i on i.id = p.institution_id and i.status in (${sql.join(SUPERVISED_STATUSES)})
     group by p.institution_id`;
  const surging = sql`
    select f.institution_id, f.recent, f.baseline,
           round(f.baseline * ${escrow.warningWindowDays}::numeric / ${escrow.surgeBaselineDays}::numeric, 2) as monthly_average
      from (${flows}) f
     where f.baseline > 0
       and f.recent > ${escrow.prepaymentSurgeMultiple}::numeric * f.baseline * ${escrow.warningWindowDays}::numeric / ${escrow.surgeBaselineDays}::numeric`;
  const stalled = sql`
    with consumed as (
      select institution_id from lesson_consumption where occurred_at > ${windowStart} and occurred_at <= ${asOf}
      union
      select institution_id from card_spend where occurred_at > ${windowStart} and occurred_at <= ${asOf}
    )
    select f.institution_id, f.recent, f.recent_count from (${flows}) f
     where f.recent_count > 0
       and f.institution_id not in (select institution_id from consumed)
       and exists (select 1 from enrollment e where e.institution_id = f.institution_id and e.status = 'active' and e.service_starts_on <= ${today}::date)`;

  const surge = await sql`
    insert into alert (kind, severity, institution_id, dedupe_key, details, raised_at, last_seen_at)
    select 'prepayment_surge', 'warning', s.institution_id, 'prepayment_surge:' || s.institution_id,
           jsonb_build_object('recent', s.recent::numeric(18, 2)::text, 'monthlyAverage', s.monthly_average::numeric(18, 2)::text,
                              'baseline', s.baseline::numeric(18, 2)::text, 'windowDays', ${escrow.warningWindowDays}::int,
                              'baselineDays', ${escrow.surgeBaselineDays}::int, 'multiple', ${escrow.prepaymentSurgeMultiple}::text,
                              'policyVersion', ${policy.version}::int),
           ${asOf}, ${asOf}
      from (${surging}) s
    on conflict (dedupe_key) where resolved_at is null
    do update set last_seen_at = excluded.last_seen_at, details = excluded.details`.execute(trx);
  const surgeResolved = await resolveAlertsNoLongerPresent(trx, 'prepayment_surge', sql`select 'prepayment_surge:' || s.institution_id from (${surging}) s`, asOf);

  const stall = await sql`
    insert into alert (kind, severity, institution_id, dedupe_key, details, raised_at, last_seen_at)
    select 'consumption_stalled', 'warning', s.institution_id, 'consumption_stalled:' || s.institution_id,
           jsonb_build_object('prepaymentsInWindow', s.recent::numeric(18, 2)::text, 'prepaymentCount', s.recent_count,
                              'windowDays', ${escrow.warningWindowDays}::int, 'policyVersion', ${policy.version}::int),
           ${asOf}, ${asOf}
      from (${stalled}) s
    on conflict (dedupe_key) where resolved_at is null
    do update set last_seen_at = excluded.last_seen_at, details = excluded.details`.execute(trx);
  const stallResolved = await resolveAlertsNoLongerPresent(trx, 'consumption_stalled', sql`select 'consumption_stalled:' || s.institution_id from (${stalled}) s`, asOf);

  return {
    surge: { raised: Number(surge.numAffectedRows ?? 0), resolved: surgeResolved },
    stalled: { raised: Number(stall.numAffectedRows ?? 0), resolved: stallResolved },
  };
}
