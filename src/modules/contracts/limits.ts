import type { ScanLimits } from './types';

/**
 * Defaults of the policy table for one charge (SPEC §3.1, REGULATION-NOTES §1):
 * ≤ 60 lessons and ≤ 3 months (教监管函〔2021〕2号 and the 2021 prepaid-fee notice), non-subject
 * ≤ 5,000 yuan (13-department 意见, Dec 2022), 定金 ≤ 20 % (民法典 art. 586).
 * The caller passes the values of the policy version in force; these are only the fallback.
 */
export const DEFAULT_SCAN_LIMITS: Readonly<ScanLimits> = Object.freeze({
  maxLessonsPerCharge: 60,
  maxDaysPerCharge: 92,
  maxAmountNonSubject: '5000.00',
  maxDepositRatio: '0.20',
});
