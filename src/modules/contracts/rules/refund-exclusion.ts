import { BASIS } from './basis';
import { lastPartyIn, matcher, re } from './define';
import { CONSUMED, EN_NO_REFUND, INSTITUTION, NO_REFUND } from './lexicon';
import type { Exception } from './define';
import type { Rule, RuleContext } from './types';

/**
 * 排除或限制退费 (refund exclusion), REGULATION-NOTES §3 patterns 1–8. A prepaid service that is not
 * delivered must be refunded (消保法 art. 53); a standard term that removes that right is void
 * (民法典 art. 497, 消保法 art. 26). The fair rule the model contract and SPEC §3.4 use: full refund
 * before the first lesson, pro-rata after, no handling fee, gift lessons not forfeited.
 */

/** "已上课时的费用不予退还，剩余课时按比例退还" is the fair pro-rata rule, not an exclusion. */
const CONSUMED_ONLY: Exception = {
  re: re`${CONSUMED}[^,.]{0,10}$`,
  scope: 'before',
  window: 24,
};
/** …unless the consumed part is a threshold ("已上课时超过30%的，不予退费") or includes unused lessons. */
function consumedOnlyFair(ctx: RuleContext, start: number): boolean {
  const before = ctx.text.slice(Math.max(0, start - 30), start);
  const m = new RegExp(CONSUMED).exec(before);
  if (!m) return false;
  const tail = before.slice(m.index);
  return !/(?:未(?:上|消|使用|完成)|剩余|全部|所有|一经|一旦|任何|超过|达到|达|满|以上|过半|%|\/|\d+(?:个)?(?:课时|节|次|堂))/.test(tail);
}

/** 定金 forfeited by the party in breach is the statutory 定金罚则 (民法典 art. 587); the 20 % cap is BURDEN_EXCESSIVE_DEPOSIT's job. */
const DEPOSIT_CONTEXT: Exception = { re: /定金[^;.]{0,20}$/, scope: 'prefix' };
/** Goods already handed over (教材已领取) may be kept; that is not a refund exclusion. */
const DELIVERED_GOODS: Exception = {
  re: /(?:已(?:经)?(?:领取|发放|使用|拆封|开封|收到|交付)|一经(?:领取|发放|拆封|开封))[^,.]{0,8}(?:的)?(?:教材|资料|书|物品|服装|器材|教具|学习用品|用品|商品|礼品|赠品|练习册|作业本|讲义|学具|文具|耗材|校服|书包|材料包|课本|绘本|乐器|画材)|(?:教材|资料|书本|书籍|物品|服装|器材|教具|学习用品|用品|商品|练习册|作业本|讲义|学具|文具|耗材|校服|书包|材料包|课本|绘本|乐器|画材)[^,.]{0,4}(?:已(?:经)?|一经)(?:领取|发放|使用|拆封|开封|收到|交付)|(?:赠品|礼品)/,
  scope: 'sentence',
};
/** "不得约定不予退费" and the like forbid the exclusion. */
const FORBIDS_EXCLUSION: Exception = {
  re: /(?:不得|禁止|严禁|不应|不能)(?:约定|设置|规定|设定|写入|采用|使用|以)?[^,]{0,6}$/,
  scope: 'before',
  window: 12,
};

function fairByConsumption(m: RegExpExecArray, ctx: RuleContext): boolean {
  return !consumedOnlyFair(ctx, m.index + m[0].search(new RegExp(NO_REFUND)));
}

export const REFUND_NO_REFUND: Rule = {
  id: 'REFUND_NO_REFUND',
  category: 'refund_exclusion',
  severity: 'high',
  patterns: [1],
  basis: BASIS.refund,
  explanation: {
    zh: '条款排除了消费者的退费权利（如“一经缴费，概不退还”）。以预收款方式提供服务的，未提供的服务应当退费，排除该权利的格式条款无效。',
    en: 'The clause excludes the consumer’s right to a refund (e.g. “no refunds once paid”). A prepaid service not delivered must be refunded; a standard term excluding that right is void.',
  },
  suggestion: {
    zh: '开课前申请退费的，甲方全额退还已缴费用；开课后申请退费的，甲方按“已缴费用×剩余课时÷总课时”退还，不收取任何手续费。',
    en: 'Before the first lesson the institution refunds all fees paid; after it, the institution refunds fees paid × remaining lessons ÷ total lessons, with no handling fee.',
  },
  zh: matcher({
    anyOf: ['退', '返还', '返回', '视为', '归', '放弃', '提现', '兑现', '取现', '折现', '返现', '提取现金', '解除', '终止', '转为', '折算为', '兑换为'],
    triggers: [
      {
        re: re`(?:一经|一旦|只要|凡已|凡)[^,.]{0,8}?(?:缴费|缴纳|交费|付款|支付|报名|购买|签约|签订|确认|交纳|成交|售出|办理|付费|收费|缴清)[^.]{0,16}?${NO_REFUND}`,
        accept: fairByConsumption,
      },
      {
        re: re`${NO_REFUND}`,
        // "…不予退费，其余费用按剩余课时退还": the excluded part is named and the rest is refunded
        unless: [CONSUMED_ONLY, { re: /(?:其余|剩余|其他)(?:的)?(?:费用|学费|课时|部分|款项)[^.,]{0,8}?(?:按|全额|予以|如数|按比例)[^.,]{0,8}?退/, scope: 'suffix' }],
        // "乙方不退课的，…" is a condition, not an exclusion ("不可退还的预付款" still is one)
        accept: (m, ctx) =>
          !(/^(?:一律|均|都|也|将)?不退(?:课|学|班)$/.test(m[0]) && /^(?:的|者|时)/.test(ctx.text.slice(m.index + m[0].length))) &&
          // "甲方逾期不予退费的，应支付违约金" is the operator's breach, a condition of the consumer's remedy
          !(/^(?:的|者)(?:,|$)/.test(ctx.text.slice(m.index + m[0].length)) && lastPartyIn(ctx.text.slice(Math.max(0, m.index - 20), m.index), ctx) === 'institution') &&
          // "不得以…为由拒绝提供服务或拒绝退费": the 不得 governs every refusal that follows it in the segment
          !(/拒绝/.test(m[0]) && /(?:不得|不能|不应|不可|无权|禁止|严禁)[^,.]{0,20}$/.test(ctx.text.slice(Math.max(0, m.index - 24), m.index))),
      },
      /(?:退费|退款|退学|退课|退班)(?:申请|要求|请求)?(?:一律|均|概|都|将|恕)?(?:不予|不被|不得|无法|不能|不|恕不)(?:受理|办理|接受|支持|批准|处理|同意)/,
      {
        // the refund named in the previous, unfinished sentence: "学员开课后要求退费的。本机构一律不予办理。"
        re: re`^(?:${INSTITUTION}|甲方)?(?:对此|对)?(?:一律|均|概|都|将|亦)?(?:不予|不再|恕不|不能|无法|不)(?:受理|办理|处理|支持|同意|批准|退还|退回|返还|退)`,
        gate: /^[^,.]{0,12}?不/,
        accept: (_m, ctx) => /(?:退费|退款|退学|退课|退还|退班)(?:申请|要求|请求)?[^,.]{0,6}(?:的|者|时|后)$/.test(ctx.sentence.prev ?? ''),
      },
      {
        // "提出退费的，甲方不再受理"
        re: re`(?:退费|退款|退学|退课)(?:申请|要求|请求)?的?,(?:${INSTITUTION}|甲方|乙方)?(?:一律|均|概|都|将)?(?:不予|不再|不|恕不|(?<!不得|不能|不应|无权|不可)拒绝)(?:受理|办理|接受|处理|批准|同意)`,
        accept: (m, ctx) => lastPartyIn(m[0], ctx) !== 'consumer',
      },
      /(?:中途|自行|主动|无故|擅自)(?:放弃|退出|退学|离开|停止|终止|停课)[^.]{0,20}?(?:视为(?:自动)?放弃|作废|归(?:甲方|本机构|机构|学校|公司|本中心|本校)所有)/,
      re`(?:剩余|未消耗|未上|未消|所交|已交|已缴|所缴|预付)[^.]{0,10}?(?:费用|学费|课时|款项|余额|课时费)[^.]{0,6}?归(?:${INSTITUTION}|甲方)所有`,
      /(?:无|没有|不设|不提供|不存在)(?:任何)?退(?:费|款)(?:政策|机制|服务|渠道)/,
      {
        // "已缴费用转为等额会员积分": store credit instead of money
        re: /(?:已缴|所缴|已交|所交|剩余|未消耗?|未上)[^.]{0,8}?(?:费用|学费|余额|款项|课时费)[^.]{0,6}?(?:只能|仅能|一律|均|将|自动)?(?:转为|折算为|转换为|兑换为|变为|折合为)(?:等额|等值|同等金额)?(?:的)?(?:会员)?(?:积分|代金券|优惠券|礼品|商品|购物卡|消费券|抵用券)/,
        gate: /转为|折算为|转换为|兑换为|变为|折合为/,
        unless: [{ re: /或(?:者)?(?:申请)?(?:退|全额退|按比例退|退还|退费)|(?:退还|退费|退款|退回)(?:现金)?或(?:者)?(?:转|折|兑)|(?:可|可以|有权)(?:自行|自主)?选择/, scope: 'sentence' }],
      },
      {
        // the consumer may never end the contract: "签约后不得以任何理由要求变更或解除"
        gate: /解除|终止|退出|取消/,
        re: /(?:签约|签订|签署|缴费|报名|付款)(?:本合同|本协议)?(?:后|之后|以后)?[^.]{0,6}?(?:不得|不能|无权|不可)(?:以任何理由|以任何借口|在任何情况下)?(?:要求|申请|提出)?(?:变更或|变更、|更改或)?(?:解除|终止|退出|取消)(?:本)?(?:合同|协议|课程|报名)?/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index + m[0].search(/不得|不能|无权|不可/)), ctx) !== 'institution' && /以任何|任何情况|签约|签订|签署|缴费|报名|付款/.test(m[0]),
      },
      /(?:不设|不提供|不开放|不开通)(?:任何)?退(?:费|款)(?!手续|费|门槛|条件|限制|期限|时限|金额)/,
      {
        // "储值卡余额不可提现": a stored balance that can never be taken back out
        re: /(?:不可|不能|不得|不予|不支持|无法|概不|不允许)(?:申请)?(?:提现|兑现|退现|取现|折现|返现|提取现金)/,
        gate: /提现|兑现|退现|取现|折现|返现|提取现金/,
        accept: (_m, ctx) => /余额|储值|预存|充值|学费|费用|课时|卡内|账户内|款项/.test(ctx.text) && !/奖学金|积分|优惠券|代金券|红包|返现|奖励金/.test(ctx.text),
      },
      {
        // "学员要求退费的，本中心有权拒绝"
        re: /(?:有权|可以|可)(?:一律|均|予以)?(?:拒绝|不予(?:受理|办理|批准|同意|退还|退款|退费))(?:[^,.]{0,6}(?:退费|退款|申请|要求))?/,
        accept: (m, ctx) => /退费|退款|退学|退课/.test(ctx.text) && lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'consumer',
      },
    ],
    unless: [DEPOSIT_CONTEXT, DELIVERED_GOODS, FORBIDS_EXCLUSION],
  }),
  en: matcher({
    anyOf: ['refund', 'money back', 'back', 'are final', 'is final', 'forfeit', 'not return', "n't return", 'not repay', "n't repay", 'no part', 'no portion', 'returned', 'reimburs', 'returnable', 'withdraw', 'cancellation'],
    triggers: [
      /\bnon-?refundable\b/,
      /\bno refunds?\b(?! (?:fee|fees|deduction|deductions|charge|charges|handling|penalty))/,
      /\b(?:(?:will|shall|can|may|must|are|is|would)(?: not|n't)|cannot|can not)(?: be)? (?:refunded|returned|reimbursed)\b/,
      /\bnot (?:be )?refundable\b/,
      /\brefunds? (?:will|shall|are|is|can|may)(?: not|n't)(?: be)?(?: (?:given|made|granted|issued|accepted|available|possible|provided|allowed|permitted|offered))?\b/,
      /\bnot (?:eligible|entitled) (?:for|to) (?:a |any )?refunds?\b/,
      /\b(?:cannot|can't|can not|may not|shall not|must not) (?:request|apply for|ask for|claim|obtain|get|receive|demand) (?:a |any )?refunds?\b/,
      /\bno (?:money|fees?|payments?|tuition) (?:will|shall) be (?:refunded|returned)\b/,
      /\ball (?:sales|payments|fees) are final\b/,
      /\b(?:fees?|payments?|sales?|tuition|purchases?) (?:are|is) (?:final|final and binding)\b(?! (?:and )?(?:refundable|subject))/,
      /\b(?:does|do|shall|will)(?: not|n't) entitle (?:the |a |any )?(?:student|parent|learner|member|customer|participant|you)s? to (?:a |any )?refunds?\b/,
      /\b(?:do|does|will|shall|can)(?: not|n't) (?:offer|give|provide|issue|make|grant|accept|process) (?:any )?refunds?\b/,
      /\b(?:will|shall|does|do|would)(?: not|n't) (?:receive|get|obtain|be (?:given|entitled to)) (?:a |any )?refunds?\b/,
      /\b(?:unable|not able) to (?:offer|give|provide|issue|make|grant|process) (?:a |any )?refunds?\b/,
      /\bunder no circumstances\b[^.]{0,30}?\brefund\w*/,
      /\bnot (?:be )?returnable\b|\bnon-?returnable\b/,
      /\brefunds?\b[^.]{0,30}?\b(?:at|in|subject to) (?:the )?(?:sole|absolute|full|complete) discretion of\b/,
      /\b(?:tuition|fees?|payments?|money|amounts?|prepayments?)\b[^.]{0,30}?\b(?:is|are|will be|shall be) forfeited\b/,
      /\brefunds? (?:are|is|will be|shall be) (?:strictly )?(?:prohibited|impossible|unavailable|excluded)\b/,
      /\bno (?:withdrawals?|cancellations?) (?:(?:are|is|will be|shall be) )?(?:allowed|permitted|accepted)\b/,
      /\bno money back\b/,
      /\b(?:will|shall|do|does|would)(?: not|n't) (?:get|receive|be given) (?:your |the |any |their )?(?:money|fees?|payments?|tuition) back\b/,
      /\b(?:will|shall|does|do)(?: not|n't) (?:return|refund|repay|reimburse) (?:any (?:part|portion) of )?(?:the |any )?(?:fees?|tuition|payments?|money|amounts? paid)\b/,
      /\bno (?:part|portion) of (?:the |any )?(?:fees?|tuition|payments?|amounts?)(?: paid)? (?:will|shall|can|may) be (?:refunded|returned|reimbursed|repaid)\b/,
      /\b(?:instead of|in lieu of|rather than) (?:a |any )?(?:cash |monetary )?refunds?\b/,
    ],
    unless: [
      { re: /\b(?:consumed|used|attended|completed|delivered|taken|taught)\s(?:lessons?|classes|sessions?|hours?)[^,.]{0,20}$/, scope: 'before', window: 50 },
      { re: /\bdeposit\b/, scope: 'segment' },
      { re: /\b(?:shall|will|may|must) not (?:refuse|deny|withhold|delay)\b/, scope: 'before', window: 40 },
    ],
  }),
};

/** Events after which a clause says refunds stop: the first lesson, the start of the course … */
const START_EVENT =
  '(?:开课|开班|上课|开学|首次课|第1次课|第1节课|首节课|试听课?|正式上课|课程开始|培训开始|入学|进班|听课|课程启动|上第1次课|首课|第1课|正式开课|课程开课|学习开始)';

export const REFUND_NONE_AFTER_START: Rule = {
  id: 'REFUND_NONE_AFTER_START',
  category: 'refund_exclusion',
  severity: 'high',
  patterns: [2, 6],
  basis: BASIS.refundModel,
  suppresses: ['REFUND_NO_REFUND'],
  explanation: {
    zh: '条款规定开课后不予退费（或开课即视为全部消费）。开课后未消耗的课时仍属预付款，应按剩余课时比例退还。',
    en: 'The clause refuses refunds once the course has started (or deems the whole course consumed at the start). Unconsumed lessons remain a prepayment and must be refunded pro rata.',
  },
  suggestion: {
    zh: '开课后乙方申请退费的，甲方按剩余课时比例退还费用（已缴费用×剩余课时÷总课时），并于收到申请之日起10个工作日内退还。',
    en: 'If the student withdraws after the course starts, the institution refunds fees paid × remaining lessons ÷ total lessons within 10 working days of the request.',
  },
  zh: matcher({
    anyOf: ['退', '视为', '消费', '消耗'],
    triggers: [
      {
        re: re`${START_EVENT}(?:以后|之后|后|起|开始后|当天起|当日起|即|以来)[^.]{0,20}?${NO_REFUND}`,
        accept: fairByConsumption,
      },
      re`${START_EVENT}(?:以后|之后|后|起|开始|当天|当日)?(?:即|就|则|便)?(?:视为|视作|算作|认定为)[^,.]{0,8}?(?:已)?(?:全部|全额)?(?:消费|消耗|消课|完成|享受|使用)`,
      re`(?:仅|只)(?:限|能|可|在|于)?(?:在|于)?${START_EVENT}(?:前|之前)(?:申请|办理|提出)?(?:退费|退款|退学)`,
      re`(?:退费|退款|退学)(?:申请)?(?:仅限|只限|仅在|只在|须在|必须在|限于|仅于|只于|只能在|仅能在)${START_EVENT}(?:前|之前)`,
    ],
    unless: [DEPOSIT_CONTEXT, FORBIDS_EXCLUSION],
  }),
  en: matcher({
    anyOf: ['refund', 'consumed', 'deemed'],
    triggers: [
      /\b(?:after|once|when|from the moment)\b (?:the )?(?:course|class(?:es)?|lessons?|training|programme|program|term|first (?:lesson|class|session))(?: has| have)? (?:started|begun|begins|starts|commenced|commences|been (?:held|attended|delivered))\b[^.]{0,40}?(?:no refunds?|non-?refundable|not (?:be )?refund(?:ed|able)|will not be refunded|cannot be refunded|refunds? (?:will|shall|are|is|can) not|no (?:fees?|money) (?:will|shall) be (?:refunded|returned))/,
      /\b(?:no refunds?|non-?refundable|not (?:be )?refunded)\b[^.]{0,30}?\b(?:after|once|from)\b[^.]{0,20}?\b(?:start|started|starts|begin|begins|begun|commence|commences|commenced|first (?:lesson|class|session))\b/,
      /\brefunds? (?:are |is |will be )?(?:only )?(?:available|possible|given|granted|made)(?: only)? (?:before|prior to) (?:the )?(?:first (?:lesson|class|session)|course (?:starts|begins)|start|commencement)/,
      /\b(?:deemed|considered|treated as) (?:fully |entirely )?(?:consumed|used|delivered)\b[^.]{0,30}?\b(?:start|first (?:lesson|class|session)|commence)/,
      /\b(?:start|first (?:lesson|class|session)|commencement)\b[^.]{0,30}?\b(?:deemed|considered|treated as) (?:fully |entirely )?(?:consumed|used|delivered)\b/,
    ],
  }),
};

const THRESHOLD = '(?:\\d+(?:\\.\\d+)?%|\\d+/\\d+|半|\\d+(?:个)?(?:课时|节|次|堂|课|学时))';

export const REFUND_NONE_AFTER_PROPORTION: Rule = {
  id: 'REFUND_NONE_AFTER_PROPORTION',
  category: 'refund_exclusion',
  severity: 'high',
  patterns: [3, 4],
  basis: BASIS.refund,
  suppresses: ['REFUND_NO_REFUND', 'REFUND_NONE_AFTER_START'],
  explanation: {
    zh: '条款规定课程消耗达到一定比例或课时后不再退费（如“已上课程超过二分之一者不退学费”）。剩余课时对应的费用仍应按比例退还。',
    en: 'The clause stops refunds once a share or number of lessons has been consumed (e.g. “no refund after half the course”). Fees for the remaining lessons must still be refunded pro rata.',
  },
  suggestion: {
    zh: '无论已消耗多少课时，乙方申请退费的，甲方均按剩余课时比例退还费用。',
    en: 'Whatever share of the course has been consumed, the institution refunds the remaining lessons pro rata.',
  },
  zh: matcher({
    anyOf: ['退', '返还'],
    triggers: [
      re`(?:参加|上课|上|完成|消耗|消课|学习|出勤|使用|进行|授课|课程|课时|进度|课次|学时)[^.]{0,8}?(?:超过|超出|达到|达|满|已过|过|多于|高于|大于|逾|累计)[^.]{0,4}?${THRESHOLD}(?:及以上|以上|或以上|的|者|后|之后|时|以后)?[^.]{0,20}?${NO_REFUND}`,
      re`(?:课程|课时|课次|学时|进度|课)(?:已)?(?:过半|过50%)[^.]{0,20}?${NO_REFUND}`,
      re`${NO_REFUND}[^.]{0,12}?(?:超过|达到|满|已过|逾|多于)[^.]{0,8}?(?:\d+(?:\.\d+)?%|\d+/\d+|半)`,
    ],
    unless: [DEPOSIT_CONTEXT, FORBIDS_EXCLUSION],
  }),
  en: matcher({
    anyOf: ['refund'],
    triggers: [
      new RegExp(`\\b(?:after|once|if|when|where|more than|over|exceed\\w*)\\b[^.]{0,30}?(?:\\d+(?:\\.\\d+)?%|\\bhalf\\b|\\d+/\\d+|\\d+ (?:lessons|classes|sessions|hours))[^.]{0,40}?${EN_NO_REFUND}`),
      /\b(?:no refunds?|not (?:be )?refunded|non-?refundable)\b[^.]{0,30}?\b(?:after|once|if|when|where)\b[^.]{0,30}?(?:\d+(?:\.\d+)?%|\bhalf\b|\d+\/\d+|\d+ (?:lessons|classes|sessions|hours))/,
    ],
  }),
};

export const REFUND_NONE_AFTER_TERM_EXPIRY: Rule = {
  id: 'REFUND_NONE_AFTER_TERM_EXPIRY',
  category: 'refund_exclusion',
  severity: 'high',
  patterns: [4],
  basis: BASIS.refund,
  suppresses: ['REFUND_NO_REFUND'],
  explanation: {
    zh: '条款规定合同期限或有效期届满后不予退费。期满未消耗的课时对应的费用仍属消费者的预付款。',
    en: 'The clause refuses refunds once the contract term or validity period has ended. Fees for lessons not consumed are still the consumer’s prepayment.',
  },
  suggestion: {
    zh: '合同期限届满时仍有未消耗课时的，双方可协商顺延；乙方不同意顺延的，甲方按剩余课时比例退还费用。',
    en: 'If lessons remain when the term ends, the parties may agree to extend it; otherwise the institution refunds the remaining lessons pro rata.',
  },
  zh: matcher({
    anyOf: ['退', '返还'],
    triggers: [
      re`(?:合同|服务|学习|有效|课程有效|使用|会员)(?:期限|期|期间)?(?:届满|期满|到期|过期|结束)(?:的|后|时|之后|以后)?[^.]{0,15}?${NO_REFUND}`,
      re`(?:到期|期满|过期|逾期)(?:未(?:上|消|使用|消耗)(?:完)?的?)?(?:课时|课程|费用)?[^.]{0,8}?${NO_REFUND}`,
    ],
    unless: [DEPOSIT_CONTEXT, FORBIDS_EXCLUSION],
  }),
  en: matcher({
    anyOf: ['refund'],
    triggers: [
      /\b(?:after|upon|on|once) (?:the )?(?:expiry|expiration|end) of (?:the )?(?:contract|term|validity|membership|package)\b[^.]{0,40}?(?:no refunds?|non-?refundable|not (?:be )?refunded|will not be refunded)/,
      /\b(?:no refunds?|not (?:be )?refunded)\b[^.]{0,30}?\b(?:after|upon|once) (?:the )?(?:expiry|expiration|contract (?:term )?ends|term ends)/,
    ],
  }),
};

const GIFT = '(?:赠送|赠|附赠|附送|奖励|免费|优惠|活动|额外|福利|促销|送)(?:的)?(?:[^,.]{0,4}?)(?:课时|课程|课次|课|节|次课|学时|月份|天数|课包|部分|金额)';
const GIFT_OUTCOME =
  '(?:不退|不予退|不可退|不能退|不折现|不兑现|不予折现|不作价|不予折算|不计入退费|不计算退费|不参与退费|不纳入退费|不予计算|不退不换|不退费|不予退还|不予返还|作废|失效|取消|收回|扣除|清零|视为放弃|自动放弃|不再保留|无效)';

export const REFUND_GIFT_LESSONS_FORFEITED: Rule = {
  id: 'REFUND_GIFT_LESSONS_FORFEITED',
  category: 'refund_exclusion',
  severity: 'medium',
  patterns: [5],
  basis: BASIS.refund,
  suppresses: ['REFUND_NO_REFUND'],
  explanation: {
    zh: '条款规定赠送或优惠课时在退费时不退、不折现或作废。赠课是合同对价的一部分，法院按实际单价（已缴费用÷含赠课的总课时）计算退费。',
    en: 'The clause makes gift or promotional lessons non-refundable or void on withdrawal. Gift lessons are part of the bargain: courts value every lesson at fees paid ÷ all lessons including gifts.',
  },
  suggestion: {
    zh: '课时单价按已缴费用除以总课时（含赠送课时）计算，退费时剩余课时（含赠送课时）一并按该单价退还。',
    en: 'The unit price is fees paid ÷ all lessons including gift lessons; on withdrawal every remaining lesson, gift lessons included, is refunded at that price.',
  },
  zh: matcher({
    anyOf: ['赠', '送', '优惠', '免费', '奖励', '活动', '额外', '福利', '促销'],
    triggers: [
      {
        re: re`${GIFT}[^.]{0,15}?${GIFT_OUTCOME}`,
        accept: (m) => {
          // a positive outcome word ("作废") negated right before it ("不因退费而作废") is fair
          const body = m[0];
          const outcome = new RegExp(`${GIFT_OUTCOME}$`).exec(body);
          if (!outcome || outcome[0].startsWith('不')) return true;
          const between = body.slice(0, outcome.index);
          return !/(?:不|无|未|非|免)[^,.]{0,8}$/.test(between);
        },
      },
      re`(?:退费|退款|退课|退学)(?:时)?[^.]{0,10}?(?<!不|无需|不得|不会)(?:扣除|扣减|不含|不包括|除去|去掉|先扣|减去|剔除)[^.]{0,6}?(?:赠送|赠|优惠|免费|奖励|附送)(?:的)?(?:课时|课程|课|节|部分|金额)`,
    ],
    unless: [{ re: /(?:一并|同样|同等|同时)[^,.]{0,8}(?:退|计算|折算)|按[^,.]{0,10}单价[^,.]{0,10}退/, scope: 'segment' }],
  }),
  en: matcher({
    anyOf: ['free', 'bonus', 'gift', 'complimentary', 'promotional', 'extra'],
    triggers: [
      /\b(?:free|bonus|gift(?:ed)?|complimentary|promotional|extra)\b (?:lessons?|classes|sessions?|hours?)\b[^.]{0,40}?(?:non-?refundable|(?:are|is|will be|shall be) (?:not refund(?:ed|able)|forfeited|void|cancelled|deducted|excluded)|cannot be (?:refunded|exchanged|cashed)|no cash value|not (?:be )?(?:exchanged|converted|redeemed) (?:for|into) cash|excluded from (?:any |the )?refunds?|will be forfeited)/,
    ],
  }),
};

const FEE_NAMES =
  '(?:报名费|注册费|管理服务费|管理费|(?<!培训|课程|教学|教育)服务费|资料费|教材费|材料费|书本费|杂费|建档费|测评费|入学费|入会费|会员费|工本费|咨询费|学籍费|教具费|服装费|器材费|押金|平台费|场地费|设备费|评估费|开班费|占位费|订位费|预约费|技术服务费|系统使用费|学位费|课程包装费)';

export const REFUND_FEES_DEEMED_CONSUMED: Rule = {
  id: 'REFUND_FEES_DEEMED_CONSUMED',
  category: 'refund_exclusion',
  severity: 'high',
  patterns: [6],
  basis: BASIS.refund,
  suppresses: ['REFUND_NO_REFUND', 'REFUND_NONE_AFTER_START'],
  explanation: {
    zh: '条款将报名费、资料费、管理服务费等杂项费用规定为开班即视为消费、不予退还。未实际提供的服务和物品的费用应当退还。',
    en: 'The clause makes registration, material or management fees non-refundable or “deemed consumed” at the start. Fees for services and goods not actually provided must be refunded.',
  },
  suggestion: {
    zh: '收费项目以公示并经备案的为准；未实际发放的资料、未提供的服务对应的费用在退费时全额退还。',
    en: 'Charge only the published and filed fee items; fees for materials not handed over or services not provided are refunded in full.',
  },
  zh: matcher({
    anyOf: ['费', '押金'],
    triggers: [
      re`${FEE_NAMES}(?:[、,和及与]${FEE_NAMES}){0,6}[^.]{0,20}?(?:${NO_REFUND}|视为(?:已)?(?:消费|消耗|使用|发生|支出)|不在退费范围|不属于退费范围|不参与退费|不计入退费|不纳入退费|不列入退费|除外)`,
    ],
    unless: [DELIVERED_GOODS, FORBIDS_EXCLUSION, { re: /未(?:实际)?(?:发放|使用|领取|提供)[^,.]{0,10}(?:全额)?退/, scope: 'segment' }],
  }),
  en: matcher({
    anyOf: ['fee', 'deposit'],
    triggers: [
      /\b(?:registration|enrol(?:l)?ment|application|admin(?:istration|istrative)?|management|service|materials?|textbook|book|membership|assessment|joining|booking|platform|sign-?up|placement) (?:fees?|charges?)\b[^.]{0,40}?(?:non-?refundable|(?:are|is|will be|shall be) not refund(?:ed|able)|will not be (?:refunded|returned)|cannot be refunded|deemed (?:consumed|used|spent)|excluded from (?:any |the )?refunds?)/,
    ],
    unless: [{ re: /\b(?:unused|undelivered|not (?:yet )?(?:delivered|issued|received|handed over))\b/, scope: 'sentence' }],
  }),
};

const HARD_PROOF =
  '(?:三甲|二甲|医院|疾病|病历|诊断|病危|调动|调令|搬迁|迁户|户口|户籍|死亡|残疾|住院|公证|派出所|街道|居委|工作单位|单位证明|出国|移民|签证)';
const HARD_REASON = '(?:重大疾病|重病|疾病|伤残|残疾|搬迁|迁居|调动|出国|移民|死亡|不可抗力|身故|重大变故|停业|倒闭|关闭|停办)';

export const REFUND_HARSH_CONDITIONS: Rule = {
  id: 'REFUND_HARSH_CONDITIONS',
  category: 'refund_exclusion',
  severity: 'high',
  patterns: [7],
  basis: BASIS.refund,
  suppresses: ['REFUND_NO_REFUND'],
  explanation: {
    zh: '条款将退费限定于重大疾病、跨省调动等特殊情形，或要求提供三甲医院证明等难以取得的材料，实质上限制了消费者的退费权利。',
    en: 'The clause limits refunds to serious illness, relocation and similar events, or demands hard-to-get proof such as a top-tier hospital certificate, which in effect restricts the right to a refund.',
  },
  suggestion: {
    zh: '乙方因任何原因申请退费的，凭合同和缴费凭证办理，甲方按剩余课时比例退还，不得附加其他条件。',
    en: 'A refund is granted on request for any reason, against the contract and the payment receipt, at the pro-rata amount, with no further conditions.',
  },
  zh: matcher({
    anyOf: ['退'],
    triggers: [
      re`(?:退费|退款|退学|退课|办理退)[^.]{0,20}?(?:须|需|需要|必须|应|应当|要|凭)[^.]{0,12}?(?:提供|出具|提交|持有|凭|附|持)[^.]{0,25}?${HARD_PROOF}(?:[^,.]{0,12}?(?:证明|文件|材料|诊断书|病历))?`,
      re`(?:须|需|需要|必须|应|应当|凭|仅|只|只有|唯有|仅在|只在|除非)[^.]{0,6}?(?:提供|出具|提交|持有|持|凭)?[^.]{0,20}?(?:三甲|二甲|医院|病历|诊断|调令|迁移证明|死亡证明|病情证明|疾病证明)[^.]{0,15}?(?:方可|才能|才可|后方可|方能|才)[^.]{0,6}?(?:申请|办理)?(?:退费|退款|退学|退还)`,
      re`(?:仅限|只限|只有|唯有|仅在|只在|除非|仅|只)[^.]{0,6}?(?:因)?[^.]{0,12}?${HARD_REASON}[^.]{0,25}?(?:才|方|方可|才能|才可|可以|可|允许|时|的情况下|情形下)[^.]{0,8}?(?:申请|办理|予以|给予)?(?:退费|退款|退学|退还)`,
      re`除[^.]{0,6}?${HARD_REASON}[^.]{0,20}?(?:外|以外|之外)[^.]{0,15}?${NO_REFUND}`,
      re`(?:退费|退款)(?:仅限|只限|限于|仅适用于|只适用于)[^.]{0,10}?${HARD_REASON}`,
    ],
  }),
  en: matcher({
    anyOf: ['refund'],
    triggers: [
      /\brefunds?\b[^.]{0,40}?\bonly\b[^.]{0,40}?\b(?:medical|hospital|illness|disease|relocat\w+|death|disability|moving (?:city|province|abroad))\b/,
      /\b(?:only|solely) (?:in (?:the )?(?:case|event) of|if|where|when|upon|with)\b[^.]{0,40}?\b(?:serious illness|illness|medical|hospital|relocat\w+|death|moving|emigrat\w+)\b[^.]{0,40}?\brefund/,
      /\brefunds?\b[^.]{0,30}?\b(?:require|requires|must be (?:accompanied|supported) by|subject to (?:the )?(?:provision|submission) of)\b[^.]{0,30}?\b(?:hospital|medical|doctor'?s?|death|relocation)\b/,
    ],
  }),
};

export const REFUND_REQUEST_DEADLINE: Rule = {
  id: 'REFUND_REQUEST_DEADLINE',
  category: 'refund_exclusion',
  severity: 'medium',
  patterns: [8],
  basis: BASIS.refund,
  suppresses: ['REFUND_NO_REFUND', 'REFUND_NONE_AFTER_START', 'BURDEN_EXPIRY_FORFEIT'],
  explanation: {
    zh: '条款为消费者申请退费设定期限，逾期即不予受理或视为放弃。消费者在合同履行期间均有权就未消耗部分申请退费。',
    en: 'The clause sets a deadline for asking for a refund, after which the request is refused or deemed waived. The consumer may ask for a refund of the unconsumed part at any time during the contract.',
  },
  suggestion: {
    zh: '乙方可在合同履行期间随时申请退费；甲方应在收到申请之日起10个工作日内（开课前5个工作日内）办结。',
    en: 'The student may apply for a refund at any time during the contract; the institution pays within 10 working days of the request (5 before the course starts).',
  },
  zh: matcher({
    anyOf: ['退'],
    triggers: [
      {
        re: /(?:须|需|必须|应|应当|只能|仅能|限|务必|仅可|只可)[^.]{0,4}?(?:在|于)?[^.]{0,14}?\d+(?:个)?(?:工作日|自然日|日|天|周|星期|个月|月|小时)(?:内|以内|之内|前)[^.]{0,12}?(?:提出|申请|办理|提交)[^.]{0,8}?(?:退费|退款|退学|退课)/,
        accept: (m, ctx) => operatorIsNotActing(m, ctx),
      },
      {
        re: /(?:逾期|超过期限|过期|超期|超过时限|超过上述期限|过时|超过该期限|超出期限|超过\d+(?:个)?(?:工作日|日|天|周|星期|个月|月)(?:的|后|以后)?)[^.]{0,10}?(?:未提出|未申请|未办理|提出|申请|不申请|未)?[^.]{0,8}?(?:视为(?:自动)?放弃(?:退费|退款)?|不予(?:受理|办理|退|处理)|不再(?:受理|办理|退)|概不(?:受理|退)|不接受)/,
        accept: (m, ctx) => operatorIsNotActing(m, ctx) && !/(?:逾期|过期|超期)未(?:消|上|使用|用完|完成)/.test(m[0]),
      },
      /\d+(?:个)?(?:工作日|日|天|周|星期|个月|月|小时)(?:内|以内|之内)(?:未|没有|不)(?:提出|申请|办理|提交)[^.]{0,8}?(?:视为|即视为|则视为|均视为)(?:自动|自愿)?放弃/,
      /(?:开课|开班|上课|签约|报名|缴费|购买|入学|签订合同|签订本合同)(?:之日起|后)?\d+(?:个)?(?:工作日|日|天|周|星期|个月|月)(?:后|以后|之后)[^.]{0,8}?(?:不得|不能|不可|不予|不再|不接受|不受理|无法|恕不)[^.]{0,4}?(?:申请|办理|受理|接受)?(?:退|退费|退款)/,
      {
        // "…3日内决定是否退费，3日后恕不受理"
        re: /\d+(?:个)?(?:工作日|日|天|周|星期|个月|月)(?:后|以后|之后)[^.]{0,6}?(?:恕不|不予|不再|概不|一律不|不)(?:受理|办理|接受)/,
        accept: (_m, ctx) => /退/.test(ctx.text),
      },
      {
        re: /(?:退费|退款|退学)(?:申请)?(?:须|需|必须|应|只能|仅限|限|应当)[^.]{0,4}?(?:在|于)[^.]{0,12}?\d+(?:个)?(?:工作日|日|天|周|星期|个月|月)(?:内|以内|之内|前)(?:提出|申请|提交)/,
        accept: (m, ctx) => operatorIsNotActing(m, ctx),
      },
    ],
    unless: [{ re: /(?:收到|受理|接到|确认)[^,.]{0,8}(?:申请|要求)/, scope: 'match' }],
  }),
  en: matcher({
    anyOf: ['refund', 'request', 'application'],
    triggers: [
      /\brefund (?:requests?|applications?)\b[^.]{0,60}?\b(?:after|later than|beyond|more than)\b[^.]{0,40}?\b(?:(?:will be|shall be|are|is) (?:rejected|refused|declined|void|invalid|not (?:accepted|considered|processed|entertained|handled))|(?:will|shall|can)(?: not|n't) be (?:accepted|considered|processed|entertained|handled|granted))/,
      /\brefund (?:requests?|applications?) (?:must|shall|should|have to|has to) be (?:made|submitted|filed|lodged|received)\b[^.]{0,20}?\bwithin \d+ (?:days|working days|business days|weeks?|months?)/,
      /\brefund (?:requests?|applications?) (?:will|shall|can|may) (?:only )?be (?:accepted|considered|processed|made|submitted|filed|entertained)(?: only)? (?:within|during) (?:the first )?\d+ (?:days|working days|business days|weeks?|months?)\b(?! (?:of|from|after) (?:the |a |receiving )?(?:request|application))/,
      /\b(?:requests?|applications?) (?:made|submitted|received|filed) (?:after|later than|beyond|outside)\b[^.]{0,40}?\b(?:will not be (?:accepted|considered|processed)|are not accepted|shall be (?:rejected|void)|forfeit\w*|deemed (?:waived|abandoned))/,
      /\bno refund requests? (?:will be )?(?:accepted|considered|processed) (?:after|beyond)\b/,
      /\brefunds? (?:are |is |will be |shall be )?(?:only (?:available|possible|given|granted|accepted|made|considered)|(?:available|possible|accepted|considered)(?: only)?) (?:within|during) (?:the first )?\d+ (?:days|working days|business days|weeks?|months?)\b(?! (?:of|from|after) (?:the |a |receiving )?(?:request|application))/,
      /\b(?:after|beyond) \d+ (?:days|weeks|months) (?:from|of|after) (?:the )?(?:start|enrol\w*|payment|signing|first lesson)[^.]{0,30}?(?:no refunds?|non-?refundable|cannot (?:request|apply)|not be refunded)/,
      /\b(?:failure to|fails? to|not) (?:apply|request)\b[^.]{0,40}?\bwithin \d+ (?:days|working days|weeks?)\b[^.]{0,30}?\b(?:waive|forfeit|lose)/,
    ],
  }),
};

/** "甲方应在收到申请后10个工作日内办理退费" is the operator's duty; only deadlines on the consumer count. */
function operatorIsNotActing(m: RegExpExecArray, ctx: RuleContext): boolean {
  const prefix = ctx.text.slice(Math.max(0, m.index - 16), m.index + 2);
  return lastPartyIn(prefix, ctx) !== 'institution';
}

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
