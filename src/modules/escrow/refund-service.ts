import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Caller } from '../../http/api';
import { AppError } from '../../http/errors';
import { dateInZone, type IsoDate } from '../../lib/dates';
import { addWorkingDays } from '../../lib/working-days';
import type { Policy } from '../policies/store';
import { loadVisibleEnrollment } from './enrollment-service';
import { idempotentRequest, settle } from './ledger/idempotency';
import { post, postingContext } from './ledger/posting';
import { toRefund, type RefundLike } from './mapper';
import { holderScope } from './policy';
import * as queries from './queries';
import type { RefundInput } from './schema';

/**
 * Refund deadlines (SPEC §3.4, 穗教规字〔2021〕8号): the family has the money within 5 working days
 * when the course has not started, 10 once it has. Working days are Monday–Friday minus the
 * policy calendar's holidays plus its working weekends; the request day does not count.
 */
export function refundDueDates(policy: Policy, today: IsoDate): { beforeStart: IsoDate; afterStart: IsoDate } {
  const calendar = policy.values.calendar;
  return {
    beforeStart: addWorkingDays(today, policy.values.escrow.refundWorkingDaysBeforeStart, calendar),
    afterStart: addWorkingDays(today, policy.values.escrow.refundWorkingDaysAfterStart, calendar),
  };
}

const present = (snapshot: unknown) => toRefund(snapshot as RefundLike);

/**
 * A refund (SPEC §3.4): the full amount before the first lesson, otherwise amount paid − value of the
 * lessons consumed (the exact cumulative value), no handling fee, gift lessons not forfeited. The
 * posting pays it out at once and pauses the enrollment's releases; a regulator resumes them.
 * "Started" means a lesson had been consumed or the service start date had come on the day the
 * family asked (`requestedOn`, default today); the due date counts from that day, so a refund
 * recorded after its due date is a late refund (a credit event, escrow/warnings/late-refunds.ts).
 */
export async function requestRefund(ctx: AppContext, caller: Caller, enrollmentId: string, input: z.infer<typeof RefundInput>, key: string) {
  const request = idempotentRequest(caller, key, `POST /enrollments/${enrollmentId}/refunds`, input);
  const scope = holderScope(caller.actor);
  const policy = await ctx.policies.current();
  const now = ctx.clock.now();
  const today = dateInZone(now, ctx.config.timeZone);
  const requestedOn = input.requestedOn ?? today;
  const due = refundDueDates(policy, requestedOn);
  return settle(ctx, request, present, async () => {
    if (requestedOn > today) throw new AppError('OCCURRED_IN_FUTURE', { rule: 'requested_not_future', limit: today, value: requestedOn });
    return post(ctx.db, 'escrow_refund', [
      postingContext(caller, now, policy.version, request),
      enrollmentId,
      scope.institutionId,
      scope.district,
      input.reason,
      requestedOn,
      due.beforeStart,
      due.afterStart,
    ], { bankReference: { reference: input.bankReference, at: now }, institutionId: scope.institutionId });
  });
}

export async function listRefunds(ctx: AppContext, caller: Caller, enrollmentId: string) {
  await loadVisibleEnrollment(ctx, caller, enrollmentId);
  const rows = await queries.listRefunds(ctx.db, { enrollmentId });
  return { items: rows.map((r) => toRefund(r, r.reversed)) };
}
