import type { ColumnType, Generated } from 'kysely';
import type { ContractTables } from '../modules/contracts/tables';
import type { CreditTables } from '../modules/credit/tables';
import type { EscrowTables } from '../modules/escrow/tables';
import type { EscrowSupervisionTables } from '../modules/escrow/supervision-tables';

/*
 * The one typed view of the database. Conventions: NUMERIC is a string (never a float), DATE is a
 * 'YYYY-MM-DD' string, BIGINT a number, TIMESTAMPTZ a Date; JSONB is written as a JSON string.
 */
export type Json = ColumnType<unknown, string, string>;
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type Money = ColumnType<string, string, string>;

export interface AuditLogTable {
  id: Generated<number>;
  occurred_at: Timestamp;
  actor_sub: string;
  actor_role: string;
  actor_institution_id: string | null;
  actor_district: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  institution_id: string | null;
  request_id: string;
  details: Json;
}

export interface PolicyVersionTable {
  version: number;
  values: Json;
  reason: string;
  changed_by: string;
  created_at: Timestamp;
}

export interface InstitutionTable {
  id: Generated<string>;
  uscc: string;
  name: string;
  kind: 'for_profit' | 'non_profit';
  legal_representative: string;
  district_code: string;
  address: string;
  contact_phone: string | null;
  licence_number: string | null;
  licence_expires_on: string | null;
  icp_filing_number: string | null;
  approval_authority: string | null;
  registration_authority: string | null;
  founded_on: string;
  categories: string[];
  mode: 'offline' | 'online';
  supervision_mode: 'custody' | 'deposit';
  status: string;
  status_changed_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface InstitutionTransitionTable {
  id: Generated<number>;
  institution_id: string;
  from_status: string;
  to_status: string;
  reason: string;
  actor_sub: string;
  policy_version: number;
  request_id: string;
  occurred_at: Timestamp;
}

export interface InstitutionSiteTable {
  id: Generated<string>;
  institution_id: string;
  name: string;
  address: string;
  district_code: string;
  capacity: number;
  created_at: Timestamp;
}

export interface CourseTable {
  id: Generated<string>;
  institution_id: string;
  code: string;
  name: string;
  category: string;
  mode: 'offline' | 'online';
  class_size: number;
  total_lessons: number;
  lesson_minutes: number;
  price_per_lesson: Money;
  charging_mode: 'per_lesson' | 'per_period';
  period_days: number | null;
  price_cap: Money | null;
  policy_version: number;
  status: Generated<'filed' | 'withdrawn'>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CourseFeeFilingTable {
  id: Generated<number>;
  course_id: string;
  institution_id: string;
  price_per_lesson: Money;
  price_cap: Money | null;
  policy_version: number;
  actor_sub: string;
  filed_at: Timestamp;
}

/** Each module keeps its own tables' types (modules/<m>/tables.ts); they all meet here. */
export interface JobRunTable {
  id: Generated<number>;
  job_name: string;
  trigger: 'schedule' | 'manual' | 'cli';
  status: 'running' | 'succeeded' | 'failed';
  actor_sub: string;
  request_id: string | null;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  progress: Json;
  outcome: Json | null;
  error: string | null;
}

export interface AlertTable {
  id: Generated<number>;
  kind: string;
  severity: 'info' | 'warning' | 'critical';
  institution_id: string | null;
  dedupe_key: string;
  details: Json;
  raised_at: Timestamp;
  last_seen_at: Timestamp;
  resolved_at: Timestamp | null;
  resolved_by: string | null;
  resolution: string | null;
}

export interface Database extends EscrowTables, EscrowSupervisionTables, CreditTables, ContractTables {
  audit_log: AuditLogTable;
  policy_version: PolicyVersionTable;
  institution: InstitutionTable;
  institution_transition: InstitutionTransitionTable;
  institution_site: InstitutionSiteTable;
  course: CourseTable;
  course_fee_filing: CourseFeeFilingTable;
  job_run: JobRunTable;
  alert: AlertTable;
}
