/**
 * Shared vocabulary of the contracts capability (SPEC §4). Kept free of I/O so the scanner,
 * the templates and the rule library can be used without a database.
 */

/** The language of a contract text as the scanner sees it. */
export type TextLanguage = 'zh' | 'en';

/** The language a message (basis, explanation, suggestion) is rendered in. zh-CN first. */
export type MessageLanguage = 'zh' | 'en';

export type Severity = 'high' | 'medium' | 'low';

/** Finding categories of SPEC §4; `missing_mandatory_clause` and `over_limit` are structural. */
export const FINDING_CATEGORIES = [
  'refund_exclusion',
  'consumer_burden',
  'unilateral_right',
  'liability_exemption',
  'remedy_exclusion',
  'payment_channel',
  'missing_mandatory_clause',
  'over_limit',
] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

/** A user-facing text in both languages. */
export interface Localized {
  zh: string;
  en: string;
}

/**
 * Limits on one charge (SPEC §3.1). They are policy-table values passed in by the caller;
 * money and ratios are decimal strings so no float ever decides a legal threshold.
 */
export interface ScanLimits {
  /** one charge covers at most this many lessons (national 2021 rule: 60 课时). */
  maxLessonsPerCharge: number;
  /** one charge covers at most this many days of service (3 months ≈ 92 days). */
  maxDaysPerCharge: number;
  /**
   * one charge for non-subject training at most this many yuan (13-department 意见, Dec 2022).
   * `null` switches the amount check off (subject training has no amount cap, only the
   * lesson and period caps).
   */
  maxAmountNonSubject: string | null;
  /** a 定金 may not exceed this ratio of the contract price (民法典 art. 586: 20 %). */
  maxDepositRatio: string;
  /**
   * liquidated damages on the consumer above this ratio of the contract price are "excessive"
   * (民法典 art. 585; see BURDEN_EXCESSIVE_PENALTY for why 0.20). Optional: defaults to '0.20'.
   */
  maxPenaltyRatio?: string;
}

export interface Finding {
  ruleId: string;
  category: FindingCategory;
  severity: Severity;
  /** JavaScript string index into the ORIGINAL submitted text, inclusive. */
  start: number;
  /** JavaScript string index into the ORIGINAL submitted text, exclusive. */
  end: number;
  /** Always `text.slice(start, end)`. */
  excerpt: string;
  basis: string;
  explanation: string;
  suggestion: string;
  /** for `missing_mandatory_clause` findings: the id of the missing clause in the template manifest */
  clauseId?: string;
}

export interface ScanResult {
  findings: Finding[];
  ruleLibraryVersion: string;
  /** The language the text was scanned as (given, or detected). */
  language: TextLanguage;
  /** Whether the mandatory-clause check ran (given, or decided from the text's shape). */
  checkedMandatory: boolean;
}
