import { BURDEN_BUSINESS_RISK_SHIFTED, BURDEN_DELAYED_REFUND, BURDEN_ORIGINAL_PRICE } from './refund-terms';
import { BURDEN_EXCESSIVE_DEPOSIT, BURDEN_EXCESSIVE_PENALTY } from './deposit-and-penalty';
import { BURDEN_EXPIRY_FORFEIT, BURDEN_LEAVE_FEE, BURDEN_POSTPONE_LIMIT_FORFEIT } from './leave-and-expiry';
import { BURDEN_REFUND_HANDLING_FEE } from './refund-deductions';
import { BURDEN_TRANSFER_FEE, BURDEN_TRANSFER_RESTRICTED } from './transfer';
import type { Rule } from '../types';

/**
 * 加重消费者责任 (added consumer burdens), REGULATION-NOTES §3 patterns 9–18: fees on refund, slow
 * refunds, excessive 定金 and penalties, forfeiture on expiry, leave and transfer fees.
 * 民法典 art. 497 and 消保法 art. 26 void them; 合同行政监督管理办法 art. 7 forbids them.
 */
export const CONSUMER_BURDEN_RULES: readonly Rule[] = [
  BURDEN_EXCESSIVE_PENALTY,
  BURDEN_REFUND_HANDLING_FEE,
  BURDEN_DELAYED_REFUND,
  BURDEN_BUSINESS_RISK_SHIFTED,
  BURDEN_EXCESSIVE_DEPOSIT,
  BURDEN_ORIGINAL_PRICE,
  BURDEN_LEAVE_FEE,
  BURDEN_POSTPONE_LIMIT_FORFEIT,
  BURDEN_EXPIRY_FORFEIT,
  BURDEN_TRANSFER_FEE,
  BURDEN_TRANSFER_RESTRICTED,
];
