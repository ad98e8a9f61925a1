import { BASIS } from '../basis';
import { AT_ONCE, CAP, CAP_AFTER, CHARGE, daysOf, numberIndex, splitApplies } from './shared';
import { matcher } from '../define';
import { chargeTrigger } from './charge';
import type { Rule, RuleContext } from '../types';

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

const DURATION = '(\\d+(?:\\.\\d+)?)(?:个)?(学年|学期|季度|季(?!节)|星期|月|年|周|天|日)';

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
    anyOf: ['月', '年', '学期', '周', '星期', '天', '日', '季', '年卡', '终身', '永久'],
    triggers: [
      { re: new RegExp(`${CHARGE}[^.]{0,16}?${DURATION}(?![内后前起])(?:的)?(?:学费|费用|课程|课时费|培训费|会员费|卡|课|服务)?`), accept: periodOver },
      { re: new RegExp(`${DURATION}(?:期)?(?:的)?(?:学费|费用|课程费|课时费|培训费|会员费|课程|课)[^.]{0,10}?${CHARGE}`), accept: periodOver },
      // the course length, then its fees paid at once: "本期课程为期五个月，学费一次性交齐"
      {
        re: new RegExp(`${DURATION}(?:的|之)?[^.]{0,24}?(?:[\\u4e00-\\u9fff]{0,2}费(?:用)?|全款|款项)[^.,]{0,6}?${AT_ONCE}`),
        accept: periodOver,
      },
      {
        // "一次性付清三个月以上的学费": at least the whole limit, and more
        re: new RegExp(`${CHARGE}[^.]{0,16}?(\\d+(?:\\.\\d+)?)(?:个)?(月|季度)(?:以上|及以上|或以上|多)`),
        accept: (m, ctx) => daysOf(Number(m[1]), m[2] ?? '') >= ctx.limits.maxDaysPerCharge - 2 && !splitApplies(m, ctx, numberIndex(m, m[1])),
      },
      {
        // "按年收费", "学费按年一次性缴清", "以学年为单位收取"
        re: /(?:(?:按|每)(?:个)?|以)(学年|年|学期|年度|6个月|半年|半学年)(?:为(?:单位|周期))?(?:1次性|一次性|统一|1次|一次)?(?:收费|收取|缴费|缴纳|计费|支付|交费|预收|交纳|缴清|交清|付清|缴齐|交齐|付齐|结清|预付|预交|预缴|付款|付费)/,
        accept: (m, ctx) => !/不得|禁止|严禁|不/.test(ctx.text.slice(Math.max(0, m.index - 6), m.index)),
      },
      {
        // the length named, then "一次付清" with no fee noun: "两季联报（春季+夏季，共二十六周）享八折优惠，报名时一次付清"
        gate: /付清|缴清|交清|交齐|缴齐|付齐|结清|1次性|一次性/,
        re: new RegExp(`${DURATION}(?![内后前起])[^.]{0,30}?(?:(?:1次性|一次性|1次|一次)(?:付清|缴清|交清|交齐|缴齐|付齐|结清|缴纳|支付|付款|收取|缴费|交费|交纳)|(?:报名|签约|开课前|入学)时(?:须|需|应)?(?:付清|缴清|交清|交齐|缴齐|付齐|结清))`),
        accept: periodOver,
      },
      {
        re: /(?:年卡|学年卡|全年卡|年度(?:会员)?卡|全年(?:会员)?卡|年度会员|终身卡|永久卡|6个月卡|全年学费|学年学费|年度学费|整年学费|1年学费|年费会员|终身会员|永久会员|(?:整个|整|全)(?:学期|学年|年度)(?:的)?(?:学费|费用|课程费|培训费)?|(?:全年|全学年|学年|年度|整年|1年)(?:的)?(?:学费|培训费|课程费|费用|课时费|会员费))/,
        accept: (m, ctx) => new RegExp(CHARGE).test(ctx.text) || /\d+(?:\.\d+)?元/.test(ctx.text) ? !/不得|禁止|严禁|不(?:办理|销售|发行)/.test(ctx.text.slice(Math.max(0, m.index - 8), m.index)) : false,
      },
      chargeTrigger('days', false),
    ],
    unless: [CAP, CAP_AFTER],
  }),
  en: matcher({
    anyOf: ['annual', 'year', 'month', 'semester', 'term', 'week', 'day', 'quarter'],
    triggers: [
      {
        re: /\b(?:annual|yearly|full[- ]year|whole[- ]year|entire[- ]year|one[- ]year|1[- ]year|12[- ]months?|6[- ]months?|half[- ]year(?:ly)?|semester|school[- ]year|academic[- ]year)\b[^.]{0,20}?\b(?:fees?|tuition|package|membership|payment|plan|card|pass|bundle|subscription)\b/,
        accept: (_m, ctx) => /\b(?:pay|paid|payable|payments?|prepa\w+|upfront|up-front|in advance|lump[- ]sum|in full|at once|charged?|purchase|collected|due|required|requires?|at (?:registration|enrol\w*|signing))\b/.test(ctx.text) && !/\bmonthly\b|\bquarterly\b|\bat a time\b|\bper (?:month|term|quarter)\b|\b(?:[2-9]|two|three|four|several) instal(?:l)?ments\b/.test(ctx.text),
      },
      /\b(?:pre)?pay(?:s|ing)? (?:for )?(?:a |one |1 |the )?(?:whole|full|entire) (?:year|semester|school year|academic year)\b/,
      {
        // "Tuition for the whole academic year is payable in advance"
        re: /\b(?:fees?|tuition|payments?|membership)\b[^.]{0,20}?\b(?:for|covering|of) (?:the |a |one |1 )?(?:whole |full |entire )?(?:academic year|school year|year|semester|12 months)\b/,
        accept: (_m, ctx) => /\b(?:pay\w*|prepa\w+|upfront|up-front|in advance|lump[- ]sum|in full|at once|charged?|due|collected|at (?:registration|enrol\w*|signing))\b/.test(ctx.text) && !/\bmonthly\b|\bquarterly\b|\bat a time\b|\bper (?:month|term|quarter)\b|\binstal(?:l)?ments?\b/.test(ctx.text),
      },
      {
        // "Pre-payment for two terms (approximately nine months)", "fees covering 4 months"
        gate: /\b(?:for|covering|of) (?:the )?(?:next |first |following |coming )?\d/,
        re: /\b(?:pre-?pay\w*|payments?|fees?|tuition|charges?|instal(?:l)?ments?)\b[^.]{0,20}?\b(?:for|covering|of) (?:the )?(?:next |first |following |coming )?(\d+(?:\.\d+)?) (terms?|semesters?|quarters?|months?|years?|weeks?)\b/,
        accept: (m, ctx) =>
          daysOf(Number(m[1]), m[2] ?? '') > ctx.limits.maxDaysPerCharge &&
          /\b(?:pay|paid|payable|payments?|pre-?pay\w*|upfront|up-front|in advance|lump[- ]sum|in full|at once|charged?|collected|due|required|at (?:registration|enrol\w*|signing))\b/.test(ctx.text) &&
          !/\bmonthly\b|\bper (?:month|lesson)\b|\bvalid for\b|\bwithin\b/.test(ctx.text),
      },
      {
        // "Tuition for the 18-week term is payable in a single instalment", "a 26-week course paid upfront"
        gate: /\d[- ](?:week|month|year|term|semester|quarter)/,
        re: /\b(\d+(?:\.\d+)?)[- ](weeks?|months?|years?|terms?|semesters?|quarters?)(?:[- ]long)? (?:course|term|programme|program|package|membership|block|season|semester|plan|camp|class(?:es)?|bundle|pass|card|subscription|session)\b/,
        accept: (m, ctx) =>
          daysOf(Number(m[1]), m[2] ?? '') > ctx.limits.maxDaysPerCharge &&
          /\b(?:single (?:instal(?:l)?ment|payment)|one (?:instal(?:l)?ment|payment)|in full|upfront|up-front|in advance|lump[- ]sum|at once|prepa\w+|at (?:registration|enrol\w*|signing|booking))\b/.test(ctx.text) &&
          !/\bmonthly\b|\bper (?:month|lesson|class|week)\b|\b(?:\d+|two|three|four|several) instal(?:l)?ments\b/.test(ctx.text),
      },
      {
        re: /\b(\d+) (months?|years?|weeks?|days?)(?:'|’)?s? (?:of )?(?:tuition|fees?|lessons|classes|service|membership)\b/,
        accept: (m, ctx) => daysOf(Number(m[1]), m[2] ?? '') > ctx.limits.maxDaysPerCharge && /\b(?:pay|paid|payable|payments?|prepa\w+|upfront|up-front|in advance|lump[- ]sum|in full|at once|charged?|collected|due|required|at (?:registration|enrol\w*|signing))\b/.test(ctx.text),
      },
      chargeTrigger('days', true),
    ],
    unless: [{ re: /\b(?:not exceed(?:ing)?|no more than|up to|at most|maximum(?: of)?)\b[^,.]{0,20}$/, scope: 'before', window: 40 }],
  }),
};
