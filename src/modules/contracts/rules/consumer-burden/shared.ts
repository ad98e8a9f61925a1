import type { Exception } from '../define';

/**
 * Liquidated damages above this share of the contract price are treated as excessive. 20 %: the
 * same ceiling 民法典 art. 586 puts on a 定金 (and art. 588 lets a party use one or the other, not
 * both); with the pro-rata refund rule the institution's real loss on a withdrawal is small,
 * and the courts' 30 %-of-loss yardstick (民法典 art. 585 and its interpretation) measures loss,
 * not price. A caller may pass another value as `limits.maxPenaltyRatio`.
 */
export const DEFAULT_MAX_PENALTY_RATIO = '0.20';
export const CAP_BEFORE: Exception = {
  re: /(?:不超过|不得超过|不高于|不得高于|最高|至多|最多|上限(?:为|是)?|不大于|低于|少于)[^,.]{0,12}$/,
  scope: 'before',
  window: 16,
};
export const CAP_INSIDE: Exception = { re: /不超过|不得超过|不高于|不得高于|最高|至多|最多|上限|不大于|以内|以下|之内/, scope: 'match' };
export const CAP_AFTER: Exception = { re: /^(?:以内|以下|之内|为限)/, scope: 'after', window: 4 };

/** A negation right before the fee verb: 不收取, 免收, 无需支付, 不另行收取 (but not 不论/无论). */
export const NOT_NEGATED = '(?<!(?:不(?!论|管)|免|无(?!论)|未|非|毋|零)[^,.]{0,4})';
