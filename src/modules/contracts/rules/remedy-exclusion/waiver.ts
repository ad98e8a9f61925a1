import { BASIS } from '../basis';
import { EN_CONSUMER } from '../lexicon-en';
import { OPERATOR } from '../lexicon';
import { lastPartyIn } from '../../parties';
import { matcher, negatedJustBeforeEn, re } from '../define';
import type { Rule } from '../types';

export const REMEDY_WAIVE_CLAIMS: Rule = {
  id: 'REMEDY_WAIVE_CLAIMS',
  category: 'remedy_exclusion',
  severity: 'high',
  patterns: [32],
  basis: BASIS.waiver,
  explanation: {
    zh: '条款要求消费者放弃追究责任、索赔或诉讼的权利，或以签署保密协议、免责声明作为退费条件，排除了消费者依法主张权利的途径。',
    en: 'The clause makes the consumer waive claims, compensation or lawsuits, or makes a refund depend on signing a confidentiality or release agreement, excluding the consumer’s legal remedies.',
  },
  suggestion: {
    zh: '乙方办理退费不以签署保密协议、免责声明或放弃其他权利为条件，乙方依法享有的其他权利不受影响。',
    en: 'A refund never depends on signing a confidentiality agreement, release or waiver; the student keeps all other legal rights.',
  },
  zh: matcher({
    anyOf: ['逾期', '放弃', '不再', '不得', '无权', '不可', '不能', '保密', '免责声明', '谅解', '和解', '了结', '结清', '终结', '同意不', '承诺不', '保证不', '丧失', '失去', '不享有', '索赔', '追究', '追责'],
    triggers: [
      {
        re: re`(?:放弃|不再|不得|无权|不可|不能|(?:同意|承诺|保证)(?:今后|日后|以后|将来)?(?:不再|不))(?:再|另行)?(?:就[^.,]{0,16}?)?(?:再)?(?:以任何(?:理由|方式|形式))?(?:(?:向|对)(?:${OPERATOR}|甲方)[^.]{0,6})?(?:追究|追诉|追责|索赔|主张(?:任何)?(?:权利|赔偿|责任)|(?:一切|任何|全部|所有)(?:其他)?(?:主张|请求|追偿|追责|追究)|要求(?:任何)?(?:赔偿|补偿)|提起(?:任何)?(?:诉讼|仲裁)|申诉|追偿|任何权利|一切权利|诉权|提出任何(?:要求|主张|索赔)|另行主张)`,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      {
        // a short deadline for any claim, after which it is waived: "任何索赔应在课程结束后30日内提出，逾期视为放弃"
        gate: /逾期|过期|超过期限|超期/,
        re: /(?:索赔|赔偿(?:请求|要求)|异议|投诉|追偿|主张)[^.]{0,40}?(?:逾期|过期|超过期限|超期)(?:未(?:提出|主张))?(?:的)?[^.,]{0,2}?(?:即|则)?(?:视为|视作|当作)(?:自动|主动|已)?(?:放弃|认可|同意|无异议)/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      /(?:退费|退款|退学|退课)[^.]{0,15}?(?:须|需|需要|必须|应|应当|前|时)[^.]{0,6}?(?:签署|签订|签|出具)[^.]{0,6}?(?:保密协议|保密承诺|免责声明|放弃(?:追责|追究|索赔|声明)|和解协议|谅解书|承诺书|不追究)/,
      {
        // the refund as the end of every claim: "接受退款即视为双方纠纷一次性了结"
        gate: /了结|结清|终结|解决|和解/,
        re: /(?:接受|领取|收到|签收|办理|同意)[^.,]{0,8}?(?:退费|退款|补偿|赔偿|款项)[^.]{0,12}?(?:即|则|均)?(?:视为|即为|构成|表示|意味着)[^.]{0,12}?(?:1次性|一次性|全部|最终|彻底|完全)(?:了结|结清|终结|解决|和解)/,
        accept: (m, ctx) => !/不(?:视为|构成|表示|意味着)/.test(m[0]) && lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      /(?:视为|即视为|即表示)[^.]{0,6}?(?:放弃|自动放弃)[^.]{0,6}?(?:追究|索赔|诉讼|申诉|一切权利|全部权利|其他权利|任何权利|追诉|法律权利)/,
      {
        // "乙方即丧失投诉权利"
        re: /(?:丧失|失去|不再享有|不享有)[^.]{0,6}?(?:投诉|起诉|诉讼|索赔|追究|申诉|主张|仲裁|异议)(?:的)?(?:权利|权)/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      {
        re: /放弃[^.,]{0,24}?(?:异议|追究|索赔|起诉|投诉|申诉|主张|救济)?(?:的)?(?:权利|权)(?!益)/,
        accept: (m, ctx) =>
          lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution' && !/(?:不|无需|无须|不得要求|不因此)[^,.]{0,4}$/.test(ctx.text.slice(Math.max(0, m.index - 6), m.index)) &&
          // "视为放弃退费权利" takes away the refund (refund_exclusion), not a remedy
          !/放弃[^,.]{0,4}?(?:退费|退款|退学|退课)/.test(m[0]),
      },
    ],
    unless: [
      { re: /(?:要求|迫使|强迫|强制)[^,.]{0,12}?放弃|不得(?:以任何(?:理由|方式))?要求/, scope: 'sentence' },
      { re: /不以[^.]{0,30}为(?:条件|前提)|不因此|不影响/, scope: 'sentence' },
    ],
  }),
  en: matcher({
    anyOf: ['waive', 'release', 'confidential', 'non-disclosure', 'disparag', 'claim', 'compensation', 'damages', 'redress', 'settlement', 'discharge', 'satisfaction', 'absolv', 'acquit'],
    triggers: [
      {
        re: /\bwaives? (?:any|all|the|its|their|his|her) (?:further |other |future |remaining )?(?:rights?|claims?)\b/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      /\breleases? (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)\b[^.]{0,30}?\bfrom (?:any|all) (?:(?:further|other|future|remaining|existing|outstanding) )?(?:claims?|liabilit\w+)/,
      {
        // "a release discharging the Platform from all further claims", "a document absolving us of any liability"
        gate: /\b(?:discharg|absolv|releas|acquit|indemnif)/,
        re: /\b(?:discharg(?:e|es|ed|ing)|absolv(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|acquit(?:s|ted|ting)?)\b([^.]{0,30}?)\b(?:from|of) (?:any|all|every) (?:(?:further|other|future|remaining|existing|outstanding|possible) )?(?:claims?|liabilit\w+|demands?|actions?|responsibilit\w+)/,
        // the consumer released is a benefit to the consumer ("the Centre releases the Parent from all further claims")
        accept: (m, ctx) => !new RegExp(EN_CONSUMER).test(m[1] ?? '') && !negatedJustBeforeEn(ctx.text, m.index, 30),
      },
      {
        // a waiver signed as the price of a refund: "To receive a refund you must first sign a release form"
        gate: /refund/,
        re: /\brefunds?\b[^.]{0,50}?\b(?:sign|signs|signing|signed|execut\w+|accept\w*|agree\w* to)\b[^.]{0,12}?\b(?:a |an |the )?(?:release|waiver|discharge|settlement|non-?disclosure|confidentiality|no-?claims?)(?: (?:form|agreement|letter|document|deed|undertaking|of (?:all |any )?claims))?\b|\b(?:sign|signs|signing|signed|execut\w+)\b[^.]{0,12}?\b(?:a |an |the )?(?:release|waiver|discharge|no-?claims?)(?: (?:form|agreement|letter|document|deed|undertaking|of (?:all |any )?claims))?\b[^.]{0,50}?\brefunds?\b/,
        accept: (m, ctx) => !negatedJustBeforeEn(ctx.text, m.index, 40) && !/\b(?:never|not|no|without)\b|n't/.test(m[0]),
      },
      {
        // the refund as the end of every claim: "Acceptance of a refund constitutes full and final settlement"
        gate: /settlement|discharge|satisfaction|release/,
        re: /\b(?:full and final|final and full|complete and final|final and complete|full and complete) (?:settlement|discharge|satisfaction|release)\b/,
        accept: (m, ctx) => !negatedJustBeforeEn(ctx.text, m.index, 30),
      },
      {
        re: /\b(?:confidentiality|non-?disclosure|non-?disparagement|release) (?:agreement|undertaking|form)\b[^.]{0,40}?\brefund|\brefunds?\b[^.]{0,40}?\b(?:(?:confidentiality|non-?disclosure|non-?disparagement|release) (?:agreement|undertaking|form)|release of (?:all|any) (?:claims|liability)|waiver of (?:all|any) claims)\b/,
        accept: (m) => !/\b(?:never|not|no|without)\b|n't/.test(m[0]),
      },
      /\b(?:shall|will|may) not (?:pursue|make|bring|raise) (?:any )?(?:further )?(?:claims?|demands?)\b/,
      {
        re: /\b(?:(?:shall|will|may|must) not|agrees? not to|undertakes? not to) (?:seek|claim|demand|pursue|request) (?:any )?(?:compensation|damages|redress|remedy|indemnity)\b/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
    ],
    unless: [
      { re: /\b(?:shall not|may not|will not) (?:require|ask|force)\b/, scope: 'sentence' },
      // a release from liability for accidents or injuries is a liability exemption (LIABILITY_GENERAL_EXEMPTION)
      { re: /\bliabilit\w* for (?:any )?(?:accidents?|injur\w*|harm|personal injur\w*)\b|\bwhether or not caused by\b/, scope: 'sentence' },
    ],
  }),
};
