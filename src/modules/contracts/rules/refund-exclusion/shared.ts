import { lastPartyIn } from '../../parties';
import { CONSUMED, NO_REFUND, REST_REFUNDED } from '../lexicon';
import type { Exception } from '../define';
import type { RuleContext } from '../types';

/**
 * What makes a "不予退还" lawful: it is about what the consumer already received (lessons taken,
 * materials handed over), and the rest is refunded. "已上课时按实际单价计算，不予退还；未上课时费用全额
 * 退还" is the fair pro-rata rule, "已上课时超过30%的，不予退费" is not (a threshold).
 */
export function consumedOnlyFair(ctx: RuleContext, start: number): boolean {
  const before = ctx.text.slice(Math.max(0, start - 30), start);
  const m = new RegExp(CONSUMED).exec(before);
  if (!m) return false;
  const tail = before.slice(m.index);
  return !/(?:未(?:上|消|使用|完成)|剩余|全部|所有|一经|一旦|任何|超过|达到|达|满|以上|过半|%|\/|\d+(?:个)?(?:课时|节|次|堂))/.test(tail);
}

const REST_REFUNDED_RE = new RegExp(REST_REFUNDED);

/** "…不予退费，其余费用按剩余课时退还": the excluded part is named and the rest is refunded. */
export function restRefundedAfter(ctx: RuleContext, end: number): boolean {
  return REST_REFUNDED_RE.test(ctx.text.slice(end)) || (ctx.sentence.next !== undefined && REST_REFUNDED_RE.test(ctx.sentence.next));
}

/** 定金 forfeited by the party in breach is the statutory 定金罚则 (民法典 art. 587); the 20 % cap is BURDEN_EXCESSIVE_DEPOSIT's job. */
export const DEPOSIT_CONTEXT: Exception = { re: /[定订]金(?!以外|之外|外)[^;.]{0,20}$/, scope: 'prefix' };

const GOODS =
  '(?:教材|资料|书本?|书籍|物品|服装|器材|教具|学习用品|用品|商品|礼品|赠品|练习册|作业本|讲义|学具|文具|耗材|校服|书包|材料包|课本|绘本|乐器|画材|材料)';
/** Goods already handed over (教材已领取) may be kept; that is not a refund exclusion. */
export const DELIVERED_GOODS: Exception = {
  re: new RegExp(
    `(?:已(?:经)?(?:实际)?(?:领取|发放|使用|拆封|开封|收到|交付)|一经(?:领取|发放|拆封|开封))[^,.]{0,8}(?:的)?${GOODS}|${GOODS}[^,.]{0,4}(?:已(?:经)?|一经)(?:领取|发放|使用|拆封|开封|收到|交付)|(?:赠品|礼品)`,
  ),
  scope: 'sentence',
};
/** "不得约定不予退费" and the like forbid the exclusion. */
export const FORBIDS_EXCLUSION: Exception = {
  re: /(?:不得|禁止|严禁|不应|不能)(?:约定|设置|规定|设定|写入|采用|使用|以)?[^,]{0,6}$/,
  scope: 'before',
  window: 12,
};

/** The exclusion is the pro-rata rule: only the consumed part is kept, or the rest is refunded. */
export function fairByConsumption(m: RegExpExecArray, ctx: RuleContext): boolean {
  const at = m.index + Math.max(0, m[0].search(new RegExp(NO_REFUND)));
  return !consumedOnlyFair(ctx, at) && !restRefundedAfter(ctx, m.index + m[0].length);
}

/** "甲方应在收到申请后10个工作日内办理退费" is the operator's duty; only deadlines on the consumer count. */
export function operatorIsNotActing(m: RegExpExecArray, ctx: RuleContext): boolean {
  const prefix = ctx.text.slice(Math.max(0, m.index - 16), m.index + 2);
  return lastPartyIn(prefix, ctx) !== 'institution';
}
