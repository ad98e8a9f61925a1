import { BASIS } from '../basis';
import { DEFAULT_MAX_PENALTY_RATIO, CAP_BEFORE, CAP_INSIDE, CAP_AFTER } from './shared';
import { Decimal } from 'decimal.js';
import { OPERATOR, CONSUMER } from '../lexicon';
import { lastPartyIn } from '../../parties';
import { matcher, re, readRatio } from '../define';
import { PAID_TO_CONSUMER } from '../define';
import type { Rule, RuleContext } from '../types';

function depositRatioTooHigh(ratioText: string, ctx: RuleContext): boolean {
  const r = readRatio(ratioText);
  return r !== null && new Decimal(r).gt(new Decimal(ctx.limits.maxDepositRatio));
}

export const BURDEN_EXCESSIVE_DEPOSIT: Rule = {
  id: 'BURDEN_EXCESSIVE_DEPOSIT',
  category: 'consumer_burden',
  severity: 'high',
  patterns: [11],
  basis: BASIS.deposit,
  suppresses: ['REFUND_NO_REFUND'],
  explanation: {
    zh: '条款约定的定金超过合同总价的20%。《民法典》第五百八十六条规定定金不得超过主合同标的额的百分之二十，超过部分不产生定金效力。',
    en: 'The deposit (定金) exceeds 20 % of the contract price. Civil Code art. 586 caps a deposit at 20 %; the excess has no deposit effect.',
  },
  suggestion: {
    zh: '定金不超过合同总价的20%；合同履行后定金抵作价款，甲方违约的双倍返还定金。',
    en: 'The deposit is at most 20 % of the contract price; it is credited to the price on performance and returned double if the institution defaults.',
  },
  zh: matcher({
    anyOf: ['定金', '订金'],
    triggers: [
      {
        re: /[定订]金[^.]{0,12}?(?:为|是|按|收取|占|计|达|比例为)?[^.]{0,10}?(\d+(?:\.\d+)?%|\d+\/\d+)/,
        accept: (m, ctx) => depositRatioTooHigh(m[1] ?? '', ctx),
      },
      {
        re: /(\d+(?:\.\d+)?%|\d+\/\d+)(?:的)?(?:费用|款项|金额|学费)?(?:作为|为|作|充当|充作|视为)?(?:的)?[定订]金/,
        accept: (m, ctx) => depositRatioTooHigh(m[1] ?? '', ctx),
      },
      {
        // amounts: "定金3000元 … 课程总价10000元" in one sentence
        re: /[定订]金(?:为|是)?(?:人民币)?(\d+(?:\.\d+)?)元/,
        accept: (m, ctx) => {
          const total = /(?:总价|总额|总费用|合同价款|合同金额|学费总额|课程费用|总计|合计|共计|学费|课程总价)(?:为|是)?(?:人民币)?(\d+(?:\.\d+)?)元/.exec(ctx.text);
          if (!total?.[1] || Number(total[1]) === 0) return false;
          return new Decimal(m[1] ?? '0').div(total[1]).gt(ctx.limits.maxDepositRatio);
        },
      },
    ],
    unless: [PAID_TO_CONSUMER, CAP_BEFORE, CAP_INSIDE, CAP_AFTER],
  }),
  en: matcher({
    anyOf: ['deposit'],
    triggers: [
      {
        re: /\bdeposit\b[^.]{0,30}?(\d+(?:\.\d+)?%|\bhalf\b|\bone[- ]third\b|\ba third\b|\btwo[- ]thirds\b|\ba quarter\b)/,
        accept: (m, ctx) => depositRatioTooHigh(m[1] ?? '', ctx) && !/\b(?:not exceed|no more than|up to|at most|maximum|cap|capped|limited to)\b/.test(m[0]),
      },
      {
        re: /(\d+(?:\.\d+)?%) (?:of [^.]{0,30}?)?(?:as (?:a |the )?)?(?:non-?refundable )?deposit\b/,
        accept: (m, ctx) => depositRatioTooHigh(m[1] ?? '', ctx),
      },
    ],
    unless: [PAID_TO_CONSUMER, { re: /\b(?:not exceed(?:ing)?|no more than|up to|at most|maximum of|capped at|limited to)\b[^,.]{0,20}$/, scope: 'before', window: 40 }],
  }),
};
const PENALTY = '(?:违约金|罚金|罚款|赔偿金|补偿金|违约赔偿|违约费|违约责任金|损失赔偿|补偿|赔偿)';

/** Who pays: a penalty the institution owes the consumer is a consumer right, not a burden. */
function consumerPays(m: RegExpExecArray, ctx: RuleContext): boolean {
  const before = ctx.text.slice(0, m.index + m[0].length);
  const fault = new RegExp(`(${OPERATOR}|甲方|乙方|${CONSUMER})(?:的)?(?:原因|违约|单方|擅自|中途|提前|无故|过错|未按|未能|不能|逾期|停业|解除)`, 'g');
  let lastFault: string | null = null;
  let f: RegExpExecArray | null;
  while ((f = fault.exec(before)) !== null) lastFault = f[1] ?? null;
  if (lastFault !== null) return lastPartyIn(lastFault, ctx) !== 'institution';
  const toWhom = new RegExp(`向(${OPERATOR}|甲方|乙方|${CONSUMER})(?:支付|赔偿|给付|承担)`).exec(before);
  if (toWhom?.[1]) return lastPartyIn(toWhom[1], ctx) === 'institution';
  return true;
}

function penaltyTooHigh(ratioText: string, ctx: RuleContext): boolean {
  const r = readRatio(ratioText);
  const max = ctx.limits.maxPenaltyRatio ?? DEFAULT_MAX_PENALTY_RATIO;
  return r !== null && new Decimal(r).gt(new Decimal(max));
}

export const BURDEN_EXCESSIVE_PENALTY: Rule = {
  id: 'BURDEN_EXCESSIVE_PENALTY',
  category: 'consumer_burden',
  severity: 'high',
  patterns: [18],
  basis: BASIS.penalty,
  suppresses: ['BURDEN_REFUND_HANDLING_FEE'],
  explanation: {
    zh: `条款要求消费者支付过高的违约金（超过合同价款的${Number(DEFAULT_MAX_PENALTY_RATIO) * 100}%，或数倍于已缴费用）。违约金过分高于实际损失的属于加重消费者责任，可请求调减。`,
    en: `The clause imposes an excessive penalty on the consumer (more than ${Number(DEFAULT_MAX_PENALTY_RATIO) * 100} % of the contract price, or a multiple of the fees paid). Liquidated damages far above the real loss aggravate the consumer’s liability and may be reduced.`,
  },
  suggestion: {
    zh: '乙方提前解除合同的，甲方按剩余课时比例退费；确有实际损失的，由甲方举证，违约金不超过合同总价的20%。',
    en: 'If the student ends the contract early the remaining lessons are refunded pro rata; any damages must be proven by the institution and may not exceed 20 % of the contract price.',
  },
  zh: matcher({
    anyOf: ['违约', '罚', '赔偿', '补偿', '没收', '未到', '缺席', '缺课', '爽约', '未出席'],
    triggers: [
      { re: re`${PENALTY}[^.]{0,20}?(\d+(?:\.\d+)?%|\d+/\d+|\d+(?:\.\d+)?倍)`, accept: (m, ctx) => penaltyTooHigh(m[1] ?? '', ctx) && consumerPays(m, ctx) },
      { re: re`(\d+(?:\.\d+)?%|\d+/\d+|\d+(?:\.\d+)?倍)(?:的)?${PENALTY}`, accept: (m, ctx) => penaltyTooHigh(m[1] ?? '', ctx) && consumerPays(m, ctx) },
      {
        re: re`(\d+(?:\.\d+)?%|\d+/\d+|\d+(?:\.\d+)?倍)[^.,]{0,6}?(?:支付|缴纳|承担|赔偿|计付|给付|交纳|作为|充作|视为|计为|为)(?:的)?${PENALTY}`,
        accept: (m, ctx) => penaltyTooHigh(m[1] ?? '', ctx) && consumerPays(m, ctx),
      },
      { re: re`(?:全部|全额|所有|已缴|已交|所缴)(?:的)?(?:学费|费用|已缴费用|款项|培训费)(?:作为|视为|充作|作|用作)${PENALTY}`, accept: consumerPays },
      { re: /没收[^,.]{0,10}?(?:全部|所有|已缴|已交|已缴纳|已交纳)(?:的)?[^,.]{0,4}?(?:学费|费用|款项|培训费)/, accept: consumerPays },
      {
        // a no-show costing more than the lesson missed: "未到且未提前取消的，每次扣除两节课时"
        re: /(?:未到|缺席|缺课|爽约|未按时到|未出席)[^.]{0,16}?(?:每次)?(?:扣除|扣减|扣)(\d+)(?:节|课时|次课|堂)/,
        accept: (m) => Number(m[1]) >= 2,
      },
      // "相当于剩余课时费用的违约金": the whole remaining fee as a penalty
      { re: re`相当于[^,.]{0,10}?(?:学费|费用|款项|课时费|培训费)(?:的)?${PENALTY}`, accept: consumerPays },
    ],
    unless: [PAID_TO_CONSUMER, CAP_BEFORE, CAP_INSIDE, CAP_AFTER],
  }),
  en: matcher({
    anyOf: ['penalt', 'damages', 'compensat', 'forfeit', 'cancellation fee'],
    triggers: [
      {
        re: /\b(?:penalty|liquidated damages|cancellation (?:fee|charge)|compensation|damages)\b[^.]{0,30}?(\d+(?:\.\d+)?%|double|twice|\d+ times)/,
        accept: (m, ctx) => penaltyTooHigh(m[1] ?? '', ctx) && !/\bthe (?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we) shall pay\b/.test(ctx.text.slice(0, m.index + m[0].length)),
      },
      {
        re: /(\d+(?:\.\d+)?%) (?:of [^.]{0,30}?)?(?:as )?(?:a )?(?:penalty|liquidated damages)\b/,
        accept: (m, ctx) => penaltyTooHigh(m[1] ?? '', ctx) && !/\bthe (?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we) shall pay\b/.test(ctx.text.slice(0, m.index + m[0].length)),
      },
      /\b(?:all|the entire|the full) (?:fees?|tuition|amount)(?: paid)? (?:will be|shall be|is) (?:forfeited|retained) as (?:a )?(?:penalty|liquidated damages)/,
    ],
    unless: [PAID_TO_CONSUMER, { re: /\b(?:not exceed(?:ing)?|no more than|up to|at most|maximum of|capped at|limited to)\b[^,.]{0,20}$/, scope: 'before', window: 40 }],
  }),
};
