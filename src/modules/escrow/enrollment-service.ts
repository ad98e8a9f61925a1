import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Caller } from '../../http/api';
import { AppError } from '../../http/errors';
import { decodeCursor, toPage } from '../../http/pagination';
import { dateInZone } from '../../lib/dates';
import { prepaymentBlock } from '../credit/effects';
import { inScope, readScope } from '../institutions/policy';
import { chargeViolations } from './charge-limits';
import { idempotentRequest, settle, type Outcome } from './ledger/idempotency';
import { post, postingContext } from './ledger/posting';
import { toEnrollment, type EnrollmentLike } from './mapper';
import { holderScope } from './policy';
import * as queries from './queries';
import type { EnrollmentInput, EnrollmentListQuery } from './schema';

const present = (snapshot: unknown) => toEnrollment(snapshot as EnrollmentLike);

/** The posting re-checks the renewal rule's input under a lock; a concurrent charge sends us back here. */
const RACE_ATTEMPTS = 4;

/**
 * A prepayment (SPEC §3.4): the charge limits of §3.1 judged here in TypeScript, then one posting
 * function call that records the enrollment, its liability account and the prepayment entry.
 */
export async function createEnrollment(ctx: AppContext, caller: Caller, input: z.infer<typeof EnrollmentInput>, key: string) {
  const request = idempotentRequest(caller, key, 'POST /enrollments', input);
  const policy = await ctx.policies.current();
  return settle(ctx, request, present, async (): Promise<Outcome> => {
    for (let attempt = 1; ; attempt++) {
      const [facts, block] = await Promise.all([
        queries.prepaymentFacts(ctx.db, input, request),
        prepaymentBlock(ctx.db, input.institutionId),
      ]);
      if (facts.stored) {
        return { replayed: true, status: facts.stored.status, response: facts.stored.response, requestHash: facts.stored.request_hash };
      }
      if (!facts.institution_id || !inScope(readScope(caller.actor), { id: facts.institution_id, district_code: facts.district_code! })) {
        throw new AppError('INSTITUTION_NOT_FOUND', { id: input.institutionId });
      }
      if (!facts.course_id) throw new AppError('COURSE_NOT_FOUND', { id: input.courseId });
      if (facts.course_status !== 'filed') throw new AppError('COURSE_NOT_FILED', { id: input.courseId, currentStatus: facts.course_status });
      const now = ctx.clock.now();
      if (new Date(input.paidAt) > now) {
        throw new AppError('CHARGE_PAID_IN_FUTURE', { rule: 'paid_at_not_future', limit: now.toISOString(), value: input.paidAt });
      }
      const violations = chargeViolations(
        {
          institutionStatus: facts.institution_status!,
          block,
          courseCategory: facts.category!,
          pricePerLesson: facts.price_per_lesson!,
          lessonsPaid: input.lessonsPaid,
          giftLessons: input.giftLessons,
          amountPaid: input.amountPaid,
          depositAmount: input.depositAmount,
          serviceStartsOn: input.serviceStartsOn,
          serviceEndsOn: input.serviceEndsOn,
          paidOn: dateInZone(new Date(input.paidAt), ctx.config.timeZone),
          openLessonsRemaining: facts.open_charges > 0 ? facts.open_lessons_remaining : null,
        },
        policy,
      );
      const [first] = violations;
      if (first) {
        const { code, ...params } = first;
        throw new AppError(code, {
          ...params,
          policyVersion: policy.version,
          ...(violations.length > 1 ? { violations: violations.map(({ code: c, rule, limit, value }) => ({ code: c, rule, limit, value })) } : {}),
        });
      }
      try {
        return await post(ctx.db, 'escrow_prepay', [
          postingContext(caller, now, policy.version, request),
          input.institutionId,
          input.courseId,
          input.studentRef,
          facts.supervision_mode,
          input.lessonsPaid,
          input.giftLessons,
          input.amountPaid,
          input.depositAmount ?? null,
          input.paidAt,
          input.serviceStartsOn,
          input.serviceEndsOn,
          facts.prior_charges,
        ], { reference: input.bankReference, at: now });
      } catch (error) {
        if (error instanceof AppError && error.code === 'PREPAYMENT_RACE' && attempt < RACE_ATTEMPTS) continue;
        throw error;
      }
    }
  });
}

/** Loads an enrollment the caller may see (404 otherwise), for the sub-resources' GETs. */
export async function loadVisibleEnrollment(ctx: AppContext, caller: Caller, id: string) {
  const row = await queries.findEnrollment(ctx.db, holderScope(caller.actor), id);
  if (!row) throw new AppError('ENROLLMENT_NOT_FOUND', { id });
  return row;
}

export async function getEnrollment(ctx: AppContext, caller: Caller, id: string) {
  return toEnrollment(await loadVisibleEnrollment(ctx, caller, id));
}

export async function listEnrollments(ctx: AppContext, caller: Caller, query: z.infer<typeof EnrollmentListQuery>) {
  const rows = await queries.listEnrollments(ctx.db, holderScope(caller.actor), query, query.limit, decodeCursor(query.cursor));
  return toPage(rows, query.limit, toEnrollment);
}
