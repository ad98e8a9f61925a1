import { Decimal } from 'decimal.js';
import { BASIS } from './basis';
import { lastPartyIn, matcher, negatedJustBefore, negatedJustBeforeEn, re, readRatio } from './define';
import { CONSUMER, INSTITUTION } from './lexicon';
import type { Exception } from './define';
import type { Rule, RuleContext } from './types';

/**
 * 加重消费者责任 (added consumer burdens), REGULATION-NOTES §3 patterns 9–18: fees on refund, slow
 * refunds, excessive 定金 and penalties, forfeiture on expiry, leave and transfer fees.
 * 民法典 art. 497 and 消保法 art. 26 void them; 合同行政监督管理办法 art. 7 forbids them.
 */

/**
 * Liquidated damages above this share of the contract price are treated as excessive. 20 %: the
 * same ceiling 民法典 art. 586 puts on a 定金 (and art. 588 lets a party use one or the other, not
 * both); with the pro-rata refund rule the institution's real loss on a withdrawal is small,
 * and the courts' 30 %-of-loss yardstick (民法典 art. 585 and its interpretation) measures loss,
 * not price. A caller may pass another value as `limits.maxPenaltyRatio`.
 */
export const DEFAULT_MAX_PENALTY_RATIO = '0.20';

const REFUND_CONTEXT = ['退', '解除', '终止', '中途', '放弃', '停止学习', '提前结束', '转出'];

const FEE =
  '(?:手续费|(?<!培训|课程|教学|教育|技术)管理费|(?<!培训|课程|教学|教育|技术|培训服务|课程服务)服务费|行政费|行政管理费|损失费|占位费|运营费|运营成本|成本费|财务费|折旧费|课程预留费|机会成本|平台费|提现费|通道费|渠道费|退费费用|退款费用|教务费|违约处理费|扣点|工本费|处理费|审核费|退费服务费|资金占用费|管理成本|行政成本|服务成本|处理成本)';
const FEE_VERB =
  '(?:扣除|扣减|扣(?!除)|收取|收(?!到|据|悉|回|取)|支付|缴纳|承担|交纳|缴(?!纳)|交(?!纳|付|流)|计收|另收|加收|抽取|扣留|保留|需付|须付|另行收取|额外收取)';
/** A negation right before the fee verb: 不收取, 免收, 无需支付, 不另行收取 (but not 不论/无论). */
const NOT_NEGATED = '(?<!(?:不(?!论|管)|免|无(?!论)|未|非|毋|零)[^,.]{0,4})';
const FEE_WAIVED_AFTER: Exception = {
  re: re`^[^,.]{0,4}(?:全免|为0|为零|0元|0%|免收|免除|除外|由(?:甲方|${INSTITUTION})(?:全部)?承担)`,
  scope: 'after',
  window: 16,
};
/** 违约金 and 定金 have their own threshold rules. */
const PENALTY_OR_DEPOSIT: Exception = { re: /违约金|定金|罚金|赔偿金/, scope: 'segment' };

/** 不收取, 免收, 无需支付, 不另行收取 … right before the fee verb (but not 不论/无论). */
function verbNegated(text: string, at: number): boolean {
  return /(?:不(?!论|管)|免|无(?!论)|未|非|毋|零)[^,.]{0,4}$/.test(text.slice(Math.max(0, at - 5), at));
}

/** 不收取, 无需扣除, 免扣 … right before a deduction verb. */
function deductionNegated(text: string, at: number): boolean {
  return /(?:不[^,.]{0,4}|无需|免)$/.test(text.slice(Math.max(0, at - 5), at));
}

function gapIsNegated(m: RegExpExecArray): boolean {
  const body = m[0];
  const fee = new RegExp(FEE).exec(body);
  if (!fee) return false;
  const verb = new RegExp(`^${FEE_VERB}`).exec(body);
  const gap = body.slice(verb ? verb[0].length : 0, fee.index);
  return /不|无|免|未|零/.test(gap);
}

export const BURDEN_REFUND_HANDLING_FEE: Rule = {
  id: 'BURDEN_REFUND_HANDLING_FEE',
  category: 'consumer_burden',
  severity: 'high',
  patterns: [9],
  basis: BASIS.burden,
  explanation: {
    zh: '条款在退费时扣收手续费、管理费或按比例扣款。退费应为“已缴费用−已消耗课时费用”，任何名目、任何比例的扣费都加重了消费者责任。',
    en: 'The clause deducts a handling, management or percentage fee from refunds. A refund is fees paid minus lessons consumed; a deduction of any name or size adds to the consumer’s burden.',
  },
  suggestion: {
    zh: '退费时甲方仅扣除已消耗课时的费用，不收取任何手续费、管理费或其他费用。',
    en: 'On a refund the institution deducts only the value of the lessons consumed and charges no handling, management or other fee.',
  },
  zh: matcher({
    anyOf: REFUND_CONTEXT,
    triggers: [
      // the negation test runs in accept, not as a leading lookbehind: a lookbehind at the start of
      // a pattern is evaluated at every position of every sentence
      { re: re`${FEE_VERB}[^.,]{0,12}?${FEE}`, accept: (m, ctx) => !verbNegated(ctx.text, m.index) && !gapIsNegated(m) },
      {
        // negation tested in accept: a leading lookbehind would run at every position of every sentence
        re: re`${FEE}[^.,]{0,8}?(?:\d+(?:\.\d+)?%|\d+(?:\.\d+)?元|由(?:${CONSUMER}|乙方)(?:一律|全部|均|自行|自己){0,2}(?:承担|支付|负担)|按[^,.]{0,8}?\d+(?:\.\d+)?%)`,
        accept: (m, ctx) => !verbNegated(ctx.text, m.index) && !/(?:^|[^\d.])0(?:\.0+)?(?:%|元)/.test(m[0]) && !negatedJustBefore(ctx.text, m.index, 8),
      },
      {
        re: /(?:扣除|扣减|扣|收取|扣留|抽取|按)(?:[^,.%]{0,10}?(?=(?:的)?\d)|退费金额|退款金额|总价|总额|总费用|总学费|全部费用|所缴费用|已缴费用|实缴金额|合同总价|合同金额|合同总额|课程总价|学费总额|学费|费用|剩余费用|剩余学费|剩余金额|应退金额|金额|课时费|培训费|课程费|所交费用|已交费用|缴费总额|剩余课时费用?)?(?:的)?\d+(?:\.\d+)?%(?!以内|以下|以上)/,
        gate: /\d%/,
        accept: (m, ctx) => !deductionNegated(ctx.text, m.index),
        unless: [PENALTY_OR_DEPOSIT],
      },
      {
        re: re`\d+(?:\.\d+)?%(?:的)?(?:作为|充作|计为|为)${FEE}`,
        accept: (m, ctx) => !negatedJustBefore(ctx.text, m.index, 8),
      },
      {
        // an unspecified share: "扣除一定比例的管理成本"
        re: /(?:扣除|扣减|扣|收取|扣留|抽取)(?:一定|部分|相应|适当)(?:的)?(?:比例|百分比)/,
        accept: (m, ctx) => !deductionNegated(ctx.text, m.index),
      },
      {
        re: /(?:退还|退|返还|退回|返)(?:[^,.%]{0,10}?(?:费用|学费|金额|款项|课时费|余额|培训费))?(?:的)?(\d+(?:\.\d+)?)%/,
        accept: (m) => Number(m[1]) < 100,
        unless: [PENALTY_OR_DEPOSIT],
      },
      {
        re: /按(?:照)?(\d+(?:\.\d+)?)%(?:的比例)?(?:退还|退款|退费|返还)/,
        accept: (m) => Number(m[1]) < 100,
      },
    ],
    unless: [FEE_WAIVED_AFTER, { re: /(?:不超过|不得超过|最高不超过|以内)[^,.]{0,4}$/, scope: 'before', window: 8 }],
  }),
  en: matcher({
    anyOf: ['refund', 'withdraw', 'cancel', 'terminat', 'quit'],
    triggers: [
      {
        re: /\b(?:deduct(?:ed|s|ion of)?|charg(?:e|es|ed)|levie[sd]|levy|withh[oe]ld|withhold|retain(?:ed|s)?|keeps?|kept|forfeits?|loses?|subject to|less|minus|appl(?:y|ies)|incur(?:s|red)?)\b[^.]{0,40}?\b(?:handling|administration|administrative|admin|management|processing|service|cancellation|withdrawal|refund|transaction|bank) (?:fee|charge)s?\b/,
        accept: (m, ctx) => !negatedJustBeforeEn(ctx.text, m.index) && !/\b(?:no|not|free|waive|without)\b/.test(m[0]),
      },
      /\b(?:handling|administration|administrative|admin|management|processing|cancellation|withdrawal|refund) (?:fee|charge)s? (?:of|equal to|amounting to|at) (?:\d+(?:\.\d+)?%|rmb|¥|\d)/,
      {
        re: /\b\d+(?:\.\d+)?% (?:handling|administration|administrative|admin|management|processing|service|cancellation|withdrawal|refund)? ?(?:fee|charge|deduction)s?\b/,
        accept: (m, ctx) => !negatedJustBeforeEn(ctx.text, m.index),
      },
      {
        re: /\b(?:only )?(\d+(?:\.\d+)?)% of (?:the )?(?:remaining |unused |paid |outstanding |unconsumed )?(?:fees?|tuition|amount|balance|price) (?:will be |is |shall be )?(?:refunded|returned)/,
        accept: (m) => Number(m[1]) < 100,
      },
      { re: /\bdeduct(?:ed|ion of|s)? (?:a )?\d+(?:\.\d+)?%/, accept: (m, ctx) => !negatedJustBeforeEn(ctx.text, m.index) },
    ],
    unless: [
      { re: /^[^,.]{0,20}\b(?:is|are|will be|shall be) (?:waived|borne by the (?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we))/, scope: 'after', window: 40 },
      { re: /\b(?:penalty|liquidated damages|deposit)\b/, scope: 'segment' },
    ],
  }),
};

function refundDelayTooLong(n: number, unit: string): boolean {
  // 10 working days after the start (5 before) is the refund deadline (SPEC §3.4, Guangzhou rule);
  // calendar days: 15 ≈ 10 working days plus weekends and a holiday.
  if (/工作日|working|business/.test(unit)) return n > 10;
  if (/周|星期|week/.test(unit)) return n > 2;
  if (/月|month|年|year|学期|季度|quarter/.test(unit)) return n >= 1;
  return n > 15;
}

export const BURDEN_DELAYED_REFUND: Rule = {
  id: 'BURDEN_DELAYED_REFUND',
  category: 'consumer_burden',
  severity: 'medium',
  patterns: [10],
  basis: BASIS.burden,
  explanation: {
    zh: '条款将退款分期或长期延后返还（如“剩余款项分6个月返还”），超过开课前5个工作日、开课后10个工作日的合理期限。',
    en: 'The clause pays refunds in instalments or after a long delay (e.g. “the balance is returned over 6 months”), beyond the 5/10 working-day deadline.',
  },
  suggestion: {
    zh: '甲方应在收到退费申请之日起10个工作日内（开课前申请的，5个工作日内）一次性退还应退款项。',
    en: 'The institution pays the whole refund in one payment within 10 working days of the request (5 if made before the course starts).',
  },
  zh: matcher({
    anyOf: ['退', '返还', '返'],
    triggers: [
      /(?:剩余|余下|退还|退款|退费|应退|余款|退回|返还)[^.]{0,20}?(?:分|按)(?:\d+|多)(?:个月|期|次|批|年|个季度|季度)(?:返还|退还|退回|支付|退|付|返|结清)/,
      /(?:分期|分批|按月|按季度|按学期|逐月|逐期|分月)(?:返还|退还|退回|退款|退费|退|支付退款)/,
      /(?:退费|退款|退还)[^.]{0,8}?(?:统一|集中|仅|只)?(?:在|于|待|等到)(?:本)?(?:学期|学年|课程|培训|合同|期|班级|活动)(?:全部)?(?:结束|结课|期满|届满|完结)(?:后|时|以后)(?:统一|集中)?(?:办理|退还|支付|结算|处理)?/,
      /(?:在|于|待|等到)(?:本)?(?:学期|学年|课程|培训|合同|期|班级|活动)(?:全部)?(?:结束|结课|期满|届满|完结)(?:后|时|以后)[^.]{0,6}?(?:统一|集中)?(?:退还|退费|退款|返还|结算退)/,
      {
        re: /(?:退还|退款|退费|返还|支付)[^.]{0,20}?(?:次月|下月|下个月|第\d+个?月|下1(?:个)?(?:月|季度|学期)|下季度|下学期|年底|年末|学期末|学年末|期末|月底|季度末|季末|结业后|结课后)/,
        accept: (_m, ctx) => /退/.test(ctx.text),
      },
      {
        re: /(?:退还|退款|退费|返还|退回|办理退)[^.]{0,15}?(\d+)(?:个)?(工作日|自然日|日|天|周|星期|个月|月|年)(?:内|以内|之内|后|以后)/,
        accept: (m) => refundDelayTooLong(Number(m[1]), m[2] ?? ''),
        unless: [{ re: /(?:提出|申请|提交)/, scope: 'suffix' }],
      },
      {
        re: /(\d+)(?:个)?(工作日|自然日|日|天|周|星期|个月|月|年)(?:内|以内|之内|后)[^.]{0,6}?(?:退还|退款|返还|退回|办理退(?:费|款))/,
        accept: (m) => refundDelayTooLong(Number(m[1]), m[2] ?? ''),
        unless: [{ re: /(?:提出|申请|提交)(?:退|$)/, scope: 'match' }],
      },
    ],
    unless: [{ re: /逾期/, scope: 'before', window: 6 }, { re: /押金|保证金/, scope: 'sentence' }],
  }),
  en: matcher({
    anyOf: ['refund', 'repay', 'returned'],
    triggers: [
      /\brefund(?:s|ed)?\b[^.]{0,40}?\b(?:in|by|over|through) (?:[\w-]+ ){0,2}(?:instal(?:l)?ments?|(?:monthly|quarterly|annual|yearly|separate) (?:payments|transfers|portions|parts|tranches))\b/,
      /\brefund(?:s|ed)?\b[^.]{0,40}?\bin (?:\d+|several|multiple) (?:payments|parts|portions|tranches|batches)\b/,
      /\brefunds?\b[^.]{0,40}?\bover (?:a period of )?\d+ (?:months|years)\b/,
      /\brefund(?:s|ed)?\b[^.]{0,30}?\b(?:at|after|following) the (?:end|close|completion) of (?:the |each )?(?:school year|academic year|term|semester|course|programme|program|contract|year)\b/,
      {
        re: /\brefunds?\b[^.]{0,40}?\bwithin (\d+) (working days|business days|calendar days|days|weeks|months)\b/,
        accept: (m) => refundDelayTooLong(Number(m[1]), m[2] ?? ''),
      },
    ],
  }),
};

export const BURDEN_BUSINESS_RISK_SHIFTED: Rule = {
  id: 'BURDEN_BUSINESS_RISK_SHIFTED',
  category: 'consumer_burden',
  severity: 'medium',
  patterns: [10],
  basis: BASIS.burden,
  explanation: {
    zh: '条款将退费与“招到新学员”“名额转让成功”等经营者自身的经营条件挂钩，把经营风险转嫁给消费者。',
    en: 'The clause makes the refund depend on the institution finding a replacement student or reselling the place, shifting its business risk to the consumer.',
  },
  suggestion: {
    zh: '退费不以甲方招生、名额转让等任何经营条件为前提，甲方应在规定期限内退还。',
    en: 'A refund does not depend on recruiting a replacement or reselling the place; it is paid within the deadline.',
  },
  zh: matcher({
    anyOf: ['退', '返还'],
    triggers: [
      /(?:新学员|新生|新的(?:学员|学生|孩子|会员|客户|报名者|消费者)|接替|补位|替补|顶替|转让成功|找到[^.]{0,6}(?:学员|替补|接替|顶替|孩子|会员|客户|报名者)|招满|名额转让|转让他人|转让给他人|转出成功|有人接课)[^.]{0,12}?(?:后|之后|方可|才|才能|再|以后)[^.]{0,8}?(?:退费|退款|退还|返还|办理退)/,
      // "退费须待新学员补位后方可办理"
      /(?:退费|退款|退还|返还|办理退(?:费|款))[^.]{0,10}?(?:须|需|必须|要|应|只能|仅能)?(?:待|等|等到|在|于)[^.]{0,10}?(?:新学员|新生|新的(?:学员|学生|会员|客户)|接替|补位|替补|顶替|转让成功|招满|有人接(?:课|替|手)|名额(?:转出|转让|售出)|转出成功)/,
    ],
  }),
  en: matcher({
    anyOf: ['refund'],
    triggers: [
      /\brefunds?\b[^.]{0,40}?\b(?:only )?(?:after|once|when|until|unless)\b[^.]{0,40}?\b(?:(?:replacement|new|another|other) (?:student|learner|customer|participant)|resold|re-sold|sold to (?:someone|another)|taken (?:over )?by (?:someone|another)|filled by)/,
    ],
  }),
};

function depositRatioTooHigh(ratioText: string, ctx: RuleContext): boolean {
  const r = readRatio(ratioText);
  return r !== null && new Decimal(r).gt(new Decimal(ctx.limits.maxDepositRatio));
}

const CAP_BEFORE: Exception = {
  re: /(?:不超过|不得超过|不高于|不得高于|最高|至多|最多|上限(?:为|是)?|不大于|低于|少于)[^,.]{0,12}$/,
  scope: 'before',
  window: 16,
};
const CAP_INSIDE: Exception = { re: /不超过|不得超过|不高于|不得高于|最高|至多|最多|上限|不大于|以内|以下|之内/, scope: 'match' };
const CAP_AFTER: Exception = { re: /^(?:以内|以下|之内|为限)/, scope: 'after', window: 4 };

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
    anyOf: ['定金'],
    triggers: [
      {
        re: /定金[^.]{0,12}?(?:为|是|按|收取|占|计|达|比例为)?[^.]{0,10}?(\d+(?:\.\d+)?%|\d+\/\d+)/,
        accept: (m, ctx) => depositRatioTooHigh(m[1] ?? '', ctx),
      },
      {
        re: /(\d+(?:\.\d+)?%|\d+\/\d+)(?:的)?(?:费用|款项|金额|学费)?(?:作为|为|作|充当|充作|视为)?(?:的)?定金/,
        accept: (m, ctx) => depositRatioTooHigh(m[1] ?? '', ctx),
      },
      {
        // amounts: "定金3000元 … 课程总价10000元" in one sentence
        re: /定金(?:为|是)?(?:人民币)?(\d+(?:\.\d+)?)元/,
        accept: (m, ctx) => {
          const total = /(?:总价|总额|总费用|合同价款|合同金额|学费总额|课程费用|总计|合计|共计|学费|课程总价)(?:为|是)?(?:人民币)?(\d+(?:\.\d+)?)元/.exec(ctx.text);
          if (!total?.[1] || Number(total[1]) === 0) return false;
          return new Decimal(m[1] ?? '0').div(total[1]).gt(ctx.limits.maxDepositRatio);
        },
      },
    ],
    unless: [CAP_BEFORE, CAP_INSIDE, CAP_AFTER],
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
    unless: [{ re: /\b(?:not exceed(?:ing)?|no more than|up to|at most|maximum of|capped at|limited to)\b[^,.]{0,20}$/, scope: 'before', window: 40 }],
  }),
};

export const BURDEN_ORIGINAL_PRICE: Rule = {
  id: 'BURDEN_ORIGINAL_PRICE',
  category: 'consumer_burden',
  severity: 'high',
  patterns: [12],
  basis: BASIS.price,
  explanation: {
    zh: '条款规定退费时已上课时按原价（非优惠价）或单次课价格扣除，或收回已给予的优惠。法院按消费者实际支付的单价计算已消耗课时的价值。',
    en: 'The clause values consumed lessons at the list (undiscounted) or single-lesson price on a refund, or claws back the discount. Courts value consumed lessons at the unit price actually paid.',
  },
  suggestion: {
    zh: '已消耗课时按实际单价（已缴费用÷总课时，含赠送课时）计算，不按原价、单次课价格计算，不收回已给予的优惠。',
    en: 'Consumed lessons are valued at the actual unit price (fees paid ÷ all lessons including gifts), never at list or single-lesson price, and discounts are not clawed back.',
  },
  zh: matcher({
    anyOf: ['价', '优惠', '折扣', '差价', '减免'],
    triggers: [
      /(?<!不[^,.]{0,3})(?:按|以|按照|依|依照)[^,.]{0,5}?(?:原价|原始价格|原定价|标价|门市价|挂牌价|官网价|(?:单次|单节|单课时|单堂)[^,.]{0,4}?(?:价格|价|收费标准|收费)|体验课价格?|试听课价格?|单次价|单节价|单次课价格|单课时价格|单次课程价格|单节课价格|课程原价|零售价|体验价|未优惠价|优惠前(?:的)?(?:标准|原)?(?:价格|单价|价)|标准单价|原标准单价|正价|全价|原单价|原课时单价|市场价|散课价|单买价|单课价|单次购买价|单次课收费标准|单节收费标准|原收费标准|标准价|公示价|刊例价|非优惠价(?:格)?|未享受优惠(?:的)?价格|不含优惠(?:的)?价格|无优惠价(?:格)?)[^.]{0,12}?(?:计算|扣除|核算|扣|结算|折算|计|收取|扣费|计价)/,
      /(?:退费|退款|退课|退学|中途)[^.]{0,20}?(?:扣回|收回|补交|补足|补缴|取消|追回|返还|退回|补齐)[^.]{0,6}?(?:优惠|折扣|赠送金额|差价|活动价差|减免|奖学金|返现|优惠金额|折扣金额)/,
      /(?:优惠|折扣|减免|活动价格?|套餐价|团购价)[^.]{0,6}?(?:自动)?(?:取消|失效|作废|不再享受|不再适用|收回|追回)[^.]{0,12}?(?:按|以)?(?:原价)?/,
    ],
    unless: [{ re: /(?:实际支付|实际缴纳|实付|优惠后|折后|实际单价|实际成交)/, scope: 'segment' }],
    // a price that values lessons taken on a refund or withdrawal — not "调课后的课程按原价计算"
    accept: (_m, ctx) => /退|中途|解除|终止|已上|已消|消耗|已使用/.test(ctx.text),
  }),
  en: matcher({
    anyOf: ['price', 'rate', 'discount', 'fee'],
    triggers: [
      /\b(?:at|based on|using|by|according to) (?:the )?(?:(?:full|original|list|standard|regular|undiscounted|non-discounted|single[- ](?:lesson|class|session)|retail|pay-as-you-go|drop-in|normal|published|posted)\s){1,2}(?:price|rate|fee|tariff)s?\b/,
      { re: /\bdiscounts?\b[^.]{0,20}?\b(?:will be |shall be |are |is )?(?:revoked|clawed back|cancelled|forfeited|recovered|repaid|reversed|withdrawn)\b/, accept: (m) => !/\b(?:not|never|no)\b|n't/.test(m[0]) },
    ],
    accept: (_m, ctx) => /refund|withdraw|cancel|terminat|quit|consumed|deduct/.test(ctx.text),
  }),
};

export const BURDEN_LEAVE_FEE: Rule = {
  id: 'BURDEN_LEAVE_FEE',
  category: 'consumer_burden',
  severity: 'medium',
  patterns: [13],
  basis: BASIS.burden,
  explanation: {
    zh: '条款对请假、延期、停课、补课收取“学位空置费”等费用，或将请假课时照常扣除，加重了消费者责任。',
    en: 'The clause charges “seat vacancy” or similar fees for leave, postponement or make-up lessons, or deducts lessons missed on notified leave, which adds to the consumer’s burden.',
  },
  suggestion: {
    zh: '乙方提前请假的，课程顺延或安排补课，甲方不收取任何费用，不扣除课时。',
    en: 'Lessons missed on notified leave are postponed or made up, with no fee and no lesson deducted.',
  },
  zh: matcher({
    anyOf: ['请假', '缺课', '延期', '停课', '暂停', '冻结', '休学', '补课', '调课', '保留', '改期', '顺延', '空置', '占位'],
    triggers: [
      {
        re: re`(?:请假|缺课|延期|停课|暂停|冻结|休学|补课|调课|保留学位|保留名额|保留课时|改期|顺延|停卡|调整上课时间|更改上课时间|调整时间|改课)[^.]{0,16}?${NOT_NEGATED}(?<!已|所)(?:收取|支付|缴纳|交纳|扣除|另收|加收|需交|须交|需缴|须缴|需付|须付|交|缴|收(?!到|回))[^.]{0,10}?(?:(?<!学|课|培训)费(?!用全免)|\d+(?:\.\d+)?元|\d+(?:\.\d+)?%)`,
        accept: (m) => !/(?:不|免|无需|无须|零)[^,.]{0,3}(?:收取|支付|缴纳|扣除|另收|加收)/.test(m[0]),
      },
      {
        re: /(?:学位空置费|空置费|占位费|学位费|(?:延期|冻结|补课|调课|停课|请假|改期|缺课|停卡|改课)(?:手续|服务|管理)?费|保留费|误工费|学位保留费|名额保留费|课位费)/,
        accept: (m, ctx) => !negatedJustBefore(ctx.text, m.index, 10),
      },
      /(?:请假|停课|暂停|冻结|休学|延期)(?:期间)?[^.]{0,12}?(?:仍|照常|正常|照样|依然|继续)(?:按)?(?:正常)?(?:课时|课次|上课)?(?:扣费|扣除|扣课|计费|收费|扣课时|计算课时|扣减)/,
      /请假[^.]{0,16}?(?:(?:课时|课程|课次)[^,.]{0,4}?(?:直接|照常|正常|一律)扣除|视为(?:已经|已)?(?:上课|消课|出勤|消耗|完成|上|消)|照常扣|正常扣|照扣|仍扣|一律扣|扣除(?:当次|该次|本次)?课时|计入消课|按已上|算作已上|按正常上课|按出勤)/,
    ],
    unless: [
      { re: /未提前|无故|未请假|未经请假|不请假|未按(?:规定|约定)(?:时间)?请假|临时请假|当天请假|未履行请假/, scope: 'segment' },
      { re: /提前\d*(?:个)?(?:小时|天|日)[^.]{0,10}(?:请假|告知|通知)[^.]{0,8}否则|(?:请假|告知|通知)[^.]{0,6}提前\d*(?:个)?(?:小时|天|日)[^.]{0,8}否则/, scope: 'sentence' },
      { re: /^[^,.]{0,4}(?:全免|免收|由甲方承担)/, scope: 'after', window: 8 },
    ],
  }),
  en: matcher({
    anyOf: ['leave', 'absen', 'postpon', 'reschedul', 'freez', 'suspen', 'make-up', 'makeup', 'missed', 'replacement'],
    triggers: [
      {
        re: /\b(?:leave|absence|absent|postpon\w*|reschedul\w*|freez\w*|suspen\w*|make-?up (?:lessons?|classes))\b[^.]{0,40}?\b(?:(?:fee|charge|penalty|surcharge)s?|charged|billed)\b/,
        accept: (m, ctx) => !/\b(?:no|not|free|without|waived)\b/.test(m[0]) && !negatedJustBeforeEn(ctx.text, m.index),
      },
      {
        re: /\b(?:pay|pays|charged?|fee of|costs?)\b[^.]{0,20}?\b(?:for|per) (?:each |every |a |any )?(?:rescheduled|postponed|missed|make-?up|cancelled|canceled|moved) (?:lessons?|classes|sessions?)\b/,
        accept: (m, ctx) => !/\b(?:no|not|free|without|waived)\b/.test(m[0]) && !negatedJustBeforeEn(ctx.text, m.index),
      },
      {
        re: /\b(?:make-?up|rescheduled|postponed|replacement) (?:lessons?|classes|sessions?)\b[^.]{0,20}?\b(?:are |is |will be |shall be )?(?:charged|cost|costs|payable|billed)\b/,
        accept: (m, ctx) => !/\b(?:no|not|free|without|waived)\b/.test(m[0]) && !negatedJustBeforeEn(ctx.text, m.index),
      },
      /\b(?:absences?|missed (?:lessons?|classes|sessions?))\b[^.]{0,20}?\b(?:are |is |will be |shall be )?(?:charged|counted|billed|treated) as (?:regular |normal |attended |taken |full )?(?:lessons?|classes|sessions?|attended|attendance)\b/,
      /\b(?:missed|absent) (?:lessons?|classes|sessions?)\b[^.]{0,30}?\b(?:will be |are |is |shall be )?(?:deducted|(?:counted|charged|treated|billed) as (?:attended|consumed|taken|used))\b/,
      {
        re: /\b(?:fee|charge|penalty|surcharge)s?\b[^.]{0,40}?\b(?:for|per|on) (?:each |every |any |a )?(?:leave|absence|postpone\w*|reschedul\w*|missed (?:lessons?|class(?:es)?)|make-?up)/,
        accept: (m, ctx) => !/\b(?:no|not|free|without|waived)\b/.test(m[0]) && !negatedJustBeforeEn(ctx.text, m.index),
      },
    ],
    unless: [{ re: /\bwithout (?:prior |advance )?notice\b|\bunexcused\b|\bno-show\b|\bfail(?:s|ure)? to (?:notify|give notice)/, scope: 'sentence' }],
  }),
};

const FORFEIT =
  '(?:作废|失效|清零|清空|归零|自动清空|自动扣减|视为(?:自动)?放弃|视为(?:已经|已)?(?:消耗|消课|消费|上课|完成|使用)|按已(?:上|消耗|消|完成)(?:课时|课程)?(?:处理|计算|扣除|结算)|自动(?:取消|扣除|清零|消耗|作废|失效|放弃)|不予(?:保留|补课|顺延|补|保存|延期)|不再(?:保留|补课|补|提供|安排|顺延|有效)|不得(?:再)?(?:使用|补课|顺延)|(?:不可|不能|无法)(?:再)?(?:使用|继续使用|上课|消课)|不退不补|不补不退|过期不候|归(?:甲方|本机构|机构|学校|公司|本中心|本校)所有|一律作废)';

function forfeitNotNegated(m: RegExpExecArray, ctx: RuleContext): boolean {
  const f = new RegExp(`${FORFEIT}$`).exec(m[0]);
  if (!f || f[0].startsWith('不')) return true;
  return !negatedJustBefore(ctx.text, m.index + f.index, 10);
}

export const BURDEN_EXPIRY_FORFEIT: Rule = {
  id: 'BURDEN_EXPIRY_FORFEIT',
  category: 'consumer_burden',
  severity: 'high',
  patterns: [15],
  basis: BASIS.burden,
  suppresses: ['REFUND_NO_REFUND', 'REFUND_NONE_AFTER_TERM_EXPIRY'],
  explanation: {
    zh: '条款规定课时或会员卡到期后未消耗部分自动作废、清零。未消耗的课时是消费者的预付款，到期不应被没收。',
    en: 'The clause voids unconsumed lessons or card balances when they expire. Unconsumed lessons are the consumer’s prepayment and may not be confiscated at expiry.',
  },
  suggestion: {
    zh: '有效期届满仍有未消耗课时的，经乙方同意可以顺延；乙方不同意顺延的，甲方按剩余课时比例退还费用。',
    en: 'Lessons left at expiry are extended with the student’s consent or refunded pro rata.',
  },
  zh: matcher({
    anyOf: ['期', '截止', '规定时间'],
    triggers: [
      {
        re: re`(?:到期|期满|过期|逾期|届满|有效期|使用期|截止日期|截止|合同期满|合同到期|学期结束|学年结束|超过有效期|超出有效期|超过期限|在有效期内未|未在有效期内|未在规定时间内|未在[^.]{0,10}内)[^.]{0,25}?${FORFEIT}`,
        accept: forfeitNotNegated,
      },
    ],
    unless: [{ re: /(?:请假|延期|休学|停课)(?:超过|不得超过|累计)/, scope: 'match' }],
  }),
  en: matcher({
    anyOf: ['expir', 'forfeit', 'lapse', 'void', 'valid', 'carried', 'rolled', 'treated as', 'counted as', 'deemed', 'regarded as', 'deducted', 'cleared', 'written off', 'reset', 'zeroed'],
    triggers: [
      {
        re: /\b(?:unused|remaining|outstanding|untaken|unconsumed|leftover|any) (?:lessons?|classes|sessions?|hours?|credits?|balance|value)\b[^.]{0,40}?\b(?:expire[sd]?|will be forfeited|are forfeited|shall be forfeited|forfeit(?:ed)?|become void|becomes void|lapse[sd]?|will be lost|are lost|be cancelled|will be cancelled|be voided|(?:be |are |is )?(?:automatically )?(?:deducted|cleared|reset|written off|zeroed))\b/,
        accept: (m) => !/\b(?:not|never|n't)\b/.test(m[0]),
      },
      /\b(?:lessons?|classes|sessions?|credits?|hours?|packages?|cards?|balances?)\b (?:will )?(?:automatically )?(?:expire|lapse|become void)\b/,
      {
        re: /\b(?:lessons?|classes|sessions?)\b (?:not attended|missed|unattended|not taken)\b[^.]{0,40}?\b(?:(?:treated|counted|deemed|regarded) as (?:used|attended|taken|consumed|delivered)|forfeit\w*)\b/,
        // a no-show without notice may be charged
        unless: [{ re: /\bwithout (?:\d+ (?:hours|days)'? |prior |advance )?notice\b|\bunexcused\b|\bno-show\b|\bwithout notifying\b/, scope: 'sentence' }],
      },
      /\b(?:unused|remaining|untaken) (?:lessons?|classes|sessions?|hours?|credits?)\b[^.]{0,20}?\b(?:cannot|can't|will not|won't|may not|shall not) be (?:carried (?:over|forward)|rolled over|extended)\b/,
      /\b(?:lessons?|classes|sessions?|hours?|credits?)\b (?:not (?:used|taken|attended|consumed)|that are not (?:used|taken))\b[^.]{0,60}?\b(?:expire[sd]?|forfeit\w*|void|lapse[sd]?|lost|cancelled)\b/,
      {
        re: /\b(?:after|upon|on|at) (?:the )?(?:expiry|expiration|end of the (?:term|validity|contract|period))\b[^.]{0,40}?\b(?:forfeit\w*|void|lost|lapse[sd]?|expire[sd]?|cancelled)\b/,
        accept: (m) => !/\b(?:not|never|n't)\b/.test(m[0]),
      },
    ],
  }),
};

export const BURDEN_POSTPONE_LIMIT_FORFEIT: Rule = {
  id: 'BURDEN_POSTPONE_LIMIT_FORFEIT',
  category: 'consumer_burden',
  severity: 'medium',
  patterns: [14],
  basis: BASIS.burden,
  suppresses: ['BURDEN_EXPIRY_FORFEIT', 'REFUND_NO_REFUND'],
  explanation: {
    zh: '条款限制延期、休学或请假的次数和时长，超过即将剩余课时作废或视为已上课。消费者的剩余课时不应因此被没收。',
    en: 'The clause limits postponement, suspension or leave and voids the remaining lessons (or deems them taken) when the limit is passed. Remaining lessons may not be confiscated for that.',
  },
  suggestion: {
    zh: '乙方延期或休学超过约定期限的，双方协商顺延；协商不成的，甲方按剩余课时比例退还费用。',
    en: 'If a postponement exceeds the agreed period, the parties agree a new schedule; failing that, the remaining lessons are refunded pro rata.',
  },
  zh: matcher({
    anyOf: ['延期', '休学', '停课', '暂停', '冻结', '请假', '保留', '停卡', '顺延'],
    triggers: [
      {
        re: re`(?:(?:延期|休学|停课|暂停|冻结|请假|保留学籍|保留学位|停卡|顺延)[^.]{0,20}?(?:不得超过|不超过|最长|最多|累计|限|仅限|以|为|超过|逾期|超期|期满)|(?:最多|最长|不得超过|不超过|限|仅限|只能)[^.]{0,4}?(?:请假|延期|休学|停课|冻结|停卡))[^.]{0,14}?\d*[^.]{0,25}?${FORFEIT}`,
        accept: forfeitNotNegated,
      },
    ],
  }),
  en: matcher({
    anyOf: ['postpon', 'suspen', 'leave', 'freez', 'defer'],
    triggers: [
      {
        re: /\b(?:postpone\w*|suspen\w*|leave|freez\w*|defer\w*)\b[^.]{0,50}?\b(?:more than|exceed\w*|beyond|longer than|maximum|up to)\b[^.]{0,60}?\b(?:forfeit\w*|void|lost|lapse[sd]?|expire[sd]?|cancelled|deemed (?:used|consumed|taken))\b/,
        // "may not exceed 60 days" is the limit itself; only a negated forfeiture ("are not forfeited") is fair
        accept: (m) => !/\b(?:not|never|n't)(?: be)?\s\w+$/.test(m[0]) && !/\bnot\s(?:be\s)?(?:forfeit\w*|void|lost|cancelled)$/.test(m[0]),
      },
    ],
  }),
};

const TRANSFER = '(?:(?:转至|转到|转入|调至)(?:其他|另一|别的)?(?:校区|班级|课程|门店|分校)|转课|转班|转让|转校|转校区|转给他人|转卡|过户|更名|转科|换课|调班|换班|转入|转出|转换课程|变更课程|转至其他课程|转到其他)';

export const BURDEN_TRANSFER_FEE: Rule = {
  id: 'BURDEN_TRANSFER_FEE',
  category: 'consumer_burden',
  severity: 'medium',
  patterns: [16],
  basis: BASIS.burden,
  explanation: {
    zh: '条款对转课、转班或转让收取转让费、手续费等费用。转课转让只应结算课程差价，额外收费加重了消费者负担。',
    en: 'The clause charges a transfer or handling fee for changing course or class or transferring the place. Only a price difference may be settled; an extra fee adds to the consumer’s burden.',
  },
  suggestion: {
    zh: '乙方申请转课、转班或将剩余课时转让他人的，甲方不收取转让费或手续费，仅按课程差价多退少补。',
    en: 'Transfers to another course, class or person carry no transfer or handling fee; only a price difference is settled either way.',
  },
  zh: matcher({
    anyOf: ['转', '过户', '更名', '换课', '调班', '换班', '变更课程'],
    triggers: [
      {
        re: re`${TRANSFER}[^.]{0,15}?${NOT_NEGATED}(?<!已|所)(?:收取|支付|缴纳|交纳|扣除|另收|加收|需交|须交|需缴|须缴|需付|须付|另付|另交|另缴|加付|承担|缴|交|收(?!到|回))[^.]{0,12}?(?:转让费|转课费|转班费|过户费|更名费|换课费|调班费|手续费|服务费|管理费|费用|\d+(?:\.\d+)?元|\d+(?:\.\d+)?%)`,
        accept: (m) => !/差价|差额|价差/.test(m[0]) && !/(?:不|免|无需|无须|零)[^,.]{0,3}(?:收取|支付|缴纳|扣除|另收|加收)/.test(m[0]),
      },
      {
        re: /(?:转让费|转课费|转班费|过户费|更名费|换课费|调班费|转校费|转卡费|转让手续费|转课手续费|转班手续费)/,
        accept: (m, ctx) => !negatedJustBefore(ctx.text, m.index, 10),
      },
    ],
    unless: [{ re: /^[^,.]{0,4}(?:全免|免收|为0|由甲方承担)/, scope: 'after', window: 8 }],
  }),
  en: matcher({
    anyOf: ['transfer', 'switch', 'change of', 'name change'],
    triggers: [
      {
        re: /\b(?:transfer|switching|reassignment|name change|change of (?:class|course|student))(?: (?:handling|administration|admin|processing|service))? (?:fee|charge|surcharge)s?\b|\b(?:fee|charge|surcharge)s?\b[^.]{0,30}?\b(?:for|on|per|to|applies to|applicable to|payable on|charged on|levied on) (?:each |every |a |any |the )?(?:transfer\w*|change of (?:class|course)|switch\w*)/,
        accept: (m, ctx) => !/\b(?:no|not|free|without|waived|difference)\b/.test(m[0]) && !negatedJustBeforeEn(ctx.text, m.index),
      },
    ],
  }),
};

export const BURDEN_TRANSFER_RESTRICTED: Rule = {
  id: 'BURDEN_TRANSFER_RESTRICTED',
  category: 'consumer_burden',
  severity: 'medium',
  patterns: [17],
  basis: BASIS.burden,
  explanation: {
    zh: '条款禁止消费者将剩余课程转让他人，或限定仅本人、直系亲属使用、受让人不得再次转让，限制了消费者处分其预付权益的选择。',
    en: 'The clause forbids transferring the remaining lessons, restricts use to the student or close family, or bars a transferee from transferring again, limiting the consumer’s choice over a prepaid right.',
  },
  suggestion: {
    zh: '乙方可将剩余课时转让给符合课程要求的他人，双方办理转让手续，甲方不收取费用。',
    en: 'The student may transfer the remaining lessons to another person who meets the course requirements, with no fee.',
  },
  zh: matcher({
    anyOf: ['转让', '转赠', '转借', '出借', '过户', '转卡', '仅限', '只限', '限于', '仅供', '只供', '他人使用', '转给', '不转', '赠与'],
    triggers: [
      // "不退费、不转让", "不退不转"
      /不退(?:费|款|还)?(?:、|,|和|也|亦|且)?(?:不|均不|也不|亦不)(?:可|得|能|予|接受)?(?:转让|转卡|转赠|转课|转)(?!班|校|至|到|入)/,
      /(?:仅限|只限|限于|只能由|仅能由|仅供|只供|限)(?:报名|签约)?(?:学员家长|学员|乙方|会员|持卡人|孩子|学生|客户|报名者|消费者)?(?:本人|直系亲属|签约人|报名学员|签约学员|学员本人|会员本人|家庭成员)[^.]{0,10}?(?:使用|上课|学习|享有|享受|消费)/,
      {
        re: /(?:不得|不能|不可|禁止|不允许|谢绝|不予|不接受|不支持|不办理|严禁)(?:退(?:费|款)?(?:及|和|、|或|与))?(?:再次|二次|再|擅自)?(?:转让|转赠|赠与|转给他人|转借|出借|过户|转卡|转让他人|他人使用|转给其他人|转移给他人)/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
    ],
    unless: [{ re: /个人信息|信息|数据|隐私|债权|商业秘密|教学资料|课件|知识产权|视频|录像|账号密码/, scope: 'sentence' }],
    accept: (_m, ctx) => /课|卡|名额|学位|学习资格|听课证|权益|会员|套餐|学费|培训费/.test(ctx.text),
  }),
  en: matcher({
    anyOf: ['transfer', 'only', 'solely', 'assign'],
    triggers: [
      {
        re: /\b(?:non-?transferable|not transferable|may not be (?:transferred|assigned)|cannot be (?:transferred|assigned)|shall not be (?:transferred|assigned)|are not transferable|no transfers?(?= (?:are|is|will be|shall be) (?:allowed|permitted|accepted)|\s*[.;,]|$))/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      /\b(?:only|solely|exclusively) (?:be )?(?:used|attended|taken) by (?:the )?(?:enrolled |registered )?(?:student|member|card ?holder)(?: (?:himself|herself|themselves|in person))?\b/,
    ],
    unless: [{ re: /\bpersonal (?:information|data)\b|\bprivacy\b|\bintellectual property\b/, scope: 'sentence' }],
    accept: (_m, ctx) => /\b(?:lessons?|classes|course|membership|package|card|place|seat|enrol\w*|credits?|sessions?|payments?|fees?|tuition)\b/.test(ctx.text),
  }),
};

const PENALTY = '(?:违约金|罚金|罚款|赔偿金|补偿金|违约赔偿|违约费|违约责任金|损失赔偿|补偿|赔偿)';

/** Who pays: a penalty the institution owes the consumer is a consumer right, not a burden. */
function consumerPays(m: RegExpExecArray, ctx: RuleContext): boolean {
  const before = ctx.text.slice(0, m.index + m[0].length);
  const fault = new RegExp(`(${INSTITUTION}|甲方|乙方|${CONSUMER})(?:的)?(?:原因|违约|单方|擅自|中途|提前|无故|过错|未按|未能|不能|逾期|停业|解除)`, 'g');
  let lastFault: string | null = null;
  let f: RegExpExecArray | null;
  while ((f = fault.exec(before)) !== null) lastFault = f[1] ?? null;
  if (lastFault !== null) return lastPartyIn(lastFault, ctx) !== 'institution';
  const toWhom = new RegExp(`向(${INSTITUTION}|甲方|乙方|${CONSUMER})(?:支付|赔偿|给付|承担)`).exec(before);
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
    unless: [CAP_BEFORE, CAP_INSIDE, CAP_AFTER],
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
    unless: [{ re: /\b(?:not exceed(?:ing)?|no more than|up to|at most|maximum of|capped at|limited to)\b[^,.]{0,20}$/, scope: 'before', window: 40 }],
  }),
};

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
