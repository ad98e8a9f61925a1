import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp } from '../../db/schema';

/** The credit module's tables, merged into the one Database type in src/db/schema.ts. */
export type CreditList = 'red' | 'watch' | 'black';
export type CreditGrade = 'A' | 'B' | 'C' | 'D';
export type CreditSeverity = 'general' | 'serious' | 'commendation';
export type CreditEventKind = 'finding' | 'reversal' | 'repair';
export type CreditSource =
  | 'inspection'
  | 'escrow'
  | 'contract'
  | 'complaint'
  | 'association'
  | 'market_supervision'
  | 'court'
  | 'regulator';

/** Decimal columns are strings (never floats), as everywhere in the service. */
type Decimal = ColumnType<string, string, string>;

export interface CreditChainHeadTable {
  id: number;
  last_sequence: number;
  last_hash: string;
  updated_at: Timestamp;
}

export interface CreditEventTable {
  id: string;
  sequence: number;
  institution_id: string;
  kind: CreditEventKind;
  type: string;
  severity: CreditSeverity;
  source: CreditSource;
  points: Decimal;
  basis: string;
  evidence: Json;
  occurred_at: Timestamp;
  recorded_at: Timestamp;
  publication_ends_on: string | null;
  reverses: string | null;
  repairs: string | null;
  recorded_by: string;
  recorder_role: string;
  policy_version: number;
  prev_hash: string;
  hash: string;
}

export interface CreditRatingChangeTable {
  seq: Generated<number>;
  institution_id: string;
  from_score: Decimal | null;
  from_grade: CreditGrade | null;
  from_list: CreditList | null;
  to_score: Decimal;
  to_grade: CreditGrade;
  to_list: CreditList | null;
  list_reason: string | null;
  cause: 'event' | 'recompute' | 'refresh';
  event_id: string | null;
  as_of: Timestamp;
  changed_at: Timestamp;
  policy_version: number;
}

export interface CreditRatingTable {
  institution_id: string;
  score: Decimal;
  grade: CreditGrade;
  list: CreditList | null;
  list_reason: string | null;
  list_since: Timestamp | null;
  live_serious: number;
  live_breaches: number;
  open_rectifications: number;
  as_of: Timestamp;
  computed_at: Timestamp;
  policy_version: number;
  last_change_seq: number | null;
}

export interface CreditMeasureTable {
  code: string;
  kind: 'reward' | 'penalty';
  trigger_list: CreditList | null;
  trigger_grade: CreditGrade | null;
  department: string;
  department_zh: string;
  department_en: string;
  effect_zh: string;
  effect_en: string;
  basis: string;
  enforced_by: string | null;
  active: Generated<boolean>;
  position: number;
}

export interface CreditMeasureApplicationTable {
  id: Generated<number>;
  measure_code: string;
  institution_id: string;
  reason: string;
  applied_at: Timestamp;
  applied_by_change: number;
  lifted_at: Timestamp | null;
  lifted_by_change: number | null;
}

export interface CreditRepairTable {
  id: Generated<string>;
  institution_id: string;
  event_id: string;
  statement: string;
  evidence: Json;
  status: 'pending' | 'approved' | 'rejected';
  earliest_on: string;
  applied_at: Timestamp;
  applicant_sub: string;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decision_reasons: string | null;
  repair_event_id: string | null;
  policy_version: number;
}

export interface CreditTables {
  credit_chain_head: CreditChainHeadTable;
  credit_event: CreditEventTable;
  credit_rating_change: CreditRatingChangeTable;
  credit_rating: CreditRatingTable;
  credit_measure: CreditMeasureTable;
  credit_measure_application: CreditMeasureApplicationTable;
  credit_repair: CreditRepairTable;
}
