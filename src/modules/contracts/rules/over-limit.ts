import { Decimal } from 'decimal.js';
import { BASIS } from './basis';
import { matcher } from './define';
import type { Exception } from './define';
import type { Rule, RuleContext } from './types';

/**
 * 超出一次收费上限 (over_limit), SPEC §3.1: one charge covers at most 60 lessons and 3 months
 * (教监管函〔2021〕2号 and the 2021 prepaid-fee notice, including 充值 and 次卡), and non-subject
 * training at most 5,000 yuan (13-department 意见, Dec 2022). The limits come from the caller's
 * policy table (ScanLimits); a clause is read for a single charge — "一次性缴纳120课时学费" —
 * not for a course total that is charged in instalments.
 */

const CHARGE =
  '(?:1次性|一次性|预收|预付|收取|缴纳|缴费|交费|交纳|支付|付清|缴清|充值|购买|购课|办理|付款|交清|全款|首付|签约时|报名时|预交|预缴|趸交|打包|需交|须交|应交|应缴|应付|收费|1次缴|1次交|1次付|1次收)';
/** A course total charged in parts is not one charge ("共120课时，分两期缴纳"). */
const SPLIT = /分\d+(?:次|期|笔|批)|分期|分次|分批|每期|每次(?:缴|交|收|付|支付)|按月|按期|按季度|按季|逐月|逐期|每月|每季度|每\d+(?:个)?月|按课时(?:收费|计费|缴费)|按次(?:收费|计费)|先上课后(?:付费|收费)|课前(?:缴|支付)/;
const PER_CHARGE = /(?:每期|每次|首期|第1期|本期|单次|每笔)[^,.]{0,8}$/;
const CAP: Exception = {
  re: /(?:不超过|不得超过|不高于|最多|至多|不多于|上限|最高|不大于|少于|低于|不足|以内|以下)[^,.]{0,10}$/,
  scope: 'before',
  window: 14,
};
const CAP_AFTER: Exception = { re: /^(?:以内|以下|之内|为限|封顶)/, scope: 'after', window: 4 };

function splitApplies(m: RegExpExecArray, ctx: RuleContext, numberAt: number): boolean {
  if (!SPLIT.test(ctx.text)) return false;
  return !PER_CHARGE.test(ctx.text.slice(Math.max(0, numberAt - 12), numberAt)) && !/1次性|一次性/.test(m[0]);
}

function numberIndex(m: RegExpExecArray, value: string | undefined): number {
  if (value === undefined) return m.index;
  const at = m[0].lastIndexOf(value);
  return m.index + (at < 0 ? 0 : at);
}

function lessonsOver(m: RegExpExecArray, ctx: RuleContext): boolean {
  const n = Number(m[1]);
  if (!(n > ctx.limits.maxLessonsPerCharge)) return false;
  const at = numberIndex(m, m[1]);
  const before = ctx.text.slice(Math.max(0, at - 6), at);
  if (/(?:赠|送|赠送|免费|额外|奖励|附赠)(?:的)?$|每(?:周|天|日|月|次|期|年)?$|第$/.test(before)) return false;
  if (/(?:不超过|不得超过|不高于|最多|至多|不多于|上限|最高)/.test(m[0])) return false;
  return !splitApplies(m, ctx, at);
}

const LESSON_UNIT = '(?:课时|节课|节|堂课|堂|课次|次课|学时|次(?!性|课时))';

export const OVER_LIMIT_LESSONS: Rule = {
  id: 'OVER_LIMIT_LESSONS',
  category: 'over_limit',
  severity: 'high',
  patterns: [],
  basis: BASIS.overLimit,
  explanation: {
    zh: '条款约定一次收取的费用超过60课时。预收费一次不得超过60课时（含充值、次卡）。',
    en: 'The clause charges for more than 60 lessons at once. One prepayment may cover at most 60 lessons (including top-ups and lesson cards).',
  },
  suggestion: {
    zh: '每次收费不超过60课时；剩余课时不超过20课时时，方可续缴下一期费用。',
    en: 'Charge at most 60 lessons at a time; the next period is paid only when at most 20 lessons remain.',
  },
  zh: matcher({
    anyOf: ['课', '节', '堂', '次', '学时'],
    triggers: [
      { re: new RegExp(`${CHARGE}[^.]{0,20}?(\\d+)(?:个)?${LESSON_UNIT}`), accept: lessonsOver },
      { re: new RegExp(`(\\d+)(?:个)?(?:课时|节课|节|堂课|堂|课次|次课|学时)(?:的)?(?:课程|课包|套餐|学费|费用|课时费|培训费|课|次卡|卡)?[^.]{0,12}?${CHARGE}`), accept: lessonsOver },
    ],
    unless: [CAP, CAP_AFTER],
  }),
  en: matcher({
    anyOf: ['lesson', 'class', 'session', 'hour'],
    triggers: [
      { re: /\b(?:pay|pays|paid|payable|payments?|prepay|prepaid|purchase|purchases|buy|buys|bought|charged?|upfront|up-front|in advance|lump[- ]sum|in full)\b[^.]{0,40}?\b(\d+) (?:lessons|classes|sessions|hours|class hours)\b/, accept: lessonsOverEn },
      { re: /\b(\d+)[- ](?:lessons?|classes|class|sessions?|hours?|class hours?)\b[^.]{0,30}?\b(?:paid|payable|prepaid|purchased|charged|upfront|up-front|in advance|lump[- ]sum|in full|at once|in one payment)\b/, accept: lessonsOverEn },
    ],
    unless: [{ re: /\b(?:not exceed(?:ing)?|no more than|up to|at most|maximum(?: of)?|fewer than|less than)\b[^,.]{0,20}$/, scope: 'before', window: 40 }],
  }),
};

function lessonsOverEn(m: RegExpExecArray, ctx: RuleContext): boolean {
  return Number(m[1]) > ctx.limits.maxLessonsPerCharge && !/(?<!\b(?:single|one|a single) )\binstal(?:l)?ments?\b|\bper (?:month|term)\b|\bmonthly\b|\beach (?:month|period)\b/.test(ctx.text);
}

function daysOf(n: number, unit: string): number {
  if (/学年|年|year/.test(unit)) return n * 365;
  if (/学期|semester|term/.test(unit)) return n * 150;
  if (/季度|quarter/.test(unit)) return n * 91;
  if (/月|month/.test(unit)) return n * 30.44;
  if (/周|星期|week/.test(unit)) return n * 7;
  return n;
}

function periodOver(m: RegExpExecArray, ctx: RuleContext): boolean {
  const n = Number(m[1] ?? '1');
  const unit = m[2] ?? '';
  if (!(daysOf(n, unit) > ctx.limits.maxDaysPerCharge)) return false;
  const at = numberIndex(m, m[1]);
  const before = ctx.text.slice(Math.max(0, at - 8), at);
  if (/(?:有效期|使用期|保留|延期|顺延|期限|服务期|合同期|最长|不超过)(?:为|是)?$|(?:之日起|日起|起算|起)$/.test(before)) return false;
  // a validity period ("课程有效期为缴费之日起一年") is not what one charge covers
  if (/有效期|使用期|保质期|有效时间/.test(ctx.text.slice(Math.max(0, at - 20), at))) return false;
  return !splitApplies(m, ctx, at);
}

const DURATION = '(\\d+(?:\\.\\d+)?)(?:个)?(学年|学期|季度|星期|月|年|周|天|日)';

export const OVER_LIMIT_PERIOD: Rule = {
  id: 'OVER_LIMIT_PERIOD',
  category: 'over_limit',
  severity: 'high',
  patterns: [],
  basis: BASIS.overLimit,
  explanation: {
    zh: '条款约定一次收取超过3个月的费用（如按学期、学年或年卡收费）。预收费一次不得超过3个月。',
    en: 'The clause charges for more than 3 months at once (per term, per year or an annual card). One prepayment may cover at most 3 months.',
  },
  suggestion: {
    zh: '按不超过3个月的周期收费；新周期开课前1个月内方可收取下一期费用。',
    en: 'Charge for at most 3 months at a time, and the next period no earlier than 1 month before it starts.',
  },
  zh: matcher({
    anyOf: ['月', '年', '学期', '周', '星期', '天', '日', '季度', '年卡', '终身', '永久'],
    triggers: [
      { re: new RegExp(`${CHARGE}[^.]{0,16}?${DURATION}(?![内后前起])(?:的)?(?:学费|费用|课程|课时费|培训费|会员费|卡|课|服务)?`), accept: periodOver },
      { re: new RegExp(`${DURATION}(?:期)?(?:的)?(?:学费|费用|课程费|课时费|培训费|会员费|课程|课)[^.]{0,10}?${CHARGE}`), accept: periodOver },
      {
        // "一次性付清三个月以上的学费": at least the whole limit, and more
        re: new RegExp(`${CHARGE}[^.]{0,16}?(\\d+(?:\\.\\d+)?)(?:个)?(月|季度)(?:以上|及以上|或以上|多)`),
        accept: (m, ctx) => daysOf(Number(m[1]), m[2] ?? '') >= ctx.limits.maxDaysPerCharge - 2 && !splitApplies(m, ctx, numberIndex(m, m[1])),
      },
      { re: /按(学年|年|学期|年度|6个月|半学年)(?:收费|收取|缴费|缴纳|计费|支付|交费|预收)/, accept: (m, ctx) => !/不得|禁止|严禁|不/.test(ctx.text.slice(Math.max(0, m.index - 6), m.index)) },
      {
        re: /(?:年卡|学年卡|全年卡|年度(?:会员)?卡|全年(?:会员)?卡|年度会员|终身卡|永久卡|6个月卡|全年学费|学年学费|年度学费|整年学费|1年学费|年费会员|终身会员|永久会员|(?:整个|整|全)(?:学期|学年|年度)(?:的)?(?:学费|费用|课程费|培训费)?|(?:全年|全学年|学年|年度|整年|1年)(?:的)?(?:学费|培训费|课程费|费用|课时费|会员费))/,
        accept: (m, ctx) => new RegExp(CHARGE).test(ctx.text) || /\d+(?:\.\d+)?元/.test(ctx.text) ? !/不得|禁止|严禁|不(?:办理|销售|发行)/.test(ctx.text.slice(Math.max(0, m.index - 8), m.index)) : false,
      },
    ],
    unless: [CAP, CAP_AFTER],
  }),
  en: matcher({
    anyOf: ['annual', 'year', 'month', 'semester', 'term', 'week', 'day'],
    triggers: [
      {
        re: /\b(?:annual|yearly|full[- ]year|whole[- ]year|entire[- ]year|one[- ]year|1[- ]year|12[- ]months?|6[- ]months?|half[- ]year(?:ly)?|semester|school[- ]year|academic[- ]year)\b[^.]{0,20}?\b(?:fees?|tuition|package|membership|payment|plan|card)\b/,
        accept: (_m, ctx) => /\b(?:pay|paid|payable|payments?|prepa\w+|upfront|up-front|in advance|lump[- ]sum|in full|at once|charged?|purchase|collected|due|required|requires?|at (?:registration|enrol\w*|signing))\b/.test(ctx.text) && !/\bmonthly instal/.test(ctx.text),
      },
      /\bpay(?:s|ing)? (?:for )?(?:a |one |the )?(?:whole|full|entire) (?:year|semester|school year|academic year)\b/,
      {
        re: /\b(\d+) (months?|years?|weeks?|days?)(?:'|’)?s? (?:of )?(?:tuition|fees?|lessons|classes|service|membership)\b/,
        accept: (m, ctx) => daysOf(Number(m[1]), m[2] ?? '') > ctx.limits.maxDaysPerCharge && /\b(?:pay|paid|payable|payments?|prepa\w+|upfront|up-front|in advance|lump[- ]sum|in full|at once|charged?|collected|due|required|at (?:registration|enrol\w*|signing))\b/.test(ctx.text),
      },
    ],
    unless: [{ re: /\b(?:not exceed(?:ing)?|no more than|up to|at most|maximum(?: of)?)\b[^,.]{0,20}$/, scope: 'before', window: 40 }],
  }),
};

const FEE_NOUN = '(?:学费|培训费|课程费|培训费用|课程费用|费用|总价|总额|价款|课时费|会员费|合计|共计|总计|金额|课程总价|合同总价|充值|储值|预付款|款项|售价|定价|价格|标价)';
const AMOUNT = '(?:(?:人民币|rmb|¥|cny)\\s?(\\d+(?:\\.\\d+)?)(?:元|块)?|(\\d+(?:\\.\\d+)?)\\s?(?:元|块))';

/** "一次性缴费48节，每节200元": the charge is lessons × unit price. */
function productOver(lessons: string | undefined, price: string | undefined, m: RegExpExecArray, ctx: RuleContext): boolean {
  const max = ctx.limits.maxAmountNonSubject;
  if (max === null || lessons === undefined || price === undefined) return false;
  if (!new Decimal(lessons).mul(price).gt(new Decimal(max))) return false;
  const at = numberIndex(m, lessons);
  if (/(?:赠|送|赠送|免费|额外|奖励|附赠)(?:的)?$/.test(ctx.text.slice(Math.max(0, at - 4), at))) return false;
  return !splitApplies(m, ctx, at);
}

function amountOver(m: RegExpExecArray, ctx: RuleContext): boolean {
  const max = ctx.limits.maxAmountNonSubject;
  if (max === null) return false;
  const value = m[1] ?? m[2];
  if (value === undefined || !new Decimal(value).gt(new Decimal(max))) return false;
  const at = numberIndex(m, value);
  const before = ctx.text.slice(Math.max(0, at - 10), at);
  const after = ctx.text.slice(at + value.length, at + value.length + 6);
  if (/(?:定金|违约金|押金|手续费|赔偿|罚款|退还|退款|返还|补贴|优惠|减免|赠送|单价|每课时|每节|每次|每堂|每人|保证金|保险)[^,.]{0,6}$/.test(before)) return false;
  if (/^(?:元|块)?\s?(?:\/|每)(?:课时|节|次|课|人|堂|小时|月)/.test(after)) return false;
  return !splitApplies(m, ctx, at);
}

export const OVER_LIMIT_AMOUNT: Rule = {
  id: 'OVER_LIMIT_AMOUNT',
  category: 'over_limit',
  severity: 'medium',
  patterns: [],
  basis: BASIS.overLimit,
  explanation: {
    zh: '条款约定一次收取的费用超过5000元。面向中小学生的非学科类培训一次收费不得超过5000元。',
    en: 'The clause charges more than 5,000 yuan at once. Non-subject training for school pupils may charge at most 5,000 yuan at a time.',
  },
  suggestion: {
    zh: '非学科类培训每次收费不超过5000元，且不超过3个月或60课时。',
    en: 'Charge non-subject training at most 5,000 yuan at a time, and at most 3 months or 60 lessons.',
  },
  zh: matcher({
    anyOf: ['元', '人民币', '¥', 'rmb', '块'],
    triggers: [
      { re: new RegExp(`${CHARGE}[^.]{0,20}?${FEE_NOUN}?[^.]{0,6}?${AMOUNT}`), accept: amountOver },
      { re: new RegExp(`${FEE_NOUN}(?:为|是|共|计|共计|合计)?[^.]{0,4}?${AMOUNT}[^.]{0,16}?${CHARGE}`), accept: amountOver },
      {
        re: new RegExp(`${CHARGE}[^.]{0,12}?(\\d+)(?:个)?${LESSON_UNIT}[^.]{0,12}?(?:每|单价)(?:个)?(?:节|课时|次|堂|课)?(?:课)?(?:单价)?(?:为|是)?(?:人民币)?(\\d+(?:\\.\\d+)?)元`),
        accept: (m, ctx) => productOver(m[1], m[2], m, ctx),
      },
      {
        re: new RegExp(`(?:每|单价)(?:个)?(?:节|课时|次|堂|课)(?:课)?(?:单价)?(?:为|是)?(?:人民币)?(\\d+(?:\\.\\d+)?)元[^.]{0,16}?${CHARGE}[^.]{0,8}?(\\d+)(?:个)?${LESSON_UNIT}`),
        accept: (m, ctx) => productOver(m[2], m[1], m, ctx),
      },
    ],
    unless: [CAP, CAP_AFTER],
  }),
  en: matcher({
    anyOf: ['rmb', 'yuan', '¥', 'cny'],
    triggers: [
      {
        re: /\b(?:pay|pays|paid|payable|payments?|prepay|prepaid|charge[sd]?|upfront|up-front|in advance|lump[- ]sum|in full|purchase)\b[^.]{0,40}?(?:(?:rmb|cny|¥)\s?(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s?(?:yuan|rmb)\b)/,
        accept: amountOverEn,
      },
      {
        re: /(?:(?:rmb|cny|¥)\s?(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s?(?:yuan|rmb)\b)[^.]{0,40}?\b(?:paid|payable|prepaid|charged|upfront|up-front|in advance|lump[- ]sum|in full|at once|in one payment|collected|due at|required at)\b/,
        accept: amountOverEn,
      },
    ],
    unless: [{ re: /\b(?:not exceed(?:ing)?|no more than|up to|at most|maximum(?: of)?|deposit|penalty|refund(?:ed)?|per (?:lesson|class|hour|session))\b[^,.]{0,20}$/, scope: 'before', window: 40 }],
  }),
};

function amountOverEn(m: RegExpExecArray, ctx: RuleContext): boolean {
  const max = ctx.limits.maxAmountNonSubject;
  const value = m[1] ?? m[2];
  if (max === null || value === undefined) return false;
  if (/(?<!\b(?:single|one|a single) )\binstal(?:l)?ments?\b|\bper (?:month|term|lesson|class|hour|session)\b|\bmonthly\b|\beach (?:month|period|lesson)\b/.test(ctx.text)) return false;
  return new Decimal(value).gt(new Decimal(max));
}

export const OVER_LIMIT_RULES: readonly Rule[] = [OVER_LIMIT_LESSONS, OVER_LIMIT_PERIOD, OVER_LIMIT_AMOUNT];
