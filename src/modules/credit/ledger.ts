import { randomUUID } from 'node:crypto';
import { Decimal } from 'decimal.js';
import type { Db, Tx } from '../../db/transaction';
import { inTransaction } from '../../db/transaction';
import type { Caller } from '../../http/api';
import { AppError } from '../../http/errors';
import { addDays, dateInZone } from '../../lib/dates';
import { recordAudit } from '../audit/service';
import type { Policy } from '../policies/store';
import { advanceChainHead, contentOf, hashContent, hasLoneSurrogate, lockChainHead } from './hash-chain';
import * as queries from './queries';
import { policyInTransaction, rateInstitution, type CreditDeps, type InstitutionRatingResult } from './ratings';
import { CREDIT_SEVERITIES, CREDIT_SOURCES } from './reference-data';
import type { CreditEventKind, CreditSeverity, CreditSource } from './tables';

/*
 * Appending to the credit ledger (SPEC §5). Other modules call recordCreditEvent inside their
 * own transaction (escrow: a late refund; contracts: an overdue rectification; inspections: a
 * failed check), or appendCreditEvent to have one opened for them. These functions trust their
 * caller: who may record what over HTTP is decided in service.ts.
 */
export type CreditCaller = Pick<Caller, 'actor' | 'requestId'>;

export interface RecordCreditEventInput {
  institutionId: string;
  /** A code such as late_refund, overdue_rectification, inspection_failed (reference-data.ts). */
  type: string;
  severity: CreditSeverity;
  /** Breaches take the policy's points (giving another value is refused); commendations must give theirs. */
  points?: string | number | undefined;
  source: CreditSource;
  /** The legal basis: the clause breached or the honour conferred. */
  basis: string;
  evidence?: Record<string, unknown> | undefined;
  occurredAt: Date | string;
}

export interface RecordedCreditEvent {
  event: queries.CreditEventRow;
  rating: InstitutionRatingResult;
}

const TYPE_PATTERN = /^[a-z][a-z0-9_]{1,63}$/;

interface EventDraft {
  institutionId: string;
  kind: CreditEventKind;
  type: string;
  severity: CreditSeverity;
  source: CreditSource;
  points: string;
  basis: string;
  evidence: Record<string, unknown>;
  occurredAt: Date;
  publicationEndsOn: string | null;
  reverses: string | null;
  repairs: string | null;
}

/**
 * Links one event to the chain tip, stores it, moves the tip and re-rates the institution, all in
 * the caller's transaction. Takes the ledger lock first.
 */
export async function appendToLedger(
  trx: Tx,
  caller: CreditCaller,
  draft: EventDraft,
  policy: Policy,
  deps: CreditDeps,
): Promise<RecordedCreditEvent> {
  const head = await lockChainHead(trx);
  const now = deps.clock.now();
  const row: queries.CreditEventRow = {
    id: randomUUID(),
    sequence: head.lastSequence + 1,
    institution_id: draft.institutionId,
    kind: draft.kind,
    type: draft.type,
    severity: draft.severity,
    source: draft.source,
    points: draft.points,
    basis: draft.basis,
    // What jsonb gives back is what gets hashed: normalise through JSON once.
    evidence: JSON.parse(JSON.stringify(draft.evidence)) as unknown,
    occurred_at: draft.occurredAt,
    recorded_at: now,
    publication_ends_on: draft.publicationEndsOn,
    reverses: draft.reverses,
    repairs: draft.repairs,
    recorded_by: caller.actor.sub,
    recorder_role: caller.actor.role,
    policy_version: policy.version,
    prev_hash: head.lastHash,
    hash: '',
  };
  const content = contentOf(row);
  // What is stored must be exactly what is hashed, or an honest event would fail verification.
  if (hasLoneSurrogate(content)) throw new Error('credit event text holds an unpaired UTF-16 surrogate');
  row.hash = hashContent(content);
  const event = await queries.insertEvent(trx, { ...row, evidence: JSON.stringify(row.evidence) });
  await advanceChainHead(trx, { lastSequence: row.sequence, lastHash: row.hash }, now);
  const rating = await rateInstitution(trx, draft.institutionId, policy, {
    now,
    cause: 'event',
    eventId: event.id,
    timeZone: deps.config.timeZone,
  });
  await recordAudit(trx, caller, {
    action: `credit.${draft.kind === 'finding' ? 'event_recorded' : draft.kind === 'reversal' ? 'event_reversed' : 'event_repaired'}`,
    subjectType: 'credit_event',
    subjectId: event.id,
    institutionId: draft.institutionId,
    details: {
      sequence: event.sequence,
      kind: event.kind,
      eventType: event.type,
      severity: event.severity,
      points: event.points,
      source: event.source,
      reverses: event.reverses,
      repairs: event.repairs,
      score: rating.rating.score,
      grade: rating.rating.grade,
      list: rating.rating.list,
      policyVersion: policy.version,
    },
    at: now,
  });
  return { event, rating };
}

/** The points a finding carries: breaches from the policy (SPEC §5), commendations as given within the cap. */
export function findingPoints(severity: CreditSeverity, given: string | number | undefined, policy: Policy): string {
  const credit = policy.values.credit;
  const value = given === undefined ? undefined : parseDecimal(given);
  if (severity === 'commendation') {
    if (value === undefined) {
      throw new AppError('CREDIT_POINTS_NOT_ALLOWED', { rule: 'commendation_points', limit: credit.commendationMaxPoints, value: 'none', policyVersion: policy.version });
    }
    if (value.lte(0) || value.gt(credit.commendationMaxPoints) || value.decimalPlaces() > 2) {
      throw new AppError('CREDIT_POINTS_NOT_ALLOWED', { rule: 'commendation_points', limit: credit.commendationMaxPoints, value: String(given), policyVersion: policy.version });
    }
    return value.toFixed(2);
  }
  const expected = new Decimal(severity === 'serious' ? credit.seriousBreachPoints : credit.generalBreachPoints);
  if (value !== undefined && !value.eq(expected)) {
    throw new AppError('CREDIT_POINTS_NOT_ALLOWED', { rule: `${severity}_breach_points`, limit: expected.toString(), value: String(given), policyVersion: policy.version });
  }
  return expected.toFixed(2);
}

function parseDecimal(value: string | number): Decimal | undefined {
  try {
    const d = new Decimal(value);
    return d.isFinite() ? d : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The publication end of a finding: the finding's own day (in the service's region) plus the
 * period for its severity — 发改办财金〔2019〕527号: general 3 months–1 year, serious up to 3 years.
 * It stops counting on that day.
 */
export function publicationEndsOn(severity: CreditSeverity, occurredAt: Date, policy: Policy, timeZone: string): string {
  const credit = policy.values.credit;
  const days =
    severity === 'serious' ? credit.seriousPublicationDays : severity === 'general' ? credit.generalPublicationDays : credit.commendationPublicationDays;
  return addDays(dateInZone(occurredAt, timeZone), days);
}

/** Records a finding (a breach or a commendation) in the caller's transaction. */
export async function recordCreditEvent(
  trx: Tx,
  caller: CreditCaller,
  input: RecordCreditEventInput,
  deps: CreditDeps,
): Promise<RecordedCreditEvent> {
  if (!(CREDIT_SEVERITIES as readonly string[]).includes(input.severity)) throw new Error(`unknown credit severity ${input.severity}`);
  if (!(CREDIT_SOURCES as readonly string[]).includes(input.source)) throw new Error(`unknown credit source ${input.source}`);
  if (!TYPE_PATTERN.test(input.type)) throw new Error(`credit event type ${input.type} is not a snake_case code`);
  if (input.basis.trim() === '') throw new Error('a credit event needs its legal basis');
  const policy = await policyInTransaction(trx);
  const occurredAt = new Date(input.occurredAt);
  const now = deps.clock.now();
  if (Number.isNaN(occurredAt.getTime())) throw new Error('occurredAt is not a time');
  if (occurredAt.getTime() > now.getTime()) {
    throw new AppError('CREDIT_OCCURRED_IN_FUTURE', { occurredAt: occurredAt.toISOString(), now: now.toISOString() });
  }
  const institution = await trx.selectFrom('institution').select('id').where('id', '=', input.institutionId).executeTakeFirst();
  if (!institution) throw new AppError('INSTITUTION_NOT_FOUND', { id: input.institutionId });
  return appendToLedger(
    trx,
    caller,
    {
      institutionId: input.institutionId,
      kind: 'finding',
      type: input.type,
      severity: input.severity,
      source: input.source,
      points: findingPoints(input.severity, input.points, policy),
      basis: input.basis,
      evidence: input.evidence ?? {},
      occurredAt,
      publicationEndsOn: publicationEndsOn(input.severity, occurredAt, policy, deps.config.timeZone),
      reverses: null,
      repairs: null,
    },
    policy,
    deps,
  );
}

/** The same, in a transaction of its own. */
export async function appendCreditEvent(
  deps: CreditDeps & { db: Db },
  caller: CreditCaller,
  input: RecordCreditEventInput,
): Promise<RecordedCreditEvent> {
  return inTransaction(deps.db, (trx) => recordCreditEvent(trx, caller, input, deps));
}

export interface ReversalInput {
  eventId: string;
  basis: string;
  evidence?: Record<string, unknown> | undefined;
  source?: CreditSource | undefined;
}

/**
 * A correction: the reversed finding stops counting from the reversal on; nothing is updated or
 * deleted (SPEC §5, append-only). A finding is reversed at most once.
 */
export async function recordCreditReversal(trx: Tx, caller: CreditCaller, input: ReversalInput, deps: CreditDeps): Promise<RecordedCreditEvent> {
  // The lock first: the "already reversed" check below must not race another reversal.
  await lockChainHead(trx);
  const target = await queries.findEvent(trx, input.eventId);
  if (!target) throw new AppError('CREDIT_EVENT_NOT_FOUND', { id: input.eventId });
  if (target.kind !== 'finding') throw new AppError('CREDIT_EVENT_NOT_REVERSIBLE', { id: target.id, reason: 'not_a_finding' });
  const ending = await queries.findEndingEvents(trx, target.id);
  if (ending.some((e) => e.kind === 'reversal')) throw new AppError('CREDIT_EVENT_NOT_REVERSIBLE', { id: target.id, reason: 'already_reversed' });
  const policy = await policyInTransaction(trx);
  return appendToLedger(
    trx,
    caller,
    {
      institutionId: target.institution_id,
      kind: 'reversal',
      type: 'reversal',
      severity: target.severity,
      source: input.source ?? 'regulator',
      points: '0.00',
      basis: input.basis,
      evidence: input.evidence ?? {},
      occurredAt: deps.clock.now(),
      publicationEndsOn: null,
      reverses: target.id,
      repairs: null,
    },
    policy,
    deps,
  );
}
