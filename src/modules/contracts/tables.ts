import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../../db/schema';

/** The contracts module's tables (migration 2026-11-29T14.00.00-contracts), merged into Database. */
export type ContractStatus = 'filed' | 'under_rectification';
export type ContractSource = 'text' | 'template';
export type RectificationStatus = 'open' | 'overdue' | 'closed';

export interface ContractTable {
  id: Generated<string>;
  institution_id: string;
  course_id: string | null;
  title: string;
  current_version: number;
  status: ContractStatus;
  filed_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Append-only: a filed version and the scan made when it was filed. */
export interface ContractVersionTable {
  id: Generated<string>;
  contract_id: string;
  institution_id: string;
  version: number;
  /** The title the version was filed under (a revision may rename the contract). */
  title: string;
  source: ContractSource;
  template_id: string | null;
  template_version: string | null;
  template_language: 'zh-CN' | 'en' | null;
  /** The placeholder values the text was filled with (flat keys), registry values included. */
  template_values: Json | null;
  language: 'zh' | 'en';
  text: string;
  text_sha256: string;
  rule_library_version: string;
  /** StoredFinding[] (stored-findings.ts): messages in both languages. */
  findings: Json;
  high_count: number;
  medium_count: number;
  low_count: number;
  scanned_at: Timestamp;
  policy_version: number;
  filed_by: string;
  filed_by_role: string;
  filed_at: Timestamp;
}

/** Append-only: a version scanned again with a newer rule library. */
export interface ContractRescanTable {
  id: Generated<string>;
  contract_version_id: string;
  contract_id: string;
  institution_id: string;
  rule_library_version: string;
  previous_rule_library_version: string;
  findings: Json;
  high_count: number;
  medium_count: number;
  low_count: number;
  policy_version: number;
  scanned_at: Timestamp;
}

export interface RectificationNoticeCounterTable {
  year: number;
  last_number: number;
}

export interface RectificationCaseTable {
  id: Generated<string>;
  institution_id: string;
  contract_id: string;
  opened_on_version: number;
  opened_by: 'filing' | 'rescan';
  rescan_id: string | null;
  notice_year: number;
  notice_seq: number;
  number: string;
  /** StoredFinding[] the notice lists, frozen when the case opened. */
  findings: Json;
  rule_library_version: string;
  status: RectificationStatus;
  deadline: string;
  policy_version: number;
  opened_at: Timestamp;
  overdue_at: Timestamp | null;
  overdue_event_id: string | null;
  closed_at: Timestamp | null;
  closed_by_version: number | null;
}

/** Append-only: the institution's replies and explanations on its case. */
export interface RectificationReplyTable {
  id: Generated<string>;
  case_id: string;
  institution_id: string;
  text: string;
  author_sub: string;
  author_role: string;
  created_at: Timestamp;
}

export interface ContractTables {
  contract: ContractTable;
  contract_version: ContractVersionTable;
  contract_rescan: ContractRescanTable;
  rectification_notice_counter: RectificationNoticeCounterTable;
  rectification_case: RectificationCaseTable;
  rectification_reply: RectificationReplyTable;
}
