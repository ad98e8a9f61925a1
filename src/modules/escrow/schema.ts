import { z } from 'zod';
import { isoDate, isoDateTime, money, positiveMoney, text, uuid } from '../../http/fields';
import { PageQuery, pageSchema } from '../../http/pagination';
import { ENROLLMENT_STATUSES } from './tables';

/*
 * A student is a pseudonymous reference the institution keeps the key to (SPEC §3.4, §10): letters,
 * digits and . _ : - only, so no name can be stored here, and never a run of 15 or more digits, the
 * shape of a resident identity number (15 or 18 characters, GB 11643).
 */
const ID_NUMBER_LIKE = /\d{15}/;

export const StudentRef = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, '化名编号只能包含字母、数字及 . _ : -（1–64 位）/ letters, digits and . _ : - only (1–64)')
  .refine((s) => !ID_NUMBER_LIKE.test(s), '不得使用或包含身份证号 / must not be or contain an identity number')
  .meta({ description: 'Pseudonymous student reference (never a name or an identity number)', example: 'STU-2026-00042' });

/** The custodian bank's reference (流水号) of the transfer behind an entry, for reconciliation (SPEC §3.6). */
export const BankReference = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$/, '银行流水号只能包含字母、数字及 . _ : / -（1–64 位）/ letters, digits and . _ : / - only (1–64)')
  .meta({ description: 'The bank’s reference (流水号) of the transfer; unique per institution', example: 'CMB20260901000123' });

export const EnrollmentInput = z
  .strictObject({
    institutionId: uuid,
    courseId: uuid,
    studentRef: StudentRef,
    lessonsPaid: z.number().int().min(1).max(10000),
    giftLessons: z.number().int().min(0).max(10000).default(0),
    amountPaid: positiveMoney,
    depositAmount: positiveMoney.optional().meta({
      description: '定金 (Civil Code art. 586): the part of amountPaid paid as a deposit; at most 20 % of it (policy charges.maxDepositRatio)',
    }),
    paidAt: isoDateTime,
    serviceStartsOn: isoDate,
    serviceEndsOn: isoDate,
    bankReference: BankReference.optional(),
  })
  .refine((e) => e.serviceEndsOn >= e.serviceStartsOn, { path: ['serviceEndsOn'], message: '不得早于 serviceStartsOn / must not be before serviceStartsOn' })
  .meta({ id: 'EnrollmentInput' });

export const Enrollment = z
  .object({
    id: uuid,
    institutionId: uuid,
    courseId: uuid,
    studentRef: z.string(),
    supervisionMode: z.enum(['custody', 'deposit']),
    lessonsPaid: z.number().int(),
    giftLessons: z.number().int(),
    totalLessons: z.number().int(),
    amountPaid: money,
    depositAmount: money.nullable(),
    paidAt: z.string(),
    serviceStartsOn: z.string(),
    serviceEndsOn: z.string(),
    status: z.enum(ENROLLMENT_STATUSES),
    lessonsConsumed: z.number().int(),
    lessonsRemaining: z.number().int(),
    valueConsumed: money,
    balance: money.meta({ description: 'Unconsumed value still owed to the student' }),
    refunded: z.boolean(),
    refundedAmount: money.nullable(),
    releasesPaused: z.boolean(),
    releasePauseReason: z.enum(['refund', 'complaint']).nullable(),
    prepaymentEntryId: z.number().int(),
    policyVersion: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Enrollment' });

export const EnrollmentPage = pageSchema(Enrollment).meta({ id: 'EnrollmentPage' });

export const EnrollmentListQuery = PageQuery.extend({
  institutionId: uuid.optional(),
  courseId: uuid.optional(),
  studentRef: z.string().max(64).optional(),
  status: z.enum(ENROLLMENT_STATUSES).optional(),
});

export const ConsumptionInput = z
  .strictObject({
    lessons: z.number().int().min(1).max(1000),
    occurredAt: isoDateTime.meta({ description: 'When the lessons were taught (attendance confirmed)' }),
  })
  .meta({ id: 'ConsumptionInput' });

export const Consumption = z
  .object({
    id: z.number().int(),
    enrollmentId: uuid,
    entryId: z.number().int().nullable().meta({ description: 'The ledger entry; null when the lessons are worth less than a fen' }),
    lessons: z.number().int(),
    lessonsBefore: z.number().int(),
    lessonsAfter: z.number().int(),
    amount: money,
    occurredAt: z.string(),
    recordedAt: z.string(),
    policyVersion: z.number().int(),
    reversed: z.boolean(),
    lessonsRemaining: z.number().int().optional(),
    balance: money.optional(),
  })
  .meta({ id: 'Consumption' });

export const ConsumptionList = z.object({ items: z.array(Consumption) }).meta({ id: 'ConsumptionList' });

export const RefundInput = z
  .strictObject({
    reason: text(500),
    requestedOn: isoDate.optional().meta({
      description: 'The day the family asked for the refund (default: today). The due date counts from it, so a refund recorded after it is late (a credit event).',
    }),
    bankReference: BankReference.optional(),
  })
  .meta({ id: 'RefundInput' });

export const Refund = z
  .object({
    id: z.number().int().meta({ description: 'The refund entry' }),
    enrollmentId: uuid.nullable(),
    cardId: uuid.nullable(),
    institutionId: uuid,
    amount: money,
    reason: z.string(),
    basis: z.enum(['before_start', 'after_start']),
    lessonsConsumed: z.number().int().nullable(),
    valueConsumed: money,
    requestedAt: z.string(),
    dueBy: z.string().meta({ description: 'The family has the money by this day: 5 working days before the course starts, 10 after' }),
    policyVersion: z.number().int(),
    reversed: z.boolean(),
  })
  .meta({ id: 'Refund' });

export const RefundList = z.object({ items: z.array(Refund) }).meta({ id: 'RefundList' });

export const ComplaintInput = z
  .strictObject({ summary: text(1000), receivedAt: isoDateTime.optional() })
  .meta({ id: 'ComplaintInput' });

export const Complaint = z
  .object({ id: uuid, enrollmentId: uuid, institutionId: uuid, summary: z.string(), receivedAt: z.string(), createdAt: z.string() })
  .meta({ id: 'Complaint' });

export const ResumeReleasesInput = z.strictObject({ reason: text(500) }).meta({ id: 'ResumeReleasesInput' });

export const EnrollmentParams = z.object({ id: uuid });
