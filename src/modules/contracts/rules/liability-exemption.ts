import { BASIS } from './basis';
import { segmentBounds } from '../clauses';
import { firstPartyIn, lastPartyIn, matcher, re, subjectRightBefore } from './define';
import { CONSUMER, INSTITUTION, NO_REFUND } from './lexicon';
import type { Exception } from './define';
import type { Rule, RuleContext } from './types';

/**
 * 免除经营者责任 (operator exemptions), REGULATION-NOTES §3 patterns 25–28. Exemption from
 * personal-injury liability, or from property loss caused intentionally or by gross negligence,
 * is void (民法典 art. 506); educational institutions owe minors a duty of care (arts. 1199–1201);
 * force majeure excuses performance, not the refund of what was not performed (arts. 590, 消保法 53).
 */

const DISCLAIM =
  '(?:不[^,.]{0,10}?(?:承担|负担|负)[^,.]{0,12}?(?:责任|赔偿|后果)|不负担(?:任何)?[^,.]{0,8}?(?:责任|费用|赔偿)|无(?:任何)?关系|没有(?:任何)?关系|不承担任何[^,.]{0,8}?(?:责任|费用|赔偿)|概不负责|一概不负责|概不承担|不负(?:任何)?(?:法律)?责任|不承担(?:任何)?(?:法律|赔偿|经济|民事|连带|安全)?(?:责任|后果|赔偿)|免责|免除(?:其|本机构|甲方)?(?:一切|全部|任何)?责任|与(?:本机构|甲方|我校|我们|机构|学校|本校|本中心|公司|本公司)无关|自行负责|自负|自行承担|(?:无需|无须|毋须|不必|不需)(?:承担|负担|负)(?:任何)?(?:法律|赔偿|经济)?(?:责任|赔偿)|不在[^,.]{0,8}?责任范围|不属于[^,.]{0,8}?(?:责任|赔偿)范围|(?:要|须|需|应当?|必须)?自己(?:负责|承担)|由(?:乙方|学员家长|孩子家长|学员|家长|监护人|学生|消费者|其本人|本人|个人|其监护人|孩子|会员|客户|报名者|参训人|受训方|您)(?:本人)?(?:(?:及其|或其|和|及|与)(?:监护人|家长|法定代理人))?(?:一律|全部|均|自行|自己){0,2}(?:承担|负责)|责任自负|后果自负|风险自担|不予赔偿|不赔偿|不作任何赔偿|不承担任何|不予负责|恕不负责|不负责)';

/** Fault-based allocation is the law, not an exemption: "非因甲方过错", "因学员自身原因", "依法". */
const FAULT_BASED: Exception = {
  re: /非因(?:甲方|本机构|机构|学校|公司|本校|本中心)|依法|过错|相应(?:的)?责任|按照(?:各自)?(?:的)?过错|(?:甲方|本机构)(?:有|存在)?(?:故意|重大过失|过错)的除外|除(?:甲方|本机构|机构)?(?:的)?(?:故意|重大过失|过错)[^.]{0,10}外|因(?:乙方|学员|学生|家长|监护人)(?:自身|本人|个人)?(?:原因|过错|故意|过失|违规|违反|未听从|不听从|不服从|擅自|私自|不遵守|未遵守)|(?:乙方|学员|学生)(?:自身|本人|个人)(?:原因|过错)|因(?:其)?(?:自身|本人|个人)(?:原因|过错|故意)|(?:乙方|学员|学生)(?:故意|违反)|^(?!.*(?:在校|校内|培训期间|上课期间|训练期间|活动期间|课间|课堂|场所内|场馆内|教室内|机构内|中心内|馆内|校区内|园内|店内|(?:接送|接走|交接|交还|接回)(?:之)?前|未(?:被)?(?:家长)?(?:接走|接回|交接)))(?=.*(?:上下学途中|往返途中|接送途中|离开(?:培训|教学)?(?:场所|场地|机构|校区|教室)|非上课时间|课外时间|上课时间以外|非教学时间|不在甲方管理))|不免除/,
  scope: 'sentence',
};

/**
 * "乙方不承担任何责任" frees the consumer; only disclaimers by the operator (or nobody named) count.
 * The subject is the party written right before the disclaimer — not a party merely mentioned
 * earlier ("本场馆只负责通知家长，不承担其他责任" is the venue disclaiming).
 */
function disclaimerNotByConsumer(m: RegExpExecArray, ctx: RuleContext): boolean {
  const d = new RegExp(DISCLAIM).exec(m[0]);
  if (!d) return true;
  const at = m.index + d.index;
  if (!/^(?:不|概不|免|恕不)/.test(d[0])) return true;
  return subjectRightBefore(ctx, at) !== 'consumer';
}

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
    anyOf: ['人身', '伤', '意外', '安全', '事故', '死亡', '身体', '疾病', '伤病', '磕碰', '骨折', '溺水', '中暑', '跌倒', '摔倒', '走失', '猝死'],
    triggers: [
      { re: re`(?:人身|伤害|受伤|意外|安全事故|安全责任|人身安全|安全问题|摔伤|碰伤|磕碰|磕伤|扭伤|拉伤|骨折|擦伤|划伤|烫伤|溺水|中暑|跌倒|摔倒|走失|猝死|伤亡|死亡|身体|突发疾病|疾病|伤病|损伤|运动损伤|安全)[^.]{0,25}?${DISCLAIM}`, accept: disclaimerNotByConsumer },
      {
        re: re`(?:${INSTITUTION}|甲方|乙方)[^.]{0,6}?(?:不承担|不负|概不负责|不负责|免除|不予)[^.]{0,20}?(?:人身|伤害|受伤|意外|安全|伤亡)`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution',
      },
      re`(?:人身|伤害|受伤|意外|安全事故|伤亡|摔伤)[^.]{0,20}?(?:不得|无权|不能|不可)(?:向[^.]{0,8})?(?:追究|要求)(?:${INSTITUTION}|甲方)?(?:的)?(?:任何)?(?:责任|赔偿)`,
      {
        re: re`(?:${INSTITUTION}|甲方|乙方)(?:将|会|也|亦)?(?:在任何情况下|无论如何|无论何种情况)?(?:均|都|概|一律|将|会)?(?:对|就)[^.]{0,20}?(?:人身|伤害|受伤|意外|安全|伤亡)[^.]{0,6}?(?:免责|免除(?:其)?(?:一切)?责任|(?:均|都|概|一律)?不负责(?:任)?|概不负责|不承担(?:任何)?责任|不予赔偿)`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution',
      },
      {
        re: re`(?:${INSTITUTION}|甲方|乙方)(?:将|会|也|亦)?(?:在任何情况下|无论如何|无论何种情况)?(?:均|都|概|一律|将|会)?不(?:对|就|为)[^.]{0,20}?(?:人身|伤害|受伤|意外|安全|伤亡)[^.]{0,10}?(?:承担(?:任何)?(?:法律|赔偿)?责任|负责|负(?:任何)?责任|承担赔偿|予以赔偿)`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution',
      },
    ],
    unless: [FAULT_BASED],
  }),
  en: matcher({
    anyOf: ['injur', 'accident', 'harm', 'safety', 'risk', 'death', 'illness'],
    triggers: [
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
    anyOf: ['财物', '物品', '财产', '手机', '钱包', '现金', '衣物', '首饰', '丢失', '遗失', '被盗', '损坏', '失窃', '乐器', '器材', '书包', '自行车', '电动车', '平板', '电脑'],
    triggers: [
      { re: re`(?:财物|物品|贵重物品|手机|钱包|个人物品|财产|随身物品|衣物|电子产品|现金|首饰|私人物品|东西|行李|乐器|器材|书包|文具|衣服|鞋|自行车|电动车|平板|电脑|眼镜|丢失|遗失|被盗|失窃)[^.]{0,20}?${DISCLAIM}`, accept: disclaimerNotByConsumer },
      {
        re: re`(?:${INSTITUTION}|甲方|乙方)[^.]{0,6}?(?:不承担|不负|概不负责|不负责)[^.]{0,12}?(?:财物|物品|财产|丢失|遗失|被盗|损坏)`,
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

const FORCE_MAJEURE_MAKEUP: Exception = {
  // a make-up or refund that the clause itself denies ("不予退费也不安排补课") does not count
  re: /(?<!不|不予|不再|不会|不安排|不提供|无)(?:顺延|补课|按比例退|另行安排|线上授课|改为线上|延期授课)|(?:剩余|未消|未上|未完成)[^.]{0,10}(?<!不|不予)(?:退|顺延|补)|(?<!不)退还(?:剩余|未消)/,
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
    anyOf: ['疫情', '不可抗力', '政策', '政府', '停电', '天气', '灾害', '突发', '上级', '主管部门', '监管', '效果', '成绩', '升学', '提分'],
    triggers: [
      re`(?:疫情|不可抗力|政策(?:调整|原因|变化)?|政府(?:要求|原因|命令|通知)?|停电|天气|自然灾害|突发事件|突发公共|(?:上级|主管|监管)部门(?:要求|通知|命令|规定|政策|原因)|监管要求)[^.]{0,25}?(?:不承担任何[^,.]{0,8}?(?:责任|后果)|概不负责|一概不负责|${NO_REFUND}|不作任何补偿|不予补偿|不予任何补偿|不作补偿|不予补课|不安排补课|免除(?:一切|全部|任何)责任|不承担(?:退款|退费|赔偿|补课)(?:责任|义务)|不负任何责任)`,
      /(?:教学效果|学习效果|学习成绩|考试成绩|成绩|升学|考试结果|提分|培训效果|分数|考分|效果)[^.]{0,15}?(?:不承担任何(?:责任|后果)|概不负责|一概不负责|不负任何责任|不承担一切责任)/,
    ],
    unless: [FORCE_MAJEURE_MAKEUP],
  }),
  en: matcher({
    anyOf: ['force majeure', 'epidemic', 'pandemic', 'government', 'policy', 'polici', 'authorit', 'lockdown', 'official order', 'weather', 'disaster', 'power', 'beyond', 'result', 'grade', 'score', 'outcome', 'exam'],
    triggers: [
      /\b(?:force majeure|epidemic|pandemic|government|polic(?:y|ies)|authorit(?:y|ies)|lockdowns?|official orders?|weather|natural disasters?|power (?:cuts?|outages?)|circumstances beyond)\b[^.]{0,60}?\b(?:no (?:refunds?|compensation|liability|make-?ups?)|(?:(?:not|cannot|can't|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible|accountable)|(?:cannot|can't|can not|will not|won't|does not|do not|shall not) (?:accept|assume|bear|take) (?:any )?(?:liability|responsibility)|(?<!not (?:be )?|never (?:be )?|n't (?:be )?)exempt(?:ed)? from (?:any |all )?(?:liability|responsibility)) for any|shall bear no|without (?:any )?(?:refund|compensation)|non-?refundable|will not be refunded|not be refunded)\b/,
      /\b(?:no (?:liability|responsibility)|(?:(?:not|cannot|can't|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible|accountable)|(?:cannot|can't|can not|will not|won't|does not|do not|shall not) (?:accept|assume|bear|take) (?:any )?(?:liability|responsibility)|(?<!not (?:be )?|never (?:be )?|n't (?:be )?)exempt(?:ed)? from (?:any |all )?(?:liability|responsibility)))\b[^.]{0,50}?\b(?:force majeure|epidemic|pandemic|government|polic(?:y|ies)|weather|natural disasters?|circumstances beyond)/,
      /\b(?:no refunds?|not be refunded|non-?refundable|no compensation)\b[^.]{0,60}?\b(?:force majeure|epidemic|pandemic|government|polic(?:y|ies)|weather|natural disasters?|power (?:cuts?|outages?)|circumstances beyond)/,
      /\b(?:results?|grades?|scores?|outcomes?|exam(?:ination)?s?)\b[^.]{0,30}?\b(?:(?:(?:not|cannot|can't|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible|accountable)|(?:cannot|can't|can not|will not|won't|does not|do not|shall not) (?:accept|assume|bear|take) (?:any )?(?:liability|responsibility)|(?<!not (?:be )?|never (?:be )?|n't (?:be )?)exempt(?:ed)? from (?:any |all )?(?:liability|responsibility)) for any|no (?:liability|responsibility) whatsoever|accepts? no (?:liability|responsibility) (?:whatsoever|of any kind))/,
    ],
    unless: [{ re: /(?<!\bno [^.]{0,15})\breschedul\w*|(?<!\bno [^.]{0,15})\bmake-?up\b|\brefund(?:ed)? (?:for|of) (?:the )?(?:remaining|unused|undelivered)|\bpro[- ]rata\b|\bonline\b/, scope: 'sentence' }],
  }),
};

/** Money turned into something that is not money: "已缴费用转为等额会员积分". */
const CONVERTED_NOT_REFUNDED = '(?:只能|仅能|一律|均|将|自动)?(?:转为|折算为|转换为|兑换为|变为|折合为)(?:等额|等值|同等金额)?(?:的)?(?:会员)?(?:积分|代金券|优惠券|储值|礼品|商品|购物卡|消费券|抵用券)';

// "搬迁证明" is a document a student brings, not the institution moving
const CLOSURE =
  '(?:停业|歇业|搬迁|迁址|关闭|倒闭|注销|停止经营|(?:停止|暂停|终止|不再)运营|停运|经营调整|闭店|关店|撤销|(?:更换|变更|迁移)(?:经营|培训|教学)?(?:场所|场地|地址|校址)|迁至新址|(?:关闭|撤并|撤销)(?:部分|该|本)?(?:校区|门店|分校|教学点)|合并(?!班|课|上课|授课|教学)|转让经营|易主|破产|停办|终止办学|停止办学|装修|迁移|暂停营业|停止营业|经营不善|经营困难|(?:暂停|停止|终止)(?:全部)?(?:营业|经营|运营|办学)|(?:停止|终止|暂停)(?:培训|授课|教学|办班|服务)(?<=因(?:经营|运营|自身|资金|场地|管理|内部)[^,.]{0,6}?(?:停止|终止|暂停)(?:培训|授课|教学|办班|服务))|无法继续(?:经营|办学|提供服务|营业|开课|授课|教学|开班|办班|提供课程)|停业整顿|停课整顿|被(?:收购|兼并|并购)|跑路)(?!证明|材料|文件|手续)';

export const LIABILITY_CLOSURE_NO_REFUND: Rule = {
  id: 'LIABILITY_CLOSURE_NO_REFUND',
  category: 'liability_exemption',
  severity: 'high',
  patterns: [28],
  basis: BASIS.closure,
  suppresses: ['LIABILITY_GENERAL_EXEMPTION', 'REFUND_NO_REFUND'],
  suppressInSentence: true,
  explanation: {
    zh: '条款规定经营者停业、搬迁时仅安排转课而不退款，或不承担责任。停业、搬迁须提前30日公告并退还预付余额，由消费者选择转课或退费。',
    en: 'The clause offers only a transfer, or nothing, if the operator closes or moves. A closure or move requires 30 days’ notice and a refund of the prepaid balance, the consumer choosing between transfer and refund.',
  },
  suggestion: {
    zh: '甲方停业、搬迁或无法继续提供服务的，应提前30日通知乙方，由乙方选择转至其他校区或按剩余课时获得退费。',
    en: 'If the institution closes, moves or cannot continue, it gives 30 days’ notice and the student chooses between another site and a pro-rata refund.',
  },
  zh: matcher({
    anyOf: ['停止培训', '停止授课', '停止教学', '终止培训', '暂停培训', '停止服务', '终止服务', '停业', '歇业', '搬迁', '迁址', '关闭', '倒闭', '注销', '经营', '运营', '停运', '场所', '场地', '新址', '闭店', '关店', '撤销', '合并', '易主', '破产', '停办', '办学', '装修', '迁移', '营业', '跑路', '收购', '兼并', '并购', '困难', '无法继续', '不能继续'],
    triggers: [
      re`${CLOSURE}[^.]{0,30}?(?:仅|只|只能|仅能|仅可|只可|统一|须|必须|一律|均须|应当|应)(?:为[^.]{0,6})?(?:安排|提供)?(?:转课|转班|转校|转至|转入|转到|调至|分流|转让给|转移至|转往|安排至|调配)(?:[^.]{0,6}?${NO_REFUND})?`,
      re`${CLOSURE}[^.]{0,30}?(?:${NO_REFUND}|${CONVERTED_NOT_REFUNDED}|视为(?:自动)?放弃|(?:课时|课程)?(?:作废|不予保留)|不(?:再)?(?:承担|负有|负)(?:任何)?(?:[^,.]{0,10}?(?:退|返还)[^,.]{0,8}?)?(?:的)?(?:责任|义务)|不(?:再)?(?:承担|赔偿|负担)[^,.]{0,8}?(?:损失|费用)|概不负责|不予补偿|不作补偿|不予赔偿)`,
    ],
    unless: [
      { re: /(?<!不(?:承担|负责|负有|予|再|会)?|无需|无须|没有)退还(?:剩余|未消|全部|已缴|尚未)|(?<!不)按(?:剩余|未消)[^.]{0,8}退|(?<!不予?)全额退|(?:乙方|学员|家长)(?:可|可以|有权)(?:选择|要求)(?:退|解除)|或(?:者)?(?:退还|退费|退款|按比例)|提前\d+(?:日|天)通知[^.]{0,20}退/, scope: 'sentence' },
    ],
  }),
  en: matcher({
    anyOf: ['clos', 'cease', 'relocat', 'move', 'shut', 'wind', 'bankrupt', 'suspend', 'discontinu', 'acquired', 'taken over', 'continue', 'operating', 'out of business'],
    triggers: [
      /\b(?:closure|closes|closed|closing|(?:permanently |temporarily )?close (?:the |our |its |this )?(?:school|centre|center|branch|studio|academy|business|institution|club)|(?:permanently|temporarily) close\b|ceases? (?:operations?|business|trading)|(?:suspends?|discontinues?) (?:operations?|business|services?)|(?:unable|fails?) to (?:continue|keep) (?:operating|trading|running|in business|teaching|providing (?:the )?(?:services?|lessons?|classes))|stops? operating|goes? out of business|shuts? down|(?:is|are|be|being) (?:acquired|taken over)|relocat\w+|moves? (?:premises|location)|shut(?:s|down| down)?|winds? (?:up|down)|bankrupt\w*)\b[^.]{0,90}?\b(?:only (?:be )?(?:offered|provided|given|arrange\w*) (?:a )?transfer|transfer(?:red)? to (?:another|other|a partner|partner|a different)|no refunds?|not be refunded|non-?refundable|shall bear no|not (?:be )?liable|(?:no|not (?:have )?any) (?:obligation|duty|responsibility|liability) to (?:refund|return|repay)|(?:instead of|in lieu of|rather than) (?:a |any )?(?:cash )?refund|(?:converted|changed|turned) into (?:vouchers?|credits?|points|store credit|coupons?)|(?:not|never) (?:be )?(?:obliged|required|bound) to (?:refund|return|repay))\b(?:[^.]{0,40}?\b(?:no refunds?|not be refunded|non-?refundable)\b)?/,
    ],
    unless: [{ re: /\brefund (?:of |for )?(?:the )?(?:remaining|unused|outstanding)|\bor (?:a )?(?:full |pro[- ]rata )?refund|\bmay choose|\bat (?:the )?(?:student|parent)'?s? (?:choice|option)/, scope: 'sentence' }],
  }),
};

export const LIABILITY_GENERAL_EXEMPTION: Rule = {
  id: 'LIABILITY_GENERAL_EXEMPTION',
  category: 'liability_exemption',
  severity: 'medium',
  patterns: [25, 26, 27, 28],
  basis: BASIS.exemption,
  explanation: {
    zh: '条款概括性地免除经营者的一切责任或将一切后果推给消费者。不合理地免除或减轻经营者责任的格式条款无效。',
    en: 'The clause exempts the operator from all liability or puts every consequence on the consumer. A standard term that unreasonably exempts or reduces the operator’s liability is void.',
  },
  suggestion: {
    zh: '双方按照本合同约定和法律规定各自承担责任；因甲方原因造成乙方损失的，甲方依法承担责任。',
    en: 'Each party is liable as the contract and the law provide; the institution is liable for losses it causes.',
  },
  zh: matcher({
    anyOf: ['负责', '承担', '自负', '自担', '无关', '免除', '风险', '免责', '生死状'],
    triggers: [
      { re: /(?:概不负责|一概不负责|概不承担|不承担任何(?:法律)?(?:责任|后果|赔偿|损失)|不承担[^,.]{0,6}?任何损失|不负任何(?:法律)?责任|不承担一切(?:责任|后果)|免除(?:一切|全部|任何)责任)/, accept: (m, ctx) => byOperatorOrNobody(m, ctx) },
      re`(?:一切|所有|全部|任何)(?:后果|风险|责任|损失)(?:均)?(?:由(?:乙方|学员家长|学员|家长|消费者|学生|其|您|监护人|孩子|会员|客户|报名者)?(?:本人)?(?:一律|全部|均|自行|自己){0,2}(?:承担|负责|自负|自担)|自负|自担)|(?:后果|风险)自(?:负|担)|与(?:${INSTITUTION}|甲方)无关`,
      re`(?:一切|所有|全部|任何)(?:的)?(?:损失|后果|损害|责任|风险|伤害)[^.]{0,6}?(?:均|都|概|一律)?(?:不承担|不负责|不负|不予赔偿|不赔偿|免责)`,
      {
        // "学员须签订免责协议后方可参加训练": a waiver of the operator's liability as a condition
        re: /(?:须|需|必须|应|应当|要)(?:先|事先|另行)?(?:签订|签署|签|出具|提交)[^.]{0,6}?(?:免责(?:协议|声明|书|承诺书|条款)|(?:安全)?责任自负(?:承诺书|声明|协议)|生死状|风险自担(?:承诺书|协议|声明)|安全免责)/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      {
        // "学员须自行承担训练中的一切风险"
        re: /(?:自行|自愿|自己|独自)?承担[^.,]{0,12}?(?:一切|所有|全部|任何)(?:的)?(?:风险|后果)/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution' && !/违约|违反|过错|故意/.test(ctx.text),
      },
      {
        // "学员进入场馆即视为自愿承担运动风险"
        re: /(?:视为|表示|即|自愿|同意)[^.]{0,4}?(?:自行)?承担(?:全部|一切|所有|任何)?(?:的)?(?:运动|训练|参训|活动|安全|人身|意外|伤害|受伤)风险/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      {
        re: re`(?:${INSTITUTION}|甲方|乙方)(?:均|概|一律)?不(?:对|就|为)[^.]{0,25}?(?:承担(?:任何)?(?:法律|赔偿)?责任|负责|负(?:任何)?责任|承担赔偿|予以赔偿)`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution',
      },
    ],
    unless: [FAULT_BASED, { re: /由此|因此|由于(?:乙方|学员)|因(?:乙方|学员|家长)/, scope: 'sentence' }],
  }),
  en: matcher({
    anyOf: ['liab', 'responsib', 'own risk', 'risk', 'harmless', 'indemnif', 'accountable', 'exempt'],
    triggers: [
      {
        re: /\b(?:accepts?|assumes?|bears?|takes?|holds?) no (?:liability|responsibility) (?:whatsoever|of any kind|for any(?:thing)?)|\b(?:(?:not|cannot|can't|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible|accountable)|(?:cannot|can't|can not|will not|won't|does not|do not|shall not) (?:accept|assume|bear|take) (?:any )?(?:liability|responsibility)|(?<!not (?:be )?|never (?:be )?|n't (?:be )?)exempt(?:ed)? from (?:any |all )?(?:liability|responsibility)) for any(?:thing)?\b|\bunder no circumstances (?:be )?(?:liable|responsible)|\bdisclaims? (?:all|any) (?:liability|responsibility)/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'consumer',
      },
      // the consumer bearing the risk is the exemption, whoever the subject is
      /\bat (?:the (?:student|parent|owner|participant|member|child|learner|pupil|customer|guardian|family|consumer|trainee)'s|your|their|his|her) own risk\b|\bat the (?:owner|student|parent|participant|member|child|learner|pupil|customer|guardian|family|consumer|trainee)'?s'? risk\b/,
      /\b(?:students?|parents?|guardians?|learners?|pupils?|child(?:ren)?|members?|customers?|famil(?:y|ies)|consumers?|participants?|party b|you)\b[^.]{0,10}?\b(?:assumes?|bears?|accepts?|takes?) (?:all|any|full|sole|the)? ?(?:the )?risks?\b/,
      /\b(?:not|no longer|in no event) (?:be )?(?:held )?(?:liable|responsible) for (?:the )?(?:students?|children|child|pupils?|participants?|minors?|learners?|members?)\b/,
      {
        re: /\b(?:accepts?|assumes?|bears?|takes?) no (?:liability|responsibility) for (?:the )?(?:students?|children|child|pupils?|participants?|minors?|learners?|members?)\b|\b(?:is|are|shall be) exempt(?:ed)? from (?:any |all )?(?:liability|responsibility)\b/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'consumer',
      },
      {
        // "Parents shall not hold the Centre responsible", "agrees to hold the Academy harmless"
        re: /\b(?:not|never) (?:to )?hold (?:the |us )?(?:institution|school|company|centre|center|academy|provider|club|studio|organi[sz]ation|us|party a)?\s?(?:or its [a-z ]{1,30}?)?(?:responsible|liable|accountable)\b|\bhold (?:the )?(?:institution|school|company|centre|center|academy|provider|club|studio|organi[sz]ation|us|party a)\b[^.]{0,30}?\bharmless\b|\bindemnify (?:and hold harmless )?(?:the )?(?:institution|school|company|centre|center|academy|provider|club|studio|organi[sz]ation|us|party a)\b/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
    ],
    unless: [
      { re: /\bcaused by (?:the )?(?:student|parent|guardian)|\bin accordance with (?:the )?law\b|\bexcept (?:where|for|in case of)\b|\bunless\b|\bnegligence\b/, scope: 'sentence' },
      // outside the operator's care (and not also during class or on its premises)
      { re: /^(?!.*\b(?:during|on the premises|at the (?:centre|center|school))\b).*\b(?:before (?:drop-?off|arrival|the (?:class|lesson) (?:starts|begins))|after (?:(?:they have been |being )?(?:collected|picked up)|pick-?up|collection|dismissal|the (?:class|lesson) ends)|outside (?:of )?(?:class|lesson|teaching|scheduled) (?:hours|times)|on the way)\b/, scope: 'sentence' },
    ],
  }),
};


/** A make-up, extension or refund the clause itself offers (not one it denies) makes the cancellation an arrangement. */
const REMEDY_OFFERED: Exception = {
  re: /(?<!不[^,.]{0,6}|无)(?:补课|顺延|另行安排|另行补|延期授课|补上|按比例退|退还|退费|退款|调课补|代课|安排(?:其他|其它|同等|相应)?(?:资质)?(?:的)?(?:教师|老师|讲师|教练))/,
  scope: 'sentence',
};

/** Operator-side causes of a lesson not taking place: the teacher, the operator itself, its premises or systems. */
const OPERATOR_CAUSE = re`(?:(?:授课|任课|主讲|上课|带班)?(?:教师|老师|讲师|教练|外教|助教)(?:因故|因病|因事|临时|个人原因|(?:的)?原因|请假|离职|缺勤|变动|调动|身体不适|有事|因[^,.]{1,8}?原因|[^,.]{0,8}?(?:无法|不能|未能)(?:按时)?(?:到岗|授课|上课|到校))|(?:${INSTITUTION}|甲方)(?:自身|单方|内部|的)?原因|(?:因|由于)(?:${INSTITUTION}|甲方)(?:自身|的)?(?:原因|安排|调整|需要)|(?:场地|设备|设施|系统|网络|平台|直播|教室)(?:故障|问题|原因|维修|检修)|(?:停课|取消课程|课程取消|延期开课|推迟开课|临时取消|无法(?:按时|正常)?(?:开课|授课|上课)|未能(?:按时|正常)?(?:开课|授课|上课)|不能(?:按时|正常)?(?:开课|授课|上课)))`;
const BREACH_DISCLAIM =
  '(?:不(?:承担|负)(?:任何)?(?:违约|赔偿)(?:责任)?|不(?:视为|算作?|属于|构成)(?:甲方|本机构|机构)?违约|免于承担(?:违约)?责任|免除(?:其)?(?:违约)?责任|免责|不予(?:任何)?(?:补偿|赔偿|补课)|不作(?:任何)?(?:补偿|赔偿)|概不负责|不承担任何(?:责任|后果|补偿))';

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
      // force majeure is LIABILITY_FORCE_MAJEURE_NO_REFUND's matter; the consumer's own absence is not a breach by the operator
      { re: /不可抗力|疫情|自然灾害|政府|政策|天气|节假日|法定假日|寒暑假|(?:乙方|学员|学生|家长)(?:自身|本人|个人)?(?:原因|缺课|请假|迟到|过错)|依法/, scope: 'sentence' },
    ],
  }),
  en: matcher({
    anyOf: ['liab', 'responsib', 'compensat', 'refund', 'reimburs', 'make up', 'make-up', 'makeup'],
    triggers: [
      {
        re: /\b(?:not (?:be )?(?:held )?(?:liable|responsible)|no (?:liability|responsibility)|(?:accepts?|assumes?|bears?) no (?:liability|responsibility))\b[^.]{0,50}?\b(?:cancel\w*|missed|postpone\w*|reschedul\w*|undelivered|(?:lessons?|classes|sessions?) not (?:delivered|held|provided|given)|teacher(?:'s|s')? (?:absence|illness|unavailab\w*|leave|resignation)|absence of (?:the |a )?teachers?|fail\w* to (?:deliver|provide|hold|teach|give))\b/,
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
    unless: [{ re: /\bforce majeure\b|\bepidemic\b|\bpandemic\b|\bgovernment\b|\bweather\b|\bnatural disasters?\b|\breschedul\w*(?! by)|\bmake-?up (?:lessons?|classes)\b|\brefund(?:ed)? (?:for|of|in)\b|\b(?:substitute|replacement) teachers?\b|\bstudent'?s? (?:own )?(?:absence|fault)\b|\bin accordance with (?:the )?law\b/, scope: 'sentence' }],
  }),
};

/** The capped party must be the operator: "乙方的违约责任以合同总价的20%为限" caps the consumer. */
function capOnOperator(m: RegExpExecArray, ctx: RuleContext): boolean {
  // the subject of the capped clause: the first party named in its comma-delimited segment
  const [a] = segmentBounds(ctx.text, m.index);
  const subject = firstPartyIn(ctx.text.slice(a, m.index), ctx);
  return subject !== null ? subject !== 'consumer' : lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'consumer';
}

export const LIABILITY_CAPPED: Rule = {
  id: 'LIABILITY_CAPPED',
  category: 'liability_exemption',
  severity: 'high',
  patterns: [25, 26, 27],
  basis: BASIS.exemption,
  suppresses: ['LIABILITY_GENERAL_EXEMPTION', 'LIABILITY_PERSONAL_INJURY'],
  explanation: {
    zh: '条款将经营者的赔偿责任限定在保险理赔范围、已缴学费或某一金额以内。人身损害责任不得约定免除或限制，减轻经营者责任的格式条款无效。',
    en: 'The clause caps the operator’s liability at the insurance payout, the fees paid or a fixed amount. Liability for personal injury may not be excluded or limited, and a standard term reducing the operator’s liability is void.',
  },
  suggestion: {
    zh: '甲方为乙方投保的保险不免除或减轻甲方依法应承担的责任；保险赔付不足的部分，由甲方依法承担。',
    en: 'Insurance the institution buys for students does not reduce its legal liability; any shortfall in the insurance payout is borne by the institution according to law.',
  },
  zh: matcher({
    anyOf: ['保险', '保额', '理赔', '赔付', '为限', '不超过', '不得超过', '不高于', '仅限于', '封顶', '仅承担', '只承担', '仅负担', '只负担', '仅负责', '只负责', '仅赔偿', '只赔偿', '仅支付', '只支付', '仅补偿', '只补偿', '超出', '超过', '唯一'],
    triggers: [
      {
        // "本机构只在保险公司理赔范围内承担责任", "仅承担保险赔付范围内的责任"
        re: /(?:仅|只)(?:在|以|于|限于|按|就|承担)?[^.]{0,8}?(?:保险|保额|理赔|赔付|保单)[^.]{0,12}?(?:范围|限额|额度|金额)?(?:内|以内|为限)?[^.]{0,6}?(?:承担|负责|赔偿|赔付|的责任)/,
        accept: (m, ctx) => capOnOperator(m, ctx) && /伤|意外|事故|人身|安全|损失|损害|责任|赔偿/.test(ctx.text),
      },
      {
        // "超出保险理赔部分由家长自行负担", "意外险为学员在校期间的唯一保障"
        re: re`(?:超出|超过|高于|不足|以外)(?:的)?(?:保险|保额|理赔|赔付|保单)[^.]{0,10}?(?:部分|费用|金额|损失|的)?[^.]{0,4}?由(?:${CONSUMER}|乙方)(?:本人|自己|自行|一律|全部)?(?:承担|负担|负责|支付)|保险[^.]{0,12}?(?:唯一|全部)(?:的)?(?:保障|赔偿来源|责任)`,
      },
      {
        // "本机构仅承担医药费的50%"
        re: /(?:仅|只)(?:承担|负担|负责|赔偿|支付|补偿)[^.]{0,10}?(?:\d+(?:\.\d+)?%|一半|部分|\d+(?:\.\d+)?元)/,
        accept: (m, ctx) => capOnOperator(m, ctx) && /伤|意外|事故|人身|损失|损害|医药费|医疗费/.test(ctx.text) && !/(?:乙方|学员|家长)(?:仅|只)/.test(ctx.text.slice(Math.max(0, m.index - 4), m.index + 1)),
      },
      {
        // "本机构的赔偿责任以学员已缴学费的10%为限"
        re: re`(?:赔偿|责任|赔付)[^.]{0,10}?以[^.]{0,16}?(?:保险|保额|理赔|赔付|已缴|所缴|实缴|学费|课时费|费用|合同(?:总)?(?:金额|价款|总价)|\d+(?:\.\d+)?(?:元|%))[^.]{0,10}?为(?:限|上限)`,
        accept: capOnOperator,
      },
      {
        re: re`(?:${INSTITUTION}|甲方|乙方)(?:的|所)?(?:承担的)?(?:全部|一切|最高|累计|总)?(?:赔偿|违约|法律)?(?:责任|赔偿)(?:金额|总额|数额|上限)?(?:最高|最多|总计|累计)?(?:不超过|不得超过|不高于|仅限于|限于|封顶)[^.]{0,16}?(?:保险|保额|理赔|已缴|所缴|实缴|学费|课时费|费用|合同|\d+(?:\.\d+)?(?:元|%))`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution',
      },
    ],
    unless: [{ re: /不免除|不减轻|不影响|依法(?:承担|赔偿)|(?:超出|超过|不足)(?:的)?(?:部分)?[^.]{0,10}(?:由)?(?:甲方|本机构|机构)[^.]{0,6}(?:承担|赔偿|补足)/, scope: 'sentence' }],
  }),
  en: matcher({
    anyOf: ['liabilit', 'insurance', 'compensation'],
    triggers: [
      {
        re: /\b(?:total |aggregate |maximum |entire )?(?:liability|compensation)\b[^.]{0,30}?\b(?:(?:shall|will|does|may) not exceed|(?:is|shall be|will be) (?:limited|capped|restricted) to|is capped at|(?:up to|no more than))\b[^.]{0,30}?\b(?:fees?|tuition|amount|insurance|payout|price|rmb|\d)/,
        accept: capOnOperator,
      },
      { re: /\bonly (?:to the extent|as far as|within the limits?(?: of)?)\b[^.]{0,20}?\b(?:covered|paid|payable|insurance|policy|insurer)\b/, accept: capOnOperator },
    ],
    unless: [{ re: /\bin accordance with (?:the )?law\b|\bdoes not (?:reduce|limit|affect)\b|\bshortfall\b/, scope: 'sentence' }],
  }),
};

function byOperatorOrNobody(m: RegExpExecArray, ctx: RuleContext): boolean {
  return subjectRightBefore(ctx, m.index) !== 'consumer';
}

export const LIABILITY_EXEMPTION_RULES: readonly Rule[] = [
  LIABILITY_PERSONAL_INJURY,
  LIABILITY_PROPERTY_LOSS,
  LIABILITY_FORCE_MAJEURE_NO_REFUND,
  LIABILITY_CLOSURE_NO_REFUND,
  LIABILITY_BREACH_EXEMPTION,
  LIABILITY_CAPPED,
  LIABILITY_GENERAL_EXEMPTION,
];
