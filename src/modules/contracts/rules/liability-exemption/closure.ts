import { BASIS } from '../basis';
import { NO_REFUND } from '../lexicon';
import { matcher, re } from '../define';
import { lastPartyIn } from '../../parties';
import type { Rule } from '../types';

/** Money turned into something that is not money: "已缴费用转为等额会员积分". */
const CONVERTED_NOT_REFUNDED = '(?:只能|仅能|一律|均|将|自动)?(?:转为|折算为|转换为|兑换为|变为|折合为)(?:等额|等值|同等金额)?(?:的)?(?:会员)?(?:积分|代金券|优惠券|储值|礼品|商品|购物卡|消费券|抵用券)';
/** …or kept for later courses instead of refunded: "已缴学费转为后续课程使用", "费用转入下期课程", "抵作下期课程学费". */
const KEPT_FOR_LATER = '(?:只能|仅能|一律|均|将|自动|统一)?(?:转为|转入|转至|转到|抵作|抵扣|留作|保留(?:用于|至)|用于)(?:后续|下期|下一期|以后|后期|下学期|下一阶段|日后|今后|复课后)(?:的)?(?:课程|课时|班级|学期|班|课)';

// "搬迁证明" is a document a student brings, not the institution moving
const CLOSURE =
  '(?:停业|歇业|搬迁|迁址|关闭|倒闭|注销|停止经营|(?:停止|暂停|终止|不再)运营|停运|经营调整|闭店|关店|撤销|(?:更换|变更|迁移)(?:经营|培训|教学)?(?:场所|场地|地址|校址)|迁至新址|(?:关闭|撤并|撤销)(?:部分|该|本)?(?:校区|门店|分校|教学点)|合并(?!班|课|上课|授课|教学)|转让经营|易主|破产|停办|终止办学|停止办学|装修|迁移|暂停营业|停止营业|经营不善|经营困难|(?:暂停|停止|终止)(?:全部)?(?:营业|经营|运营|办学)|(?:停止|终止|暂停)(?:培训|授课|教学|办班|服务)(?<=因(?:经营|运营|自身|资金|场地|管理|内部)[^,.]{0,6}?(?:停止|终止|暂停)(?:培训|授课|教学|办班|服务))|无法继续(?:经营|办学|提供服务|营业|开课|授课|教学|开班|办班|提供课程)|停业整顿|停课整顿|被(?:收购|兼并|并购)|跑路|(?:国家|政府|教育|主管部门|监管部门|有关部门)?政策(?:性)?(?:变化|变动|调整|变更|原因|影响|要求)|(?:被)?(?:责令|勒令)(?:停业|停课|关闭|整改|整顿|停止)|(?:整改|整顿)(?:期间)?)(?!证明|材料|文件|手续)';

export const LIABILITY_CLOSURE_NO_REFUND: Rule = {
  id: 'LIABILITY_CLOSURE_NO_REFUND',
  category: 'liability_exemption',
  severity: 'high',
  patterns: [28],
  basis: BASIS.closure,
  // stopping teaching because the operator closes is not the termination of one student's contract
  suppresses: ['LIABILITY_GENERAL_EXEMPTION', 'REFUND_NO_REFUND', 'UNILATERAL_TERMINATION_NO_REFUND'],
  suppressInSentence: true,
  explanation: {
    zh: '条款规定经营者停业、搬迁时仅安排转课而不退款，或不承担责任。停业、搬迁须提前30日公告并退还预付余额，由消费者选择转课或退费。',
    en: 'The clause offers only a transfer, or nothing, if the operator closes or moves. A closure or move requires 30 days’ notice and a refund of the prepaid balance, the consumer choosing between transfer and refund.',
  },
  suggestion: {
    zh: '甲方停业、搬迁或无法继续提供服务的，应提前30日通知乙方，由乙方选择转至其他校区或按剩余课时获得退费。',
    en: 'If the institution closes, moves or cannot continue, it gives 30 days’ notice and the student chooses between another site and a pro-rata refund.',
  },
  zh: matcher({
    anyOf: ['停止培训', '停止授课', '停止教学', '终止培训', '暂停培训', '停止服务', '终止服务', '停业', '歇业', '搬迁', '迁址', '关闭', '倒闭', '注销', '经营', '运营', '停运', '场所', '场地', '新址', '闭店', '关店', '撤销', '合并', '易主', '破产', '停办', '办学', '装修', '迁移', '营业', '跑路', '收购', '兼并', '并购', '困难', '无法继续', '不能继续', '政策', '整改', '整顿', '责令', '勒令'],
    triggers: [
      re`${CLOSURE}[^.]{0,40}?(?:仅|只|只能|仅能|仅可|只可|统一|须|必须|一律|均须|应当|应)(?:负责|为[^.]{0,6})?(?:安排|提供|协调)?[^.,]{0,8}?(?:转课|转班|转校|转至|转入|转到|调至|分流|转让给|转移至|转往|安排至|调配|至其他|到其他|至合作|到合作|去其他|去合作)(?:[^.]{0,6}?${NO_REFUND})?`,
      re`${CLOSURE}[^.]{0,30}?(?:${NO_REFUND}|${CONVERTED_NOT_REFUNDED}|${KEPT_FOR_LATER}|视为(?:自动)?放弃|(?:课时|课程)?(?:作废|不予保留)|不(?:再)?(?:承担|负有|负)(?:任何)?(?:违约|赔偿|法律|经济|合同)?(?:[^,.]{0,10}?(?:退|返还)[^,.]{0,8}?)?(?:的)?(?:责任|义务)|不(?:再)?(?:承担|赔偿|负担)[^,.]{0,8}?(?:损失|费用)|概不负责|不予补偿|不作补偿|不予赔偿|免责|免除(?:其|本机构|甲方)?(?:一切|全部|任何)?(?:责任|义务)|互不(?:承担|负)(?:任何)?(?:责任|义务))`,
    ],
    unless: [
      { re: /^[^,.]{0,4}外/, scope: 'after', window: 6 },
      { re: /除[^,.]{0,8}$/, scope: 'before', window: 10 },
      { re: /(?<!不(?:承担|负责|负有|予|再|会)?|无需|无须|没有)退还(?:剩余|未消|全部|已缴|尚未)|(?<!不)按(?:剩余|未消)[^.]{0,8}退|(?<!不予?)全额退|(?:乙方|学员|家长)(?:可|可以|有权)(?:选择|要求)(?:退|解除)|或(?:者)?(?:退还|退费|退款|按比例)|提前\d+(?:日|天)通知[^.]{0,20}退/, scope: 'sentence' },
    ],
  }),
  en: matcher({
    anyOf: ['clos', 'cease', 'relocat', 'move', 'shut', 'wind', 'bankrupt', 'suspend', 'discontinu', 'acquired', 'taken over', 'continue', 'operating', 'out of business', 'polic', 'regulat', 'government', 'authorit', 'ordered', 'rectification', 'go ahead', 'proceed'],
    triggers: [
      /\b(?:closure|closes|closed|closing|(?:permanently |temporarily )?close (?:the |our |its |this )?(?:school|centre|center|branch|studio|academy|business|institution|club)|(?:permanently|temporarily) close\b|ceas(?:e|es|ed|ing) (?:to )?(?:operat\w*|trad\w*|business|operations?|running|exist)|(?:becomes?|is) insolvent|closes? down|(?:suspends?|discontinues?) (?:operations?|business|services?)|(?:unable|fails?) to (?:continue|keep) (?:operating|trading|running|in business|teaching|providing (?:the )?(?:services?|lessons?|classes))|stops? operating|goes? out of business|shuts? down|(?:is|are|be|being) (?:acquired|taken over)|relocat\w+|mov(?:e|es|ed|ing) (?:to )?(?:new |other |different |another )?(?:premises|location|site|address|venue)|changes? (?:its |our )?(?:premises|location|site|address)|shut(?:s|down| down)?|winds? (?:up|down)|bankrupt\w*|changes? (?:in|to|of) (?:the )?(?:government(?:al)? |regulatory |official |education |local |state )?(?:polic(?:y|ies)|regulations?|rules|laws?)|(?:government(?:al)?|regulatory|official|authorit(?:y|ies)'?s?) (?:polic(?:y|ies)|orders?|requirements?|restrictions?|action|decisions?|instructions?)|polic(?:y|ies) changes?|regulatory changes?|(?:classes|lessons|courses?|teaching|tuition|sessions|the (?:course|programme|program|service|camp)s?) (?:cannot|can't|could not|can no longer|are unable to|is unable to|become impossible to) (?:continue|go ahead|proceed|be (?:delivered|provided|held|run|given|continued))|ordered to (?:suspend|close|stop|cease)|rectification)\b[^.]{0,90}?\b(?:only (?:be )?(?:offered|provided|given|arrange\w*) (?:a )?transfer|transfer(?:red)? to (?:another|other|a partner|partner|a different)|no refunds?|not be refunded|non-?refundable|shall bear no|not (?:be )?liable|(?:no|not (?:have )?any) (?:obligation|duty|responsibility|liability) to (?:refund|return|repay)|(?:instead of|in lieu of|rather than) (?:a |any )?(?:cash )?refund|(?:converted|changed|turned) into (?:vouchers?|credits?|points|store credit|coupons?)|(?:not|never) (?:be )?(?:obliged|required|bound) to (?:refund|return|repay)|(?:have|has|owes?|bears?|with) no (?:further |other |more )?(?:obligations?|duties|liabilit(?:y|ies)|responsibilit(?:y|ies))|(?:released|discharged|relieved) from (?:all |any )?(?:further )?(?:obligations?|duties|liabilit(?:y|ies)|responsibilit(?:y|ies))|no longer (?:be )?(?:bound|obliged|liable|responsible))\b(?:[^.]{0,40}?\b(?:no refunds?|not be refunded|non-?refundable)\b)?/,
    ],
    // "the Learner has no further obligation" frees the consumer, not the operator
    accept: (m, ctx) => {
      const at = m[0].search(/\b(?:(?:have|has|owes?|bears?|with) no (?:further |other |more )?(?:obligation|dut|liabilit|responsibilit)|released from|discharged from|relieved from|no longer (?:be )?(?:bound|obliged|liable|responsible))/);
      return at < 0 || lastPartyIn(ctx.text.slice(0, m.index + at), ctx) !== 'consumer';
    },
    unless: [{ re: /\brefund(?:s|ing|ed)? (?:of |for )?(?:the |all |any )?(?:remaining|unused|outstanding|undelivered)|\bor (?:a )?(?:full |pro[- ]rata )?refund|\bmay choose|\bat (?:the )?(?:student|parent)'?s? (?:choice|option)/, scope: 'sentence' }],
  }),
};
