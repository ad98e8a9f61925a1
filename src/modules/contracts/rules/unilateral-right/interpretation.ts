import { BASIS } from '../basis';
import { EN_OPERATOR } from '../lexicon-en';
import { OPERATOR, ORG } from '../lexicon';
import { lastPartyIn, firstPartyIn } from '../../parties';
import { matcher, re, negatedJustBeforeEn } from '../define';
import type { Rule } from '../types';

/** A complaint or objection before a "final" decision: then the finality takes away a remedy (remedy_exclusion). */
const COMPLAINT = /投诉|申诉|争议|纠纷/;
/** An objection confined to the operator's own channel ("仅可通过本中心内部渠道反映"): its final answer excludes a remedy too. */
const CONFINED_OBJECTION = /(?:异议|疑义|不满|质疑|意见)[^.]{0,16}?(?:仅|只|唯一|一律)[^.]{0,12}?(?:内部|本|甲方|机构|中心)/;
export function finalSayOnComplaint(prefix: string): boolean {
  return COMPLAINT.test(prefix) || CONFINED_OBJECTION.test(prefix);
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
        re: re`解释权(?:归|属于|属|由|在|为)(?:${OPERATOR}|甲方|乙方)(?:所有|享有|行使|独有)?`,
        accept: (m, ctx) => lastPartyIn(m[0], ctx) === 'institution',
      },
      {
        // "对本须知的任何解释及修改权利均归本店所有"
        re: re`解释(?:及|和|与|、)?(?:修改|变更|修订)?(?:的)?(?:权利|权)(?:均|全部|皆)?(?:归|属于|属|由)(?:${OPERATOR}|甲方|乙方|${ORG})`,
        accept: (m) => !/双方|甲乙|共同|乙方|学员|家长|消费者|法院|仲裁/.test(m[0]),
      },
      {
        // "解释权归某某教育所有", "本协议由某某艺术培训学校负责解释"
        re: re`(?:解释权(?:归|属于|属|由)${ORG}(?:所有|享有|行使|独有)|(?:本合同|本协议|本规定|本条款|以上条款|上述条款|本须知|本章程|本细则|本规则|本办法|本活动|本简章|本规章)(?:由|归)${ORG}(?:负责)?解释)`,
        accept: (m) => !/双方|甲乙|共同|乙方|学员|家长|消费者|法院|仲裁/.test(m[0]),
      },
      {
        re: re`(?:${OPERATOR}|甲方|乙方)(?:享有|保留|拥有|具有|有)[^.]{0,8}?解释权`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution',
      },
      {
        re: re`(?:由|归)(?:${OPERATOR}|甲方|乙方)(?:[^,.]{0,6}?)(?:负责|单方|单独|最终|全权)?解释`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution',
      },
      {
        // "本营地对营员违纪的处理决定为最终决定"
        re: /(?:处理|决定|认定|意见|结果|裁定|结论|判定)(?:决定|意见|结果|结论)?(?:为|是|即为|均为|系|作为)(?:最终|终局)(?:的)?(?:决定|结论|意见|处理|结果|裁决|裁定)?/,
        accept: (m, ctx) => {
          // the decision is the subject's: "本营地对营员违纪的处理决定为最终决定"
          const prefix = ctx.text.slice(0, m.index);
          // a final say on complaints or disputes takes away a remedy (remedy_exclusion's matter)
          if (finalSayOnComplaint(prefix)) return false;
          const first = firstPartyIn(prefix, ctx);
          return first === 'institution' || (first !== null && lastPartyIn(prefix, ctx) !== 'consumer');
        },
      },
      {
        // "凡本协议未约定的事项，均由本机构决定"
        re: re`(?:未约定|未尽|未规定|未列明|未明确|其他)(?:的)?(?:事项|事宜|情形|问题)?[^.]{0,8}?(?:均|一律|全部|皆)?由(?:${OPERATOR}|甲方|乙方)(?:单方|自行|全权|单独)?(?:决定|确定|处理|解释|裁定|认定)`,
        accept: (m, ctx) => firstPartyIn(m[0].slice(m[0].lastIndexOf('由')), ctx) === 'institution',
      },
      {
        re: re`(?:以|按)(?:${OPERATOR}|甲方|乙方)(?:的)?(?:最终)?(?:决定|解释|意见|认定|判断|判定|结论|说法)为(?:准|最终(?:决定|解释|意见|认定)?)|(?:${OPERATOR}|甲方|乙方)(?:作出)?的(?:决定|认定|处理意见|处理决定|处理结果|意见|裁定|结论)(?:为|是|即为|均为|系)(?:最终|终局)(?:的)?(?:决定|结论|意见|处理|结果)?`,
        // (the final say on a complaint or objection is remedy_exclusion's matter, as above)
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution' && !(/最终|终局/.test(m[0]) && !/解释/.test(m[0]) && finalSayOnComplaint(ctx.text.slice(0, m.index))),
      },
      {
        re: re`(?:本合同|本协议|本规定|本条款|以上条款|上述条款|本须知|本章程|本细则|本规则|本办法|本活动)(?:由|归)(?:${OPERATOR}|甲方|乙方)(?:负责)?解释`,
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
      re`${EN_OPERATOR}'s? (?:decisions?|determinations?|interpretations?|rulings?|judge?ments?)\b[^.]{0,60}? (?:shall be|is|are|will be|remain) (?:final|conclusive|binding)\b`,
      // the operator's decision is final: "All decisions of the Club regarding … are final", "the Academy's interpretation is final"
      re`\b(?:decisions?|determinations?|rulings?|interpretations?|judge?ments?|opinions?)\b[^.]{0,12}?\b(?:of|by|made by|taken by|reached by) ${EN_OPERATOR}[^.]{0,60}?\b(?:shall be|is|are|will be|remain)(?: deemed)? (?:final|conclusive|binding and final|final and binding|definitive)\b`,
      /\breserves? the right to (?:make )?(?:the )?final (?:decision|determination|say)\b|\bfinal (?:decision|say|determination)\b[^.]{0,40}?\b(?:rests with|belongs to|lies with|is reserved (?:to|by)) (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)\b/,
      /\b(?:interpreted|construed|decided|determined) (?:solely |exclusively |only |finally )?by (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)\b/,
      /\bour (?:decisions?|determinations?|interpretations?|rulings?)\b[^.]{0,60}? (?:shall be|is|are|will be) (?:final|conclusive)\b/,
      /\b(?:decisions?|determinations?|rulings?) (?:made |taken |reached )?by (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|management)\b[^.]{0,20}?\b(?:shall be|is|are|will be) (?:final|conclusive|binding and final|final and binding)\b/,
      /\b(?:the )?(?:decisions?|determinations?|rulings?) of the (?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)\b[^.]{0,40}? (?:shall be|is|are|will be) (?:final|conclusive)\b|\b(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)'s (?:decisions?|determinations?|interpretations?|rulings?|judge?ments?)(?: (?:on|of) [^.]{0,30}?)? (?:shall be|is|are|will be) (?:final|conclusive)\b/,
      // "…, whose decision is final": the operator named, then its decision declared final
      re`${EN_OPERATOR},? whose (?:decisions?|determinations?|interpretations?|rulings?|judge?ments?|word) (?:is|are|shall be|will be) (?:final|conclusive|binding and final|final and binding)\b`,
      /\b(?:interpretation|(?:the )?(?:right|power|authority) to (?:interpret|construe))(?: of (?:this|these|the|all|any of these) (?:contract|agreement|terms|rules|conditions|clauses|polic(?:y|ies)|regulations))?\b[^.]{0,20}?\b(?:belongs?|rests?|is reserved|vests?|lies|is vested|remains?)(?: (?:solely|exclusively|entirely|wholly|only|alone))? (?:to|with|in|by)\b[^.]{0,10}?\b(?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|platform|management|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)\b/,
      /\binterpretation of (?:this|these|the|all) (?:contract|agreement|terms|rules|conditions|clauses|policy)\b[^.]{0,20}?\b(?:belongs to|rests with|is reserved (?:to|by)|vests in|lies with|is at the discretion of)\b[^.]{0,10}?\b(?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)\b/,
    ],
    unless: [
      // the final say on a complaint is remedy_exclusion's matter (as in zh)
      { re: /\b(?:complaints?|grievances?|objections?)\b/, scope: 'match' },
      // "does not reserve any right of final interpretation", "neither party has …" — but not "matters not covered here shall be interpreted by …"
      { re: /\b(?:does not|do not|shall not|will not|may not|cannot|never|nor|no)\s+(?:\w+\s+){0,2}?(?:reserve[sd]?|have|has|hold|holds|claim|retain|enjoy|assert)\b|\bneither\b|\bno (?:party|one|side)\b|\bwithout\b[^,.]{0,20}$/, scope: 'before', window: 40 },
      { re: /\b(?:shall not|may not|must not|cannot|will not) (?:reserve|claim|assert)\b/, scope: 'sentence' },
      // "No clause of this agreement gives the School a final or exclusive right of interpretation"
      { re: /\bno (?:clause|term|provision|part|article|rule)s?\b[^.;]{0,50}?\b(?:gives?|grants?|confers?|reserves?)\b[^.;]{0,30}$/, scope: 'prefix' },
    ],
  }),
};
