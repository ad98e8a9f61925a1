import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Caller } from '../../http/api';
import { AppError } from '../../http/errors';
import { decodeCursor, toPage } from '../../http/pagination';
import { dateInZone } from '../../lib/dates';
import { NO_NEW_PREPAYMENTS } from '../credit/effects';
import { inScope, readScope } from '../institutions/policy';
import type { Policy } from '../policies/store';
import { chargeViolations } from './charge-limits';
import { idempotentRequest, settle, type Outcome } from './ledger/idempotency';
import { post, postingContext } from './ledger/posting';
import { toEnrollment, type EnrollmentLike } from './mapper';
import { holderScope } from './policy';
import * as queries from './queries';
import { assumedFacts, rememberFacts } from './prepayment-hints';
import type { PrepaymentFacts } from './queries';
import type { EnrollmentInput, EnrollmentListQuery } from './schema';

const present = (snapshot: unknown) => toEnrollment(snapshot as EnrollmentLike);

/** escrow_prepay's answer when the facts it read under its lock are not the ones judged. */
const FACTS_CHANGED = 412;
/** Stale hint, then a charge for the same student appearing twice in a row: ask the client to retry. */
const ATTEMPTS = 4;

type Input = z.infer<typeof EnrollmentInput>;

/**
 * A prepayment (SPEC §3.4): the charge limits of §3.1 judged here in TypeScript, on the facts last
 * seen for the institution and course (prepayment-hints.ts), then one posting function call that
 * re-reads the facts under its lock and, if they are the ones judged, records the enrollment, its
 * liability account and the prepayment entry; if not, it answers with the facts and we judge again.
 */
export async function createEnrollment(ctx: AppContext, caller: Caller, input: Input, key: string) {
  const request = idempotentRequest(caller, key, 'POST /enrollments', input);
  const policy = await ctx.policies.current();
  const now = ctx.clock.now();
  return settle(ctx, request, present, async (): Promise<Outcome> => {
    let facts = assumedFacts(input.institutionId, input.courseId);
    let fresh = false;
    for (let attempt = 1; ; attempt++) {
      if (facts) {
        try {
          judge(ctx, caller, input, facts, policy, now);
        } catch (refusal) {
          if (fresh) throw refusal;
          facts = undefined; // judged on a hint: refuse only on the facts themselves
        }
      }
      const outcome = await post(ctx.db, 'escrow_prepay', [
        postingContext(caller, now, policy.version, request),
        input.institutionId,
        input.courseId,
        input.studentRef,
        input.lessonsPaid,
        input.giftLessons,
        input.amountPaid,
        input.depositAmount ?? null,
        input.paidAt,
        input.serviceStartsOn,
        input.serviceEndsOn,
        NO_NEW_PREPAYMENTS,
        facts ? JSON.stringify(facts) : null,
      ], { bankReference: { reference: input.bankReference, at: now }, institutionId: input.institutionId });
      if (outcome.replayed || outcome.status !== FACTS_CHANGED) return outcome;
      if (attempt >= ATTEMPTS) throw new AppError('PREPAYMENT_RACE');
      facts = (outcome.response as { facts: PrepaymentFacts }).facts;
      fresh = true;
      rememberFacts(input.institutionId, input.courseId, facts);
    }
  });
}

/** The charge limits (charge-limits.ts) and the checks before them; throws the first refusal. */
function judge(ctx: AppContext, caller: Caller, input: Input, facts: PrepaymentFacts, policy: Policy, now: Date): void {
  if (!facts.institution_id || !inScope(readScope(caller.actor), { id: facts.institution_id, district_code: facts.district_code! })) {
    throw new AppError('INSTITUTION_NOT_FOUND', { id: input.institutionId });
  }
  if (!facts.course_id) throw new AppError('COURSE_NOT_FOUND', { id: input.courseId });
  if (facts.course_status !== 'filed') throw new AppError('COURSE_NOT_FILED', { id: input.courseId, currentStatus: facts.course_status });
  if (new Date(input.paidAt) > now) {
    throw new AppError('CHARGE_PAID_IN_FUTURE', { rule: 'paid_at_not_future', limit: now.toISOString(), value: input.paidAt });
  }
  const violations = chargeViolations(
    {
      institutionStatus: facts.institution_status!,
      // the same answer as the credit module's prepaymentBlock, read in the posting's transaction
      block: facts.block && { list: 'black', measureCode: facts.block.measure_code, since: new Date(facts.block.applied_at).toISOString() },
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
