import { BASIS } from '../basis';
import { FAULT_BASED, disclaimerNotByConsumer } from './shared';
import { DISCLAIM, HARM, OPERATOR, PROPERTY } from '../lexicon';
import { firstPartyIn } from '../../parties';
import { matcher, re } from '../define';
import type { Rule } from '../types';

export const LIABILITY_PERSONAL_INJURY: Rule = {
  id: 'LIABILITY_PERSONAL_INJURY',
  category: 'liability_exemption',
  severity: 'high',
  patterns: [25],
  basis: BASIS.injury,
  suppresses: ['LIABILITY_GENERAL_EXEMPTION'],
  explanation: {
    zh: '条款免除经营者对学员在培训期间人身伤害的责任。造成对方人身损害的免责条款无效，教育机构对未成年学员负有安全保障义务。',
    en: 'The clause exempts the operator from liability for students’ injuries during training. Exemption from personal-injury liability is void, and educational institutions owe minors a duty of care.',
  },
  suggestion: {
    zh: '甲方应当保障乙方在培训期间的人身安全；因甲方原因造成乙方人身损害的，甲方依法承担责任。',
    en: 'The institution keeps students safe during training and is liable according to law for injuries it causes.',
  },
  zh: matcher({
    // every disclaimer (DISCLAIM) has one of these characters; the harm words are too many for a gate
    anyOf: ['负', '担', '关', '免', '赔', '责', '追究'],
    acrossSentences: true,
    triggers: [
      // a harm, then the operator disclaiming it: "学员受伤的，本道馆概不负责", "…意外伤害，与本社无关"
      { re: re`${HARM}[^.]{0,25}?${DISCLAIM}`, accept: disclaimerNotByConsumer },
      // the operator first: "本机构不承担学员在训练中的人身伤害责任"
      {
        re: re`(?:${OPERATOR}|甲方|乙方)[^.]{0,6}?(?:不承担|不负|概不负责|不负责|免除|不予)[^.]{0,20}?${HARM}`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution',
      },
      re`${HARM}[^.]{0,20}?(?:不得|无权|不能|不可)(?:向[^.]{0,8})?(?:追究|要求)(?:${OPERATOR}|甲方)?(?:的)?(?:任何)?(?:责任|赔偿)`,
      {
        // "本馆对学员在训练中发生的意外伤害概不负责", "本机构不为学员的人身安全承担责任"
        re: re`(?:${OPERATOR}|甲方|乙方)(?:将|会|也|亦)?(?:在任何情况下|无论如何|无论何种情况)?(?:均|都|概|一律|将|会)?不?(?:对|就|为)[^.]{0,20}?${HARM}[^.]{0,10}?(?:免责|免除(?:其)?(?:一切)?责任|(?:均|都|概|一律)?不负责(?:任)?|概不负责|不承担(?:任何)?责任|不予赔偿|承担(?:任何)?(?:法律|赔偿)?责任|负责|负(?:任何)?责任|承担赔偿|予以赔偿)`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution' && /不|免/.test(m[0]) && !/不得|不能|不可|不应/.test(m[0]),
      },
      {
        // no duty of care at all: "不承担学员在校期间的看护及安全管理职责", "本中心不负责学员课间的照看"
        gate: /看护|监护|照看|照管|看管|安全管理|安全保障/,
        re: /(?:不承担|不负|不履行|不提供|无|没有)(?:任何)?[^.,]{0,14}?(?:看护|监护|照看|照管|看管|安全管理|安全保障)(?:(?:及|和|、|与)[^.,]{0,8}?)?(?:职责|责任|义务|工作)|不负责[^.,]{0,14}?(?:看护|监护|照看|照管|看管|安全管理)/,
        accept: (m, ctx) =>
          firstPartyIn(ctx.text.slice(0, m.index), ctx) !== 'consumer' &&
          !/离(?:开|校|园|馆|店)|接走|交接|放学|下课后|上课前|课前|课后|途中|往返|之外|以外/.test(ctx.text),
      },
    ],
    unless: [FAULT_BASED],
  }),
  en: matcher({
    anyOf: ['injur', 'accident', 'harm', 'safety', 'risk', 'death', 'illness', 'duty of care', 'supervis'],
    triggers: [
      // no duty of care: "The Centre does not assume any duty of care or supervision for students"
      {
        gate: /duty of care|supervis/,
        re: /\b(?:(?:does|do|will|shall) not|doesn't|don't|won't|cannot|can't) (?:assume|accept|owe|have|provide|undertake|take on|bear) (?:any |a )?(?:duty of care|supervisory (?:duty|responsibilit\w+)|responsibilit\w+ for (?:the )?(?:supervision|supervising|care))|\bnot responsible for (?:the )?(?:supervis\w+|care of)|\bowes? no duty of care\b/,
        accept: (m, ctx) => !/\b(?:parents?|students?|guardians?|famil(?:y|ies)|you)\b[^.]{0,12}$/.test(ctx.text.slice(0, m.index)) && !/\b(?:before|after|outside|once)\b[^.]{0,30}\b(?:drop-?off|pick-?up|collect\w*|hours|lesson|class)/.test(ctx.text),
      },
      // the injured pay for themselves: "Students injured during sparring must bear their own costs"
      {
        gate: /injur|accident/,
        re: /\b(?:injur\w*|accident\w*)\b[^.]{0,40}?\b(?:must|shall|will|are to|is to|have to|has to)\b (?:bear|pay|cover|meet) (?:all |any )?(?:their|his|her|your|the)? ?(?:own )?(?:costs|expenses|medical (?:costs|expenses|bills)|bills)\b/,
        accept: (m) => /\b(?:own|their|his|her|your)\b/.test(m[0]),
      },
      /\b(?:injur\w*|accident\w*|personal (?:injury|safety|harm)|bodily harm|harm|safety|death|illness)\b[^.]{0,50}?\b(?:(?:(?:not|cannot|can't|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible|accountable)|(?:cannot|can't|can not|will not|won't|does not|do not|shall not) (?:accept|assume|bear|take) (?:any )?(?:liability|responsibility)|(?<!not (?:be )?|never (?:be )?|n't (?:be )?)exempt(?:ed)? from (?:any |all )?(?:liability|responsibility))|no (?:liability|responsibility)|(?:accepts?|assumes?|bears?|takes?|holds?|has) no|disclaims?|at (?:the |their |your |his |her )?(?:own |(?:owner|student|parent|user|participant|member|child|learner|pupil|customer|guardian|family|consumer|trainee)'?s'? (?:own )?)risk|(?:sole )?responsibility of (?:the )?(?:student|parent|guardian)s?|(?:(?:the )?(?:student|parent|guardian|member|participant|child|learner)'?s'?|their|his|her|your) own responsibility)\b/,
      /\b(?:(?:(?:not|cannot|can't|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible|accountable)|(?:cannot|can't|can not|will not|won't|does not|do not|shall not) (?:accept|assume|bear|take) (?:any )?(?:liability|responsibility)|(?<!not (?:be )?|never (?:be )?|n't (?:be )?)exempt(?:ed)? from (?:any |all )?(?:liability|responsibility))|(?:accepts?|assumes?|bears?|takes?|holds?) no (?:liability|responsibility)|disclaims? (?:all |any )?(?:liability|responsibility))\b[^.]{0,40}?\b(?:injur\w*|accident\w*|personal|bodily|harm|safety|death|illness)\b/,
      /\b(?:students?|parents?|guardians?|learners?|pupils?|child(?:ren)?|members?|customers?|famil(?:y|ies)|consumers?|participants?|party b|you)\b (?:are|is|shall be|will be) (?:solely |fully |entirely )?(?:responsible|liable) for (?:any|all) (?:injur\w*|accidents?|harm|bodily)/,
      /\b(?:students?|parents?|guardians?|learners?|pupils?|child(?:ren)?|members?|customers?|famil(?:y|ies)|consumers?|participants?|party b|you)\b (?:shall |will )?(?:assumes?|bears?|accepts?|takes?) (?:full |all |sole |complete |entire |the )?(?:responsibility|liability|risks?) (?:for|of) (?:any|all|the) (?:injur\w*|accidents?|harm|bodily|risks?)/,
      /\bwaives? (?:any|all|the|their|his|her) (?:rights? to )?(?:claims?|compensation|damages)\b[^.]{0,40}?\b(?:injur\w*|accident\w*|harm|death|illness)/,
      // "Students are responsible for their own safety", "Parents are responsible for the safety of their children during classes"
      /\b(?:students?|parents?|guardians?|learners?|pupils?|child(?:ren)?|members?|customers?|famil(?:y|ies)|consumers?|participants?|party b|you)\b (?:are|is|shall be|will be|remain) (?:solely |fully |entirely |wholly )?(?:responsible|liable|accountable) for (?:(?:their|his|her|your|its) (?:own )?|the )?(?:(?:child(?:ren)?'s|child(?:ren)?s'|own) )?(?:personal )?(?:safety|security|well-?being|health|injur\w*|accidents?)\b(?! (?:equipment|gear|helmets?|kit|glasses|goggles|shoes|clothing|briefing|rules|instructions))/,
    ],
    unless: [
      { re: /\bcaused by (?:the )?(?:student|parent|guardian|learner|pupil|child|member|customer|consumer|party b)'?s? own|\bin accordance with (?:the )?law\b|\bunless caused by\b|\bexcept (?:where|when|for|in case of)\b|\bto the extent (?:caused|permitted)\b|\b(?:travel\w*|commut\w*) (?:to and from|between)\b|\bon the way (?:to|from|home)\b|\b(?:journey|trip|route)s? (?:to and from|between|home)\b|\boutside (?:class|lesson|the premises|teaching hours)\b|\bnegligence of the (?:institution|school)\b|\bnot caused by (?:the )?(?:institution|school)|\bis liable\b|\bshall be liable\b/, scope: 'sentence' },
      // before drop-off / after pick-up the child is not in the operator's care — unless the sentence also covers class time
      { re: /^(?!.*\b(?:during|in class|on the premises|at the (?:centre|center|school))\b).*\b(?:before (?:drop-?off|the (?:class|lesson) (?:starts|begins)|arrival)|after (?:pick-?up|collection|the (?:class|lesson) ends|dismissal))\b/, scope: 'sentence' },
    ],
  }),
};

export const LIABILITY_PROPERTY_LOSS: Rule = {
  id: 'LIABILITY_PROPERTY_LOSS',
  category: 'liability_exemption',
  severity: 'medium',
  patterns: [26],
  basis: BASIS.property,
  suppresses: ['LIABILITY_GENERAL_EXEMPTION'],
  explanation: {
    zh: '条款一概免除经营者对学员财物丢失、损坏的责任。因故意或重大过失造成对方财产损失的免责条款无效。',
    en: 'The clause exempts the operator from any liability for students’ lost or damaged belongings. Exemption for property loss caused intentionally or by gross negligence is void.',
  },
  suggestion: {
    zh: '乙方应妥善保管随身物品；因甲方故意或过失造成乙方财产损失的，甲方依法承担赔偿责任。',
    en: 'Students look after their belongings; the institution compensates losses it causes intentionally or negligently, according to law.',
  },
  zh: matcher({
    acrossSentences: true,
    anyOf: ['财物', '物品', '财产', '手机', '钱包', '现金', '衣物', '首饰', '丢失', '遗失', '被盗', '损坏', '失窃', '乐器', '器材', '书包', '自行车', '电动车', '平板', '电脑'],
    triggers: [
      { re: re`${PROPERTY}[^.]{0,20}?${DISCLAIM}`, accept: disclaimerNotByConsumer },
      {
        re: re`(?:${OPERATOR}|甲方|乙方)[^.]{0,6}?(?:不承担|不负|概不负责|不负责)[^.]{0,12}?(?:财物|物品|财产|丢失|遗失|被盗|损坏)`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution',
      },
    ],
    unless: [FAULT_BASED, { re: /(?:损坏|毁坏)(?:甲方|本机构|机构|他人)/, scope: 'sentence' }],
  }),
  en: matcher({
    anyOf: ['belonging', 'property', 'valuable', 'item', 'lost', 'stolen', 'loss', 'missing', 'damaged'],
    triggers: [
      /\b(?:belongings|personal (?:property|items|effects)|property|valuables|items|possessions)\b[^.]{0,40}?\b(?:(?:(?:not|cannot|can't|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible|accountable)|(?:cannot|can't|can not|will not|won't|does not|do not|shall not) (?:accept|assume|bear|take) (?:any )?(?:liability|responsibility)|(?<!not (?:be )?|never (?:be )?|n't (?:be )?)exempt(?:ed)? from (?:any |all )?(?:liability|responsibility))|no (?:liability|responsibility)|(?:accepts?|assumes?|bears?|takes?|holds?|has) no|(?:(?:the )?(?:student|parent|guardian|member|participant|owner)'?s'?|their|his|her|your) own responsibility|at (?:the |their |your |his |her )?(?:own |(?:owner|student|parent|user|participant|member|child|learner|pupil|customer|guardian|family|consumer|trainee)'?s'? (?:own )?)risk)\b/,
      /\b(?:(?:(?:not|cannot|can't|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible|accountable)|(?:cannot|can't|can not|will not|won't|does not|do not|shall not) (?:accept|assume|bear|take) (?:any )?(?:liability|responsibility)|(?<!not (?:be )?|never (?:be )?|n't (?:be )?)exempt(?:ed)? from (?:any |all )?(?:liability|responsibility))|(?:accepts?|assumes?|bears?|takes?|holds?) no (?:liability|responsibility))\b[^.]{0,40}?\b(?:lost|stolen|damaged|loss|theft) (?:of )?(?:belongings|property|items|valuables|possessions)?/,
      /\b(?:will|shall|does|do|would)(?: not|n't) (?:compensate|reimburse|pay) (?:for |you for |students for )?(?:any )?(?:lost|stolen|damaged|missing|loss|theft)\b/,
      /\b(?:(?:(?:not|cannot|can't|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible|accountable)|(?:cannot|can't|can not|will not|won't|does not|do not|shall not) (?:accept|assume|bear|take) (?:any )?(?:liability|responsibility)|(?<!not (?:be )?|never (?:be )?|n't (?:be )?)exempt(?:ed)? from (?:any |all )?(?:liability|responsibility))|(?:accepts?|assumes?|bears?|takes?|holds?) no (?:liability|responsibility)|no (?:liability|responsibility) (?:is|will be) (?:accepted|taken))\b[^.]{0,30}?\b(?:belongings|personal (?:property|items|effects|belongings)|valuables|possessions)\b/,
      /\bno compensation (?:will|shall) be (?:paid|given|made) for (?:any )?(?:lost|stolen|damaged|missing)\b/,
    ],
    unless: [{ re: /\bin accordance with (?:the )?law\b|\bunless caused by\b|\bexcept (?:where|for|in case of)\b|\bnegligence\b|\bintentional\b/, scope: 'sentence' }],
  }),
};
