import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Tx } from '../../db/transaction';
import { inTransaction } from '../../db/transaction';
import type { Caller } from '../../http/api';
import { AppError, isAppError } from '../../http/errors';
import { dateInZone } from '../../lib/dates';
import { loadVisibleInstitution } from '../institutions/service';
import { verifyChain } from './hash-chain';
import { recordCreditEvent, recordCreditReversal, type RecordedCreditEvent } from './ledger';
import { chainBreakMessage, listReason, toCreditEvent, toMeasureInForce, toRatingChange } from './mapper';
import { countOpenRectifications } from './open-rectifications';
import { assertMayDecide, assertMayRecord } from './policy';
import * as queries from './queries';
import { eventTypeLabel, LIST_LABELS, NOT_COUNTING_LABELS } from './reference-data';
import type { CreditEventInput, CreditEventListQuery, CreditReversalInput, CreditSummary, RatingOutcome } from './schema';
import { computeRating, findingState, type CreditPolicyValues } from './scoring';
import type { CreditGrade } from './tables';

/** The rating part of a write's answer: where the institution stands now, and what moved. */
export async function ratingOutcome(trx: Tx, recorded: RecordedCreditEvent): Promise<z.infer<typeof RatingOutcome>> {
  const seq = recorded.rating.changeSeq;
  const moved = seq === null ? [] : await queries.measureChangesBy(trx, [seq]);
  return {
    score: recorded.rating.rating.score,
    grade: recorded.rating.rating.grade,
    list: recorded.rating.rating.list,
    changed: recorded.rating.changed > 0,
    changeSeq: seq,
    measuresApplied: moved.filter((m) => m.applied_by_change === seq).map((m) => m.code),
    measuresLifted: moved.filter((m) => m.lifted_by_change === seq).map((m) => m.code),
  };
}

function presentRecorded(recorded: RecordedCreditEvent, lang: Caller['lang']) {
  return toCreditEvent(recorded.event, lang, recorded.rating.rating.states.get(recorded.event.id) ?? null);
}

export async function postCreditEvent(ctx: AppContext, caller: Caller, institutionId: string, input: z.infer<typeof CreditEventInput>) {
  const institution = await loadVisibleInstitution(ctx, caller, institutionId);
  assertMayRecord(caller.actor, institution, input);
  return inTransaction(ctx.db, async (trx) => {
    const recorded = await recordCreditEvent(trx, caller, { ...input, institutionId }, ctx);
    return { event: presentRecorded(recorded, caller.lang), rating: await ratingOutcome(trx, recorded) };
  });
}

export async function reverseCreditEvent(ctx: AppContext, caller: Caller, eventId: string, input: z.infer<typeof CreditReversalInput>) {
  const event = await queries.findEvent(ctx.db, eventId);
  if (!event) throw new AppError('CREDIT_EVENT_NOT_FOUND', { id: eventId });
  // Out of scope reads as absent: the event is a 404 too, never a hint that it exists.
  const institution = await loadVisibleInstitution(ctx, caller, event.institution_id).catch((error: unknown) => {
    throw isAppError(error) && error.code === 'INSTITUTION_NOT_FOUND' ? new AppError('CREDIT_EVENT_NOT_FOUND', { id: eventId }) : error;
  });
  assertMayDecide(caller.actor, institution);
  return inTransaction(ctx.db, async (trx) => {
    const recorded = await recordCreditReversal(trx, caller, { eventId, basis: input.basis, evidence: input.evidence }, ctx);
    return { event: presentRecorded(recorded, caller.lang), rating: await ratingOutcome(trx, recorded) };
  });
}

export async function listCreditEvents(ctx: AppContext, caller: Caller, institutionId: string, query: z.infer<typeof CreditEventListQuery>) {
  await loadVisibleInstitution(ctx, caller, institutionId);
  const after = decodeSequenceCursor(query.cursor);
  const rows = await queries.listEvents(ctx.db, institutionId, { kind: query.kind, severity: query.severity }, query.limit, after);
  const now = ctx.clock.now();
  const at = { asOf: now, asOfDate: dateInZone(now, ctx.config.timeZone) };
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) =>
      toCreditEvent(
        row,
        caller.lang,
        row.kind === 'finding'
          ? findingState(
              {
                id: row.id,
                sequence: row.sequence,
                severity: row.severity,
                source: row.source,
                points: row.points,
                recordedAt: row.recorded_at,
                publicationEndsOn: row.publication_ends_on!,
                reversedAt: row.reversed_at,
                repairedAt: row.repaired_at,
              },
              at,
            )
          : null,
      ),
    ),
    nextCursor: rows.length > query.limit && last ? encodeSequenceCursor(last.sequence) : null,
  };
}

export function encodeSequenceCursor(n: number): string {
  return Buffer.from(String(n)).toString('base64url');
}

export function decodeSequenceCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const n = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Number.isSafeInteger(n) || n < 0) throw new AppError('INVALID_CURSOR');
  return n;
}

function band(grade: CreditGrade, policy: CreditPolicyValues, lang: Caller['lang']) {
  const bounds: Record<CreditGrade, [number | null, number | null]> = {
    A: [policy.gradeA, null],
    B: [policy.gradeB, policy.gradeA],
    C: [policy.gradeC, policy.gradeB],
    D: [null, policy.gradeC],
  };
  const [from, below] = bounds[grade];
  const range = [from !== null ? `${from} ≤` : '', lang === 'zh' ? '分数' : 'score', below !== null ? `< ${below}` : ''].filter(Boolean).join(' ');
  return {
    grade,
    from: from === null ? null : String(from),
    below: below === null ? null : String(below),
    label: lang === 'zh' ? `${grade} 级（${range}）` : `Grade ${grade} (${range})`,
  };
}

/**
 * GET /institutions/{id}/credit: the rating as of now, explained (SPEC §5: "any grade must be
 * traceable to the events that made it") — the events that count with their weights, those that
 * no longer count and why, the band, the list and every rule that put it there, and the measures
 * in force. Computed live; `stored` is what lists and measures currently reflect.
 */
export async function getCreditSummary(ctx: AppContext, caller: Caller, institutionId: string): Promise<z.infer<typeof CreditSummary>> {
  await loadVisibleInstitution(ctx, caller, institutionId);
  const policy = await ctx.policies.current();
  const credit = policy.values.credit;
  const now = ctx.clock.now();
  const [findings, open, measures, stored] = await Promise.all([
    queries.findingsForScoring(ctx.db, institutionId),
    countOpenRectifications(ctx.db, institutionId),
    queries.measuresInForce(ctx.db, [institutionId]),
    queries.findRating(ctx.db, institutionId),
  ]);
  const rating = computeRating(findings, credit, { asOf: now, asOfDate: dateInZone(now, ctx.config.timeZone) }, open);
  const rows = new Map((await queries.eventsByIds(ctx.db, findings.map((f) => f.id))).map((r) => [r.id, r]));
  const lang = caller.lang;
  return {
    institutionId,
    asOf: now.toISOString(),
    policyVersion: policy.version,
    startScore: String(credit.startScore),
    score: rating.score,
    grade: rating.grade,
    band: band(rating.grade, credit, lang),
    list: rating.list,
    listLabel: rating.list ? LIST_LABELS[rating.list][lang] : null,
    reasons: rating.reasons.map((code) => listReason(code, lang, credit, open)),
    liveSeriousBreaches: rating.liveSerious,
    liveBreaches: rating.liveBreaches,
    openRectifications: rating.openRectifications,
    events: rating.counted.map((c) => {
      const row = rows.get(c.id)!;
      return {
        id: c.id,
        sequence: c.sequence,
        type: row.type,
        typeLabel: eventTypeLabel(row.type)[lang],
        severity: row.severity,
        source: row.source,
        points: c.points,
        weight: c.weight,
        weighted: c.weighted,
        occurredAt: row.occurred_at.toISOString(),
        recordedAt: row.recorded_at.toISOString(),
        publicationEndsOn: row.publication_ends_on!,
        basis: row.basis,
      };
    }),
    notCounting: findings
      .filter((f) => rating.states.get(f.id) !== 'counting')
      .map((f) => {
        const state = rating.states.get(f.id)! as Exclude<ReturnType<typeof findingState>, 'counting'>;
        return {
          id: f.id,
          sequence: f.sequence,
          type: rows.get(f.id)!.type,
          severity: f.severity,
          points: f.points,
          state,
          stateLabel: NOT_COUNTING_LABELS[state][lang],
        };
      }),
    measures: measures.map((m) => toMeasureInForce(m, lang, credit)),
    stored: stored
      ? { score: stored.score, grade: stored.grade, list: stored.list, computedAt: stored.computed_at.toISOString(), policyVersion: stored.policy_version }
      : null,
    upToDate: stored !== undefined && stored.score === rating.score && stored.grade === rating.grade && stored.list === rating.list,
  };
}

export async function listRatingHistory(ctx: AppContext, caller: Caller, institutionId: string, limit: number, cursor: string | undefined) {
  await loadVisibleInstitution(ctx, caller, institutionId);
  const rows = await queries.ratingHistory(ctx.db, institutionId, limit, decodeSequenceCursor(cursor));
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page.map(toRatingChange), nextCursor: rows.length > limit && last ? encodeSequenceCursor(last.seq) : null };
}

export async function verifyCreditChain(ctx: AppContext, caller: Caller) {
  const result = await verifyChain(ctx.db);
  return {
    ok: result.ok,
    checked: result.checked,
    head: result.head,
    firstBreak: result.firstBreak ? { ...result.firstBreak, message: chainBreakMessage(result.firstBreak, caller.lang) } : null,
    verifiedAt: ctx.clock.now().toISOString(),
  };
}
