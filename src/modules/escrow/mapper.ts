import { Decimal } from 'decimal.js';
import type { z } from 'zod';
import type { Card, CardSpend } from './cards/schema';
import type { Consumption, Enrollment, Refund } from './schema';
import type { CardStatus, EnrollmentStatus, SupervisionMode } from './tables';

/*
 * Rows (Kysely) and snapshots (the jsonb the posting functions return and the idempotency record
 * keeps) share snake_case names; timestamps are Dates in rows and ISO strings in snapshots. The
 * same mapper serves both, so a replayed response is the first response.
 */

type Time = Date | string;

export function iso(value: Time): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

function minus(a: string, ...b: Array<string | null>): string {
  return b.reduce<Decimal>((acc, v) => (v === null ? acc : acc.minus(v)), new Decimal(a)).toFixed(2);
}

export interface EnrollmentLike {
  id: string;
  institution_id: string;
  course_id: string;
  student_ref: string;
  supervision_mode: SupervisionMode;
  lessons_paid: number;
  gift_lessons: number;
  total_lessons: number;
  amount_paid: string;
  deposit_amount: string | null;
  paid_at: Time;
  service_starts_on: string;
  service_ends_on: string;
  lessons_consumed: number;
  value_consumed: string;
  refunded_amount: string | null;
  status: EnrollmentStatus;
  releases_paused_at: Time | null;
  release_pause_reason: 'refund' | 'complaint' | null;
  prepayment_entry_id: number;
  policy_version: number;
  created_at: Time;
}

export function toEnrollment(e: EnrollmentLike): z.infer<typeof Enrollment> {
  const open = e.status === 'active' || e.status === 'completed';
  const cancelled = e.status === 'cancelled';
  return {
    id: e.id,
    institutionId: e.institution_id,
    courseId: e.course_id,
    studentRef: e.student_ref,
    supervisionMode: e.supervision_mode,
    lessonsPaid: e.lessons_paid,
    giftLessons: e.gift_lessons,
    totalLessons: e.total_lessons,
    amountPaid: e.amount_paid,
    depositAmount: e.deposit_amount,
    paidAt: iso(e.paid_at),
    serviceStartsOn: e.service_starts_on,
    serviceEndsOn: e.service_ends_on,
    status: e.status,
    lessonsConsumed: e.lessons_consumed,
    lessonsRemaining: open ? e.total_lessons - e.lessons_consumed : 0,
    valueConsumed: e.value_consumed,
    balance: cancelled ? '0.00' : minus(e.amount_paid, e.value_consumed, e.refunded_amount),
    refunded: e.refunded_amount !== null,
    refundedAmount: e.refunded_amount,
    releasesPaused: e.releases_paused_at !== null,
    releasePauseReason: e.release_pause_reason,
    prepaymentEntryId: e.prepayment_entry_id,
    policyVersion: e.policy_version,
    createdAt: iso(e.created_at),
  };
}

export interface ConsumptionLike {
  id: number;
  enrollment_id: string;
  entry_id: number | null;
  lessons: number;
  lessons_before: number;
  amount: string;
  occurred_at: Time;
  recorded_at: Time;
  policy_version: number;
}

export function toConsumption(c: ConsumptionLike, reversed = false): z.infer<typeof Consumption> {
  return {
    id: c.id,
    enrollmentId: c.enrollment_id,
    entryId: c.entry_id,
    lessons: c.lessons,
    lessonsBefore: c.lessons_before,
    lessonsAfter: c.lessons_before + c.lessons,
    amount: c.amount,
    occurredAt: iso(c.occurred_at),
    recordedAt: iso(c.recorded_at),
    policyVersion: c.policy_version,
    reversed,
  };
}

/** The POST answer: the consumption with the enrollment's state right after it. */
export function toPostedConsumption(snapshot: unknown): z.infer<typeof Consumption> {
  const s = snapshot as ConsumptionLike & {
    enrollment: { status: EnrollmentStatus; total_lessons: number; lessons_consumed: number; amount_paid: string; value_consumed: string; refunded_amount: string | null };
  };
  const e = s.enrollment;
  return {
    ...toConsumption(s),
    lessonsRemaining: e.total_lessons - e.lessons_consumed,
    balance: minus(e.amount_paid, e.value_consumed, e.refunded_amount),
  };
}

export interface RefundLike {
  entry_id: number;
  institution_id: string;
  enrollment_id: string | null;
  card_id: string | null;
  amount: string;
  reason: string;
  basis: 'before_start' | 'after_start';
  lessons_consumed: number | null;
  value_consumed: string;
  requested_at: Time;
  due_by: string;
  policy_version: number;
}

export function toRefund(r: RefundLike, reversed = false): z.infer<typeof Refund> {
  return {
    id: r.entry_id,
    enrollmentId: r.enrollment_id,
    cardId: r.card_id,
    institutionId: r.institution_id,
    amount: r.amount,
    reason: r.reason,
    basis: r.basis,
    lessonsConsumed: r.lessons_consumed,
    valueConsumed: r.value_consumed,
    requestedAt: iso(r.requested_at),
    dueBy: r.due_by,
    policyVersion: r.policy_version,
    reversed,
  };
}

export interface CardLike {
  id: string;
  institution_id: string;
  kind: 'named' | 'anonymous';
  holder_ref: string | null;
  supervision_mode: SupervisionMode;
  face_value: string;
  value_spent: string;
  refunded_amount: string | null;
  status: CardStatus;
  issue_entry_id: number;
  issued_at: Time;
  policy_version: number;
  created_at: Time;
}

export function toCard(c: CardLike): z.infer<typeof Card> {
  return {
    id: c.id,
    institutionId: c.institution_id,
    kind: c.kind,
    holderRef: c.holder_ref,
    supervisionMode: c.supervision_mode,
    faceValue: c.face_value,
    spent: c.value_spent,
    balance: c.status === 'cancelled' ? '0.00' : minus(c.face_value, c.value_spent, c.refunded_amount),
    refundedAmount: c.refunded_amount,
    status: c.status,
    issueEntryId: c.issue_entry_id,
    issuedAt: iso(c.issued_at),
    policyVersion: c.policy_version,
    createdAt: iso(c.created_at),
  };
}

export interface CardSpendLike {
  entry_id: number;
  card_id: string;
  amount: string;
  occurred_at: Time;
  recorded_at: Time;
}

export function toCardSpend(s: CardSpendLike, reversed = false): z.infer<typeof CardSpend> {
  return { id: s.entry_id, cardId: s.card_id, amount: s.amount, occurredAt: iso(s.occurred_at), recordedAt: iso(s.recorded_at), reversed };
}

export function toPostedCardSpend(snapshot: unknown): z.infer<typeof CardSpend> {
  const s = snapshot as CardSpendLike & { card: CardLike };
  return { ...toCardSpend(s), balance: toCard(s.card).balance };
}

