import { BASIS } from '../basis';
import { DELIVERED_GOODS, FORBIDS_EXCLUSION } from './shared';
import { NO_REFUND } from '../lexicon';
import { matcher, re } from '../define';
import type { Rule } from '../types';

/** Lessons (or value) given on top of what was paid for. */
const GIFT = '(?:赠送|赠予|赠与|赠|附赠|附送|奖励|免费|优惠|活动|额外|福利|促销|送)(?:的)?(?:[^,.]{0,4}?)(?:课时|课程|课次|课|节|次课|学时|月份|天数|课包|部分|金额)';
/** What happens to them on a refund: not refunded, not valued, voided. */
const GIFT_OUTCOME = `(?:${NO_REFUND}|不(?:予|再|能|可)?(?:折现|兑现|折算(?!扣除|扣减|抵扣)|作价|计价|计算|计入退费|参与退费|纳入退费)|不退不换|作废|失效|取消|收回|扣除|清零|视为放弃|自动放弃|不再保留|无效)`;

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
