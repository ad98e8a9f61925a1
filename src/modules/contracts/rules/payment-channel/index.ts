import { PAYMENT_OUTSIDE_SUPERVISED_ACCOUNT } from './outside-supervised';
import { PAYMENT_PERSONAL_ACCOUNT } from './personal-account';
import { PAYMENT_TRAINING_LOAN } from './loan';
import type { Rule } from '../types';

/**
 * 支付渠道 (payment channel), REGULATION-NOTES §3 patterns 33–34. 教监管函〔2021〕2号: all prepaid
 * fees go into the institution's own 培训收费专用账户, never another or a third party's account,
 * and no 培训贷 (training loans). The model contract repeats both as special notices.
 */
export const PAYMENT_CHANNEL_RULES: readonly Rule[] = [
  PAYMENT_TRAINING_LOAN,
  PAYMENT_PERSONAL_ACCOUNT,
  PAYMENT_OUTSIDE_SUPERVISED_ACCOUNT,
];
