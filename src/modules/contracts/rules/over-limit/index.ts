import { OVER_LIMIT_AMOUNT } from './amount';
import { OVER_LIMIT_LESSONS } from './lessons';
import { OVER_LIMIT_PERIOD } from './period';
import type { Rule } from '../types';

/**
 * 超出一次收费上限 (over_limit), SPEC §3.1: one charge covers at most 60 lessons and 3 months
 * (教监管函〔2021〕2号 and the 2021 prepaid-fee notice, including 充值 and 次卡), and non-subject
 * training at most 5,000 yuan (13-department 意见, Dec 2022). The limits come from the caller's
 * policy table (ScanLimits); a clause is read for a single charge — "一次性缴纳120课时学费" —
 * not for a course total that is charged in instalments.
 */
export const OVER_LIMIT_RULES: readonly Rule[] = [
  OVER_LIMIT_LESSONS,
  OVER_LIMIT_PERIOD,
  OVER_LIMIT_AMOUNT,
];
