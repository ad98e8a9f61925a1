import { z } from 'zod';
import { isoDateTime, multilineText, text, uuid } from '../../http/fields';
import { PageQuery, pageSchema } from '../../http/pagination';
import { hasLoneSurrogate } from './hash-chain';
import { CREDIT_GRADES, CREDIT_LISTS, CREDIT_SEVERITIES, CREDIT_SOURCES } from './reference-data';

const Severity = z.enum(CREDIT_SEVERITIES);
const Source = z.enum(CREDIT_SOURCES);
const Grade = z.enum(CREDIT_GRADES);
const List = z.enum(CREDIT_LISTS);
const Kind = z.enum(['finding', 'reversal', 'repair']);
const Decimal = z.string().meta({ description: 'Decimal string', example: '87.50' });
const Localized = z.object({ code: z.string(), message: z.string() });

const MAX_EVIDENCE_BYTES = 20_000;

/** Text that is hashed into the chain must survive UTF-8 unchanged (see hash-chain.ts). */
const storable = <T extends z.ZodType>(schema: T) => schema.refine((v) => !hasLoneSurrogate(v), 'must be valid Unicode text');

/** Evidence is a JSON object (document numbers, links, notes); it is hashed into the chain. */
const Evidence = storable(z.record(z.string(), z.unknown()))
  .refine((e) => JSON.stringify(e).length <= MAX_EVIDENCE_BYTES, `at most ${MAX_EVIDENCE_BYTES} characters of JSON`)
  // PostgreSQL's jsonb cannot hold U+0000.
  .refine((e) => !JSON.stringify(e).includes('\\u0000'), '@control_chars')
  .meta({ description: 'Evidence as a JSON object', example: { documentNo: '沪教执〔2026〕12号' } });

export const CreditEventInput = z
  .strictObject({
    type: z.string().regex(/^[a-z][a-z0-9_]{1,63}$/, 'a snake_case code, e.g. late_refund').meta({ example: 'late_refund' }),
    severity: Severity,
    points: z
      .union([z.number(), z.string().regex(/^[+-]?\d{1,4}(\.\d{1,2})?$/)])
      .optional()
      .meta({ description: 'Breaches: omit (the policy sets them). Commendations: positive, at most 2 decimals.' }),
    source: Source,
    basis: storable(text(500)).meta({ description: 'Legal basis', example: '《上海市单用途预付消费卡管理规定》第十九条' }),
    evidence: Evidence.optional(),
    occurredAt: isoDateTime,
  })
  .meta({ id: 'CreditEventInput' });

export const CreditReversalInput = z
  .strictObject({ basis: storable(text(500)).meta({ description: 'Why the event is withdrawn' }), evidence: Evidence.optional() })
  .meta({ id: 'CreditReversalInput' });

export const CreditEvent = z
  .object({
    id: uuid,
    sequence: z.number().int(),
    institutionId: uuid,
    kind: Kind,
    type: z.string(),
    typeLabel: z.string(),
    severity: Severity,
    source: Source,
    points: Decimal,
    basis: z.string(),
    evidence: z.unknown(),
    occurredAt: z.string(),
    recordedAt: z.string(),
    publicationEndsOn: z.string().nullable().meta({ description: 'The first day the finding no longer counts' }),
    reverses: uuid.nullable(),
    repairs: uuid.nullable(),
    recordedBy: z.string(),
    recorderRole: z.string(),
    policyVersion: z.number().int(),
    prevHash: z.string(),
    hash: z.string(),
    state: z.enum(['counting', 'not_yet_recorded', 'publication_ended', 'reversed', 'repaired']).nullable(),
    endedBy: z.object({ eventId: uuid, kind: Kind, at: z.string() }).nullable(),
  })
  .meta({ id: 'CreditEvent' });

export const CreditEventPage = pageSchema(CreditEvent).meta({ id: 'CreditEventPage' });

export const CreditEventListQuery = PageQuery.extend({ kind: Kind.optional(), severity: Severity.optional() });

export const RatingOutcome = z
  .object({
    score: Decimal,
    grade: Grade,
    list: List.nullable(),
    changed: z.boolean(),
    changeSeq: z.number().int().nullable(),
    measuresApplied: z.array(z.string()),
    measuresLifted: z.array(z.string()),
  })
  .meta({ id: 'CreditRatingOutcome' });

export const RecordedCreditEvent = z.object({ event: CreditEvent, rating: RatingOutcome }).meta({ id: 'RecordedCreditEvent' });

export const MeasureInForce = z
  .object({
    code: z.string(),
    kind: z.enum(['reward', 'penalty']),
    department: z.string(),
    departmentName: z.string(),
    effect: z.string(),
    basis: z.string(),
    enforcedBy: z.string().nullable(),
    reason: Localized,
    appliedAt: z.string(),
    appliedByChange: z.number().int(),
  })
  .meta({ id: 'CreditMeasureInForce' });

export const CountedEvent = z.object({
  id: uuid,
  sequence: z.number().int(),
  type: z.string(),
  typeLabel: z.string(),
  severity: Severity,
  source: Source,
  points: Decimal,
  weight: Decimal,
  weighted: Decimal,
  occurredAt: z.string(),
  recordedAt: z.string(),
  publicationEndsOn: z.string(),
  basis: z.string(),
});

export const CreditSummary = z
  .object({
    institutionId: uuid,
    asOf: z.string(),
    policyVersion: z.number().int(),
    startScore: Decimal,
    score: Decimal,
    grade: Grade,
    band: z.object({ grade: Grade, from: Decimal.nullable(), below: Decimal.nullable(), label: z.string() }),
    list: List.nullable(),
    listLabel: z.string().nullable(),
    reasons: z.array(Localized),
    liveSeriousBreaches: z.number().int(),
    liveBreaches: z.number().int(),
    openRectifications: z.number().int(),
    events: z.array(CountedEvent),
    notCounting: z.array(
      z.object({ id: uuid, sequence: z.number().int(), type: z.string(), severity: Severity, points: Decimal, state: z.string(), stateLabel: z.string() }),
    ),
    measures: z.array(MeasureInForce),
    stored: z
      .object({ score: Decimal, grade: Grade, list: List.nullable(), computedAt: z.string(), policyVersion: z.number().int() })
      .nullable(),
    upToDate: z.boolean().meta({ description: 'False when the stored rating (lists, measures) awaits the nightly recompute' }),
  })
  .meta({ id: 'CreditSummary' });

export const RatingChange = z
  .object({
    seq: z.number().int(),
    from: z.object({ score: Decimal, grade: Grade, list: List.nullable() }).nullable(),
    to: z.object({ score: Decimal, grade: Grade, list: List.nullable(), reason: z.string().nullable() }),
    cause: z.enum(['event', 'recompute', 'refresh']),
    eventId: uuid.nullable(),
    asOf: z.string(),
    changedAt: z.string(),
    policyVersion: z.number().int(),
  })
  .meta({ id: 'CreditRatingChange' });

export const RatingHistoryPage = pageSchema(RatingChange).meta({ id: 'CreditRatingHistoryPage' });

export const ChainVerification = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    head: z.object({ sequence: z.number().int(), hash: z.string() }),
    firstBreak: z
      .object({
        problem: z.enum(['event_missing', 'link_broken', 'reordered', 'content_changed', 'head_mismatch']),
        sequence: z.number().int(),
        eventId: uuid.nullable(),
        expected: z.string(),
        found: z.string(),
        message: z.string(),
      })
      .nullable(),
    verifiedAt: z.string(),
  })
  .meta({ id: 'CreditChainVerification' });

const PublicMeasure = z.object({ code: z.string(), department: z.string(), departmentName: z.string(), effect: z.string(), appliedAt: z.string() });
const InstitutionRef = z.object({ id: uuid, uscc: z.string(), name: z.string(), districtCode: z.string(), districtName: z.string() });

export const ListEntry = z
  .object({
    institution: InstitutionRef,
    score: Decimal,
    grade: Grade,
    list: List,
    reason: Localized,
    since: z.string(),
    measures: z.array(PublicMeasure),
  })
  .meta({ id: 'CreditListEntry' });

export const ListPage = pageSchema(ListEntry).meta({ id: 'CreditListPage' });
export const ListParams = z.object({ list: List });
export const ListQuery = PageQuery.extend({ districtCode: z.string().regex(/^\d{6}$/).optional() });

export const MeasureCatalogue = z
  .object({
    items: z.array(
      z.object({
        code: z.string(),
        kind: z.enum(['reward', 'penalty']),
        triggerList: List.nullable(),
        triggerGrade: Grade.nullable(),
        department: z.string(),
        departmentName: z.string(),
        effect: z.string(),
        basis: z.string(),
        enforcedBy: z.string().nullable(),
        active: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'CreditMeasureCatalogue' });

export const RepairInput = z
  .strictObject({
    eventId: uuid,
    statement: storable(multilineText(2000)).meta({ description: 'What was rectified, and how' }),
    evidence: Evidence.refine((e) => Object.keys(e).length > 0, 'evidence of rectification is required'),
  })
  .meta({ id: 'CreditRepairInput' });

export const RepairDecisionInput = z
  .strictObject({ decision: z.enum(['approve', 'reject']), reasons: storable(multilineText(2000)) })
  .meta({ id: 'CreditRepairDecisionInput' });

export const Repair = z
  .object({
    id: uuid,
    institutionId: uuid,
    eventId: uuid,
    statement: z.string(),
    evidence: z.unknown(),
    status: z.enum(['pending', 'approved', 'rejected']),
    earliestOn: z.string(),
    appliedAt: z.string(),
    applicant: z.string(),
    decidedAt: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decisionReasons: z.string().nullable(),
    repairEventId: uuid.nullable(),
    policyVersion: z.number().int(),
  })
  .meta({ id: 'CreditRepair' });

export const RepairPage = pageSchema(Repair).meta({ id: 'CreditRepairPage' });
export const RepairDecisionResult = z.object({ repair: Repair, rating: RatingOutcome.nullable() }).meta({ id: 'CreditRepairDecisionResult' });
export const RepairListQuery = PageQuery.extend({ status: z.enum(['pending', 'approved', 'rejected']).optional() });

const ExportFormat = z.enum(['json', 'csv']).default('json');

export const ExportChangesQuery = z.object({
  since: z.coerce.number().int().min(0).default(0).meta({ description: 'The last change number already synced (0: from the start)' }),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  format: ExportFormat,
});

export const ExportChange = z
  .object({
    seq: z.number().int(),
    institution: InstitutionRef,
    changedAt: z.string(),
    asOf: z.string(),
    cause: z.enum(['event', 'recompute', 'refresh']),
    eventId: uuid.nullable(),
    from: z.object({ score: Decimal, grade: Grade, list: List.nullable() }).nullable(),
    to: z.object({ score: Decimal, grade: Grade, list: List.nullable(), reason: z.string().nullable() }),
    measures: z.array(
      z.object({
        action: z.enum(['applied', 'lifted']),
        code: z.string(),
        kind: z.enum(['reward', 'penalty']),
        department: z.string(),
        departmentName: z.string(),
        effect: z.string(),
        at: z.string(),
      }),
    ),
  })
  .meta({ id: 'CreditExportChange' });

export const ExportChangesPage = z
  .object({ items: z.array(ExportChange), nextSince: z.number().int(), hasMore: z.boolean() })
  .meta({ id: 'CreditExportChanges' });

export const ExportSnapshotQuery = PageQuery.extend({ list: List.optional(), format: ExportFormat, limit: z.coerce.number().int().min(1).max(5000).default(1000) });

export const ExportSnapshotPage = z
  .object({
    items: z.array(ListEntry.extend({ measures: z.array(PublicMeasure.extend({ kind: z.enum(['reward', 'penalty']) })) })),
    nextCursor: z.string().nullable(),
    changeCursor: z.number().int().meta({ description: 'Continue with /credit/export/changes?since= this value' }),
  })
  .meta({ id: 'CreditExportSnapshot' });

export const RepairParams = z.object({ id: uuid });
export const EventParams = z.object({ id: uuid });
