import { BASIS } from '../basis';
import { CHARGE, CAP, CAP_AFTER, splitApplies, numberIndex, LESSON_UNIT } from './shared';
import { matcher } from '../define';
import { chargeTrigger } from './charge';
import type { Rule, RuleContext } from '../types';

function lessonsOver(m: RegExpExecArray, ctx: RuleContext): boolean {
  const n = Number(m[1]);
  if (!(n > ctx.limits.maxLessonsPerCharge)) return false;
  const at = numberIndex(m, m[1]);
  const before = ctx.text.slice(Math.max(0, at - 6), at);
  if (/(?:赠|送|赠送|免费|额外|奖励|附赠)(?:的)?$|每(?:周|天|日|月|次|期|年)?$|第$/.test(before)) return false;
  if (/(?:不超过|不得超过|不高于|最多|至多|不多于|上限|最高)/.test(m[0])) return false;
  return !splitApplies(m, ctx, at);
}

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
      chargeTrigger('lessons', false),
    ],
    unless: [CAP, CAP_AFTER],
  }),
  en: matcher({
    anyOf: ['lesson', 'class', 'session', 'hour', 'visit'],
    triggers: [
      { re: /\b(?:pay|pays|paid|payable|payments?|prepay|prepaid|purchase|purchases|buy|buys|bought|charged?|upfront|up-front|in advance|lump[- ]sum|in full)\b[^.]{0,40}?\b(\d+) (?:lessons|classes|sessions|hours|class hours)\b/, accept: lessonsOverEn },
      { re: /\b(\d+)[- ](?:lessons?|classes|class|sessions?|hours?|class hours?)\b[^.]{0,30}?\b(?:paid|payable|prepaid|purchased|charged|upfront|up-front|in advance|lump[- ]sum|in full|at once|in (?:one|1) payment)\b/, accept: lessonsOverEn },
      chargeTrigger('lessons', true),
    ],
    unless: [{ re: /\b(?:not exceed(?:ing)?|no more than|up to|at most|maximum(?: of)?|fewer than|less than)\b[^,.]{0,20}$/, scope: 'before', window: 40 }],
  }),
};

function lessonsOverEn(m: RegExpExecArray, ctx: RuleContext): boolean {
  return Number(m[1]) > ctx.limits.maxLessonsPerCharge && !/(?<!\b(?:single|one|1|a single) )\binstal(?:l)?ments?\b|\bper (?:month|term)\b|\bmonthly\b|\beach (?:month|period)\b/.test(ctx.text);
}
