import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Caller } from '../../http/api';
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
 * "Started" means a lesson has been consumed or the service start date has come.
 */
export async function requestRefund(ctx: AppContext, caller: Caller, enrollmentId: string, input: z.infer<typeof RefundInput>, key: string) {
  const request = idempotentRequest(caller, key, `POST /enrollments/${enrollmentId}/refunds`, input);
  const scope = holderScope(caller.actor);
  const policy = await ctx.policies.current();
  const now = ctx.clock.now();
  const today = dateInZone(now, ctx.config.timeZone);
  const due = refundDueDates(policy, today);
  return settle(ctx, request, present, () =>
    post(ctx.db, 'escrow_refund', [
      postingContext(caller, now, policy.version, request),
      enrollmentId,
      scope.institutionId,
      scope.district,
      input.reason,
      today,
      due.beforeStart,
      due.afterStart,
    ]),
  );
}

export async function listRefunds(ctx: AppContext, caller: Caller, enrollmentId: string) {
  await loadVisibleEnrollment(ctx, caller, enrollmentId);
  const rows = await queries.listRefunds(ctx.db, { enrollmentId });
  return { items: rows.map((r) => toRefund(r, r.reversed)) };
}
