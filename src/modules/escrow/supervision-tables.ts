import type { ColumnType, Generated } from 'kysely';
import type { Json, Money, Timestamp } from '../../db/schema';
import type { SupervisionMode } from './tables';

/*
 * The tables around the ledger (migration 2026-11-29T15.00.00-escrow-supervision): insurance and
 * guarantees (SPEC §3.5), revenue filings for the deposit rule (§3.2), bank references and
 * reconciliation (§3.6), the wind-down plan (§3.7) and late refunds turned into credit events (§3.8).
 */

export const COVER_STATUSES = ['active', 'expired', 'cancelled', 'claimed'] as const;
export type CoverStatus = (typeof COVER_STATUSES)[number];

export const WIND_DOWN_STATUSES = ['draft', 'approved', 'executing', 'executed', 'superseded'] as const;
export type WindDownStatus = (typeof WIND_DOWN_STATUSES)[number];

export const RECONCILIATION_MATCHES = ['reference', 'amount_date', 'statement_only', 'ledger_only'] as const;
export type ReconciliationMatch = (typeof RECONCILIATION_MATCHES)[number];

type ReadOnly<T> = ColumnType<T, never, never>;

export interface InsurancePolicyTable {
  id: Generated<string>;
  institution_id: string;
  insurer: string;
  policy_number: string;
  insured_amount: Money;
  period_start: string;
  period_end: string;
  status: CoverStatus;
  status_reason: string | null;
  status_changed_at: Timestamp;
  filed_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface BankGuaranteeTable {
  id: Generated<string>;
  institution_id: string;
  bank: string;
  guarantee_number: string;
  amount: Money;
  period_start: string;
  period_end: string;
  status: CoverStatus;
  status_reason: string | null;
  status_changed_at: Timestamp;
  filed_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AnnualRevenueFilingTable {
  id: ReadOnly<number>;
  institution_id: string;
  year: number;
  revenue: Money;
  note: string | null;
  filed_by: string;
  filed_at: Timestamp;
}

export interface LedgerBankReferenceTable {
  entry_id: number;
  institution_id: string;
  reference: string;
  recorded_at: Timestamp;
}

export interface ReconciliationRunTable {
  id: Generated<string>;
  institution_id: string;
  period_start: string;
  period_end: string;
  statement_lines: number;
  matched_by_reference: number;
  matched_by_amount_date: number;
  unmatched_statement: number;
  unmatched_ledger: number;
  statement_net: Money;
  ledger_net: Money;
  net_difference: Money;
  closing_balance: Money | null;
  ledger_closing_balance: Money;
  closing_difference: Money | null;
  clean: boolean;
  statement_name: string | null;
  actor_sub: string;
  request_id: string;
  created_at: Timestamp;
}

export interface ReconciliationItemTable {
  run_id: string;
  seq: number;
  match: ReconciliationMatch;
  line_no: number | null;
  booked_on: string;
  direction: 'credit' | 'debit';
  amount: Money;
  counterparty: string | null;
  bank_reference: string | null;
  entry_id: number | null;
  entry_kind: string | null;
  entry_on: string | null;
  note: string | null;
}

export interface WindDownPlanTable {
  id: Generated<string>;
  institution_id: string;
  status: WindDownStatus;
  as_of: string;
  policy_version: number;
  custody_available: Money;
  deposit_available: Money;
  insurance_available: Money;
  insurance_policies: Json;
  refundable: Money;
  from_custody: Money;
  from_deposit: Money;
  from_insurance: Money;
  shortfall: Money;
  item_count: number;
  supersedes: string | null;
  built_by: string;
  built_at: Timestamp;
  approved_by: string | null;
  approved_at: Timestamp | null;
  approval_note: string | null;
  execution_started_at: Timestamp | null;
  executed_by: string | null;
  executed_at: Timestamp | null;
}

export interface WindDownItemTable {
  plan_id: string;
  seq: number;
  institution_id: string;
  enrollment_id: string | null;
  card_id: string | null;
  holder_ref: string | null;
  supervision_mode: SupervisionMode;
  paid_at: Timestamp;
  refundable: Money;
  from_custody: Money;
  from_deposit: Money;
  from_insurance: Money;
  shortfall: Money;
  refund_entry_id: number | null;
  claim_entry_id: number | null;
  posted_at: Timestamp | null;
}

export interface EscrowLateRefundTable {
  refund_entry_id: number;
  institution_id: string;
  due_by: string;
  recorded_on: string;
  credit_event_id: string;
  detected_at: Timestamp;
}

export interface EscrowSupervisionTables {
  insurance_policy: InsurancePolicyTable;
  bank_guarantee: BankGuaranteeTable;
  annual_revenue_filing: AnnualRevenueFilingTable;
  ledger_bank_reference: LedgerBankReferenceTable;
  reconciliation_run: ReconciliationRunTable;
  reconciliation_item: ReconciliationItemTable;
  wind_down_plan: WindDownPlanTable;
  wind_down_item: WindDownItemTable;
  escrow_late_refund: EscrowLateRefundTable;
}
