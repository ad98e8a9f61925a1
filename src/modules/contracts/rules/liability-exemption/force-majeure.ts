import { BASIS } from '../basis';
import { EN_NOT_LIABLE } from '../lexicon-en';
import { NO_REFUND } from '../lexicon';
import { matcher, re } from '../define';
import type { Exception } from '../define';
import type { Rule } from '../types';

const FORCE_MAJEURE_MAKEUP: Exception = {
  // a make-up or refund that the clause itself denies ("不予退费也不安排补课") does not count
  re: /(?<!不[^,.]{0,3}|无)(?:顺延|补课|按比例退|另行安排|线上授课|改为线上|延期授课)|(?:剩余|未消|未上|未完成)[^.]{0,10}(?<!不|不予)(?:退|顺延|补)|(?<!不)退还(?:剩余|未消)/,
  scope: 'sentence',
};

export const LIABILITY_FORCE_MAJEURE_NO_REFUND: Rule = {
  id: 'LIABILITY_FORCE_MAJEURE_NO_REFUND',
  category: 'liability_exemption',
  severity: 'high',
  patterns: [27],
  basis: BASIS.forceMajeure,
  suppresses: ['LIABILITY_GENERAL_EXEMPTION', 'REFUND_NO_REFUND'],
  suppressInSentence: true,
  explanation: {
    zh: '条款规定因疫情、政策等原因停课时经营者不承担任何责任、不予退费，或对教学效果不承担任何责任。不可抗力仅免除不能履行部分的违约责任，未提供服务的预付款仍应退还或顺延。',
    en: 'The clause says the operator bears no liability and gives no refund when classes stop for an epidemic, policy or similar reasons, or bears no responsibility at all for teaching. Force majeure excuses only the performance it prevents; unperformed prepaid services must still be refunded or rescheduled.',
  },
  suggestion: {
    zh: '因不可抗力或政府要求停课的，双方协商顺延或改为线上授课；无法顺延或乙方不同意的，甲方按剩余课时比例退还费用。',
    en: 'If classes stop for force majeure or a government order, they are rescheduled or moved online by agreement; otherwise the remaining lessons are refunded pro rata.',
  },
  zh: matcher({
    anyOf: ['疫情', '不可抗力', '政策', '政府', '停电', '天气', '灾害', '突发', '上级', '主管部门', '监管', '效果', '成绩', '升学', '提分', '考级', '质量', '分数'],
    triggers: [
      re`(?:疫情|不可抗力|政策(?:调整|原因|变化)?|政府(?:要求|原因|命令|通知)?|停电|天气|自然灾害|突发事件|突发公共|(?:上级|主管|监管)部门(?:要求|通知|命令|规定|政策|原因)|监管要求)[^.]{0,25}?(?:不承担任何[^,.]{0,8}?(?:责任|后果)|概不负责|一概不负责|${NO_REFUND}|不作任何补偿|不予补偿|不予任何补偿|不作补偿|不(?:作|予|安排|提供|再)?(?:任何)?(?:补课|补偿|退费|退款|顺延)|免除(?:一切|全部|任何)责任|不承担(?:退款|退费|赔偿|补课)(?:责任|义务)|不负任何责任)`,
      // a teaching result is not promised (lawful, even required), but disclaiming all liability for the teaching is not:
      // "本中心不对学员的考级结果作任何保证，也不承担由此产生的任何责任"
      /(?:教学效果|学习效果|学习成绩|考试成绩|考级(?:结果|成绩)?|成绩|升学|考试结果|提分|培训效果|教学质量|分数|考分|效果)[^.]{0,20}?(?:不承担[^,.]{0,10}?(?:任何|一切)[^,.]{0,4}?(?:责任|后果)|概不负责|一概不负责|不负任何责任)/,
    ],
    unless: [FORCE_MAJEURE_MAKEUP],
  }),
  en: matcher({
    anyOf: ['force majeure', 'epidemic', 'pandemic', 'government', 'policy', 'polici', 'authorit', 'lockdown', 'official order', 'weather', 'disaster', 'power', 'beyond', 'result', 'grade', 'score', 'outcome', 'exam'],
    triggers: [
      /\b(?:force majeure|epidemic|pandemic|government|polic(?:y|ies)|authorit(?:y|ies)|lockdowns?|official orders?|weather|natural disasters?|power (?:cuts?|outages?)|circumstances beyond)\b[^.]{0,60}?\b(?:no (?:refunds?|compensation|liability|make-?ups?)|(?:(?:not|cannot|can't|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible|accountable)|(?:cannot|can't|can not|will not|won't|does not|do not|shall not) (?:accept|assume|bear|take) (?:any )?(?:liability|responsibility)|(?<!not (?:be )?|never (?:be )?|n't (?:be )?)exempt(?:ed)? from (?:any |all )?(?:liability|responsibility)) for any|shall bear no|without (?:any )?(?:refund|compensation)|non-?refundable|will not be refunded|not be refunded)\b/,
      /\b(?:no (?:liability|responsibility)|(?:(?:not|cannot|can't|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible|accountable)|(?:cannot|can't|can not|will not|won't|does not|do not|shall not) (?:accept|assume|bear|take) (?:any )?(?:liability|responsibility)|(?<!not (?:be )?|never (?:be )?|n't (?:be )?)exempt(?:ed)? from (?:any |all )?(?:liability|responsibility)))\b[^.]{0,50}?\b(?:force majeure|epidemic|pandemic|government|polic(?:y|ies)|weather|natural disasters?|circumstances beyond)/,
      /\b(?:no refunds?|not be refunded|non-?refundable|no compensation)\b[^.]{0,60}?\b(?:force majeure|epidemic|pandemic|government|polic(?:y|ies)|weather|natural disasters?|power (?:cuts?|outages?)|circumstances beyond)/,
      re`${EN_NOT_LIABLE}[^.]{0,20}?\b(?:(?:exam(?:ination)?|test|grading|assessment|academic) )?(?:results?|grades?|scores?|outcomes?|marks?|progress)\b`,
      /\b(?:results?|grades?|scores?|outcomes?|exam(?:ination)?s?)\b[^.]{0,30}?\b(?:(?:(?:not|cannot|can't|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible|accountable)|(?:cannot|can't|can not|will not|won't|does not|do not|shall not) (?:accept|assume|bear|take) (?:any )?(?:liability|responsibility)|(?<!not (?:be )?|never (?:be )?|n't (?:be )?)exempt(?:ed)? from (?:any |all )?(?:liability|responsibility)) for any|no (?:liability|responsibility) whatsoever|accepts? no (?:liability|responsibility) (?:whatsoever|of any kind))/,
    ],
    unless: [{ re: /(?<!\bno [^.]{0,15})\breschedul\w*|(?<!\bno [^.]{0,15})\bmake-?up\b|\brefund(?:ed)? (?:for|of) (?:the )?(?:remaining|unused|undelivered)|\bpro[- ]rata\b|\bonline\b/, scope: 'sentence' }],
  }),
};
