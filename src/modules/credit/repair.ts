import type { z } from 'zod';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import type { Caller } from '../../http/api';
import { AppError, isAppError } from '../../http/errors';
import { decodeCursor, toPage } from '../../http/pagination';
import { addDays, dateInZone } from '../../lib/dates';
import { recordAudit } from '../audit/service';
import { readScope } from '../institutions/policy';
import { loadVisibleInstitution } from '../institutions/service';
import { appendToLedger } from './ledger';
import { toRepair } from './mapper';
import { assertMayApplyForRepair, assertMayDecide } from './policy';
import * as queries from './queries';
import { policyInTransaction } from './ratings';
import type { RepairDecisionInput, RepairInput, RepairListQuery } from './schema';
import { ratingOutcome } from './service';

/*
 * Credit repair (信用修复, 国市监信规〔2021〕3号; SPEC §5): after the minimum publication time — 6
 * months for a general breach, 1 year for a serious one, counted from the finding's day — the
 * institution applies with evidence that it has rectified; a regulator of its district approves
 * or rejects with reasons. Approval appends a `repair` event naming the finding: the finding's
 * publication ends at that moment (a derived fact: nothing is updated), and the rating, lists and
 * measures are recomputed in the same transaction.
 */

export async function applyForRepair(ctx: AppContext, caller: Caller, institutionId: string, input: z.infer<typeof RepairInput>) {
  await loadVisibleInstitution(ctx, caller, institutionId);
  assertMayApplyForRepair(caller.actor, institutionId);
  const policy = await ctx.policies.current();
  const now = ctx.clock.now();
  const today = dateInZone(now, ctx.config.timeZone);
  return inTransaction(ctx.db, async (trx) => {
    const event = await queries.findEvent(trx, input.eventId);
    if (!event || event.institution_id !== institutionId) throw new AppError('CREDIT_EVENT_NOT_FOUND', { id: input.eventId });
    if (event.kind !== 'finding' || event.severity === 'commendation') {
      throw new AppError('CREDIT_EVENT_NOT_REPAIRABLE', { id: event.id, reason: 'not_a_breach' });
    }
    const ending = await queries.findEndingEvents(trx, event.id);
    if (ending.length > 0) throw new AppError('CREDIT_EVENT_NOT_REPAIRABLE', { id: event.id, reason: `already_${ending[0]!.kind === 'reversal' ? 'reversed' : 'repaired'}` });
    if (today >= event.publication_ends_on!) throw new AppError('CREDIT_EVENT_NOT_REPAIRABLE', { id: event.id, reason: 'publication_ended' });
    const minDays = event.severity === 'serious' ? policy.values.credit.repairMinDaysSerious : policy.values.credit.repairMinDaysGeneral;
    const earliest = addDays(dateInZone(event.occurred_at, ctx.config.timeZone), minDays);
    if (today < earliest) {
      throw new AppError('CREDIT_REPAIR_TOO_EARLY', {
        earliest,
        rule: `repair_min_days_${event.severity}`,
        limit: minDays,
        value: today,
        policyVersion: policy.version,
      });
    }
    const pending = await trx
      .selectFrom('credit_repair')
      .select('id')
      .where('event_id', '=', event.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (pending) throw new AppError('CREDIT_REPAIR_PENDING', { eventId: event.id, repairId: pending.id });
    const row = await trx
      .insertInto('credit_repair')
      .values({
        institution_id: institutionId,
        event_id: event.id,
        statement: input.statement,
        evidence: JSON.stringify(input.evidence),
        status: 'pending',
        earliest_on: earliest,
        applied_at: now,
        applicant_sub: caller.actor.sub,
        policy_version: policy.version,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
      .catch((error: unknown) => {
        // Two applications racing for one event: the partial unique index keeps one pending.
        if ((error as { code?: string })?.code === '23505') throw new AppError('CREDIT_REPAIR_PENDING', { eventId: event.id, repairId: 'concurrent' });
        throw error;
      });
    await recordAudit(trx, caller, {
      action: 'credit.repair_applied',
      subjectType: 'credit_repair',
      subjectId: row.id,
      institutionId,
      details: { eventId: event.id, earliestOn: earliest },
      at: now,
    });
    return toRepair(row);
  });
}

async function loadVisibleRepair(ctx: AppContext, caller: Caller, id: string) {
  const row = await ctx.db.selectFrom('credit_repair').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('CREDIT_REPAIR_NOT_FOUND', { id });
  const institution = await loadVisibleInstitution(ctx, caller, row.institution_id).catch((error: unknown) => {
    throw isAppError(error) && error.code === 'INSTITUTION_NOT_FOUND' ? new AppError('CREDIT_REPAIR_NOT_FOUND', { id }) : error;
  });
  return { row, institution };
}

export async function getRepair(ctx: AppContext, caller: Caller, id: string) {
  return toRepair((await loadVisibleRepair(ctx, caller, id)).row);
}

export async function decideRepair(ctx: AppContext, caller: Caller, id: string, input: z.infer<typeof RepairDecisionInput>) {
  const { institution } = await loadVisibleRepair(ctx, caller, id);
  assertMayDecide(caller.actor, institution);
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const repair = await trx.selectFrom('credit_repair').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    if (repair.status !== 'pending') throw new AppError('CREDIT_REPAIR_DECIDED', { id, decision: repair.status });
    let rating = null;
    let repairEventId: string | null = null;
    if (input.decision === 'approve') {
      const event = (await queries.findEvent(trx, repair.event_id))!;
      const ending = await queries.findEndingEvents(trx, event.id);
      if (ending.length > 0) throw new AppError('CREDIT_EVENT_NOT_REPAIRABLE', { id: event.id, reason: `already_${ending[0]!.kind === 'reversal' ? 'reversed' : 'repaired'}` });
      const policy = await policyInTransaction(trx);
      const recorded = await appendToLedger(
        trx,
        caller,
        {
          institutionId: repair.institution_id,
          kind: 'repair',
          type: 'credit_repair',
          severity: event.severity,
          source: 'regulator',
          points: '0.00',
          basis: `国市监信规〔2021〕3号 信用修复：${input.reasons}`,
          evidence: { repairId: repair.id, statement: repair.statement },
          occurredAt: now,
          publicationEndsOn: null,
          reverses: null,
          repairs: event.id,
        },
        policy,
        ctx,
      );
      repairEventId = recorded.event.id;
      rating = await ratingOutcome(trx, recorded);
    }
    const updated = await trx
      .updateTable('credit_repair')
      .set({
        status: input.decision === 'approve' ? 'approved' : 'rejected',
        decided_at: now,
        decided_by: caller.actor.sub,
        decision_reasons: input.reasons,
        repair_event_id: repairEventId,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, caller, {
      action: 'credit.repair_decided',
      subjectType: 'credit_repair',
      subjectId: id,
      institutionId: repair.institution_id,
      details: { decision: input.decision, reasons: input.reasons, repairEventId },
      at: now,
    });
    return { repair: toRepair(updated), rating };
  });
}

/** One institution's applications (the institution itself, regulators of its district). */
export async function listInstitutionRepairs(ctx: AppContext, caller: Caller, institutionId: string, query: z.infer<typeof RepairListQuery>) {
  await loadVisibleInstitution(ctx, caller, institutionId);
  return listRepairs(ctx, { institutionId, status: query.status }, query.limit, query.cursor);
}

/** The regulators' queue: applications of institutions in their district (the city: all). */
export async function listRepairQueue(ctx: AppContext, caller: Caller, query: z.infer<typeof RepairListQuery>) {
  const scope = readScope(caller.actor);
  return listRepairs(ctx, { district: scope.kind === 'district' ? scope.district : undefined, status: query.status }, query.limit, query.cursor);
}

async function listRepairs(
  ctx: AppContext,
  filter: { institutionId?: string | undefined; district?: string | undefined; status?: string | undefined },
  limit: number,
  cursor: string | undefined,
) {
  const after = decodeCursor(cursor);
  let q = ctx.db
    .selectFrom('credit_repair as r')
    .innerJoin('institution as i', 'i.id', 'r.institution_id')
    .selectAll('r')
    .orderBy('r.applied_at')
    .orderBy('r.id')
    .limit(limit + 1);
  if (filter.institutionId) q = q.where('r.institution_id', '=', filter.institutionId);
  if (filter.district) q = q.where('i.district_code', '=', filter.district);
  if (filter.status) q = q.where('r.status', '=', filter.status as 'pending');
  if (after) q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('r.applied_at', 'r.id'), '>', tuple(after.createdAt, after.id)));
  const rows = await q.execute();
  return toPage(
    rows.map((r) => ({ ...r, created_at: r.applied_at })),
    limit,
    toRepair,
  );
}
