import { lastPartyIn, subjectRightBefore } from '../../parties';
import { BASIS } from '../basis';
import { matcher, re } from '../define';
import { BARE_REFUSAL, NO_REFUND, NOT_MONEY, OPERATOR, REFUND_TOPIC } from '../lexicon';
import { EN_CONSUMER, EN_MONEY, EN_NEG, EN_NO_REFUND, EN_OPERATOR } from '../lexicon-en';
import { DELIVERED_GOODS, DEPOSIT_CONTEXT, FORBIDS_EXCLUSION, fairByConsumption } from './shared';
import type { Rule } from '../types';

/**
 * 排除或限制退费 (refund exclusion), REGULATION-NOTES §3 pattern 1, and the generic form of the
 * whole category: a refund concept and a refusal concept about the consumer's money, not negated,
 * not the pro-rata rule ("已上课时不退，其余退还"), not an obligation on the operator ("不得拒绝退费").
 * A prepaid service that is not delivered must be refunded (消保法 art. 53); a standard term that
 * removes that right is void (民法典 art. 497, 消保法 art. 26).
 */
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
    anyOf: ['退', '返还', '返回', '视为', '归', '放弃', '没收', '扣留', '保留全部', '保留所有', '保留已', '保留所', '保留剩余', '保留预', '保留乙方', '保留学员', '保留家长', '留存', '截留', '提现', '兑现', '取现', '折现', '返现', '提取现金', '解除', '终止', '转为', '折算', '兑换'],
    acrossSentences: true,
    triggers: [
      {
        re: re`(?:一经|一旦|只要|凡已|凡)[^,.]{0,8}?(?:缴费|缴纳|交费|付款|支付|报名|购买|签约|签订|确认|交纳|成交|售出|办理|付费|收费|缴清)[^.]{0,16}?${NO_REFUND}`,
        accept: fairByConsumption,
      },
      {
        re: re`${NO_REFUND}`,
        accept: (m, ctx) =>
          fairByConsumption(m, ctx) &&
          // "乙方不退课的，…" is a condition, not an exclusion ("不可退还的预付款" still is one)
          !(/^(?:一律|均|都|也|将)?不退(?:课|学|班)$/.test(m[0]) && /^(?:的|者|时)/.test(ctx.text.slice(m.index + m[0].length))) &&
          // "甲方逾期不予退费的，应支付违约金" is the operator's breach, a condition of the consumer's remedy
          !(/^(?:的|者),/.test(ctx.text.slice(m.index + m[0].length)) && lastPartyIn(ctx.text.slice(Math.max(0, m.index - 20), m.index), ctx) === 'institution') &&
          // "不得以…为由拒绝提供服务或拒绝退费": the 不得 governs every refusal that follows it in the segment
          !(/拒绝/.test(m[0]) && /(?:不得|不能|不应|不可|无权|禁止|严禁)[^,.]{0,20}$/.test(ctx.text.slice(Math.max(0, m.index - 24), m.index))),
      },
      {
        // the refund named first, the refusal after it with nothing else as its object:
        // "退费：学期过半后不办理", "提出退费的，甲方不再受理", "学员开课后要求退费的。本机构一律不予办理。"
        re: re`${REFUND_TOPIC}(?:申请|要求|请求|手续|事宜)?[^.]{0,30}?${BARE_REFUSAL}`,
        accept: (m, ctx) => {
          const refusal = m.index + m[0].search(new RegExp(`${BARE_REFUSAL}$`));
          return subjectRightBefore(ctx, refusal) !== 'consumer' && lastPartyIn(ctx.text.slice(m.index, refusal), ctx) !== 'consumer';
        },
      },
      /(?:中途|自行|主动|无故|擅自)(?:放弃|退出|退学|离开|停止|终止|停课)[^.]{0,20}?(?:视为(?:自动)?放弃|作废|归(?:甲方|本机构|机构|学校|公司|本中心|本校)所有)/,
      re`(?:剩余|未消耗|未上|未消|所交|已交|已缴|所缴|预付)[^.]{0,10}?(?:费用|学费|课时|款项|余额|课时费)[^.]{0,6}?归(?:${OPERATOR}|甲方)所有`,
      {
        // the operator keeping the money: "其他情形下，本机构没收已缴费用", "甲方有权扣留全部学费"
        re: /(?:没收|扣留|保留|留存|收归|截留)(?:乙方|学员|家长)?(?:的)?(?:全部|所有|已缴|已交|所缴|所交|剩余|预付|预交){1,2}(?:的)?(?:费用|学费|款项|预付款|课时费|培训费|营费)(?!凭证|发票|收据|单据|记录)/,
        gate: /没收|扣留|保留|留存|收归|截留/,
        accept: (m, ctx) => /退|其他情形|其余情形|其他情况|除[^,.]{0,12}外|否则|中途|解除|终止|离开/.test(ctx.text) && subjectRightBefore(ctx, m.index) !== 'consumer' && lastPartyIn(ctx.text.slice(Math.max(0, m.index - 12), m.index), ctx) !== 'consumer',
      },
      /(?:无|没有|不设|不提供|不存在|不开放)(?:任何)?退(?:费|款|还|款)(?:政策|机制|服务|渠道|通道|流程)/,
      {
        // store credit instead of money: "已缴费用转为等额会员积分", "已缴学费只可用于换课"
        re: re`(?:已缴|所缴|已交|所交|剩余|未消耗?|未上)[^.]{0,8}?(?:费用|学费|余额|款项|课时费)[^.]{0,6}?(?:只能|仅能|只可|仅可|一律|均|将|自动)?(?:(?:转为|折算为|转换为|兑换为|变为|折合为)(?:等额|等值|同等金额)?(?:的)?(?:会员)?${NOT_MONEY}|用于(?:换课|转课|购买|抵扣|兑换))`,
        gate: /转为|折算为|转换为|兑换为|变为|折合为|用于/,
        unless: [{ re: /或(?:者)?(?:申请)?(?:退|全额退|按比例退|退还|退费)|(?:退还|退费|退款|退回)(?:现金)?或(?:者)?(?:转|折|兑)|(?:可|可以|有权)(?:自行|自主)?选择/, scope: 'sentence' }],
      },
      {
        // the consumer may never end the contract: "签约后不得以任何理由要求变更或解除"
        gate: /解除|终止|退出|取消/,
        re: /(?:签约|签订|签署|缴费|报名|付款)(?:本合同|本协议)?(?:后|之后|以后)?[^.]{0,6}?(?:不得|不能|无权|不可)(?:以任何理由|以任何借口|在任何情况下)?(?:要求|申请|提出)?(?:变更或|变更、|更改或)?(?:解除|终止|退出|取消)(?:本)?(?:合同|协议|课程|报名)?/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index + m[0].search(/不得|不能|无权|不可/)), ctx) !== 'institution' && /以任何|任何情况|签约|签订|签署|缴费|报名|付款/.test(m[0]),
      },
      /(?:不设|不提供|不开放|不开通)(?:任何)?退(?:费|款)(?!手续|费|门槛|条件|限制|期限|时限|金额|截止|日期|时间|上限|比例)/,
      {
        // "储值卡余额不可提现": a stored balance that can never be taken back out
        re: /(?:不可|不能|不得|不予|不支持|无法|概不|不允许)(?:申请)?(?:提现|兑现|退现|取现|折现|返现|提取现金|退回现金)/,
        gate: /提现|兑现|退现|取现|折现|返现|提取现金|退回现金/,
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
    anyOf: ['refund', 'money back', 'back', 'are final', 'is final', 'forfeit', 'return', 'repay', 'recover', 'reclaim', 'no part', 'no portion', 'reimburs', 'withdraw', 'cancellation', 'kept', 'retain', 'keeps', ' keep ', 'withh'],
    acrossSentences: true,
    triggers: [
      {
        re: re`${EN_NO_REFUND}`,
        // "no refund fee is charged" names a fee, not a refusal
        accept: (m, ctx) => !(/^no refunds?$/.test(m[0]) && /^ (?:fee|fees|deduction|deductions|charge|charges|handling|penalty)\b/.test(ctx.text.slice(m.index + m[0].length))),
      },
      /\b(?:(?:will|shall|can|may|must|are|is|would)(?: not|n't)|cannot|can not)(?: be)? (?:returned|reimbursed|repaid)\b/,
      /\brefunds? (?:will|shall|are|is|can|may)(?: not|n't)(?: be)?(?: (?:given|made|granted|issued|accepted|available|possible|provided|allowed|permitted|offered))?\b/,
      /\b(?:cannot|can't|can not|may not|shall not|must not) (?:request|apply for|ask for|claim|obtain|get|receive|demand) (?:a |any )?refunds?\b/,
      /\ball (?:sales|payments|fees) are final\b/,
      /\b(?:fees?|payments?|sales?|tuition|purchases?) (?:are|is) (?:final|final and binding)\b(?! (?:and )?(?:refundable|subject))/,
      re`\b(?:does|do|shall|will)(?: not|n't) entitle ${EN_CONSUMER} to (?:a |any )?refunds?\b`,
      /\bunder no circumstances\b[^.]{0,30}?\brefund\w*/,
      /\bnot (?:be )?returnable\b|\bnon-?returnable\b/,
      /\brefunds?\b[^.]{0,30}?\b(?:at|in|subject to) (?:the )?(?:sole|absolute|full|complete) discretion of\b/,
      re`\b${EN_MONEY}\b[^.]{0,30}?\b(?:is|are|will be|shall be) forfeited\b`,
      // "Parents who withdraw … forfeit the remaining fees"
      re`\bforfeits? (?:the |any |all |their |his |her |your )?(?:remaining |unused |outstanding |prepaid )?${EN_MONEY}\b`,
      // "money paid is kept by the Studio whatever the reason"
      re`\b${EN_MONEY}\b(?: paid)?[^.]{0,20}?\b(?:is|are|will be|shall be) (?:kept|retained|held) by ${EN_OPERATOR}`,
      {
        // the operator keeping the money, in the active voice: "in all other cases the Academy retains the fees"
        gate: /\b(?:retain|keep|withh)/,
        re: re`${EN_OPERATOR} (?:(?:will|shall|may|can|is entitled to|reserves the right to) )?(?:retains?|keeps?|withholds?|keep|retain|withhold) (?:all |the |any |every |such )?(?:(?:remaining|unused|paid|prepaid|outstanding|full) )?${EN_MONEY}\b`,
        // a refund clause's fallback ("in all other cases", "otherwise") or a withdrawal, not fees held until lessons are taught
        accept: (m, ctx) =>
          /\brefund|\bwithdraw|\bcancel|\bleav(?:e|es|ing)\b|\bquit|\b(?:in (?:all|any) other cases?|otherwise|in any event|whatever the reason)\b/.test(ctx.text) &&
          !/^[^.]{0,40}?\b(?:until|in (?:the |a |its )?(?:supervised|escrow|custody|designated)|for (?:the )?(?:lessons?|sessions?|classes|materials?)(?: already)? (?:attended|taken|used|consumed|delivered|taught))/.test(ctx.text.slice(m.index + m[0].length)),
      },
      /\brefunds? (?:are|is|will be|shall be) (?:strictly )?(?:prohibited|impossible|unavailable|excluded)\b/,
      /\bno (?:withdrawals?|cancellations?) (?:(?:are|is|will be|shall be) )?(?:allowed|permitted|accepted)\b/,
      /\bno money back\b/,
      re`${EN_NEG} (?:get|receive|be given) (?:your |the |any |their )?${EN_MONEY} back\b`,
      re`${EN_NEG} (?:return|refund|repay|reimburse|give back|pay back) (?:any (?:part|portion) of )?(?:the |any |your )?(?:[a-z-]+ (?:or |and )?){0,3}?${EN_MONEY}\b`,
      re`\bno (?:part|portion) of (?:the |any )?${EN_MONEY}(?: paid)? (?:will|shall|can|may) be (?:refunded|returned|reimbursed|repaid)\b`,
      /\b(?:instead of|in lieu of|rather than) (?:a |any )?(?:cash |monetary )?refunds?\b/,
    ],
    unless: [
      // only what was consumed or handed over is kept: "Materials already handed over are not refundable"
      { re: /\b(?:consumed|used|attended|completed|delivered|taken|taught|already (?:handed over|delivered|issued|received|used|supplied))\b[^,.;]{0,30}$/, scope: 'before', window: 60 },
      { re: /\bdeposit\b/, scope: 'segment' },
      { re: /\b(?:shall|will|may|must) not (?:refuse|deny|withhold|delay)\b|\bnever (?:refuse|deny|withhold)\b/, scope: 'before', window: 40 },
      { re: /\b(?:all )?(?:other|remaining|unused) (?:fees?|lessons?|sessions?|classes|tuition|amounts?)\b[^.]{0,30}?\b(?:are|is|will be|shall be) (?:refunded|returned|repaid)/, scope: 'suffix' },
    ],
  }),
};
