import { Decimal } from 'decimal.js';
import type { z } from 'zod';
import type { CreditPolicy } from '../policies/values';
import type { ListReason } from './reference-data';
import type { CreditGrade, CreditList, CreditSeverity, CreditSource } from './tables';

/*
 * The rating of one institution at one moment, as a pure function (SPEC §5). The set-based
 * recompute (recompute.ts) states the same rules in SQL; a test checks that both agree.
 *
 * - start at `startScore`; each finding adds its points × weight (association-sourced findings
 *   are self-discipline measures and count at `associationWeight`);
 * - a finding counts from when it was recorded until its publication ends: the stored end date
 *   (发改办财金〔2019〕527号 periods), or earlier when a later repair event ends it
 *   (国市监信规〔2021〕3号), or when a reversal withdraws it;
 * - the score is rounded to 2 decimals (half up) and the grade read from the rounded score, so the
 *   score shown and the grade shown never disagree at a boundary;
 * - lists: black (grade D, or any live serious breach, whatever the score) before watch (grade C,
 *   or an open rectification) before red (grade A with no live breach and no open rectification).
 */
export type CreditPolicyValues = z.infer<typeof CreditPolicy>;

export interface ScoredFinding {
  id: string;
  sequence: number;
  severity: CreditSeverity;
  source: CreditSource;
  /** Nominal points as recorded, a decimal string ("-5.00"). */
  points: string;
  recordedAt: Date;
  publicationEndsOn: string;
  reversedAt: Date | null;
  repairedAt: Date | null;
}

export type FindingState = 'counting' | 'not_yet_recorded' | 'publication_ended' | 'reversed' | 'repaired';

export interface RatingMoment {
  asOf: Date;
  /** The calendar day of `asOf` in the service's region: publication ends on a day. */
  asOfDate: string;
}

/** Whether a finding counts at a moment, and if not, why. Publication ends at the start of its end day. */
export function findingState(f: ScoredFinding, at: RatingMoment): FindingState {
  if (f.recordedAt.getTime() > at.asOf.getTime()) return 'not_yet_recorded';
  if (f.reversedAt && f.reversedAt.getTime() <= at.asOf.getTime()) return 'reversed';
  if (f.repairedAt && f.repairedAt.getTime() <= at.asOf.getTime()) return 'repaired';
  if (at.asOfDate >= f.publicationEndsOn) return 'publication_ended';
  return 'counting';
}

export function sourceWeight(source: CreditSource, policy: CreditPolicyValues): Decimal {
  return source === 'association' ? new Decimal(policy.associationWeight) : new Decimal(1);
}

export function gradeFor(score: Decimal, policy: CreditPolicyValues): CreditGrade {
  if (score.gte(policy.gradeA)) return 'A';
  if (score.gte(policy.gradeB)) return 'B';
  if (score.gte(policy.gradeC)) return 'C';
  return 'D';
}

export interface ListInputs {
  grade: CreditGrade;
  liveSerious: number;
  liveBreaches: number;
  openRectifications: number;
}

/** The list and the one reason stored with it; `reasons` lists every rule that applies. */
export function listFor(input: ListInputs): { list: CreditList | null; reason: ListReason; reasons: ListReason[] } {
  const reasons: ListReason[] = [];
  if (input.liveSerious > 0) reasons.push('live_serious_breach');
  if (input.grade === 'D') reasons.push('grade_d');
  if (input.grade === 'C') reasons.push('grade_c');
  if (input.openRectifications > 0) reasons.push('open_rectification');
  if (input.liveSerious > 0 || input.grade === 'D') return { list: 'black', reason: reasons[0]!, reasons };
  if (input.grade === 'C' || input.openRectifications > 0) return { list: 'watch', reason: reasons[0]!, reasons };
  if (input.grade === 'A' && input.liveBreaches === 0) return { list: 'red', reason: 'grade_a_clean', reasons: ['grade_a_clean'] };
  const reason: ListReason = input.grade === 'A' ? 'grade_a_open_violation' : 'grade_b';
  return { list: null, reason, reasons: [reason] };
}

export interface CountedFinding {
  id: string;
  sequence: number;
  points: string;
  weight: string;
  weighted: string;
}

export interface Rating {
  score: string;
  grade: CreditGrade;
  list: CreditList | null;
  /** Stored with the rating: null when the institution is on no list. */
  listReason: ListReason | null;
  reasons: ListReason[];
  liveSerious: number;
  liveBreaches: number;
  openRectifications: number;
  counted: CountedFinding[];
  states: Map<string, FindingState>;
}

export function computeRating(
  findings: readonly ScoredFinding[],
  policy: CreditPolicyValues,
  at: RatingMoment,
  openRectifications: number,
): Rating {
  let total = new Decimal(policy.startScore);
  let liveSerious = 0;
  let liveBreaches = 0;
  const counted: CountedFinding[] = [];
  const states = new Map<string, FindingState>();
  for (const f of [...findings].sort((a, b) => a.sequence - b.sequence)) {
    const state = findingState(f, at);
    states.set(f.id, state);
    if (state !== 'counting') continue;
    const weight = sourceWeight(f.source, policy);
    const weighted = new Decimal(f.points).times(weight);
    total = total.plus(weighted);
    if (f.severity === 'serious') liveSerious++;
    if (f.severity !== 'commendation') liveBreaches++;
    // Shown exactly: a policy weight with more decimals must not look rounded away.
    counted.push({ id: f.id, sequence: f.sequence, points: f.points, weight: weight.toString(), weighted: weighted.decimalPlaces() > 2 ? weighted.toString() : weighted.toFixed(2) });
  }
  const score = total.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const grade = gradeFor(score, policy);
  const { list, reason, reasons } = listFor({ grade, liveSerious, liveBreaches, openRectifications });
  return {
    score: score.toFixed(2),
    grade,
    list,
    listReason: list ? reason : null,
    reasons,
    liveSerious,
    liveBreaches,
    openRectifications,
    counted,
    states,
  };
}
