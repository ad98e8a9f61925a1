import { REMEDY_FORCED_VENUE } from './venue';
import { REMEDY_NO_COMPLAINT } from './complaint';
import { REMEDY_SIGNING_MEANS_UNDERSTOOD } from './signing';
import { REMEDY_WAIVE_CLAIMS } from './waiver';
import type { Rule } from '../types';

/**
 * 排除消费者救济 (remedies excluded), REGULATION-NOTES §3 patterns 29–32: a forced venue,
 * no complaints, "signing means full understanding", waiving claims. 消保法 art. 39 gives the
 * consumer negotiation, mediation, complaint, arbitration and litigation; 合同行政监督管理办法 art. 7
 * forbids limiting them; 民法典 art. 496 puts the duty to explain on the drafter.
 */
export const REMEDY_EXCLUSION_RULES: readonly Rule[] = [
  REMEDY_NO_COMPLAINT,
  REMEDY_WAIVE_CLAIMS,
  REMEDY_FORCED_VENUE,
  REMEDY_SIGNING_MEANS_UNDERSTOOD,
];
