import { BASIS } from '../basis';
import { OPERATOR } from '../lexicon';
import { matcher, re } from '../define';
import type { Rule } from '../types';

/**
 * A refund paid later than about a month after the request. SPEC §3.4 (after the Guangzhou rule)
 * gives the institution 10 working days (5 before the course starts); a clause that names a
 * somewhat longer processing time (15 working days, three weeks) overruns that deadline but still
 * pays the refund in one go soon after the request, so it is not treated as the delayed refund of
 * pattern 10 ("剩余款项分6个月返还"). Flagged: more than twice the deadline, i.e. over 20 working
 * days or their calendar equivalent (a month, 30 days, 5 weeks).
 */
function refundDelayTooLong(n: number, unit: string): boolean {
  let workingDays: number;
  if (/工作日|working|business/.test(unit)) workingDays = n;
  else if (/周|星期|week/.test(unit)) workingDays = n * 5;
  else if (/季度|quarter/.test(unit)) workingDays = n * 65;
  else if (/学期|semester|term/.test(unit)) workingDays = n * 100;
  else if (/年|year/.test(unit)) workingDays = n * 250;
  else if (/月|month/.test(unit)) workingDays = n * 21.7;
  else workingDays = (n * 5) / 7;
  return workingDays > 20;
}

/** The end of a period the refund is made to wait for: 本期课程全部结束, 当期培训周期届满, 本季课程完结, 本阶段结课. */
const PERIOD_END =
  '(?:[\\u4e00-\\u9fff]{0,5}?(?:学期|学年|季度|季|阶段|期|轮|年度|营期|周期|课程|培训|班级|班|活动|课|营))(?:的)?(?:全部|所有|整体|均)?(?:课程|培训|课)?(?:结束|结课|期满|届满|完结|结业|终了)';

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
      /(?:剩余|余下|退还|退款|退费|应退|余款|退回|返还)[^.]{0,20}?(?:分|按)(?:\d+|多|几)(?:个)?(?:月|期|次|批|年|季度|学期)[^.,]{0,4}?(?:返还|退还|退回|支付|退|付|返|结清|发放)/,
      // no date at all: "退费需由校长签字审批，审批时间不定"
      re`(?:退费|退款|退还|返还|审批)[^.]{0,20}?(?:时间|期限|日期|时限|周期)(?:不定|待定|另行(?:通知|确定|安排)|视情况(?:而定)?|由(?:${OPERATOR}|甲方)(?:决定|确定|安排))`,
      /(?:分期|分批|按月|按季度|按学期|逐月|逐期|分月)(?:返还|退还|退回|退款|退费|退|支付退款)/,
      /(?:退费|退款|退还)[^.]{0,8}?(?:统一|集中|仅|只)?(?:在|于|待|等到)(?:本)?(?:学期|学年|课程|培训|合同|期|班级|活动)(?:全部)?(?:结束|结课|期满|届满|完结)(?:后|时|以后)(?:统一|集中)?(?:办理|退还|支付|结算|处理)?/,
      /(?:在|于|待|等到)(?:本)?(?:学期|学年|课程|培训|合同|期|班级|活动)(?:全部)?(?:结束|结课|期满|届满|完结)(?:后|时|以后)[^.]{0,6}?(?:统一|集中)?(?:退还|退费|退款|返还|结算退)/,
      // any period as the date: "于本期课程全部结束后统一退还", "待当期培训周期届满以后集中返还", "至本季课程完结之后发放"
      {
        gate: /结束|结课|期满|届满|完结|结业|终了/,
        re: re`(?:退费|退款|退还|返还|应退|余款|退费款项|退款款项)[^.]{0,14}?(?:统一|集中|仅|只|须|需|将)?(?:在|于|待|等到|至|直至|到)${PERIOD_END}(?:后|时|以后|之后)[^.]{0,8}?(?:统一|集中|一并|方可|才|再)?(?:办理|退还|支付|结算|处理|返还|发放|退|打款)`,
      },
      {
        gate: /结束|结课|期满|届满|完结|结业|终了/,
        re: re`(?:在|于|待|等到|至|直至)${PERIOD_END}(?:后|时|以后|之后)[^.]{0,10}?(?:统一|集中|一并|方可|才|再)?(?:办理退|退还|退费|退款|返还|结算退|发放退)`,
      },
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
      // "paid to the Parent after the course term has ended" (a refund made to wait, not one the end of the contract triggers)
      {
        gate: /ended|finished|closed|completed|\bover\b|expired|\bends\b|finishes|closes|conclude|an end/,
        re: /\brefund(?:s|ed)?\b[^.]{0,50}?\b(?:(?:after|until|following) (?:the )?(?:(?:course|school|academic|current|present|summer|winter|whole|entire) )?(?:school year|academic year|term|semester|course|programme|program|contract|year|camp|season|session|block)|(?:once|when) (?:the )?(?:(?:course|school|academic|current|present|summer|winter|whole|entire) )?(?:school year|academic year|term|semester|course|programme|program|year|camp|season|session|block))\b (?:has |have |is |are )?(?:ended|finished|closed|completed|been completed|over|expired|ends|finishes|closes|is over|concluded|concludes|come to an end|comes to an end)\b/,
      },
      // "processed after the end of the current term", "paid at the close of this semester", "issued at term end"
      {
        gate: /\b(?:end|close|completion|conclusion|expiry)\b/,
        re: /\brefund(?:s|ed)?\b[^.]{0,50}?\b(?:after|at|following|until|upon|on) (?:the )?(?:(?:end|close|completion|conclusion|expiry) of (?:the |this |each |that |your |every )?(?:current |present |relevant |academic |school |whole |entire )?(?:school year|academic year|term|semester|course|programme|program|year|season|session|block|camp|period|cycle|quarter)|(?:term|semester|course|session|season|year|programme|program)[- ]end)\b/,
      },
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
