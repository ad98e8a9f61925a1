import { sql } from 'kysely';
import { SYSTEM } from '../../../auth/actor';
import type { AppContext } from '../../../context';
import { inTransaction, type Tx } from '../../../db/transaction';
import { addDays, type IsoDate } from '../../../lib/dates';
import { resolveAlertsNoLongerPresent } from '../../alerts/service';
import { startOfDay } from '../../contracts/escalation';
import { recordCreditEvent, type CreditCaller } from '../../credit/ledger';
import type { Policy } from '../../policies/store';

/*
 * Refunds overdue (SPEC §3.4, §3.8). The refund service pays a refund out when it is recorded
 * (escrow_refund posts it at once), so within the ledger a refund is never "due and unpaid"; what
 * can be late is the recording: the due date counts from the day the family asked (`requestedOn`,
 * 5 working days before the course starts, 10 after, 穗教规字〔2021〕8号), so a refund recorded after
 * its due day was paid late. Each such refund is one general credit event from source escrow
 * (type late_refund), exactly once: escrow_late_refund's primary key is the refund's entry, written
 * in the same transaction as the event (a second runner's insert fails and rolls its event back).
 * A reversed refund is not counted. An institution with late refunds recorded in the last
 * warningWindowDays has an open refund_overdue alert; it resolves when none are left in the window.
 */

interface LateRefund {
  entry_id: number;
  institution_id: string;
  enrollment_id: string | null;
  card_id: string | null;
  amount: string;
  due_by: string;
  recorded_on: string;
}

const BASIS =
  '逾期退费：未在规定期限内退还预收费用。依据：《中华人民共和国消费者权益保护法》第五十三条；《关于加强校外培训机构预收费监管工作的通知》（教监管函〔2021〕2号）；' +
  '退费期限：开课前申请的 5 个工作日内、开课后申请的 10 个工作日内（穗教规字〔2021〕8号，政策参数 escrow.refundWorkingDays*）';

const UNIQUE_VIOLATION = '23505';

async function recordLateRefund(ctx: AppContext, caller: CreditCaller, r: LateRefund): Promise<boolean> {
  try {
    return await inTransaction(ctx.db, async (trx) => {
      const done = await trx.selectFrom('escrow_late_refund').select('refund_entry_id').where('refund_entry_id', '=', r.entry_id).executeTakeFirst();
      if (done) return false;
      const now = ctx.clock.now();
      // The breach happened when the due day ended, however late it was found.
      const dueEnded = startOfDay(addDays(r.due_by, 1), ctx.config.timeZone);
      const { event } = await recordCreditEvent(
        trx,
        caller,
        {
          institutionId: r.institution_id,
          type: 'late_refund',
          severity: 'general',
          source: 'escrow',
          basis: `${BASIS}。本笔退费 ${r.amount} 元应于 ${r.due_by} 前退还，实际于 ${r.recorded_on} 办理。`,
          evidence: { refundEntryId: Number(r.entry_id), enrollmentId: r.enrollment_id, cardId: r.card_id, amount: r.amount, dueBy: r.due_by, recordedOn: r.recorded_on },
          occurredAt: dueEnded.getTime() < now.getTime() ? dueEnded : now,
        },
        ctx,
      );
      await trx
        .insertInto('escrow_late_refund')
        .values({ refund_entry_id: Number(r.entry_id), institution_id: r.institution_id, due_by: r.due_by, recorded_on: r.recorded_on, credit_event_id: event.id, detected_at: now })
        .execute();
      return true;
    });
  } catch (error) {
    if ((error as { code?: string })?.code === UNIQUE_VIOLATION) return false;
    throw error;
  }
}

/** Late refunds not yet recorded as credit events: each gets its own. */
export async function recordLateRefunds(ctx: AppContext, caller: CreditCaller = { actor: SYSTEM, requestId: 'job:escrow-warnings' }): Promise<number> {
  const tz = ctx.config.timeZone;
  const { rows } = await sql<LateRefund>`
    select r.entry_id, r.institution_id, r.enrollment_id, r.card_id, r.amount::text as amount, r.due_by,
           timezone(${tz}, r.requested_at)::date as recorded_on
      from prepaid_refund r
     where timezone(${tz}, r.requested_at)::date > r.due_by
       and not exists (select 1 from escrow_late_refund l where l.refund_entry_id = r.entry_id)
       and not exists (select 1 from ledger_entry x where x.reverses_entry_id = r.entry_id)
     order by r.entry_id`.execute(ctx.db);
  let recorded = 0;
  for (const r of rows) if (await recordLateRefund(ctx, caller, r)) recorded++;
  return recorded;
}

/** The refund_overdue alerts: institutions with late refunds recorded within the window. */
export async function scanRefundOverdue(trx: Tx, policy: Policy, asOf: Date, today: IsoDate) {
  const since = addDays(today, -policy.values.escrow.warningWindowDays);
  const late = sql`
    select institution_id, count(*)::int as refunds, max(recorded_on) as last_recorded_on, max(recorded_on - due_by) as worst_days_late
      from escrow_late_refund l
     where l.recorded_on > ${since}::date
       and not exists (select 1 from ledger_entry x where x.reverses_entry_id = l.refund_entry_id)
     group by institution_id`;
  const raised = await sql`
    insert into alert (kind, severity, institution_id, dedupe_key, details, raised_at, last_seen_at)
    select 'refund_overdue', 'warning', l.institution_id, 'refund_overdue:' || l.institution_id,
           jsonb_build_object('lateRefunds', l.refunds, 'lastRecordedOn', l.last_recorded_on, 'worstDaysLate', l.worst_days_late,
                              'windowDays', ${policy.values.escrow.warningWindowDays}::int, 'policyVersion', ${policy.version}::int),
           ${asOf}, ${asOf}
      from (${late}) l
    on conflict (dedupe_key) where resolved_at is null
    do update set last_seen_at = excluded.last_seen_at, details = excluded.details`.execute(trx);
  const resolved = await resolveAlertsNoLongerPresent(trx, 'refund_overdue', sql`select 'refund_overdue:' || l.institution_id from (${late}) l`, asOf);
  return { raised: Number(raised.numAffectedRows ?? 0), resolved };
}
