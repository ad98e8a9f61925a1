import { BASIS } from '../basis';
import { actorIsNotConsumer } from './shared';
import { matcher } from '../define';
import type { Rule } from '../types';

const SCHEDULE_NOUNS = /时间|课表|课程|上课|排课|安排|地点|教师|老师|师资|班|教室|校区|场地|内容|计划|进度|规则|规定|收费|价格/;

export const UNILATERAL_SCHEDULE_NO_NOTICE: Rule = {
  id: 'UNILATERAL_SCHEDULE_NO_NOTICE',
  category: 'unilateral_right',
  severity: 'medium',
  patterns: [20],
  basis: BASIS.unilateralNotice,
  explanation: {
    zh: '条款允许经营者调整课程安排、上课时间等而“不另行通知”或无需消费者同意，免除了经营者的通知义务，排除了消费者的选择权。',
    en: 'The clause lets the operator change the schedule or course arrangements “without further notice” or consent, removing its duty to notify and the consumer’s choice.',
  },
  suggestion: {
    zh: '甲方确需调整上课时间或课程安排的，应提前7日书面通知乙方并征得乙方同意；乙方不同意的，可以解除合同，甲方按剩余课时退还费用。',
    en: 'Any change to the schedule needs 7 days’ written notice and the student’s consent; a student who does not agree may end the contract with a pro-rata refund.',
  },
  zh: matcher({
    anyOf: ['通知', '同意', '意见'],
    triggers: [
      {
        re: /(?:调整|变更|更改|改变|取消|变动|修改|更换|调换|安排|调课|停课|合班|并班|合并|调配|调动|轮换)[^.]{0,20}?(?:(?:在)?(?:不|未|无需|无须)(?:事先|提前|另行)?通知[^.]{0,8}?(?:的情况下|即可|直接)|(?:不再|无需|无须|不必|不)(?:另行|单独|个别|逐一|专门|提前|事先|再)?(?:通知|告知)(?!后)|(?:不再|无需|无须|不|不必)(?:另行|事先|提前|单独|再)?(?:征求|征得|听取|询问|征询|商量|咨询)[^.]{0,8}(?:意见|同意)|不另行通知|恕不另行通知|无需另行通知|不再另行通知|不另通知|无需通知|无须通知|不予通知|不做通知|不作通知|不再通知|不通知|无需提前通知|无须提前通知|不提前通知|不事先通知|无需事先通知|无需(?:征得|经过|取得)?(?:乙方|学员|家长|您|消费者)?(?:的)?同意|无须(?:征得|经过)?[^.]{0,6}同意|不需(?:要)?(?:征得|经过)?[^.]{0,6}同意|不必(?:征得|经过)?[^.]{0,6}同意)/,
        accept: (m, ctx) => SCHEDULE_NOUNS.test(ctx.text) && actorIsNotConsumer(ctx, m.index),
      },
      { re: /(?:恕不另行通知|不另行通知)/, accept: (_m, ctx) => SCHEDULE_NOUNS.test(ctx.text) },
      {
        re: /(?:在)?(?:不|未|无需|无须|不经|未经)(?:事先|提前|另行)?(?:通知|告知|征得[^.]{0,6}同意|同意)[^.]{0,6}?(?:的情况下|时)?[^.]{0,4}?(?:更改|调整|变更|更换|取消|改变|修改)/,
        accept: (m, ctx) => SCHEDULE_NOUNS.test(ctx.text) && actorIsNotConsumer(ctx, m.index),
      },
    ],
    unless: [{ re: /(?:不得|禁止|严禁|不应|不能|不可)[^,.]{0,10}$/, scope: 'before', window: 12 }],
  }),
  en: matcher({
    anyOf: ['notice', 'consent', 'discretion'],
    triggers: [
      {
        re: /\bwithout (?:any )?(?:prior |advance |further |separate |additional )?(?:notice|notification|notifying|consent|informing|consult\w*|asking|agreement|approval|discussion)\b/,
        accept: (_m, ctx) => /\b(?:schedul\w*|timetable|time|class(?:es)?|lessons?|teachers?|tutors?|venue|location|course|dates?|arrangements?|fees?|prices?|terms|rules)\b/.test(ctx.text),
      },
      { re: /\b(?:subject to change|may change) (?:at any time )?without notice\b/ },
      /\b(?:subject to change|may (?:be )?(?:changed|altered|modified|adjusted)|may change)\b[^.]{0,20}?\bat (?:the )?(?:school|institution|centre|center|academy|company|provider|club|studio|organi[sz]er|operator|camp|institute)'?s? (?:sole |absolute )?discretion\b/,
    ],
    unless: [{ re: /\b(?:shall|will|may|must|can|does|do)(?: not|n't)\b|\bcannot\b|\bnever\b|\bno (?:changes?|one)\b/, scope: 'prefix' }],
  }),
};
