import { BASIS } from '../basis';
import { CHARGE, CAP, CAP_AFTER, splitApplies, numberIndex, LESSON_UNIT } from './shared';
import { Decimal } from 'decimal.js';
import { matcher, re } from '../define';
import { chargeTrigger } from './charge';
import type { Rule, RuleContext } from '../types';

const FEE_NOUN = '(?:学费|培训费|课程费|培训费用|课程费用|费用|总价|总额|价款|课时费|会员费|合计|共计|总计|金额|课程总价|合同总价|充值|储值|预付款|款项|售价|定价|价格|标价)';
const AMOUNT = '(?:(?:人民币|rmb|¥|cny)\\s?(\\d+(?:\\.\\d+)?)(?:元|块)?|(\\d+(?:\\.\\d+)?)\\s?(?:元|块))';

/** "一次性缴费48节，每节200元": the charge is lessons × unit price. */
function productOver(lessons: string | undefined, price: string | undefined, m: RegExpExecArray, ctx: RuleContext): boolean {
  const max = ctx.limits.maxAmountNonSubject;
  if (max === null || lessons === undefined || price === undefined) return false;
  if (!new Decimal(lessons).mul(price).gt(new Decimal(max))) return false;
  const at = numberIndex(m, lessons);
  if (/(?:赠|送|赠送|免费|额外|奖励|附赠)(?:的)?$/.test(ctx.text.slice(Math.max(0, at - 4), at))) return false;
  return !splitApplies(m, ctx, at);
}

function amountOver(m: RegExpExecArray, ctx: RuleContext): boolean {
  const max = ctx.limits.maxAmountNonSubject;
  if (max === null) return false;
  const value = m[1] ?? m[2];
  if (value === undefined || !new Decimal(value).gt(new Decimal(max))) return false;
  const at = numberIndex(m, value);
  const before = ctx.text.slice(Math.max(0, at - 10), at);
  const after = ctx.text.slice(at + value.length, at + value.length + 6);
  if (/(?:定金|违约金|押金|手续费|赔偿|罚款|退还|退款|返还|补贴|优惠|减免|赠送|单价|每课时|每节|每次|每堂|每人|保证金|保险)[^,.]{0,6}$/.test(before)) return false;
  // an insured sum or a compensation amount is not a charge: "保险金额不低于人民币五十万元", "赔偿限额为20万元"
  if (/(?:保险|保额|投保|理赔|赔付|赔偿|补偿|抚恤|保障|责任限额|赔偿限额)[^,.;]{0,12}$/.test(ctx.text.slice(Math.max(0, at - 18), at))) return false;
  if (/^(?:元|块)?\s?(?:\/|每)(?:课时|节|次|课|人|堂|小时|月)/.test(after)) return false;
  // an amount paid back is not a charge: "剩余费用6000元1次性退还"
  if (/^[^,.;]{0,8}(?:退还|退款|返还|退回)/.test(ctx.text.slice(at + value.length))) return false;
  return !splitApplies(m, ctx, at);
}

/**
 * An amount in yuan, or in a currency worth more than a yuan (pound, dollar, euro): a foreign amount
 * above the cap in its own units is above it in yuan too, so the comparison stays on the safe side.
 */
const EN_AMOUNT = '(?:(?:rmb|cny|¥|£|\\$|€|usd|gbp|eur|hk\\$)\\s?(\\d+(?:\\.\\d+)?)|(\\d+(?:\\.\\d+)?)\\s?(?:yuan|rmb|pounds?|dollars?|euros?|usd|gbp|eur)\\b)';

export const OVER_LIMIT_AMOUNT: Rule = {
  id: 'OVER_LIMIT_AMOUNT',
  category: 'over_limit',
  severity: 'medium',
  patterns: [],
  basis: BASIS.overLimit,
  explanation: {
    zh: '条款约定一次收取的费用超过5000元。面向中小学生的非学科类培训一次收费不得超过5000元。',
    en: 'The clause charges more than 5,000 yuan at once. Non-subject training for school pupils may charge at most 5,000 yuan at a time.',
  },
  suggestion: {
    zh: '非学科类培训每次收费不超过5000元，且不超过3个月或60课时。',
    en: 'Charge non-subject training at most 5,000 yuan at a time, and at most 3 months or 60 lessons.',
  },
  zh: matcher({
    anyOf: ['元', '人民币', '¥', 'rmb', '块', 'k'],
    triggers: [
      { re: new RegExp(`${CHARGE}[^.]{0,20}?${FEE_NOUN}?[^.]{0,6}?${AMOUNT}`), accept: amountOver },
      { re: new RegExp(`${FEE_NOUN}(?:为|是|共|计|共计|合计)?[^.]{0,4}?${AMOUNT}[^.]{0,16}?${CHARGE}`), accept: amountOver },
      {
        re: new RegExp(`${CHARGE}[^.]{0,12}?(\\d+)(?:个)?${LESSON_UNIT}[^.]{0,12}?(?:每|单价)(?:个)?(?:节|课时|次|堂|课)?(?:课)?(?:单价)?(?:为|是)?(?:人民币)?(\\d+(?:\\.\\d+)?)元`),
        accept: (m, ctx) => productOver(m[1], m[2], m, ctx),
      },
      {
        re: new RegExp(`(?:每|单价)(?:个)?(?:节|课时|次|堂|课)(?:课)?(?:单价)?(?:为|是)?(?:人民币)?(\\d+(?:\\.\\d+)?)元[^.]{0,16}?${CHARGE}[^.]{0,8}?(\\d+)(?:个)?${LESSON_UNIT}`),
        accept: (m, ctx) => productOver(m[2], m[1], m, ctx),
      },
      chargeTrigger('amount', false),
    ],
    unless: [CAP, CAP_AFTER],
  }),
  en: matcher({
    anyOf: ['rmb', 'yuan', '¥', 'cny', '£', '$', '€', 'usd', 'gbp', 'eur', 'pound', 'dollar', 'euro'],
    triggers: [
      {
        re: re`\b(?:pay|pays|paid|payable|payments?|prepay|prepaid|charge[sd]?|upfront|up-front|in advance|lump[- ]sum|in full|purchase|costs?|priced at|top(?:s|ped)?[- ]?up|recharg\w*|load(?:s|ed)?|preload\w*|stor(?:e|ed) value|deposit(?:s|ed)?)\b[^.]{0,40}?${EN_AMOUNT}`,
        accept: amountOverEn,
      },
      {
        re: re`${EN_AMOUNT}[^.]{0,40}?\b(?:paid|payable|prepaid|charged|upfront|up-front|in advance|lump[- ]sum|in full|at once|in (?:one|1) payment|collected|due at|required at)\b`,
        accept: amountOverEn,
      },
      chargeTrigger('amount', true),
    ],
    unless: [{ re: /\b(?:not exceed(?:ing)?|no more than|up to|at most|maximum(?: of)?|deposit|penalty|refund(?:ed)?|per (?:lesson|class|hour|session))\b[^,.]{0,20}$/, scope: 'before', window: 40 }],
  }),
};

function amountOverEn(m: RegExpExecArray, ctx: RuleContext): boolean {
  const max = ctx.limits.maxAmountNonSubject;
  const value = m[1] ?? m[2];
  if (max === null || value === undefined) return false;
  const at = numberIndex(m, value);
  // insurance cover or compensation is not a charge: "accident insurance with cover of at least RMB 500,000"
  if (/\b(?:insur\w*|cover(?:age)?|sum insured|compensation|indemnity|liability limit|damages)\b[^.;]{0,30}$/.test(ctx.text.slice(Math.max(0, at - 40), at))) return false;
  if (/(?<!\b(?:single|one|1|a single) )\binstal(?:l)?ments?\b|\bper (?:month|term|lesson|class|hour|session)\b|\bmonthly\b|\beach (?:month|period|lesson)\b/.test(ctx.text)) return false;
  return new Decimal(value).gt(new Decimal(max));
}
