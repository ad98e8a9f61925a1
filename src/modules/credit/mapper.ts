import type { z } from 'zod';
import type { Lang } from '../../http/i18n';
import { interpolate } from '../../http/i18n';
import type { ChainBreak } from './hash-chain';
import type { CreditEventRow, CreditRatingChangeRow, CreditRepairRow, EventWithEnding, MeasureInForce as MeasureRow } from './queries';
import { eventTypeLabel, LIST_LABELS, LIST_REASONS, type ListReason } from './reference-data';
import type { CreditEvent, MeasureInForce, RatingChange, Repair } from './schema';
import type { CreditPolicyValues, FindingState } from './scoring';
import type { CreditList } from './tables';

export function toCreditEvent(row: CreditEventRow | EventWithEnding, lang: Lang, state: FindingState | null = null): z.infer<typeof CreditEvent> {
  const ending = 'reversed_by' in row ? endingOf(row) : null;
  return {
    id: row.id,
    sequence: row.sequence,
    institutionId: row.institution_id,
    kind: row.kind,
    type: row.type,
    typeLabel: eventTypeLabel(row.type)[lang],
    severity: row.severity,
    source: row.source,
    points: row.points,
    basis: row.basis,
    evidence: row.evidence,
    occurredAt: row.occurred_at.toISOString(),
    recordedAt: row.recorded_at.toISOString(),
    publicationEndsOn: row.publication_ends_on,
    reverses: row.reverses,
    repairs: row.repairs,
    recordedBy: row.recorded_by,
    recorderRole: row.recorder_role,
    policyVersion: row.policy_version,
    prevHash: row.prev_hash,
    hash: row.hash,
    state: row.kind === 'finding' ? state : null,
    endedBy: ending,
  };
}

function endingOf(row: EventWithEnding): z.infer<typeof CreditEvent>['endedBy'] {
  if (row.reversed_by && row.reversed_at) return { eventId: row.reversed_by, kind: 'reversal', at: row.reversed_at.toISOString() };
  if (row.repaired_by && row.repaired_at) return { eventId: row.repaired_by, kind: 'repair', at: row.repaired_at.toISOString() };
  return null;
}

/** A list reason code with its sentence; thresholds come from the policy in force. */
export function listReason(code: string, lang: Lang, policy: CreditPolicyValues, openRectifications = 0): { code: string; message: string } {
  const text = LIST_REASONS[code as ListReason];
  if (!text) return { code, message: code };
  return { code, message: interpolate(text[lang], { gradeB: policy.gradeB, gradeC: policy.gradeC, count: openRectifications }) };
}

/** Application reasons are stored as `list:<list>:<reason>` or `grade:<grade>`. */
export function applicationReason(reason: string, lang: Lang, policy: CreditPolicyValues): { code: string; message: string } {
  const [trigger, value, code] = reason.split(':');
  if (trigger === 'list' && value) {
    const listName = LIST_LABELS[value as CreditList]?.[lang] ?? value;
    const why = code ? listReason(code, lang, policy).message : '';
    return { code: reason, message: lang === 'zh' ? `列入${listName}：${why}` : `${listName}: ${why}` };
  }
  return { code: reason, message: lang === 'zh' ? `信用等级为 ${value}` : `Grade ${value}` };
}

export function toMeasureInForce(row: MeasureRow, lang: Lang, policy: CreditPolicyValues): z.infer<typeof MeasureInForce> {
  return {
    code: row.code,
    kind: row.kind,
    department: row.department,
    departmentName: lang === 'zh' ? row.department_zh : row.department_en,
    effect: lang === 'zh' ? row.effect_zh : row.effect_en,
    basis: row.basis,
    enforcedBy: row.enforced_by,
    reason: applicationReason(row.reason, lang, policy),
    appliedAt: row.applied_at.toISOString(),
    appliedByChange: row.applied_by_change,
  };
}

export function toRatingChange(row: CreditRatingChangeRow): z.infer<typeof RatingChange> {
  return {
    seq: row.seq,
    from: row.from_score !== null && row.from_grade !== null ? { score: row.from_score, grade: row.from_grade, list: row.from_list } : null,
    to: { score: row.to_score, grade: row.to_grade, list: row.to_list, reason: row.list_reason },
    cause: row.cause,
    eventId: row.event_id,
    asOf: row.as_of.toISOString(),
    changedAt: row.changed_at.toISOString(),
    policyVersion: row.policy_version,
  };
}

export function toRepair(row: CreditRepairRow): z.infer<typeof Repair> {
  return {
    id: row.id,
    institutionId: row.institution_id,
    eventId: row.event_id,
    statement: row.statement,
    evidence: row.evidence,
    status: row.status,
    earliestOn: row.earliest_on,
    appliedAt: row.applied_at.toISOString(),
    applicant: row.applicant_sub,
    decidedAt: row.decided_at?.toISOString() ?? null,
    decidedBy: row.decided_by,
    decisionReasons: row.decision_reasons,
    repairEventId: row.repair_event_id,
    policyVersion: row.policy_version,
  };
}

const BREAK_MESSAGES: Record<ChainBreak['problem'], { zh: string; en: string }> = {
  event_missing: {
    zh: '序号 {sequence} 处缺少记录（下一条记录的序号为 {found}）：有记录被删除',
    en: 'No event at sequence {sequence} (the next one is {found}): an event was deleted',
  },
  link_broken: {
    zh: '序号 {sequence} 的前序哈希与前一条记录不符，且不指向任何现存记录：前一条记录被改写或删除',
    en: 'The event at sequence {sequence} does not link to its predecessor nor to any stored event: the predecessor was rewritten or deleted',
  },
  reordered: {
    zh: '序号 {sequence} 的记录链接到的是 {found}，而非前一条记录：记录顺序被调换',
    en: 'The event at sequence {sequence} links to {found}, not to its predecessor: events were reordered',
  },
  content_changed: {
    zh: '序号 {sequence} 的记录内容与其哈希不符：记录被篡改',
    en: 'The content of the event at sequence {sequence} does not match its hash: the event was changed',
  },
  head_mismatch: {
    zh: '链尾记录为 {expected}，实际最后一条为 {found}：最新的记录被删除',
    en: 'The chain head records {expected} but the last stored event is {found}: the newest events were deleted',
  },
};

export function chainBreakMessage(b: ChainBreak, lang: Lang): string {
  return interpolate(BREAK_MESSAGES[b.problem][lang], { sequence: b.sequence, expected: b.expected, found: b.found });
}
