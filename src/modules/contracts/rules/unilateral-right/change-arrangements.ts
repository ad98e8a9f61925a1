import { BASIS } from '../basis';
import { EN_ARRANGEMENT } from '../lexicon-en';
import { OPERATOR, CONSUMER } from '../lexicon';
import { actorIsNotConsumer } from './shared';
import { firstPartyIn } from '../../parties';
import { matcher, re } from '../define';
import type { Exception } from '../define';
import type { Rule } from '../types';

/** "学员不得异议", "须服从安排": the unfair marker that no exception can cancel. */
const NO_OBJECTION = re`(?:${CONSUMER}|乙方)[^.]{0,4}(?:不得|无权|不能|不可)(?:以[^,.]{0,10}?为由)?(?:提出|有|持|提|表示)?(?:任何)?(?:异议|反对|拒绝|干涉)|(?:${CONSUMER}|乙方)[^.]{0,4}(?:不得|不能|不可)(?:指定或|自行)?(?:要求|申请)(?:更换|调换|变更|调整|指定|调班|换班|转班|换老师|换教师)|(?:${CONSUMER}|乙方)[^.]{0,4}(?:不得|无权|不能|不可)(?:自行)?(?:指定|挑选|选择)(?=$|[,.;]|(?:授课|任课)?(?:教师|老师|教练))|(?:${CONSUMER}|乙方)[^.]{0,4}无权(?:要求)?(?:更换|选择|变更|调整|指定)|(?:须|必须|应当|应)无条件(?:服从|接受)|(?:须|必须|应当|应)(?:服从|接受)[^,.]{0,16}?(?:安排|调整|调配|决定|变更|更换)|不得以此为由[^.]{0,10}(?:退费|解除|拒绝|要求)`;
/** Notice, consent or a way out: the change is then an arrangement, not a unilateral right. */
const CONSENT_OR_EXIT: Exception = {
  re: /协商一致|双方协商|协商确定|建议|提议|由(?:乙方|学员|家长|消费者)(?:自行|自主)?(?:决定|选择|确定)|(?<!未|不)经(?:乙方|学员|家长|双方)(?:书面)?(?:确认|同意)|(?<!无需|无须|不需|不需要|不必|不用|未|不经|未经)征得(?:乙方|学员|家长|您|消费者)[^.]{0,4}同意|(?:乙方|学员|家长)(?:如)?不同意的?|(?:乙方|学员|家长)有权(?:选择|要求|解除|退)|可(?:以)?(?:选择)?(?:解除合同|退费|全额退|按比例退|退还|要求退)|提前\d*(?:个)?(?:工作日|日|天|小时|周)?(?:以)?(?:书面)?(?:形式)?通知|不得(?:单方|擅自|随意|任意)?(?:更换|调整|变更)/,
  scope: 'sentence',
};

/** No make-up, no refund for a lesson the operator cancels. */
const NO_MAKE_UP = /(?:不予|不再|不|恕不|概不|无法|不会|不另|不另行)(?:另行|安排|予以|进行)?(?:补课|补上|补回|补足|补偿|顺延|退费|退款|退还|补)/;
/** The consumer given no say: "恕不另行征询家长意见", "无需征得同意", "不另行通知". */
const NO_SAY = /(?:不|无需|无须|不必|不再)(?:另行|事先|提前|单独|再)?(?:征询|征求|征得|询问|听取|通知|告知|商量|知会)|随时|任意|单方/;

const CHANGE_OBJECTS =
  '(?:授课|任课|主讲|上课)?(?:教师|老师|讲师|教练|师资|授课人员|教学人员|班型|班级|上课地点|授课地点|校区|场地|教室|上课方式|授课方式|授课形式|上课形式|教学方式|教学形式|班额|班级人数|上课时间|课程安排|课表|排课|课程内容|教学计划|开课时间|教学地点|课程进度|上课日期|课程形式|课程级别|级别|班次|年级|程度|课程类型|(?:部分)?(?:课次|课节|节次)|营期|行程)';

export const UNILATERAL_CHANGE_ARRANGEMENTS: Rule = {
  id: 'UNILATERAL_CHANGE_ARRANGEMENTS',
  category: 'unilateral_right',
  severity: 'medium',
  patterns: [21],
  basis: BASIS.unilateral,
  // "…学员不得以此为由要求退费" is also a refund refused on that ground (refund_exclusion, heldout-9's convention, 2025.5)
  suppresses: ['UNILATERAL_SCHEDULE_NO_NOTICE'],
  suppressInSentence: true,
  explanation: {
    zh: '条款赋予经营者单方更换授课教师、上课地点、班型或上课时间的权利，且消费者不得异议，限制了消费者的主要权利。',
    en: 'The clause lets the operator change the teacher, venue, class type or timetable on its own, with no objection allowed, restricting the consumer’s main rights.',
  },
  suggestion: {
    zh: '甲方确需更换授课教师、上课地点、班型或上课时间的，应提前书面通知乙方并征得乙方同意；乙方不同意的，有权解除合同并按剩余课时获得退费。',
    en: 'Changes of teacher, venue, class type or timetable need advance written notice and the student’s consent; a student who disagrees may end the contract with a pro-rata refund.',
  },
  zh: matcher({
    anyOf: ['自行', '更换', '调换', '变更', '调整', '更改', '替换', '改变', '安排', '缩短', '缩减', '减少', '压缩', '削减', '减半', '删减', '变动', '合并', '拆分', '取消', '异议', '服从', '拒绝', '反对', '干涉', '代课', '改为', '改成', '转为', '转成', '并入', '转入', '调配', '调动', '分配', '调班', '换班', '转班', '指定'],
    triggers: [
      {
        re: re`(?:有权|可以|可|保留|将视情况|可视情况|可根据|根据(?:实际|需要|情况|经营|教学)[^.]{0,8}?)(?:随时|自行|单方(?:面)?|适当|酌情|统一)?[^.]{0,12}?(?:决定)?(?:更换|调换|变更|调整|更改|替换|改变|重新安排|调配|调动|分配|合并|拆分|取消|增加或减少|增减|删减|增加|减少|调入|调至|转入|转至|并入|编入|安排至|安排到|分到|分入)[^.]{0,8}?(?:${CHANGE_OBJECTS}|课程内容|教学内容|服务内容)`,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index) && !/申请|要求/.test(m[0]),
        unless: [CONSENT_OR_EXIT],
      },
      {
        re: re`(?:有权|可以|可)(?:根据[^,.]{0,8}?)?(?:随时)?对[^.]{0,12}?(?:${CHANGE_OBJECTS}|服务内容|课程内容|教学内容|课程安排|课程|课表)[^.]{0,4}?进行(?:单方(?:面)?|任意|随时)?(?:调整|变更|修改|更换|取消)`,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
        unless: [CONSENT_OR_EXIT],
      },
      {
        re: re`(?:有权|可以|可|将视情况|可视情况|视情况)[^.]{0,10}?安排(?:其他|另外|别的|其它)?(?:的)?(?:教师|老师|讲师|教练)(?:代课|代替|授课|替换)`,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
        unless: [CONSENT_OR_EXIT],
      },
      {
        // "课程安排及任课教师由本中心全权决定"
        re: re`由(?:${OPERATOR}|甲方|乙方)(?:全权|单方(?:面)?|自行|单独|最终|统一|视情况|酌情|根据[^,.]{0,8}?(?:自行|单方|全权))(?:决定|确定|安排|调配|指定)`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution' && /教师|老师|讲师|教练|班|地点|校区|场地|教室|时间|课表|排课|安排|课程|价格|收费/.test(ctx.text),
        unless: [CONSENT_OR_EXIT],
      },
      {
        re: /(?:有权|可以|可|保留|将视情况|可视情况)[^.]{0,14}?将[^.]{0,14}?(?:调整|改|变更|更改|转|合并|更换|替换|并)(?:为|成|至|到|入)/,
        accept: (m, ctx) =>
          actorIsNotConsumer(ctx, m.index) && /班|课|教师|老师|讲师|教练|地点|校区|场地|教室|线上|线下|时间|一对一|小组/.test(m[0]) &&
          !/(?:乙方|学员|家长)(?:的)?(?:剩余)?(?:课时|费用|学费)/.test(m[0]) && !/(?:乙方|学员|家长|消费者)(?:的)?(?:要求|申请|意愿|选择|需要)/.test(ctx.text),
        unless: [CONSENT_OR_EXIT],
      },
      {
        // "本中心将视情况对师资进行动态调配": any adverb before the verb
        re: re`(?:有权|可以|可|将|会|保留)(?:根据[^,.]{0,10}?|视[^,.]{0,8}?)?(?:随时)?对[^.]{0,12}?(?:${CHANGE_OBJECTS}|课程安排|课表)[^.]{0,4}?进行[^.,]{0,4}?(?:调整|变更|修改|更换|取消|调配|调动|轮换|分配)`,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index) && NO_SAY.test(ctx.text),
        unless: [CONSENT_OR_EXIT],
      },
      {
        // lessons cancelled with no make-up: "平台可根据运营情况取消部分直播课程，取消的课程不予补课"
        gate: /取消/,
        re: re`(?:有权|可以|可|将|会|保留|视情况|根据[^,.]{0,10}?)[^.]{0,10}?取消(?:部分|任何|个别|若干|全部)?(?:[\u4e00-\u9fff\d]{0,4}?)(?:课程|课次|课节|课|班级|班次|活动)`,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index) && (NO_MAKE_UP.test(ctx.text) || /随时|任意|自行|单方/.test(m[0])),
        unless: [CONSENT_OR_EXIT],
      },
      {
        // one change for everyone, the consumer left to cope: "周六班统一调整到周日上午，如有冲突请自行调整安排"
        gate: /自行/,
        re: /(?:调整|改|调|变更|更改|挪|移|提前|推迟|延后)(?:到|至|为|成)[^.]{0,30}?(?:冲突|不便|无法参加|不能参加|无法到|不能到|来不了|时间不合适)[^.]{0,10}?(?:请|需|须|由)?(?:家长|学员|您|各位)?(?:自行|自己)(?:调整|安排|解决|协调|克服|处理)/,
        // (a notice is addressed to the parents: "各位家长：…" names them without making them the actor) — not a change the consumer asked for
        accept: (m, ctx) => !/(?:乙方|学员|家长|您)(?:申请|要求|自行|主动)(?:调整|改|调|变更|更改)/.test(ctx.text.slice(Math.max(0, m.index - 8), m.index + 2)),
        unless: [CONSENT_OR_EXIT],
      },
      {
        // "本机构对课程表享有调整权"
        re: re`(?:${OPERATOR}|甲方|乙方)(?:对[^.]{0,12}?)?(?:享有|保留|拥有|具有)(?:单方|最终|随时)?(?:调整|变更|更换|修改|调配|安排)(?:权|的权利)`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution' && /教师|老师|讲师|教练|班|地点|校区|场地|教室|时间|课表|排课|安排|课程/.test(ctx.text),
        unless: [CONSENT_OR_EXIT],
      },
      {
        // "上课时间及授课教师以本机构排课系统显示为准，本机构可随时调整"
        re: /(?:有权|可以|可|保留)(?:随时|单方(?:面)?|自行|任意|视情况)(?:进行|予以|作出|作)?(?:调整|变更|更改|更换|调换|取消)(?=$|[,.;]|的权利)/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index) && /教师|老师|讲师|教练|班|地点|校区|场地|教室|时间|课表|排课|安排|课程/.test(ctx.text),
        unless: [CONSENT_OR_EXIT],
      },
      {
        // the change decided by whatever the operator arranges: "上课地点变更的，以本机构安排为准"
        gate: /为准/,
        re: re`(?:变更|调整|更换|变动|改变|更改|调换)[^.]{0,10}?以(?:${OPERATOR}|甲方|乙方)(?:的)?(?:最终|实际|另行|届时|统一)?(?:的)?(?:安排|通知|决定|排课|调整|意见|调配)为准`,
        accept: (m, ctx) => firstPartyIn(m[0].slice(m[0].lastIndexOf('以')), ctx) === 'institution' && new RegExp(CHANGE_OBJECTS).test(ctx.text),
        unless: [CONSENT_OR_EXIT],
      },
      {
        // less service for the same money: "将营期由十天缩短为七天，营费不作调整", "减少课时，学费不变"
        gate: /缩短|缩减|减少|压缩|削减|减半|删减/,
        re: /(?:(?:缩短|缩减|减少|压缩|削减|减半|删减)[^.]{0,16}?(?:营期|课时|课次|课程|时长|天数|行程|活动|服务期|学时|节数|课)|(?:营期|课时|课次|课程|时长|天数|行程|服务期|学时|节数)[^.,]{0,12}?(?:缩短|缩减|减少|压缩|削减|减半|删减))[^.]{0,24}?(?:费用|营费|学费|价格|收费|课时费|培训费|服务费)[^.,]{0,4}?(?:不变|不作调整|不予调整|不调整|不作变动|保持不变|不减|不予减免|不退|不予退还|照常收取|不另退)/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
        unless: [CONSENT_OR_EXIT],
      },
      { re: NO_OBJECTION, accept: (_m, ctx) => /教师|老师|讲师|教练|班|地点|校区|场地|教室|时间|课表|排课|安排|课程/.test(ctx.text) },
    ],
    unless: [{ re: /(?:不得|禁止|严禁|不应|不能|不可|无权)[^,.]{0,6}$/, scope: 'before', window: 10 }],
  }),
  en: matcher({
    anyOf: ['arrangements', 'plans', 'schedule', 'change', 'replace', 'substitut', 'reassign', 'assign', 'allocat', 'appoint', 'alter', 'modify', 'merge', 'cancel', 'reschedul', 'relocat', 'object', 'move', 'combine', 'transfer', 'switch'],
    triggers: [
      {
        re: re`\b(?:may|can|reserves? the right to|is entitled to|has the right to|at (?:its|our) (?:sole |absolute )?discretion)\b[^.]{0,50}?\b(?:change|replace|substitute|reassign|assign|allocate|appoint|alter|modify|merge|combine|cancel|reschedule|relocate|move|vary|amend|adjust)\b[^.]{0,20}?\b${EN_ARRANGEMENT}\b`,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
        unless: [{
          re: /\b(?:(?<!without (?:the |any |prior |written )?(?:(?:parent|student|guardian|learner|customer|consumer|member|party b)'?s? )?(?:prior |written )?)consent|agreement of|mutual(?:ly)?|after consultation|(?:\d+|prior|advance|reasonable) (?:days'? |working days'? )?(?:written )?notice|may terminate|may (?:cancel|end) (?:the|this) (?:contract|agreement)|full refund|pro[- ]rata refund|entitled to (?:a )?refund|refund (?:of|for) (?:the )?(?:remaining|unused))\b/,
          scope: 'sentence',
        }],
      },
      {
        // one change for everyone, the consumer left to cope: "Saturday classes move to Sunday; families with a clash should make their own arrangements"
        gate: /own arrangements|their plans|your plans|own plans|their schedules?|your schedules?/,
        re: /\b(?:make (?:their|your|his|her|other|alternative) (?:own )?arrangements|(?:adjust|rearrange|change) (?:their|your|his|her) (?:own )?(?:plans|schedules?|arrangements))\b/,
        accept: (m, ctx) =>
          /\b(?:mov(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|reschedul\w*|switch\w*|shift\w*|will (?:now )?(?:take place|be held|run)|new (?:times?|schedules?|timetables?|days?|dates?|venues?|locations?))\b/.test(ctx.text.slice(0, m.index)) &&
          !/\b(?:may (?:choose|request|ask)|refund\w*|transfer to another|consent|agree\w*)\b/.test(ctx.text),
      },
      /\b(?:teachers?|tutors?|instructors?|coach(?:es)?|venues?|locations?|classrooms?|class(?:es)?|schedules?|timetables?|lessons?|courses?|class times?) (?:may|can|will|shall) be (?:changed|replaced|reassigned|altered|cancelled|canceled|moved|rescheduled|merged)\b[^.]{0,40}?\b(?:without (?:the |any |prior )?(?:(?:parent|student|guardian|learner|customer|consumer|member|party b)'?s? |prior |written |advance )?(?:consent|agreement|notice|consultation|discussion|approval|notification)|at (?:any time|(?:its|the school's|the institution's|our) (?:sole )?discretion))/,
      // "The Camp may alter the programme and activities as it sees fit"
      {
        re: re`\b(?:may|can|will)\b[^.]{0,30}?\b(?:change|replace|substitute|alter|modify|vary|amend|adjust|cancel|reschedule|relocate|move)\b[^.]{0,40}?\b${EN_ARRANGEMENT}\b[^.]{0,30}?\b(?:as (?:it|we|they) (?:sees?|see|think|deems?) fit|as (?:it|we) (?:consider|considers) appropriate|at (?:its|our) (?:sole |absolute |own )?discretion|at (?:any time|will)|from time to time)`,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      /\b(?:the )?(?:students?|parents?|guardians?|learners?|pupils?|child(?:ren)?|members?|customers?|famil(?:y|ies)|consumers?|participants?|party b|you) (?:may|shall|can|must) not (?:object|refuse|raise (?:any )?objection)|\bwithout (?:any )?(?:right (?:of|to) )?objection\b|\bmust accept (?:any|all|such) (?:changes?|arrangements?)/,
    ],
    unless: [{ re: /\b(?:shall|will|may|must)(?: not|n't)\b[^,.]{0,20}$|\bcannot\b[^,.]{0,20}$/, scope: 'before', window: 40 }],
  }),
};
