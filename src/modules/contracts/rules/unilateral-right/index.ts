import { UNILATERAL_CHANGE_ARRANGEMENTS } from './change-arrangements';
import { UNILATERAL_CLASS_CANCEL } from './class-cancel';
import { UNILATERAL_CONTRACT_CHANGE, UNILATERAL_TERMINATION_NO_REFUND } from './termination-and-contract-change';
import { UNILATERAL_FINAL_INTERPRETATION } from './interpretation';
import { UNILATERAL_PRICE_CHANGE } from './price';
import { UNILATERAL_SCHEDULE_NO_NOTICE } from './schedule-notice';
import type { Rule } from '../types';

/**
 * 经营者单方权利 (operator unilateral rights), REGULATION-NOTES §3 patterns 19–24: final
 * interpretation, changing schedule, teacher, venue, class, price or the contract itself alone.
 * 民法典 arts. 497/498, 消保法 art. 26, 合同行政监督管理办法 art. 7.
 */
export const UNILATERAL_RIGHT_RULES: readonly Rule[] = [
  UNILATERAL_FINAL_INTERPRETATION,
  UNILATERAL_CHANGE_ARRANGEMENTS,
  UNILATERAL_SCHEDULE_NO_NOTICE,
  UNILATERAL_PRICE_CHANGE,
  UNILATERAL_CLASS_CANCEL,
  UNILATERAL_TERMINATION_NO_REFUND,
  UNILATERAL_CONTRACT_CHANGE,
];
