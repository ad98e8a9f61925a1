import { BASIS } from '../basis';
import { DEPOSIT_CONTEXT, FORBIDS_EXCLUSION, fairByConsumption } from './shared';
import { NO_REFUND } from '../lexicon';
import { EN_NO_REFUND, EN_NO_REFUND_GATE } from '../lexicon-en';
import { matcher, re } from '../define';
import type { Rule } from '../types';

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
    anyOf: [...EN_NO_REFUND_GATE, 'consumed', 'deemed'],
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
    anyOf: EN_NO_REFUND_GATE,
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
    anyOf: EN_NO_REFUND_GATE,
    triggers: [
      /\b(?:after|upon|on|once) (?:the )?(?:expiry|expiration|end) of (?:the )?(?:contract|term|validity|membership|package)\b[^.]{0,40}?(?:no refunds?|non-?refundable|not (?:be )?refunded|will not be refunded)/,
      /\b(?:no refunds?|not (?:be )?refunded)\b[^.]{0,30}?\b(?:after|upon|once) (?:the )?(?:expiry|expiration|contract (?:term )?ends|term ends)/,
    ],
  }),
};
