import { SYSTEM } from '../../auth/actor';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { addDays, dateInZone } from '../../lib/dates';
import { recordAudit } from '../audit/service';
import { recordCreditEvent, type CreditCaller } from '../credit/ledger';
import type { ProgressReporter } from '../jobs/job';
import { dueCaseIds, lockCase, updateCase } from './rectification-queries';

/**
 * SPEC §4 "an overdue case is a credit event": every open case whose deadline day has passed
 * becomes overdue and records one general breach from source `contract`, citing its notice.
 * Each case is escalated in its own transaction, re-checked under its row lock, so a revision
 * closing it at the same moment wins or loses cleanly, and a second run (or a second runner)
 * finds nothing left to do: exactly one credit event per case (rectification_case
 * .overdue_event_id is also unique).
 */
export interface EscalationResult extends Record<string, unknown> {
  asOf: string;
  today: string;
  overdue: number;
}

const BATCH = 500;

export async function escalateOverdueRectifications(
  ctx: AppContext,
  options: { asOf?: Date; caller?: CreditCaller; progress?: ProgressReporter } = {},
): Promise<EscalationResult> {
  const asOf = options.asOf ?? ctx.clock.now();
  const today = dateInZone(asOf, ctx.config.timeZone);
  const caller = options.caller ?? { actor: SYSTEM, requestId: 'job:rectification-escalation' };
  let overdue = 0;
  let after: string | undefined;
  for (;;) {
    const ids = await dueCaseIds(ctx.db, today, BATCH, after);
    if (ids.length === 0) break;
    for (const id of ids) if (await escalateCase(ctx, caller, id, today)) overdue++;
    after = ids[ids.length - 1];
    await options.progress?.({ overdue });
  }
  return { asOf: asOf.toISOString(), today, overdue };
}

async function escalateCase(ctx: AppContext, caller: CreditCaller, id: string, today: string): Promise<boolean> {
  return inTransaction(ctx.db, async (trx) => {
    const row = await lockCase(trx, id);
    if (!row || row.status !== 'open' || row.deadline >= today) return false;
    const now = ctx.clock.now();
    // The breach happened when the deadline day ended, however late the job runs.
    const dueEnded = startOfDay(addDays(row.deadline, 1), ctx.config.timeZone);
    const occurredAt = dueEnded.getTime() < now.getTime() ? dueEnded : now;
    const { event } = await recordCreditEvent(
      trx,
      caller,
      {
        institutionId: row.institution_id,
        type: 'overdue_rectification',
        severity: 'general',
        source: 'contract',
        basis:
          `逾期未完成合同整改：整改通知书${row.number}责令于${row.deadline}前修改合同文本并重新备案，逾期未整改` +
          '（《中华人民共和国民法典》第四百九十七条；《中华人民共和国消费者权益保护法》第二十六条；《合同行政监督管理办法》）',
        evidence: {
          rectificationCaseId: row.id,
          noticeNumber: row.number,
          contractId: row.contract_id,
          openedOnVersion: row.opened_on_version,
          deadline: row.deadline,
          openedAt: row.opened_at.toISOString(),
        },
        occurredAt,
      },
      ctx,
    );
    await updateCase(trx, row.id, { status: 'overdue', overdue_at: now, overdue_event_id: event.id });
    await recordAudit(trx, caller, {
      action: 'rectification.overdue',
      subjectType: 'rectification_case',
      subjectId: row.id,
      institutionId: row.institution_id,
      details: { number: row.number, deadline: row.deadline, creditEventId: event.id },
      at: now,
    });
    return true;
  });
}

/** The instant a calendar day begins in `timeZone`. */
export function startOfDay(date: string, timeZone: string): Date {
  const midnightUtc = new Date(`${date}T00:00:00Z`);
  return new Date(midnightUtc.getTime() - zoneOffsetMs(midnightUtc, timeZone));
}

function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - instant.getTime();
}
