import { NOT_NEGATED } from './shared';
import { BASIS } from '../basis';
import { matcher, re, negatedJustBefore, negatedJustBeforeEn } from '../define';
import type { Rule, RuleContext } from '../types';

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
        // charging only for the days attended is fair ("请假者,按实际出勤天数收费"); "更改…上课时间及收费标准" is a price change
        accept: (m, ctx) =>
          !/(?:不|免|无需|无须|零)[^,.]{0,3}(?:收取|支付|缴纳|扣除|另收|加收)/.test(m[0]) &&
          !/按(?:实际|实)?(?:出勤|上课|到课|实到)/.test(m[0]) &&
          !/^标准/.test(ctx.text.slice(m.index + m[0].length)),
      },
      {
        re: /(?:学位空置费|空置费|占位费|学位费|(?:延期|冻结|补课|调课|停课|请假|改期|缺课|停卡|改课)(?:手续|服务|管理)?费|保留费|误工费|学位保留费|名额保留费|课位费)/,
        accept: (m, ctx) => !negatedJustBefore(ctx.text, m.index, 10),
      },
      /(?:请假|缺课|缺席|停课|暂停|冻结|休学|延期)(?:期间)?[^.]{0,12}?(?:仍|照常|正常|照样|依然|继续)(?:按)?(?:正常)?(?:课时|课次|上课)?(?:扣费|扣除|扣课|计费|收费|扣课时|计算课时|扣减)/,
      // absence costs lessons: "学员请假一次扣半节课时", "缺课的扣除两课时"
      {
        re: /(?:请假|缺课|缺席)[^.]{0,12}?(?:扣|扣除|扣减)(?:[\d半一两]+(?:\.\d+)?(?:个)?(?:节|次)?)?(?:课时|节课|课|次课|堂课)/,
        accept: (m, ctx) => !negatedJustBefore(ctx.text, m.index + m[0].search(/扣/), 6),
      },
      {
        re: /请假[^.]{0,16}?(?:(?:课时|课程|课次)[^,.]{0,4}?(?:直接|照常|正常|一律)扣除|视为(?:已经|已)?(?:上课|消课|出勤|消耗|完成|上|消)|照常扣|正常扣|照扣|仍扣|一律扣|扣除(?:当次|该次|本次)?课时|计入消课|按已上|算作已上|按正常上课|按出勤)/,
        // "可免费请假…，不扣除课时": the deduction is denied
        accept: (m, ctx) => !/(?:不|无需|无须|免于?|不会|不再)(?:予)?(?:扣除|扣|计入|视为|算作|按)[^,.]{0,8}$/.test(ctx.text.slice(0, m.index + m[0].length).slice(-14)),
      },
    ],
    unless: [
      { re: /未提前|无故|未请假|未经请假|不请假|未按(?:规定|约定)(?:时间)?请假|临时请假|当天请假|未履行请假/, scope: 'segment' },
      { re: /提前\d*(?:个)?(?:小时|天|日)[^.]{0,10}(?:请假|告知|通知)[^.]{0,8}否则|(?:请假|告知|通知)[^.]{0,6}提前\d*(?:个)?(?:小时|天|日)[^.]{0,8}否则/, scope: 'sentence' },
      { re: /^[^,.]{0,4}(?:全免|免收|由甲方承担)/, scope: 'after', window: 8 },
    ],
  }),
  en: matcher({
    anyOf: ['leave', 'absen', 'postpon', 'reschedul', 'freez', 'suspen', 'paus', 'make-up', 'makeup', 'missed', 'replacement', 'holding', 'retention', 'reservation'],
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
      // a fee for keeping the place while the student is away ("seat-holding fee", 学位空置费)
      /\b(?:seat|place|spot|slot|space)[- ]?(?:holding|retention|reservation|keeping) (?:fee|charge)s?\b/,
      {
        re: /\b(?:fee|charge|surcharge)s?\b[^.]{0,40}?\b(?:paus\w*|freez\w*|suspend\w*|postpon\w*|defer\w*)\b|\b(?:paus\w*|freez\w*|suspend\w*|defer\w*)\b[^.]{0,40}?\b(?:fee|charge|surcharge)s?\b/,
        // the operator suspending its classes ("is ordered to suspend classes, fees paid…") is no leave
        accept: (m, ctx) =>
          !/\b(?:no|not|free|without|waived)\b/.test(m[0]) && !negatedJustBeforeEn(ctx.text, m.index) &&
          !/\bsuspend\w* (?:all |its |the )?(?:classes|lessons|teaching|operations|business)\b/.test(m[0]),
      },
      // "Missed sessions are charged in full even where notice of absence is given"
      /\b(?:missed|absent|cancelled) (?:lessons?|classes|sessions?)\b[^.]{0,20}?\b(?:are |is |will be |shall be )?(?:charged|billed|payable|deducted)(?: in full| as (?:normal|usual))\b/,
      /\b(?:absences?|missed (?:lessons?|classes|sessions?))\b[^.]{0,20}?\b(?:are |is |will be |shall be )?(?:charged|counted|billed|treated) as (?:regular |normal |attended |taken |full )?(?:lessons?|classes|sessions?|attended|attendance)\b/,
      /\b(?:missed|absent) (?:lessons?|classes|sessions?)\b[^.]{0,30}?\b(?:will be |are |is |shall be )?(?:deducted|(?:counted|charged|treated|billed) as (?:attended|consumed|taken|used))\b/,
      {
        re: /\b(?:fee|charge|penalty|surcharge)s?\b[^.]{0,40}?\b(?:for|per|on) (?:each |every |any |a )?(?:leave|absence|postpone\w*|reschedul\w*|missed (?:lessons?|class(?:es)?)|make-?up)/,
        accept: (m, ctx) => !/\b(?:no|not|free|without|waived)\b/.test(m[0]) && !negatedJustBeforeEn(ctx.text, m.index),
      },
    ],
    unless: [
      { re: /\bwithout (?:prior |advance )?notice\b|\bunexcused\b|\bno-show\b|\bfail(?:s|ure)? to (?:notify|give notice)/, scope: 'sentence' },
      // the operator suspending its classes (closure, an order) is no leave of the student
      { re: /\b(?:ordered|forced|required|decides?) to suspend\b|\bceases? (?:operations|trading|business)\b/, scope: 'sentence' },
    ],
  }),
};

const FORFEIT =
  '(?:作废|失效|清零|清空|归零|自动清空|自动扣减|视为(?:自动)?放弃|视为(?:已经|已)?(?:消耗|消课|消费|上课|上|完成|使用)|按已(?:上|消耗|消|完成)(?:课时|课程)?(?:处理|计算|扣除|结算)|自动(?:取消|扣除|清零|消耗|作废|失效|放弃)|不予(?:保留|补课|顺延|补|保存|延期)|不再(?:保留|补课|补|提供|安排|顺延|有效)|不得(?:再)?(?:使用|补课|顺延)|(?:不可|不能|无法)(?:再)?(?:使用|继续使用|上课|消课)|不退不补|不补不退|过期不候|归(?:甲方|本机构|机构|学校|公司|本中心|本校)所有|一律作废)';

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
    unless: [
      { re: /(?:请假|延期|休学|停课)(?:超过|不得超过|累计)/, scope: 'match' },
      // a deadline for claims waives the claim (remedy_exclusion), it forfeits no lessons
      { re: /索赔|赔偿(?:请求|要求)|异议|投诉|追偿|追究|主张权利/, scope: 'sentence' },
    ],
  }),
  en: matcher({
    anyOf: ['lost', 'null', 'expir', 'forfeit', 'lapse', 'void', 'valid', 'carried', 'rolled', 'treated as', 'counted as', 'deemed', 'regarded as', 'deducted', 'cleared', 'written off', 'reset', 'zeroed'],
    triggers: [
      {
        re: /\b(?:unused|remaining|outstanding|untaken|unconsumed|leftover|any) (?:lessons?|classes|sessions?|hours?|credits?|balance|value)\b[^.]{0,40}?\b(?:expire[sd]?|will be forfeited|are forfeited|shall be forfeited|forfeit(?:ed)?|become void|becomes void|lapse[sd]?|will be lost|are lost|be cancelled|will be cancelled|be voided|(?:be |are |is )?(?:automatically )?(?:deducted|cleared|reset|written off|zeroed))\b/,
        accept: (m) => !/\b(?:not|never|n't)\b/.test(m[0]),
      },
      /\b(?:lessons?|classes|sessions?|credits?|hours?|packages?|cards?|balances?)\b (?:will )?(?:automatically )?(?:expire|lapse|become void)\b/,
      {
        // "Credits are valid for 60 days and are void after that date"
        re: /\b(?:lessons?|classes|sessions?|credits?|hours?|packages?|cards?|balances?|vouchers?|passes)\b[^.]{0,40}?\b(?:(?:are|is|will be|shall be|become|becomes) (?:void|forfeited|lost|invalid|null and void|worthless)|expire[sd]?|lapse[sd]?)\b/,
        accept: (m) => !/\b(?:not|never|n't|no)\b/.test(m[0]),
        // a no-show without notice may be charged
        unless: [{ re: /\bwithout (?:\d+ (?:hours|days)'? |prior |advance )?notice\b|\bunexcused\b|\bno-show\b|\bwithout notifying\b/, scope: 'sentence' }],
      },
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
