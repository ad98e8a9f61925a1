import type { Sentence } from '../clauses';
import type { FindingCategory, Localized, ScanLimits, Severity } from '../types';

/** Which side 甲方 and 乙方 are, read from the contract's party block (default: 甲方 is the institution, as in GF-2021-2604). */
export interface PartyRoles {
  partyAIsInstitution: boolean;
}

export type PartyRole = 'institution' | 'consumer';

export interface RuleContext {
  readonly sentence: Sentence;
  /** the sentence's normalised text (lower case, half-width, Arabic numerals) */
  readonly text: string;
  readonly limits: ScanLimits;
  readonly parties: PartyRoles;
}

/** A hit in sentence coordinates (normalised text), end exclusive. */
export interface RuleHit {
  start: number;
  end: number;
}

export interface RuleMatcher {
  (ctx: RuleContext): RuleHit[];
  /**
   * the rule's gate: a sentence (or the unfinished one before it) without any of these strings
   * has no hit. The matcher does not test it: the caller does, for every rule in one pass
   * (the scanner, with literal-gate.ts), and calls only the matchers whose gates pass.
   */
  readonly anyOf?: readonly string[];
}

export interface Rule {
  /** stable id: stored with findings and rectification cases, never renamed */
  readonly id: string;
  readonly category: FindingCategory;
  readonly severity: Severity;
  readonly basis: Localized;
  readonly explanation: Localized;
  readonly suggestion: Localized;
  /** the pattern numbers of REGULATION-NOTES §3 this rule covers (documentation and coverage tests) */
  readonly patterns: readonly number[];
  /** rules whose hits in the same sentence this one makes redundant (a specific rule over a generic one) */
  readonly suppresses?: readonly string[];
  /**
   * suppress those rules anywhere in the sentence, not only next to this hit: "停业的，仅安排转课，
   * 学员剩余课时…，本机构不予退款" is one statement about closure, however far apart its parts are
   */
  readonly suppressInSentence?: boolean;
  readonly zh?: RuleMatcher;
  readonly en?: RuleMatcher;
}
