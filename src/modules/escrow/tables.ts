import type { ColumnType, Generated } from 'kysely';
import type { Json, Money, Timestamp } from '../../db/schema';

/*
 * The escrow module's tables (migration 2026-11-29T12.00.00-escrow-ledger), merged into the one
 * Database type in src/db/schema.ts. Writes to the ledger go through the PL/pgSQL posting
 * functions (ledger/posting.ts); Kysely reads these tables and writes only complaints and pauses.
 */

export const ACCOUNT_KINDS = [
  'custody',
  'deposit',
  'enrollment_prepaid',
  'card_prepaid',
  'earned_unreleased',
  'payer',
  'institution_bank',
  'refunds_paid',
  'insurer',
] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export const ENTRY_KINDS = [
  'prepayment',
  'consumption',
  'release',
  'refund',
  'deposit_topup',
  'deposit_withdrawal',
  'insurance_claim',
  'card_issue',
  'card_spend',
  'reversal',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const ENROLLMENT_STATUSES = ['active', 'completed', 'refunded', 'cancelled'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

export const CARD_STATUSES = ['active', 'exhausted', 'refunded', 'cancelled'] as const;
export type CardStatus = (typeof CARD_STATUSES)[number];

export type SupervisionMode = 'custody' | 'deposit';

type ReadOnly<T> = ColumnType<T, never, never>;

export interface LedgerAccountTable {
  id: Generated<number>;
  institution_id: string;
  kind: AccountKind;
  debits_posted: Generated<string>;
  credits_posted: Generated<string>;
  created_at: Timestamp;
}

export interface LedgerEntryTable {
  id: Generated<number>;
  kind: EntryKind;
  institution_id: string;
  enrollment_id: string | null;
  card_id: string | null;
  reverses_entry_id: number | null;
  policy_version: number;
  occurred_at: Timestamp;
  recorded_at: Timestamp;
  actor_sub: string;
  request_id: string;
  memo: string | null;
}

export interface LedgerTransferTable {
  entry_id: number;
  leg: number;
  debit_account_id: number;
  credit_account_id: number;
  amount: Money;
}

export interface IdempotencyRecordTable {
  scope: string;
  key: string;
  operation: string;
  request_hash: string;
  status: number;
  response: Json;
  entry_id: number | null;
  created_at: Timestamp;
}

export interface EnrollmentTable {
  id: Generated<string>;
  institution_id: string;
  course_id: string;
  student_ref: string;
  supervision_mode: SupervisionMode;
  lessons_paid: number;
  gift_lessons: number;
  total_lessons: number;
  amount_paid: Money;
  deposit_amount: Money | null;
  paid_at: Timestamp;
  service_starts_on: string;
  service_ends_on: string;
  lessons_consumed: Generated<number>;
  value_consumed: Generated<string>;
  value_released: Generated<string>;
  refunded_amount: Money | null;
  status: EnrollmentStatus;
  releases_paused_at: Timestamp | null;
  release_pause_reason: 'refund' | 'complaint' | null;
  prepaid_account_id: number;
  cash_account_id: number;
  earned_account_id: number;
  prepayment_entry_id: number;
  policy_version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LessonConsumptionTable {
  id: ReadOnly<number>;
  enrollment_id: string;
  institution_id: string;
  entry_id: number | null;
  lessons: number;
  lessons_before: number;
  amount: Money;
  occurred_at: Timestamp;
  recorded_at: Timestamp;
  policy_version: number;
}

export interface PrepaidCardTable {
  id: Generated<string>;
  institution_id: string;
  kind: 'named' | 'anonymous';
  holder_ref: string | null;
  supervision_mode: SupervisionMode;
  face_value: Money;
  value_spent: Generated<string>;
  value_released: Generated<string>;
  refunded_amount: Money | null;
  status: CardStatus;
  account_id: number;
  cash_account_id: number;
  earned_account_id: number;
  issue_entry_id: number;
  issued_at: Timestamp;
  policy_version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CardSpendTable {
  card_id: string;
  entry_id: number;
  institution_id: string;
  amount: Money;
  occurred_at: Timestamp;
  recorded_at: Timestamp;
}

export interface PrepaidRefundTable {
  entry_id: number;
  institution_id: string;
  enrollment_id: string | null;
  card_id: string | null;
  amount: Money;
  reason: string;
  basis: 'before_start' | 'after_start';
  lessons_consumed: number | null;
  value_consumed: Money;
  requested_at: Timestamp;
  due_by: string;
  policy_version: number;
}

export interface ReleaseItemTable {
  entry_id: number;
  enrollment_id: string | null;
  card_id: string | null;
  amount: Money;
}

export interface EnrollmentComplaintTable {
  id: Generated<string>;
  enrollment_id: string;
  institution_id: string;
  summary: string;
  received_at: Timestamp;
  actor_sub: string;
  created_at: Timestamp;
}

export interface EscrowTables {
  ledger_account: LedgerAccountTable;
  ledger_entry: LedgerEntryTable;
  ledger_transfer: LedgerTransferTable;
  idempotency_record: IdempotencyRecordTable;
  enrollment: EnrollmentTable;
  lesson_consumption: LessonConsumptionTable;
  prepaid_card: PrepaidCardTable;
  card_spend: CardSpendTable;
  prepaid_refund: PrepaidRefundTable;
  release_item: ReleaseItemTable;
  enrollment_complaint: EnrollmentComplaintTable;
}
