import { BASIS } from './basis';
import { firstPartyIn, lastPartyIn, matcher, negatedJustBeforeEn, re } from './define';
import { CONSUMER, INSTITUTION, NO_REFUND, ORG } from './lexicon';
import type { Exception } from './define';
import type { Rule, RuleContext } from './types';

/**
 * 经营者单方权利 (operator unilateral rights), REGULATION-NOTES §3 patterns 19–24: final
 * interpretation, changing schedule, teacher, venue, class, price or the contract itself alone.
 * 民法典 arts. 497/498, 消保法 art. 26, 合同行政监督管理办法 art. 7.
 */

/** The acting party before `at` must not be the consumer ("乙方可以调整上课时间" is the consumer's right). */
function actorIsNotConsumer(ctx: RuleContext, at: number): boolean {
  return lastPartyIn(ctx.text.slice(0, at), ctx) !== 'consumer';
}

export const UNILATERAL_FINAL_INTERPRETATION: Rule = {
  id: 'UNILATERAL_FINAL_INTERPRETATION',
  category: 'unilateral_right',
  severity: 'high',
  patterns: [19],
  basis: BASIS.interpretation,
  explanation: {
    zh: '条款声明经营者保留“最终解释权”。格式条款有争议的，应按通常理解解释，有两种以上解释的，作不利于提供格式条款一方的解释；经营者单方解释权的约定无效。',
    en: 'The clause reserves a “final right of interpretation” to the operator. Disputed standard terms are read in their ordinary meaning and, if ambiguous, against the drafter; a unilateral interpretation right is void.',
  },
  suggestion: {
    zh: '对本合同条款的理解有争议的，按照通常理解予以解释；有两种以上解释的，作出不利于甲方（格式条款提供方）的解释。',
    en: 'Disputed terms are read in their ordinary meaning; where two readings are possible, the one less favourable to the institution (the drafter) applies.',
  },
  zh: matcher({
    anyOf: ['解释', '决定', '认定', '裁量', '决策', '最终', '终局', '裁定', '判断', '判定'],
    triggers: [
      /(?:最终|最后|全部|一切|唯一|绝对)(?:的)?解释权|(?:最终|最后)(?:的)?解释(?:的)?(?:权利|权力)/,
      {
        re: /(?:最终|最后|绝对)(?:的)?(?:决定权|裁量权|决策权)/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'consumer',
      },
      {
        re: re`解释权(?:归|属于|属|由|在|为)(?:${INSTITUTION}|甲方|乙方)(?:所有|享有|行使|独有)?`,
        accept: (m, ctx) => lastPartyIn(m[0], ctx) === 'institution',
      },
      {
        // "对本须知的任何解释及修改权利均归本店所有"
        re: re`解释(?:及|和|与|、)?(?:修改|变更|修订)?(?:的)?(?:权利|权)(?:均|全部|皆)?(?:归|属于|属|由)(?:${INSTITUTION}|甲方|乙方|${ORG})`,
        accept: (m) => !/双方|甲乙|共同|乙方|学员|家长|消费者|法院|仲裁/.test(m[0]),
      },
      {
        // "解释权归某某教育所有", "本协议由某某艺术培训学校负责解释"
        re: re`(?:解释权(?:归|属于|属|由)${ORG}(?:所有|享有|行使|独有)|(?:本合同|本协议|本规定|本条款|以上条款|上述条款|本须知|本章程|本细则|本规则|本办法|本活动|本简章|本规章)(?:由|归)${ORG}(?:负责)?解释)`,
        accept: (m) => !/双方|甲乙|共同|乙方|学员|家长|消费者|法院|仲裁/.test(m[0]),
      },
      {
        re: re`(?:${INSTITUTION}|甲方|乙方)(?:享有|保留|拥有|具有|有)[^.]{0,8}?解释权`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution',
      },
      {
        re: re`(?:由|归)(?:${INSTITUTION}|甲方|乙方)(?:[^,.]{0,6}?)(?:负责|单方|单独|最终|全权)?解释`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution',
      },
      {
        // "本营地对营员违纪的处理决定为最终决定"
        re: /(?:处理|决定|认定|意见|结果|裁定|结论|判定)(?:决定|意见|结果|结论)?(?:为|是|即为|均为|系|作为)(?:最终|终局)(?:的)?(?:决定|结论|意见|处理|结果|裁决|裁定)?/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'consumer' && firstPartyIn(ctx.text.slice(0, m.index), ctx) !== null,
      },
      {
        // "凡本协议未约定的事项，均由本机构决定"
        re: re`(?:未约定|未尽|未规定|未列明|未明确|其他)(?:的)?(?:事项|事宜|情形|问题)?[^.]{0,8}?(?:均|一律|全部|皆)?由(?:${INSTITUTION}|甲方|乙方)(?:单方|自行|全权|单独)?(?:决定|确定|处理|解释|裁定|认定)`,
        accept: (m, ctx) => firstPartyIn(m[0].slice(m[0].lastIndexOf('由')), ctx) === 'institution',
      },
      {
        re: re`(?:以|按)(?:${INSTITUTION}|甲方|乙方)(?:的)?(?:最终)?(?:决定|解释|意见|认定|判断|判定|结论|说法)为(?:准|最终(?:决定|解释|意见|认定)?)|(?:${INSTITUTION}|甲方|乙方)(?:作出)?的(?:决定|认定|处理意见|处理决定|处理结果|意见|裁定|结论)(?:为|是|即为|均为|系)(?:最终|终局)(?:的)?(?:决定|结论|意见|处理|结果)?`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution',
      },
      {
        re: re`(?:本合同|本协议|本规定|本条款|以上条款|上述条款|本须知|本章程|本细则|本规则|本办法|本活动)(?:由|归)(?:${INSTITUTION}|甲方|乙方)(?:负责)?解释`,
        accept: (m, ctx) => lastPartyIn(m[0], ctx) === 'institution',
      },
    ],
    unless: [
      { re: /(?:不|无|没有|不享有|不保留|不拥有|不具有|不得(?:保留|享有|主张|约定|设置|规定|声明)?|禁止|严禁|不得以|取消|删除)[^,.]{0,8}$/, scope: 'before', window: 12 },
      { re: /^(?:不归|不属于|不由|归(?:甲乙)?双方|由(?:甲乙)?双方|属于(?:甲乙)?双方)/, scope: 'after', window: 6 },
      { re: /(?:不得|禁止|严禁|不应|不能)[^.]{0,12}(?:约定|规定|设置|声明|使用|出现)[^.]{0,10}最终解释权/, scope: 'sentence' },
    ],
  }),
  en: matcher({
    anyOf: ['interpret', 'final', 'construed', 'decided', 'determined', 'discretion', 'authority', 'conclusive'],
    triggers: [
      /\b(?:final|ultimate|sole|exclusive)(?: right of| right to| power of| authority (?:of|for|to))? interpret(?:ation|ing)?\b/,
      /\breserves? the (?:final |sole |exclusive |ultimate )?right (?:of|to) (?:final )?interpret\w*/,
      /\bsole (?:discretion|right|authority|power) to (?:interpret|construe|decide)\b/,
      { re: /\b(?:retains?|has|have|reserves?) (?:the )?(?:absolute|sole|full|complete|final) (?:discretion|authority|say)\b/, accept: (m, ctx) => !negatedJustBeforeEn(ctx.text, m.index) },
      /\breserves? the right to (?:make )?(?:the )?final (?:decision|determination|say)\b|\bfinal (?:decision|say|determination)\b[^.]{0,40}?\b(?:rests with|belongs to|lies with|is reserved (?:to|by)) (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)\b/,
      /\b(?:interpreted|construed|decided|determined) (?:solely |exclusively |only |finally )?by (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)\b/,
      /\bour (?:decisions?|determinations?|interpretations?|rulings?)\b[^.]{0,60}? (?:shall be|is|are|will be) (?:final|conclusive)\b/,
      /\b(?:decisions?|determinations?|rulings?) (?:made |taken |reached )?by (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|management)\b[^.]{0,20}?\b(?:shall be|is|are|will be) (?:final|conclusive|binding and final|final and binding)\b/,
      /\b(?:the )?(?:decisions?|determinations?|rulings?) of the (?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)\b[^.]{0,40}? (?:shall be|is|are|will be) (?:final|conclusive)\b|\b(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)'s (?:decisions?|determinations?|interpretations?|rulings?|judge?ments?)(?: (?:on|of) [^.]{0,30}?)? (?:shall be|is|are|will be) (?:final|conclusive)\b/,
      /\binterpretation of (?:this|these|the|all) (?:contract|agreement|terms|rules|conditions|clauses|policy)\b[^.]{0,20}?\b(?:belongs to|rests with|is reserved (?:to|by)|vests in|lies with|is at the discretion of)\b[^.]{0,10}?\b(?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)\b/,
    ],
    unless: [
      // "does not reserve any right of final interpretation", "neither party has …" — but not "matters not covered here shall be interpreted by …"
      { re: /\b(?:does not|do not|shall not|will not|may not|cannot|never|nor|no)\s+(?:\w+\s+){0,2}?(?:reserve[sd]?|have|has|hold|holds|claim|retain|enjoy|assert)\b|\bneither\b|\bno (?:party|one|side)\b|\bwithout\b[^,.]{0,20}$/, scope: 'before', window: 40 },
      { re: /\b(?:shall not|may not|must not|cannot|will not) (?:reserve|claim|assert)\b/, scope: 'sentence' },
    ],
  }),
};

const SCHEDULE_NOUNS = /时间|课表|课程|上课|排课|安排|地点|教师|老师|班|教室|校区|场地|内容|计划|进度|规则|规定|收费|价格/;

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
    anyOf: ['通知', '同意'],
    triggers: [
      {
        re: /(?:调整|变更|更改|改变|取消|变动|修改|更换|调换|安排|调课|停课|合班|并班|合并)[^.]{0,20}?(?:(?:在)?(?:不|未|无需|无须)(?:事先|提前|另行)?通知[^.]{0,8}?(?:的情况下|即可|直接)|(?:不再|无需|无须|不必|不)(?:另行|单独|个别|逐一|专门|提前|事先|再)?(?:通知|告知)(?!后)|(?:不再|无需|无须|不|不必)(?:另行|事先|提前)?(?:征求|征得|听取|询问)[^.]{0,8}(?:意见|同意)|不另行通知|恕不另行通知|无需另行通知|不再另行通知|不另通知|无需通知|无须通知|不予通知|不做通知|不作通知|不再通知|不通知|无需提前通知|无须提前通知|不提前通知|不事先通知|无需事先通知|无需(?:征得|经过|取得)?(?:乙方|学员|家长|您|消费者)?(?:的)?同意|无须(?:征得|经过)?[^.]{0,6}同意|不需(?:要)?(?:征得|经过)?[^.]{0,6}同意|不必(?:征得|经过)?[^.]{0,6}同意)/,
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
        re: /\bwithout (?:any )?(?:prior |advance |further |separate |additional )?(?:notice|notification|notifying|consent|informing)\b/,
        accept: (_m, ctx) => /\b(?:schedul\w*|timetable|time|class(?:es)?|lessons?|teachers?|tutors?|venue|location|course|dates?|arrangements?|fees?|prices?|terms|rules)\b/.test(ctx.text),
      },
      { re: /\b(?:subject to change|may change) (?:at any time )?without notice\b/ },
      /\b(?:subject to change|may (?:be )?(?:changed|altered|modified|adjusted)|may change)\b[^.]{0,20}?\bat (?:the )?(?:school|institution|centre|center|academy|company|provider|club|studio|organi[sz]er|operator|camp|institute)'?s? (?:sole |absolute )?discretion\b/,
    ],
    unless: [{ re: /\b(?:shall|will|may|must|can|does|do)(?: not|n't)\b|\bcannot\b|\bnever\b|\bno (?:changes?|one)\b/, scope: 'prefix' }],
  }),
};

/** "学员不得异议", "须服从安排": the unfair marker that no exception can cancel. */
const NO_OBJECTION = re`(?:${CONSUMER}|乙方)[^.]{0,4}(?:不得|无权|不能|不可)(?:以[^,.]{0,10}?为由)?(?:提出|有|持|提|表示)?(?:任何)?(?:异议|反对|拒绝|干涉)|(?:${CONSUMER}|乙方)[^.]{0,4}(?:不得|不能|不可)(?:指定或|自行)?(?:要求|申请)(?:更换|调换|变更|调整|指定|调班|换班|转班|换老师|换教师)|(?:${CONSUMER}|乙方)[^.]{0,4}(?:不得|无权|不能|不可)(?:自行)?(?:指定|挑选|选择)(?=$|[,.;]|(?:授课|任课)?(?:教师|老师|教练))|(?:${CONSUMER}|乙方)[^.]{0,4}无权(?:要求)?(?:更换|选择|变更|调整|指定)|(?:须|必须|应当|应)无条件(?:服从|接受)|(?:须|必须|应当|应)(?:服从|接受)[^,.]{0,16}?(?:安排|调整|调配|决定|变更|更换)|不得以此为由[^.]{0,10}(?:退费|解除|拒绝|要求)`;
/** Notice, consent or a way out: the change is then an arrangement, not a unilateral right. */
const CONSENT_OR_EXIT: Exception = {
  re: /协商一致|双方协商|协商确定|建议|提议|由(?:乙方|学员|家长|消费者)(?:自行|自主)?(?:决定|选择|确定)|(?<!未|不)经(?:乙方|学员|家长|双方)(?:书面)?(?:确认|同意)|(?<!无需|无须|不需|不需要|不必|不用|未|不经|未经)征得(?:乙方|学员|家长|您|消费者)[^.]{0,4}同意|(?:乙方|学员|家长)(?:如)?不同意的?|(?:乙方|学员|家长)有权(?:选择|要求|解除|退)|可(?:以)?(?:选择)?(?:解除合同|退费|全额退|按比例退|退还|要求退)|提前\d*(?:个)?(?:工作日|日|天|小时|周)?(?:以)?(?:书面)?(?:形式)?通知|不得(?:单方|擅自|随意|任意)?(?:更换|调整|变更)/,
  scope: 'sentence',
};

const CHANGE_OBJECTS =
  '(?:授课|任课|主讲|上课)?(?:教师|老师|讲师|教练|班型|班级|上课地点|授课地点|校区|场地|教室|上课方式|授课方式|授课形式|上课形式|教学方式|教学形式|班额|班级人数|上课时间|课程安排|课表|排课|课程内容|教学计划|开课时间|教学地点|课程进度|上课日期|课程形式|课程级别|级别|班次|年级|程度|课程类型)';

export const UNILATERAL_CHANGE_ARRANGEMENTS: Rule = {
  id: 'UNILATERAL_CHANGE_ARRANGEMENTS',
  category: 'unilateral_right',
  severity: 'medium',
  patterns: [21],
  basis: BASIS.unilateral,
  // "…学员不得以此为由要求退费" is the no-objection half of the same unilateral right
  suppresses: ['UNILATERAL_SCHEDULE_NO_NOTICE', 'REFUND_NO_REFUND'],
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
    anyOf: ['更换', '调换', '变更', '调整', '更改', '替换', '改变', '安排', '合并', '拆分', '取消', '异议', '服从', '拒绝', '反对', '干涉', '代课', '改为', '改成', '转为', '转成', '并入', '转入', '调配', '调动', '分配', '调班', '换班', '转班', '指定'],
    triggers: [
      {
        re: re`(?:有权|可以|可|保留|将视情况|可视情况|可根据|根据(?:实际|需要|情况|经营|教学)[^.]{0,8}?)(?:随时|自行|单方(?:面)?|适当|酌情|统一)?[^.]{0,12}?(?:决定)?(?:更换|调换|变更|调整|更改|替换|改变|重新安排|调配|调动|分配|合并|拆分|取消|增加或减少|增减|删减|增加|减少)[^.]{0,8}?(?:${CHANGE_OBJECTS}|课程内容|教学内容|服务内容)`,
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
        re: re`由(?:${INSTITUTION}|甲方|乙方)(?:全权|单方(?:面)?|自行|单独|最终|统一|视情况|酌情|根据[^,.]{0,8}?(?:自行|单方|全权))(?:决定|确定|安排|调配|指定)`,
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
        // "本机构对课程表享有调整权"
        re: re`(?:${INSTITUTION}|甲方|乙方)(?:对[^.]{0,12}?)?(?:享有|保留|拥有|具有)(?:单方|最终|随时)?(?:调整|变更|更换|修改|调配|安排)(?:权|的权利)`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution' && /教师|老师|讲师|教练|班|地点|校区|场地|教室|时间|课表|排课|安排|课程/.test(ctx.text),
        unless: [CONSENT_OR_EXIT],
      },
      {
        // "上课时间及授课教师以本机构排课系统显示为准，本机构可随时调整"
        re: /(?:有权|可以|可|保留)(?:随时|单方(?:面)?|自行|任意|视情况)(?:进行|予以|作出|作)?(?:调整|变更|更改|更换|调换|取消)(?=$|[,.;]|的权利)/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index) && /教师|老师|讲师|教练|班|地点|校区|场地|教室|时间|课表|排课|安排|课程/.test(ctx.text),
        unless: [CONSENT_OR_EXIT],
      },
      { re: NO_OBJECTION, accept: (_m, ctx) => /教师|老师|讲师|教练|班|地点|校区|场地|教室|时间|课表|排课|安排|课程/.test(ctx.text) },
    ],
    unless: [{ re: /(?:不得|禁止|严禁|不应|不能|不可|无权)[^,.]{0,6}$/, scope: 'before', window: 10 }],
  }),
  en: matcher({
    anyOf: ['change', 'replace', 'substitut', 'reassign', 'assign', 'allocat', 'appoint', 'alter', 'modify', 'merge', 'cancel', 'reschedul', 'relocat', 'object', 'move', 'combine', 'transfer', 'switch'],
    triggers: [
      {
        re: /\b(?:may|can|reserves? the right to|is entitled to|has the right to|at (?:its|our) (?:sole |absolute )?discretion)\b[^.]{0,50}?\b(?:change|replace|substitute|reassign|assign|allocate|appoint|alter|modify|merge|combine|cancel|reschedule|relocate|move)\b[^.]{0,20}?\b(?:teachers?|tutors?|instructors?|coach(?:es)?|venues?|locations?|classrooms?|class(?:es)?|schedules?|timetables?|class sizes?|course content|campus|lessons?|sessions?|lesson times?)\b/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
        unless: [{
          re: /\b(?:(?<!without (?:the |any |prior |written )?(?:(?:parent|student|guardian|learner|customer|consumer|member|party b)'?s? )?(?:prior |written )?)consent|agreement of|mutual(?:ly)?|after consultation|(?:\d+|prior|advance|reasonable) (?:days'? |working days'? )?(?:written )?notice|may terminate|may (?:cancel|end) (?:the|this) (?:contract|agreement)|full refund|pro[- ]rata refund|entitled to (?:a )?refund|refund (?:of|for) (?:the )?(?:remaining|unused))\b/,
          scope: 'sentence',
        }],
      },
      /\b(?:teachers?|tutors?|instructors?|coach(?:es)?|venues?|locations?|classrooms?|class(?:es)?|schedules?|timetables?|lessons?|courses?|class times?) (?:may|can|will|shall) be (?:changed|replaced|reassigned|altered|cancelled|canceled|moved|rescheduled|merged)\b[^.]{0,40}?\b(?:without (?:the |any |prior )?(?:(?:parent|student|guardian|learner|customer|consumer|member|party b)'?s? |prior |written |advance )?(?:consent|agreement|notice|consultation|discussion|approval|notification)|at (?:any time|(?:its|the school's|the institution's|our) (?:sole )?discretion))/,
      /\b(?:the )?(?:students?|parents?|guardians?|learners?|pupils?|child(?:ren)?|members?|customers?|famil(?:y|ies)|consumers?|participants?|party b|you) (?:may|shall|can|must) not (?:object|refuse|raise (?:any )?objection)|\bwithout (?:any )?(?:right (?:of|to) )?objection\b|\bmust accept (?:any|all|such) (?:changes?|arrangements?)/,
    ],
    unless: [{ re: /\b(?:shall|will|may|must)(?: not|n't)\b[^,.]{0,20}$|\bcannot\b[^,.]{0,20}$/, scope: 'before', window: 40 }],
  }),
};

export const UNILATERAL_PRICE_CHANGE: Rule = {
  id: 'UNILATERAL_PRICE_CHANGE',
  category: 'unilateral_right',
  severity: 'high',
  patterns: [22],
  basis: BASIS.price,
  explanation: {
    zh: '条款允许经营者单方调整收费标准并要求消费者补交差价。合同价款是主要条款，一方不得单方变更。',
    en: 'The clause lets the operator raise the price on its own and make the consumer pay the difference. The price is a main term no party may change alone.',
  },
  suggestion: {
    zh: '合同有效期内收费标准不作上调；甲方调整收费标准的，仅适用于调整后新签订的合同。',
    en: 'The price is fixed for the term of the contract; a new price applies only to contracts signed after it is published.',
  },
  zh: matcher({
    anyOf: ['价', '费', '收费'],
    triggers: [
      {
        re: /(?:有权|可以|可|保留|将|随时|单方(?:面)?|自行)[^.]{0,10}?(?:调整|上调|提高|变更|调高|更改|修改|上涨|涨|增加)[^.]{0,6}?(?:收费标准|学费|课时费|价格|费用|收费|课程价格|单价|课程费用|培训费|课费|费率|收费项目)/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index) && !/申请/.test(m[0]),
      },
      {
        // "课程单价由甲方根据市场情况适时调整"
        re: re`(?:收费标准|学费|课时费|价格|单价|课时单价|课程价格|课程单价|收费)(?:均|将)?由(?:${INSTITUTION}|甲方|乙方)[^.]{0,12}?(?:调整|上调|确定|决定|变更|调价)`,
        accept: (m, ctx) => firstPartyIn(m[0].slice(m[0].indexOf('由')), ctx) === 'institution',
      },
      {
        // "机构可根据情况对收费标准进行上调"
        re: /(?:有权|可以|可|保留)[^.]{0,10}?对(?:其)?(?:收费标准|学费|课时费|价格|费用|收费|课程价格|单价)[^.]{0,4}?(?:进行|予以|作)?(?:调整|上调|提高|变更|调高|修改|涨价)/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        re: re`(?:${CONSUMER}|乙方)(?:须|需|应|应当|必须)(?:按(?:照)?(?:新|调整后|最新)[^.]{0,6})?(?:补交|补缴|补足|补付|支付|补齐)[^.]{0,6}?(?:差价|差额|上涨部分|新增费用|调价部分)`,
        accept: (_m, ctx) => !/转课|转班|转入|升级|升班|更换为|换课|调班|价格较高|更高|高价/.test(ctx.text),
      },
      re`(?:收费标准|价格|学费|课时费|收费)(?:以|按)(?:${INSTITUTION}|甲方)?(?:最新|届时|当时|当期|实时|调整后|随时)(?:公布|公示|调整|发布|执行)?(?:的)?(?:价格|标准|收费标准)?(?:为准|执行|收取)`,
      {
        re: re`(?:以|按)(?:${INSTITUTION}|甲方)?(?:最新|届时|当时|当期|实时|调整后|新)(?:公布|公示|发布|执行)?(?:的)?(?:价格表|价目表|收费标准|价格|标准|收费|单价)(?:为准|执行|收取|缴费|缴纳|支付|扣费|计费|计算|扣除)`,
        accept: (_m, ctx) => /学费|价格|收费|费用|课时费/.test(ctx.text),
      },
      /(?:价格|收费|学费|课时费|费用)[^.]{0,6}?(?:随|根据|依)[^.]{0,8}?(?:浮动|上涨|调整|变动|变化)/,
      {
        re: /(?:物价|成本|房租|租金|人工|市场|原材料)[^.]{0,6}?(?:上涨|上升|变化|波动|调整|增加)[^.]{0,20}?(?:调整|上调|提高|补交|补缴|加收|涨价|增加|分担|分摊|承担|负担)/,
        accept: (m, ctx) => /(?:如遇|遇|因|由于|若)[^,.]{0,6}$/.test(ctx.text.slice(Math.max(0, m.index - 8), m.index)),
      },
      re`(?:物价|成本|房租|租金|人工|原材料|运营)(?:费用)?[^.]{0,8}?(?:上涨|上升|增加|提高)[^.]{0,16}?(?:由)?(?:${CONSUMER}|乙方)[^.]{0,6}?(?:分担|分摊|承担|负担|补交|补缴|补足)`,
    ],
    unless: [
      { re: /不得|不会|不再|不予|协商一致|经乙方(?:书面)?同意|不影响已(?:签订|缴费|购买|报名)|(?:已缴|已购|已报名|本合同|合同期|合同有效期|已签订)[^.]{0,10}(?:不|除外|不受影响|不作调整|按原)|仅适用于新|对新(?:学员|报名)|新签|下调|降低|降价/, scope: 'sentence' },
    ],
  }),
  en: matcher({
    anyOf: ['fee', 'price', 'pricing', 'tuition', 'rate', 'charge', 'difference'],
    triggers: [
      {
        re: /\b(?:retains?|has|have|reserves?)\b[^.]{0,20}?\b(?:absolute |sole |full |complete )?discretion (?:over|on|regarding|as to|to (?:set|change|adjust|determine))\b[^.]{0,20}?\b(?:pric\w+|fees?|tuition|rates?|charges)\b/,
        accept: (m) => !/\b(?:no|not|never)\b|n't/.test(m[0]),
      },
      {
        re: /\b(?:may|can|reserves? the right to|is entitled to|has the right to)\b[^.]{0,30}?\b(?:increase|raise|adjust|change|revise|modify|alter)\b[^.]{0,20}?\b(?:fees?|prices?|tuition|rates?|charges|pricing)\b/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        re: /\b(?:the )?(?:students?|parents?|guardians?|learners?|pupils?|child(?:ren)?|members?|customers?|famil(?:y|ies)|consumers?|participants?|party b|you) (?:shall|must|will|agree to) pay (?:the|any) (?:price )?(?:difference|increase)\b/,
        accept: (_m, ctx) => !/\btransfer|upgrade|switch|more expensive|higher[- ]priced\b/.test(ctx.text),
      },
      /\b(?:fees?|prices?|tuition) (?:are|is) subject to (?:change|adjustment|revision)\b/,
      /\b(?:fees?|prices?|tuition(?: fees?)?|rates?|charges) (?:may|can|will|shall) be (?:increased|raised|adjusted|changed|revised|altered)\b/,
    ],
    unless: [
      { re: /\b(?:shall not|will not|may not|cannot|must not|won't)\b|\bfixed (?:for|during)\b|\bexisting (?:students|contracts|enrol\w*)\b|\bdoes not affect\b|\bnew (?:enrol\w*|students|contracts) only\b|\bdecrease|\breduce/, scope: 'sentence' },
    ],
  }),
};

export const UNILATERAL_CLASS_CANCEL: Rule = {
  id: 'UNILATERAL_CLASS_CANCEL',
  category: 'unilateral_right',
  severity: 'medium',
  patterns: [23],
  basis: BASIS.unilateral,
  suppresses: ['REFUND_NO_REFUND'],
  suppressInSentence: true,
  explanation: {
    zh: '条款规定未达最低开班人数时经营者可取消或合并班级，且已缴费用只能转为其他课程，排除了消费者的选择权和退费权。',
    en: 'The clause lets the operator cancel or merge a class below the minimum size and only move the fees to another course, removing the consumer’s choice and refund.',
  },
  suggestion: {
    zh: '未达到最低开班人数的，甲方应及时告知乙方，由乙方选择转班、延期开班或全额退费。',
    en: 'If the minimum class size is not reached, the student chooses between another class, a later start or a full refund.',
  },
  zh: matcher({
    anyOf: ['人数', '人', '开班', '成班', '开课', '招生', '生源', '报名'],
    triggers: [
      /(?:视|根据|按照)[^.]{0,6}?(?:报名|招生)(?:情况|人数)[^.]{0,6}?(?:决定|确定)(?:是否)?(?:开班|开课)/,
      /(?:未开班|不开班|未能开班|取消开班|无法开班)(?:的)?[^.]{0,4}?(?:费用|学费|款项)[^.]{0,6}?(?:转入|转为|顺延|转至|自动转)/,
      /(?:(?:未达|不足|达不到|未满|低于|不够|未达到|没有达到|少于|未能达到)[^.]{0,10}?(?:开班|最低|最少|成班|规定|约定)?(?:人数|人)|(?:报名|开班|成班|招生|班级)?人数(?:不足|未达到?|达不到|未满|少于|低于|不够)|(?:招生|生源|报名)(?:人数)?(?:不足|不够|过少|较少))[^.]{0,25}?(?:取消|合班|合并|并班|并入|延期开班|推迟|顺延|调整|转为|转入|转至|改为|调至|插班|择期|另行安排)/,
    ],
    unless: [
      { re: /全额退|全部退|退还全部|退还已缴|全额返还|(?:乙方|学员|家长|消费者)(?:可|可以|有权)(?:自主)?(?:选择|要求|决定)|可以选择|由(?:乙方|学员|家长|消费者)(?:自主)?选择|征得[^.]{0,6}同意|经[^.]{0,6}同意|协商|自愿/, scope: 'sentence' },
    ],
  }),
  en: matcher({
    anyOf: ['minimum', 'fewer', 'less than', 'enough'],
    triggers: [
      /\b(?:minimum (?:number of )?(?:students|enrol\w*|class size|participants)|(?:fewer|less) than \d+ (?:students|participants|enrol\w*|learners|pupils|children|members|people|persons)|not enough (?:students|participants|learners|pupils|children|members|people))\b[^.]{0,60}?\b(?:cancel\w*|merge\w*|combine\w*|postpone\w*|transfer\w*|move\w*|reassign\w*|convert\w*)\b/,
    ],
    unless: [{ re: /\bfull refund|\brefund(?:ed)? in full|\bmay choose|\bat (?:the )?(?:student|parent)'?s? (?:choice|option)|\bconsent\b|\boption (?:of|to)\b/, scope: 'sentence' }],
  }),
};

export const UNILATERAL_TERMINATION_NO_REFUND: Rule = {
  id: 'UNILATERAL_TERMINATION_NO_REFUND',
  category: 'unilateral_right',
  severity: 'high',
  patterns: [24],
  basis: BASIS.unilateral,
  suppresses: ['REFUND_NO_REFUND', 'REFUND_NONE_AFTER_START'],
  suppressInSentence: true,
  explanation: {
    zh: '条款允许经营者以学员违纪等理由单方解除合同且不退还剩余费用。即使解除有正当理由，未消耗课时的费用仍应退还。',
    en: 'The clause lets the operator end the contract (e.g. for misconduct) and keep the remaining fees. Even a justified termination leaves the unconsumed fees refundable.',
  },
  suggestion: {
    zh: '乙方严重违反培训纪律、经甲方书面警告仍不改正的，甲方可以解除合同，并按剩余课时比例退还费用。',
    en: 'If the student seriously breaks the rules and does not correct it after a written warning, the institution may end the contract and refunds the remaining lessons pro rata.',
  },
  zh: matcher({
    anyOf: ['退', '返还'],
    triggers: [
      {
        re: re`(?:解除|终止|开除|劝退|清退|除名|退学处理|(?:取消|停止|终止|剥夺)(?:其|该学员)?(?:的)?(?:学籍|学习|上课|听课|培训|会员|报名)?资格|取消(?:其)?学籍|停止(?:为其)?(?:提供)?(?:服务|授课|上课|培训)|拒绝(?:其)?(?:继续)?(?:上课|听课|入学))[^.]{0,25}?${NO_REFUND}`,
        accept: (m, ctx) => {
          const actor = lastPartyIn(ctx.text.slice(0, m.index), ctx);
          if (actor === 'consumer' && !/违纪|违规|违反|扰乱|不服从|不遵守|严重|表现|影响(?:他人|教学|课堂)/.test(ctx.text)) return false;
          const inner = m[0];
          // "解除合同的，已上课时费用不予退还，剩余费用按比例退还" is the fair pro-rata rule
          return !/已(?:消耗|上|完成|消|使用)[^,.]{0,8}(?:课时|课程|课)[^,.]{0,8}$/.test(inner.slice(0, inner.search(new RegExp(NO_REFUND))));
        },
      },
    ],
    unless: [{ re: /(?:不得|禁止|严禁|不应|不能)[^,.]{0,6}$/, scope: 'before', window: 10 }],
  }),
  en: matcher({
    anyOf: ['refund', 'forfeit'],
    triggers: [
      {
        re: /\b(?:expel\w*|dismiss\w*|terminat\w*|suspend\w*|remov\w*|exclud\w*)\b[^.]{0,60}?(?:without (?:a |any )?refund|no refunds?|non-?refundable|not be refunded|forfeit\w*)/,
        accept: (m, ctx) =>
          (actorIsNotConsumer(ctx, m.index) || /misconduct|discipline|disrupt|violat|breach of (?:the )?rules|behaviou?r/.test(ctx.text)) &&
          // suspended classes are not a suspended student
          (!/^(?:suspend|remov|exclud)/.test(m[0]) || /\b(?:students?|child(?:ren)?|pupils?|members?|learners?|participants?)\b/.test(m[0])),
      },
    ],
  }),
};

export const UNILATERAL_CONTRACT_CHANGE: Rule = {
  id: 'UNILATERAL_CONTRACT_CHANGE',
  category: 'unilateral_right',
  severity: 'high',
  patterns: [21, 22],
  basis: BASIS.unilateral,
  explanation: {
    zh: '条款允许经营者随时单方变更、解除合同或修改规则，以其最新发布的规定为准，排除了消费者对合同内容的同意权。',
    en: 'The clause lets the operator change or end the contract or its rules at any time on its own, with its latest published rules prevailing, excluding the consumer’s consent.',
  },
  suggestion: {
    zh: '本合同的变更、解除应经双方协商一致并采用书面形式；甲方发布的规则与本合同不一致的，以本合同为准。',
    en: 'The contract is changed or ended only by written mutual agreement; where the institution’s rules conflict with the contract, the contract prevails.',
  },
  zh: matcher({
    anyOf: ['变更', '修改', '调整', '解除', '终止', '补充', '更新', '权利', '为准', '修订', '公示', '生效'],
    triggers: [
      {
        re: /(?:有权|可以|可|保留)(?:在)?(?:任何时候|随时|单方(?:面)?|自行|任意|视情况|不经(?:乙方)?同意)[^.]{0,8}?(?:变更|修改|修订|调整|解除|终止|补充|更新|废止)[^.]{0,6}?(?:本)?(?:合同|协议|条款|规则|规定|服务内容|章程|须知|政策|制度|细则)/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        // "本机构可根据实际需要变更合同内容"
        re: /(?:有权|可以|可|保留)(?:根据[^,.]{0,10}?|视[^,.]{0,8}?|按照[^,.]{0,10}?)(?:变更|修改|修订|调整|补充|更新)(?:本)?(?:合同|协议|条款)(?:的)?(?:内容|条款|约定)?/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        re: /(?:有权|可以|可|保留)(?:根据[^,.]{0,10}?|视[^,.]{0,8}?)?(?:随时|单方(?:面)?|自行|任意|不定期)?对(?:本)?(?:合同|协议|条款|规则|规定|章程|须知|制度|细则|政策)(?:的)?(?:内容|条款|相关条款|部分条款)?(?:进行|作出|予以)?(?:单方(?:面)?|适当)?(?:修改|变更|修订|调整|补充|更新)/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        // "修改后的协议在本中心公告栏公示后生效": changes take effect by publication, not by consent
        re: /(?:修改|变更|修订|调整|更新)(?:后)?(?:的)?(?:合同|协议|条款|规则|规定|章程|须知|制度|内容)[^.]{0,6}?(?:自|在|经|于|以)[^.]{0,14}?(?:公布|公示|发布|公告|通知|张贴)[^.]{0,6}?(?:即|后|之日起|时)?(?:生效|起生效|执行|适用)/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        re: /保留[^.]{0,24}?(?:修改|修订|变更|调整|更改|更新|补充|取消|终止|解除|更换)[^.]{0,20}?(?:的)?权利/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      re`以(?:${INSTITUTION}|甲方)[^,.]{0,6}?(?:最新|届时|随时|不时)?(?:发布|公布|修订|调整|制定)(?:的)?(?:规定|规则|制度|政策|条款|版本|规章|文本)为准`,
      {
        // "本协议的任何修改均由甲方决定"
        re: re`(?:修改|变更|修订|调整|补充)[^.]{0,6}?(?:均|都|一律)?由(?:${INSTITUTION}|甲方|乙方)(?:[^,.]{0,4}?)(?:决定|确定|负责|作出)`,
        accept: (m, ctx) => firstPartyIn(m[0].slice(m[0].indexOf('由')), ctx) === 'institution',
      },
      {
        // "本合同条款由本机构根据经营需要进行修订"
        re: re`(?:合同|协议|条款|规则|规定|章程|须知)(?:条款|内容)?(?:均|将)?由(?:${INSTITUTION}|甲方|乙方)[^.,]{0,12}?(?:修订|修改|变更|调整|更新)`,
        accept: (m, ctx) => firstPartyIn(m[0].slice(m[0].indexOf('由')), ctx) === 'institution',
      },
      {
        // "本规则由本机构制定…，本机构有权随时修改"
        re: /(?:有权|可以|可|保留)(?:随时|单方(?:面)?|自行|任意)(?:进行)?(?:修改|变更|修订|调整|更新|补充)(?=$|[,.;]|的权利)/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index) && /规则|条款|协议|合同|规定|须知|章程|制度|政策/.test(ctx.text),
      },
    ],
    unless: [
      { re: /协商一致|双方协商|书面同意|经乙方同意|经双方|不得/, scope: 'sentence' },
      { re: /(?:退还|退回|返还)(?:剩余|未消|全部|已缴)|按比例退/, scope: 'sentence' },
    ],
  }),
  en: matcher({
    anyOf: ['amend', 'change', 'modify', 'revise', 'update', 'alter', 'terminat', 'prevail'],
    triggers: [
      {
        re: /\b(?:reserves? the right to|may at any time|may unilaterally|may,? at (?:its|our) (?:sole )?discretion,?|at (?:its|our) sole discretion)\b[^.]{0,30}?\b(?:amend|change|modify|revise|update|alter|terminate|cancel)\b[^.]{0,20}?\b(?:this |these |the |its )?(?:agreement|contract|terms|rules|polic(?:y|ies)|conditions|regulations)\b/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        re: /\b(?:amend|change|modify|revise|alter|vary|update)\b[^.]{0,30}?\bunilaterally\b|\bunilaterally (?:amend|change|modify|revise|alter|vary|update|terminate)\b/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        re: /\bmay,? (?:from time to time|at any time|without notice),? (?:amend|change|modify|revise|update|alter|vary) (?:these|this|the|its) (?:terms|agreement|contract|rules|polic(?:y|ies)|conditions|regulations)\b|\bmay (?:amend|change|modify|revise|update|alter|vary) (?:these|this|the|its) (?:terms|agreement|contract|rules|polic(?:y|ies)|conditions|regulations)\b[^.]{0,20}?\b(?:from time to time|at any time|without notice|at (?:its|our) (?:sole )?discretion)\b|\brevised (?:terms|rules|polic(?:y|ies)|conditions) (?:will|shall) (?:bind|apply to) (?:all )?(?:existing|current|enrolled)?/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        re: /\bmay (?:terminate|cancel|end|rescind) (?:this|the) (?:agreement|contract|enrol(?:l)?ment)\b[^.]{0,30}?\b(?:at any time|without (?:cause|reason|notice|giving (?:any )?reasons?)|for any reason|at (?:its|our) (?:sole |absolute )?discretion)\b/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      /\bthe (?:latest|current|most recent) (?:rules|terms|polic(?:y|ies)) (?:published|issued|posted) by (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we) (?:shall )?prevail\b/,
    ],
    unless: [{ re: /\bmutual(?:ly)?\b|\bwritten (?:consent|agreement)\b|\bagreed by both\b|\bshall not\b/, scope: 'sentence' }],
  }),
};

export const UNILATERAL_RIGHT_RULES: readonly Rule[] = [
  UNILATERAL_FINAL_INTERPRETATION,
  UNILATERAL_CHANGE_ARRANGEMENTS,
  UNILATERAL_SCHEDULE_NO_NOTICE,
  UNILATERAL_PRICE_CHANGE,
  UNILATERAL_CLASS_CANCEL,
  UNILATERAL_TERMINATION_NO_REFUND,
  UNILATERAL_CONTRACT_CHANGE,
];
