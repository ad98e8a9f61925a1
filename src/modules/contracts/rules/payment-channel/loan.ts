import { BASIS } from '../basis';
import { WARNED_AGAINST, WARNED_AFTER } from './shared';
import { matcher } from '../define';
import type { Rule } from '../types';

export const PAYMENT_TRAINING_LOAN: Rule = {
  id: 'PAYMENT_TRAINING_LOAN',
  category: 'payment_channel',
  severity: 'high',
  patterns: [33],
  basis: BASIS.trainingLoan,
  explanation: {
    zh: '条款要求或引导消费者通过培训贷、分期贷款等金融产品支付培训费。教监管函〔2021〕2号明确禁止以培训贷方式缴纳培训费用。',
    en: 'The clause requires or steers the consumer to pay with a training loan or financed instalment product. Notice 教监管函〔2021〕2号 forbids paying training fees with training loans.',
  },
  suggestion: {
    zh: '甲方不得诱导或强制乙方使用培训贷款等金融产品缴纳培训费用；培训费用由乙方直接支付至甲方培训收费专用账户。',
    en: 'The institution does not offer or steer students to training loans; fees are paid directly into its supervised training-fee account.',
  },
  zh: matcher({
    anyOf: ['贷', '分期', '白条', '花呗', '借款', '金融', '首付', '月供', '还款', '信用卡', '利息'],
    triggers: [
      // instalments that carry interest are consumer credit: "须通过第三方平台分期付款，利息由学员承担"
      {
        re: /(?:分期|分\d+期)(?:付款|支付|缴费|缴纳)?[^.]{0,16}?(?:利息|息费|分期手续费|分期服务费|年化)/,
        // "分三期缴纳，不收取任何利息" waives the interest
        accept: (m) => !/不|免|无|零|没有/.test(m[0].replace(/^(?:分期|分\d+期)/, '')),
      },
      // any loan product by name ("学贷", "乐学贷", "网贷"), and a lender paying the operator up front for the family
      /(?:(?![不无非未没与及和或任何也的涉受接展开用])[\u4e00-\u9fff]){0,2}贷(?!记)(?:款)?(?:平台|产品|机构|公司|服务)?/,
      // repaying over months is credit: "分十二个月还款", "分期app"
      /分\d+(?:个)?(?:期|月)(?:还款|还清|偿还|归还|免息|付息|月供)|分期(?:app|软件|平台|产品|服务商)/,
      /由(?:该)?(?:平台|金融(?:机构|公司|平台)|银行|第三方|贷款(?:机构|公司|平台)|分期(?:平台|公司))[^.,]{0,10}?(?:向|为)(?:甲方|乙方)?[^.,]{0,6}?(?:一次性)?(?:支付|垫付|代付|付清|代缴)/,
      /(?:(?:培训|教育|学费|培训费|课程|课程费)(?:费)?贷(?:款)?|分期贷|消费贷(?:款)?|信用贷(?:款)?|网贷|借贷|分期产品|教育分期|学费分期(?:产品|平台|服务)|金融分期|分期付款平台|分期平台|第三方分期|分期服务商|白条|花呗分期|信用卡分期|小额贷款|小贷|消费金融|金融机构(?:贷款|分期)|贷款(?:方式|机构|公司|平台|产品)?|借款(?:方式|平台)?|信贷(?:公司|机构|平台|产品)?|花呗[^.,]{0,4}分\d*期|借呗|零首付|0首付|月供|分\d+期[^.]{0,12}金融|金融(?:机构|公司|平台)[^.,]{0,6}(?:提供|垫付|代付|代为支付|代缴|放款|分期|分\d+期|贷|还款)|金融(?:机构|公司|平台)[^.,]{0,12}?(?:按月|每月|按期|分期)[^.,]{0,8}?(?:扣款|划扣|代扣|扣费|还款)|先行垫付|垫付学费|信用卡[^.]{0,12}?分(?:\d+)?期|第三方(?:平台|机构|公司)[^.]{0,6}?分期|(?:银行|金融(?:机构|公司|平台)|贷款(?:机构|公司|平台)|信贷(?:机构|公司))[^.]{0,10}?(?:办理|提供|申请|开通)(?:的)?(?:信用卡)?分期|(?:银行|金融)[^.]{0,6}?分期(?:业务|服务|产品|付款)|分\d+期(?:还清|还款|偿还|归还|免息)|(?:按月|分期|每月)(?:向[^,.]{0,8})?还款)/,
    ],
    unless: [WARNED_AGAINST, WARNED_AFTER],
  }),
  en: matcher({
    anyOf: ['loan', 'lend', 'credit', 'financ', 'pay later', 'instal', 'borrow'],
    triggers: [
      /\b(?:training|tuition|education(?:al)?|student|study|course) (?:loans?|credit|financing|finance)\b/,
      /\b(?:loan|lending|credit|financing|finance|instal(?:l)?ment|borrowing) (?:providers?|partners?|compan(?:y|ies)|platforms?|products?|institutions?|agenc(?:y|ies)|plans? (?:offered|provided|arranged) by)\b/,
      /\bbuy now,? pay later\b/,
      /\bconsumer (?:loans?|credit|finance)\b/,
      /\b(?:take out|apply for|sign up for) (?:a )?loan\b/,
      /\b(?:instal(?:l)?ment|monthly|deferred) (?:loans?|credit|financing|finance)\b/,
      /\b(?:tuition|fees?|course fees?|the course|payment)\b[^.]{0,20}?\bfinanced (?:through|by|via|with)\b/,
      /\bfinanc(?:e|es|ed|ing) (?:the |their |his |her |your )?(?:tuition|fees?|course(?: fees?)?|studies|programme|program|enrol(?:l)?ment)\b[^.]{0,20}?\b(?:loan|credit|lender|bank|instal(?:l)?ment|finance company)/,
      /\b(?:bank|partner|third[- ]party) (?:loan|credit|financing)s? (?:arranged|offered|provided|introduced|recommended) by\b/,
    ],
    unless: [
      { re: /\b(?:not|no|never|without|prohibit\w*|ban(?:ned|s)?\b|refrain|neither|nor|forbid\w*)\b[^,.;]{0,60}$/, scope: 'before', window: 80 },
      // "does not offer, arrange or recommend tuition loans": a list of negated verbs across commas
      { re: /\b(?:does|do|will|shall|may|can)(?: not|n't|not) (?:\w+, )*\w+,? (?:or|and|nor) \w+ (?:any )?$/, scope: 'prefix' },
      { re: /^\s?(?:are |is |shall be |will be )?(?:strictly )?(?:prohibited|forbidden|banned|not allowed|not permitted)/, scope: 'after', window: 30 },
    ],
  }),
};
