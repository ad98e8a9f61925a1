import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Caller } from '../../http/api';
import { AppError } from '../../http/errors';
import { loadVisibleEnrollment } from './enrollment-service';
import { idempotentRequest, settle } from './ledger/idempotency';
import { post, postingContext } from './ledger/posting';
import { toConsumption, toPostedConsumption } from './mapper';
import { holderScope } from './policy';
import * as queries from './queries';
import type { ConsumptionInput } from './schema';

/**
 * Lessons taught (SPEC §3.4). Whether they fit the lessons remaining, and what they are worth
 * (cumulative value after − before, lesson-value.ts), is decided inside the posting function under
 * the enrollment's row lock, so hundreds of concurrent consumptions can never over-consume.
 */
export async function consumeLessons(ctx: AppContext, caller: Caller, enrollmentId: string, input: z.infer<typeof ConsumptionInput>, key: string) {
  const request = idempotentRequest(caller, key, `POST /enrollments/${enrollmentId}/consumptions`, input);
  const scope = holderScope(caller.actor);
  const policy = await ctx.policies.current();
  const now = ctx.clock.now();
  return settle(ctx, request, toPostedConsumption, async () => {
    if (new Date(input.occurredAt) > now) {
      throw new AppError('OCCURRED_IN_FUTURE', { rule: 'occurred_not_future', limit: now.toISOString(), value: input.occurredAt });
    }
    return post(ctx.db, 'escrow_consume', [
      postingContext(caller, now, policy.version, request),
      enrollmentId,
      scope.institutionId,
      scope.district,
      input.lessons,
      input.occurredAt,
    ], { institutionId: scope.institutionId });
  });
}

export async function listConsumptions(ctx: AppContext, caller: Caller, enrollmentId: string) {
  await loadVisibleEnrollment(ctx, caller, enrollmentId);
  const rows = await queries.listConsumptions(ctx.db, enrollmentId);
  return { items: rows.map((r) => toConsumption(r, r.reversed)) };
}
