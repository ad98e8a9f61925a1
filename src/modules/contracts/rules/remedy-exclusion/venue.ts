import { BASIS } from '../basis';
import { EN_LEGAL_ACTION, EN_OPERATOR } from '../lexicon-en';
import { OPERATOR } from '../lexicon';
import { lastPartyIn, firstPartyIn } from '../../parties';
import { matcher, negatedJustBeforeEn, re } from '../define';
import type { Exception } from '../define';
import type { Rule } from '../types';

/** Where the operator is: 所在地, 所在区, 注册地址, 经营场所所在地 … */
const OPERATOR_PLACE =
  '(?:所在(?:地|区|市|县|区县|城市|地区|辖区|省)|注册(?:地址|所在地|地)|住所(?:地)?|总部(?:所在地)?|经营(?:场所(?:所在地)?|地址|地)|营业(?:场所|地址|地)|办学(?:地点|场所|地址|地)|实际经营地|当地)';
/** A party named again in brackets: "甲方（本机构）", "乙方(培训机构)", "甲方[即本中心]". */
const ALIAS = '(?:[(\\[【][^()\\[\\]【】.,]{0,12}[)\\]】])?';
/** Another venue the consumer may choose: then the clause is no forced venue. */
const OTHER_VENUE = /或(?:者)?[^.]{0,10}(?:乙方|学员|消费者|家长|原告|被告|合同履行地|合同签订地|其他|有管辖权)|(?:乙方|学员|消费者|家长)(?:的)?(?:所在地|住所地|经常居住地)|(?:由|按)?原告(?:自行)?选择|(?:任何一方|任一方)(?!均?(?:不得|不能|不可|无权|只能|仅能|只可|仅可|只得|仅得|必须|须|应当?只))|(?:乙方|学员|家长|消费者)(?:可|可以|有权)(?:选择|自行选择)/;

/** Both sides as the subject: "任何一方", "双方均", "各方". */
const BOTH_SIDES = /(?:任何一方|任一方|双方|各方|任何人|任何当事人)(?:均|都|也|皆)?$/;

/** "…协商不成的，或向…法院起诉": another way is left open after the restricted one. */
const ALTERNATIVE_AFTER: Exception = { re: /(?:协商|调解)不成|或(?:者)?(?:向|依法|提起|申请)/, scope: 'suffix' };

/** Where the operator is, in English: "where the Company has its registered office", "the School's domicile". */
const EN_OPERATOR_PLACE = `(?:(?:where|in which) ${EN_OPERATOR} (?:is|are|has|have) (?:its |their |our )?(?:located|registered|domiciled|based|situated|headquartered|incorporated|established|registered office|head office|principal place of business|seat|offices?)|${EN_OPERATOR}'?s? (?:registered office|head office|domicile|location|seat|place of (?:business|registration|incorporation)))`;

export const REMEDY_FORCED_VENUE: Rule = {
  id: 'REMEDY_FORCED_VENUE',
  category: 'remedy_exclusion',
  severity: 'medium',
  patterns: [29],
  basis: BASIS.venue,
  explanation: {
    zh: '条款规定争议只能由经营者所在地法院或仲裁机构处理，或只能协商解决、不得起诉，限制了消费者选择争议解决方式和管辖法院的权利。',
    en: 'The clause sends disputes only to the court or arbitration body where the operator is, or allows only negotiation and no lawsuit, restricting the consumer’s choice of remedy and forum.',
  },
  suggestion: {
    zh: '发生争议的，双方协商解决；协商不成的，乙方可以向消费者协会或教育、市场监管部门投诉，也可以依法向有管辖权的人民法院起诉或按约定申请仲裁。',
    en: 'Disputes are negotiated first; failing that the student may complain to the consumer association or the education or market regulator, sue in a competent court, or arbitrate if agreed.',
  },
  zh: matcher({
    anyOf: ['法院', '仲裁', '协商', '调解', '诉讼', '起诉', '上诉', '管辖', '沟通', '内部处理', '司法'],
    triggers: [
      {
        re: re`(?:向|由|在|提交|交由|归|诉至|诉诸)(?:${OPERATOR}|甲方|乙方)${ALIAS}(?:的)?${OPERATOR_PLACE}[^.]{0,14}?(?:人民)?(?:法院|仲裁委员会|仲裁机构|仲裁)`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution' && !OTHER_VENUE.test(ctx.text),
        unless: [ALTERNATIVE_AFTER],
      },
      {
        re: re`(?:${OPERATOR}|甲方|乙方)${ALIAS}(?:的)?${OPERATOR_PLACE}(?:的)?(?:基层)?(?:人民)?(?:法院|仲裁委员会|仲裁机构)`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution' && !OTHER_VENUE.test(ctx.text),
        unless: [ALTERNATIVE_AFTER],
      },
      { re: re`(?:只能|仅能|只可|仅可|只得|仅|只|必须|一律|均应|均须|应当只|唯一|须|需)(?:通过|采取|采用|以|的)?(?:双方)?(?:(?:与|同|和|向|由)?(?:${OPERATOR}|甲方)(?:安排|组织|指定|主持|提供|认可)?(?:的)?)?(?:友好|内部)?(?:协商|调解|内部协商|内部处理|沟通)(?:的)?(?:方式|途径|办法)?(?:来)?(?:解决|处理)`, unless: [ALTERNATIVE_AFTER] },
      // the courts and arbitration taken away: "诉讼、仲裁途径不适用", "排除诉讼和仲裁"
      {
        gate: /排除|不适用|不予适用|不得适用/,
        re: /(?:排除|不适用|不予适用|不得适用)(?:[^,.]{0,6}?)(?:诉讼|司法|法院|起诉)|(?:(?:仲裁)(?:和|或|及|与|、))?(?:诉讼|司法|起诉)(?:(?:和|或|及|与|、)仲裁)?(?:途径|方式|程序|权利)?(?:均)?(?:被)?(?:排除|不适用|不予适用)/,
        // (arbitration alone set aside leaves the courts open: that is no exclusion)
        // "甲方不得排除学员的诉讼权利" forbids the exclusion
        unless: [{ re: /(?:不得|不能|不应|不可|禁止|严禁|无权)[^,.]{0,4}$/, scope: 'before', window: 8 }],
      },
      {
        // disputes kept between the parties: "所有问题仅在家校之间内部沟通解决", "纠纷只在双方内部处理"
        gate: /之间|内部|私下/,
        re: /(?:仅|只|只能|仅能|仅可|只可|仅限于?|一律|均只)(?:在|于|由|限)?[^.,;]{0,8}?(?:之间|内部|私下)(?:内部|私下)?(?:自行)?(?:沟通|协商|处理|解决|消化|调解)/,
        accept: (m, ctx) => /问题|争议|纠纷|异议|投诉|矛盾|分歧|不满/.test(ctx.text.slice(0, m.index + m[0].length)),
        unless: [ALTERNATIVE_AFTER],
      },
      { re: /(?:唯一|只能|仅能)(?:的)?(?:争议解决|解决)?(?:方式|途径)(?:为|是)(?:协商|调解|内部协商|向(?:甲方|本机构))/, unless: [ALTERNATIVE_AFTER] },
      {
        re: re`(?:不得|不能|不可|无权|放弃|不允许|禁止)(?:以任何(?:理由|方式))?(?:向[^.]{0,12})?(?:提起|提出|申请|诉诸|寻求|通过|采取|走)?(?:诉讼|起诉|仲裁|申请仲裁|上诉|法律途径|法律手段|司法途径)`,
        // "任何一方不得向人民法院起诉", "双方均不得起诉": both sides barred is the consumer barred too
        accept: (m, ctx) => BOTH_SIDES.test(ctx.text.slice(Math.max(0, m.index - 8), m.index)) || lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
    ],
  }),
  en: matcher({
    anyOf: ['court', 'arbitrat', 'negotiat', 'consultation', 'mediat', 'dispute', 'sue', 'litigat', 'lawsuit', 'legal action', 'jurisdiction'],
    triggers: [
      /\b(?:exclusively|only|solely)\b[^.]{0,30}?\b(?:courts?|arbitration|tribunal|jurisdiction)\b[^.]{0,40}?\b(?:where (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we) (?:is|are) (?:located|registered|domiciled|based)|of (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)'?s? (?:location|domicile|seat|registered|place))/,
      /\b(?:courts?|arbitration (?:commission|body|institution)?) (?:at|in|of) the (?:place|location|seat|domicile) (?:where )?(?:of )?(?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)\b/,
      /\b(?:courts?|arbitration (?:commission|body|institution)?) (?:at|in|of) (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)'?s? (?:domicile|location|seat|registered (?:address|office)|place of (?:business|registration|incorporation|domicile)|home (?:city|district))\b/,
      // "referred exclusively to the courts of the city where the Company has its registered office"
      re`\b(?:exclusively|only|solely|exclusive)\b[^.]{0,40}?\b(?:courts?|arbitration|tribunal|jurisdiction)\b[^.]{0,50}?${EN_OPERATOR_PLACE}`,
      /\b(?:only|solely|exclusively) (?:be )?(?:resolved|settled|handled|determined|decided) (?:through|by|via|in) (?:friendly |internal )?(?:negotiation|consultation|mediation|discussion)\b/,
      // the courts and arbitration taken away: "litigation and arbitration are excluded"
      {
        gate: /exclud|waived|not (?:permitted|allowed|available)/,
        re: /\b(?:litigation|lawsuits?|legal (?:action|proceedings)|court (?:action|proceedings)|(?:recourse|access) to (?:the )?courts?|arbitration)\b(?: (?:and|or|and\/or) (?:litigation|arbitration|court (?:action|proceedings)|legal (?:action|proceedings)))? (?:is|are|shall be|will be) (?:expressly |hereby )?(?:excluded|waived|not (?:permitted|allowed|available))\b/,
        // arbitration alone set aside leaves the courts open
        accept: (m, ctx) => /litigation|lawsuit|legal|court/.test(m[0]) && !negatedJustBeforeEn(ctx.text, m.index, 30),
      },
      /\b(?:resolved|settled|handled) (?:through|by|via) (?:friendly )?(?:negotiation|consultation|mediation|discussion)(?: only| alone)\b/,
      /\b(?:resolved|settled|handled) (?:only|solely|exclusively) (?:through|by|via) (?:friendly )?(?:negotiation|consultation|mediation|internal)/,
      re`\b(?:neither party|no party|neither side)\b (?:may|shall|can|will) ${EN_LEGAL_ACTION}`,
      // "finally resolved by arbitration … to the exclusion of the courts", "the courts shall have no jurisdiction"
      {
        gate: /exclusion|no jurisdiction|not have jurisdiction/,
        re: /\bto the exclusion of (?:the |any |all )?(?:courts?|litigation|legal proceedings|court proceedings)\b|\b(?:the )?courts? (?:shall|will) (?:have no|not have (?:any )?) jurisdiction\b/,
      },
      {
        // "the courts of the district where the School is located shall have exclusive jurisdiction"
        re: /\b(?:courts?|arbitration (?:commission|body|institution|tribunal)?)\b[^.]{0,40}?\b(?:where|in which) (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|we) (?:is|are) (?:located|registered|based|domiciled|situated|headquartered|incorporated|established)\b/,
        accept: (_m, ctx) => !/\b(?:or (?:where|in which|the|a|any)|either party|(?:student|parent|consumer|plaintiff|defendant)'?s? (?:domicile|residence)|where the (?:student|parent|consumer|plaintiff|defendant)|any (?:competent|court having jurisdiction))\b|\bat (?:the|its|their) (?:choice|option)\b/.test(ctx.text),
      },
      /\b(?:resolve|settle|handle)s? (?:all |any )?(?:disputes?|claims?|complaints?)\b[^.]{0,15}?\b(?:only|solely|exclusively) (?:through|by|via) (?:friendly )?(?:negotiation|consultation|mediation|internal)/,
      /\bwaives? (?:the |any |all |its |their |his |her )?rights? to (?:sue|litigat\w*|bring (?:a |any )?(?:claim|action|lawsuit)|arbitrat\w*|(?:go to )?court)/,
      {
        re: /\b(?:(?:may|shall|can|must|will) not|agrees? not to|undertakes? not to|promises? not to|waives? the right to) (?:sue|bring (?:a |any )?(?:lawsuit|legal action|claim|proceedings)|file (?:a |any )?(?:lawsuit|legal action|claim in court)|take (?:any )?legal action|go to court|(?:commence|initiate) (?:any )?(?:legal )?proceedings)/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
    ],
  }),
};
