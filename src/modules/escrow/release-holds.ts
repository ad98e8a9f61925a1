import type { z } from 'zod';
import type { AppContext } from '../../context';
import { inTransaction, type Tx } from '../../db/transaction';
import type { Caller } from '../../http/api';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit/service';
import { iso, toEnrollment } from './mapper';
import { holderScope, withinScope } from './policy';
import type { Complaint, ComplaintInput, ResumeReleasesInput } from './schema';

/*
 * SPEC §3.2: a complaint or a refund request on an enrollment pauses its releases (Wuhu: "投诉或退费
 * 申请暂停拨付"), so the disputed value stays in custody. A refund pauses them by itself; complaints
 * come in through the regulators (the 12345 hotline, letters) and are filed here; a regulator lifts
 * the pause once the dispute is settled. Neither moves money, so neither needs an idempotency key.
 */

async function lockEnrollmentInScope(trx: Tx, caller: Caller, id: string) {
  const q = trx
    .selectFrom('enrollment')
    .selectAll()
    .where('id', '=', id)
    .where(withinScope(holderScope(caller.actor), 'enrollment.institution_id'));
  const row = await q.forUpdate().executeTakeFirst();
  if (!row) throw new AppError('ENROLLMENT_NOT_FOUND', { id });
  return row;
}

export async function fileComplaint(ctx: AppContext, caller: Caller, enrollmentId: string, input: z.infer<typeof ComplaintInput>): Promise<z.infer<typeof Complaint>> {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const enrollment = await lockEnrollmentInScope(trx, caller, enrollmentId);
    const complaint = await trx
      .insertInto('enrollment_complaint')
      .values({
        enrollment_id: enrollment.id,
        institution_id: enrollment.institution_id,
        summary: input.summary,
        received_at: input.receivedAt ?? now,
        actor_sub: caller.actor.sub,
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (!enrollment.releases_paused_at) {
      await trx
        .updateTable('enrollment')
        .set({ releases_paused_at: now, release_pause_reason: 'complaint', updated_at: now })
        .where('id', '=', enrollment.id)
        .execute();
    }
    await recordAudit(trx, caller, {
      action: 'enrollment.complaint_filed',
      subjectType: 'enrollment',
      subjectId: enrollment.id,
      institutionId: enrollment.institution_id,
      details: { complaintId: complaint.id, releasesPaused: true },
      at: now,
    });
    return {
      id: complaint.id,
      enrollmentId: complaint.enrollment_id,
      institutionId: complaint.institution_id,
      summary: complaint.summary,
      receivedAt: iso(complaint.received_at),
      createdAt: iso(complaint.created_at),
    };
  });
}

export async function resumeReleases(ctx: AppContext, caller: Caller, enrollmentId: string, input: z.infer<typeof ResumeReleasesInput>) {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const enrollment = await lockEnrollmentInScope(trx, caller, enrollmentId);
    if (!enrollment.releases_paused_at) throw new AppError('RELEASES_NOT_PAUSED', { id: enrollmentId });
    const updated = await trx
      .updateTable('enrollment')
      .set({ releases_paused_at: null, release_pause_reason: null, updated_at: now })
      .where('id', '=', enrollment.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, caller, {
      action: 'enrollment.releases_resumed',
      subjectType: 'enrollment',
      subjectId: enrollment.id,
      institutionId: enrollment.institution_id,
      details: { reason: input.reason, pausedSince: enrollment.releases_paused_at, pauseReason: enrollment.release_pause_reason },
      at: now,
    });
    return toEnrollment(updated);
  });
}
