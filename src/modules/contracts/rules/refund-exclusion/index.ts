import { REFUND_FEES_DEEMED_CONSUMED, REFUND_GIFT_LESSONS_FORFEITED } from './gifts-and-side-fees';
import { REFUND_HARSH_CONDITIONS, REFUND_REQUEST_DEADLINE } from './conditions-and-deadlines';
import { REFUND_NONE_AFTER_PROPORTION, REFUND_NONE_AFTER_START, REFUND_NONE_AFTER_TERM_EXPIRY } from './stops-after-event';
import { REFUND_NO_REFUND } from './no-refund';
import type { Rule } from '../types';

/**
 * 排除或限制退费 (refund exclusion), REGULATION-NOTES §3 patterns 1–8. A prepaid service that is not
 * delivered must be refunded (消保法 art. 53); a standard term that removes that right is void
 * (民法典 art. 497, 消保法 art. 26). The fair rule the model contract and SPEC §3.4 use: full refund
 * before the first lesson, pro-rata after, no handling fee, gift lessons not forfeited.
 */
export const REFUND_EXCLUSION_RULES: readonly Rule[] = [
  REFUND_NONE_AFTER_PROPORTION,
  REFUND_NONE_AFTER_START,
  REFUND_NONE_AFTER_TERM_EXPIRY,
  REFUND_GIFT_LESSONS_FORFEITED,
  REFUND_FEES_DEEMED_CONSUMED,
  REFUND_HARSH_CONDITIONS,
  REFUND_REQUEST_DEADLINE,
  REFUND_NO_REFUND,
];
