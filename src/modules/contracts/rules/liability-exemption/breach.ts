import { BASIS } from '../basis';
import { OPERATOR } from '../lexicon';
import { EN_NOT_LIABLE } from '../lexicon-en';
import { lastPartyIn, subjectRightBefore } from '../../parties';
import { matcher, re } from '../define';
import type { Exception } from '../define';
import type { Rule } from '../types';

/** A make-up, extension or refund the clause itself offers (not one it denies) makes the cancellation an arrangement. */
const REMEDY_OFFERED: Exception = {
  re: /(?<!不[^,.]{0,6}|无)(?:补课|顺延|另行安排|另行补|延期授课|补上|按比例退|退还|退费|退款|调课补|代课|安排(?:其他|其它|同等|相应)?(?:资质)?(?:的)?(?:教师|老师|讲师|教练))/,
  scope: 'sentence',
};

/**
 * The operator's own business risks: staff leaving, money or enrolment running short, its lease.
 * Calling them force majeure or "beyond its control" does not make them so ("因不可抗力或其他非本机构所能
 * 控制的原因（包括但不限于师资流失、经营困难）导致停课的，本机构免责").
 */
const BUSINESS_RISK =
  '(?:师资(?:流失|短缺|不足|紧张|变动|调整)|(?:教师|老师|教练|员工|人员|外教)(?:流失|离职|短缺|不足|变动|跳槽)|人员(?:变动|调整|流动)|经营(?:困难|不善|调整|问题|亏损|状况)|资金(?:困难|紧张|周转|短缺|链断裂|问题)|(?:招生|生源|报名人数)(?:不足|困难|不够)|(?:场地|房屋|租赁)(?:租约|合同)?(?:到期|收回|续租)|租约到期|房租上涨|成本上涨|内部(?:调整|管理|原因)|管理(?:调整|原因|变动)|股权(?:变更|变动)|(?:被)?(?:收购|兼并|重组))';

/** Operator-side causes of a lesson not taking place: the teacher, the operator itself, its premises or systems. */
const OPERATOR_CAUSE = re`(?:${BUSINESS_RISK}|(?:授课|任课|主讲|上课|带班)?(?:教师|老师|讲师|教练|外教|助教)(?:因故|因病|因事|临时|个人原因|(?:的)?原因|请假|离职|缺勤|变动|调动|身体不适|有事|因[^,.]{1,8}?原因|[^,.]{0,8}?(?:无法|不能|未能)(?:按时)?(?:到岗|授课|上课|到校))|(?:${OPERATOR}|甲方)(?:自身|单方|内部|的)?原因|(?:因|由于)(?:${OPERATOR}|甲方)(?:自身|的)?(?:原因|安排|调整|需要)|(?:场地|设备|设施|系统|网络|平台|直播|教室)(?:故障|问题|原因|维修|检修)|(?:停课|取消课程|课程取消|延期开课|推迟开课|临时取消|无法(?:按时|正常)?(?:开课|授课|上课)|未能(?:按时|正常)?(?:开课|授课|上课)|不能(?:按时|正常)?(?:开课|授课|上课)))`;
/** No liability, no make-up, no compensation, no refund for the lessons not given. */
const BREACH_DISCLAIM =
  '(?:不(?:承担|负)(?:任何)?(?:违约|赔偿|法律)?(?:责任)?|不(?:另行|再)?(?:安排)?(?:补课|补偿|赔偿|退还|退费|退款)|不(?:视为|算作?|属于|构成)(?:甲方|本机构|机构)?违约|免于承担(?:违约)?责任|免除(?:其)?(?:违约)?责任|免责|不予(?:任何)?(?:补偿|赔偿|补课)|不作(?:任何)?(?:补偿|赔偿)|概不负责|不承担任何(?:责任|后果|补偿))';

export const LIABILITY_BREACH_EXEMPTION: Rule = {
  id: 'LIABILITY_BREACH_EXEMPTION',
  category: 'liability_exemption',
  severity: 'high',
  patterns: [27],
  basis: BASIS.exemption,
  suppresses: ['LIABILITY_GENERAL_EXEMPTION', 'REFUND_NO_REFUND'],
  suppressInSentence: true,
  explanation: {
    zh: '条款规定因教师缺勤、机构自身安排或设施故障等经营者一方的原因停课、取消课程时，经营者不承担违约责任或不予补课、补偿。免除经营者违约责任的格式条款无效，未提供的课程应补课或退费。',
    en: 'The clause frees the operator from breach liability, make-up lessons or compensation when lessons do not take place for reasons on its own side (teacher absence, its own arrangements, failed premises or systems). A standard term excusing the operator’s breach is void; lessons not given must be made up or refunded.',
  },
  suggestion: {
    zh: '因甲方原因（含教师缺勤、场地设施故障）未能按约授课的，甲方应安排同等质量的补课；乙方不接受补课的，甲方按未上课时退还费用并依约承担违约责任。',
    en: 'If lessons are not given for reasons on the institution’s side (including teacher absence or failed facilities), it arranges make-up lessons of equal quality; if the student declines, it refunds the lessons not given and is liable for the breach as agreed.',
  },
  zh: matcher({
    anyOf: ['违约', '赔偿', '补偿', '补课', '负责', '免责', '免除', '责任'],
    triggers: [
      {
        re: re`${OPERATOR_CAUSE.source}[^.]{0,25}?${BREACH_DISCLAIM}`,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'consumer' && subjectRightBefore(ctx, m.index + m[0].search(new RegExp(BREACH_DISCLAIM))) !== 'consumer',
      },
    ],
    unless: [
      REMEDY_OFFERED,
      // force majeure is LIABILITY_FORCE_MAJEURE_NO_REFUND's matter — unless the operator's own business risks are passed off as it
      { re: new RegExp(`^(?![^]*${BUSINESS_RISK})[^]*(?:不可抗力|疫情|自然灾害|政府|政策|天气|节假日|法定假日|寒暑假)`), scope: 'sentence' },
      // the consumer's own absence is not a breach by the operator
      { re: /(?:乙方|学员|学生|家长)(?:自身|本人|个人)?(?:原因|缺课|请假|迟到|过错)|依法/, scope: 'sentence' },
    ],
  }),
  en: matcher({
    anyOf: ['liab', 'responsib', 'compensat', 'refund', 'reimburs', 'make up', 'make-up', 'makeup'],
    triggers: [
      {
        re: re`${EN_NOT_LIABLE}\b[^.]{0,50}?\b(?:cancel\w*|missed|postpone\w*|reschedul\w*|undelivered|(?:lessons?|classes|sessions?) not (?:delivered|held|provided|given)|teacher(?:'s|s')? (?:absence|illness|unavailab\w*|leave|resignation)|absence of (?:the |a )?teachers?|fail\w* to (?:deliver|provide|hold|teach|give)|(?:tutor|teacher|coach|instructor)s? (?:is |are )?(?:unavailable|absent|ill|sick))\b`,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'consumer',
      },
      {
        // "If the coach is absent, the session will be cancelled and no compensation will be given"
        re: /\b(?:coach|teacher|tutor|instructor|trainer)(?:'s)? (?:is |are |becomes? )?(?:absent|ill|sick|unavailable|on leave)\b[^.]{0,60}?\b(?:no (?:compensation|make-?up|refund|replacement)|not be (?:compensated|refunded|made up|rescheduled)|without (?:any )?(?:compensation|refund|make-?up))\b/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'consumer',
      },
      {
        // "will not compensate students for lessons cancelled due to staff shortages"
        re: /\b(?:will|shall|does|do)(?: not|n't) (?:compensate|refund|reimburse|make up|replace)\b[^.]{0,40}?\b(?:cancel\w*|missed|postponed|undelivered|not (?:delivered|held|given))\b[^.]{0,40}?\b(?:staff(?:ing)? shortages?|shortage of (?:staff|teachers)|lack of (?:staff|teachers)|teacher(?:'s|s')? (?:absence|illness|unavailab\w*|leave|resignation)|(?:our|its|the (?:institution|school|centre|center|academy)'s) (?:own )?(?:reasons|decision|arrangements?))/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'consumer',
      },
      {
        re: /\b(?:teacher(?:'s|s')? (?:absence|illness|unavailab\w*|leave|resignation)|absence of (?:the |a )?teachers?|lessons? (?:cancel\w*|not (?:delivered|held|given)) by (?:the )?(?:institution|school|centre|center|academy|provider|company|us))\b[^.]{0,50}?\b(?:not (?:be )?(?:held )?(?:liable|responsible)|no (?:liability|responsibility|compensation|make-?up)|without (?:any )?(?:compensation|make-?up))\b/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'consumer',
      },
    ],
    unless: [{ re: /\bforce majeure\b|\bepidemic\b|\bpandemic\b|\bgovernment\b|\bweather\b|\bnatural disasters?\b|\breschedul\w*(?! by)|(?<!\bno |\bnot (?:be )?)\bmake-?up (?:lessons?|classes|sessions?)\b(?! (?:will|shall) not)|\brefund(?:ed)? (?:for|of|in)\b|\b(?:substitute|replacement) teachers?\b|\bstudent'?s? (?:own )?(?:absence|fault)\b|\bin accordance with (?:the )?law\b/, scope: 'sentence' }],
  }),
};
