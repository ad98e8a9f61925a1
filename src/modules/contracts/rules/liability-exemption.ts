import { BASIS } from './basis';
import { firstPartyIn, lastPartyIn, matcher, re, subjectRightBefore } from './define';
import { INSTITUTION, NO_REFUND } from './lexicon';
import type { Exception } from './define';
import type { Rule, RuleContext } from './types';

/**
 * 免除经营者责任 (operator exemptions), REGULATION-NOTES §3 patterns 25–28. Exemption from
 * personal-injury liability, or from property loss caused intentionally or by gross negligence,
 * is void (民法典 art. 506); educational institutions owe minors a duty of care (arts. 1199–1201);
 * force majeure excuses performance, not the refund of what was not performed (arts. 590, 消保法 53).
 */

const DISCLAIM =
  '(?:不[^,.]{0,10}?(?:承担|负担|负)[^,.]{0,12}?(?:责任|赔偿|后果)|不负担(?:任何)?[^,.]{0,8}?(?:责任|费用|赔偿)|无(?:任何)?关系|没有(?:任何)?关系|不承担任何[^,.]{0,8}?(?:责任|费用|赔偿)|概不负责|一概不负责|概不承担|不负(?:任何)?(?:法律)?责任|不承担(?:任何)?(?:法律|赔偿|经济|民事|连带|安全)?(?:责任|后果|赔偿)|免责|免除(?:其|本机构|甲方)?(?:一切|全部|任何)?责任|与(?:本机构|甲方|我校|我们|机构|学校|本校|本中心|公司|本公司)无关|自行负责|自负|自行承担|由(?:乙方|学员家长|孩子家长|学员|家长|监护人|学生|消费者|其本人|本人|个人|其监护人|孩子|会员|客户|报名者|参训人|受训方|您)(?:本人)?(?:(?:及其|或其|和|及|与)(?:监护人|家长|法定代理人))?(?:一律|全部|均|自行|自己){0,2}(?:承担|负责)|责任自负|后果自负|风险自担|不予赔偿|不赔偿|不作任何赔偿|不承担任何|不予负责|恕不负责|不负责)';

/** Fault-based allocation is the law, not an exemption: "非因甲方过错", "因学员自身原因", "依法". */
const FAULT_BASED: Exception = {
  re: /非因(?:甲方|本机构|机构|学校|公司|本校|本中心)|依法|过错|相应(?:的)?责任|按照(?:各自)?(?:的)?过错|(?:甲方|本机构)(?:有|存在)?(?:故意|重大过失|过错)的除外|除(?:甲方|本机构|机构)?(?:的)?(?:故意|重大过失|过错)[^.]{0,10}外|因(?:乙方|学员|学生|家长|监护人)(?:自身|本人|个人)?(?:原因|过错|故意|过失|违规|违反)|(?:乙方|学员|学生)(?:自身|本人|个人)(?:原因|过错)|因(?:其)?(?:自身|本人|个人)(?:原因|过错|故意)|(?:乙方|学员|学生)(?:故意|违反)|^(?!.*(?:在校|校内|培训期间|上课期间|课间|课堂|场所内|场馆内|教室内|机构内))(?=.*(?:上下学途中|往返途中|接送途中|离开(?:培训|教学)?(?:场所|场地|机构|校区|教室)|非上课时间|课外时间|上课时间以外|非教学时间|不在甲方管理))|不免除/,
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
    anyOf: ['人身', '伤', '意外', '安全', '事故', '死亡', '身体', '疾病', '伤病'],
    triggers: [
      { re: re`(?:人身|伤害|受伤|意外|安全事故|安全责任|人身安全|安全问题|摔伤|碰伤|伤亡|死亡|身体|突发疾病|疾病|伤病|损伤|运动损伤|安全)[^.]{0,25}?${DISCLAIM}`, accept: disclaimerNotByConsumer },
      {
        re: re`(?:${INSTITUTION}|甲方|乙方)[^.]{0,6}?(?:不承担|不负|概不负责|不负责|免除|不予)[^.]{0,15}?(?:人身|伤害|受伤|意外|安全|伤亡)`,
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
      /\b(?:injur\w*|accident\w*|personal (?:injury|safety|harm)|bodily harm|harm|safety|death|illness)\b[^.]{0,50}?\b(?:(?:not|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible)|no (?:liability|responsibility)|(?:accepts?|assumes?|bears?|takes?|holds?|has) no|disclaims?|at (?:the |their |your |his |her )?(?:own |(?:owner|student|parent|user)'?s'? (?:own )?)risk|(?:sole )?responsibility of (?:the )?(?:student|parent|guardian)s?)\b/,
      /\b(?:(?:not|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible)|(?:accepts?|assumes?|bears?|takes?|holds?) no (?:liability|responsibility)|disclaims? (?:all |any )?(?:liability|responsibility))\b[^.]{0,40}?\b(?:injur\w*|accident\w*|personal|bodily|harm|safety|death|illness)\b/,
      /\b(?:students?|parents?|guardians?|learners?|pupils?|child(?:ren)?|members?|customers?|famil(?:y|ies)|consumers?|participants?|party b|you)\b (?:are|is|shall be|will be) (?:solely |fully |entirely )?(?:responsible|liable) for (?:any|all) (?:injur\w*|accidents?|harm|bodily)/,
    ],
    unless: [
      { re: /\bcaused by (?:the )?(?:student|parent|guardian|learner|pupil|child|member|customer|consumer|party b)'?s? own|\bin accordance with (?:the )?law\b|\bunless caused by\b|\bexcept (?:where|when|for|in case of)\b|\bto the extent (?:caused|permitted)\b|\b(?:travel\w*|commut\w*) (?:to and from|between)\b|\boutside (?:class|lesson|the premises|teaching hours)\b|\bnegligence of the (?:institution|school)\b|\bnot caused by (?:the )?(?:institution|school)|\bis liable\b|\bshall be liable\b/, scope: 'sentence' },
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
    anyOf: ['财物', '物品', '财产', '手机', '钱包', '现金', '衣物', '首饰', '丢失', '遗失', '被盗', '损坏'],
    triggers: [
      { re: re`(?:财物|物品|贵重物品|手机|钱包|个人物品|财产|随身物品|衣物|电子产品|现金|首饰|私人物品|东西|行李)[^.]{0,20}?${DISCLAIM}`, accept: disclaimerNotByConsumer },
      {
        re: re`(?:${INSTITUTION}|甲方|乙方)[^.]{0,6}?(?:不承担|不负|概不负责|不负责)[^.]{0,12}?(?:财物|物品|财产|丢失|遗失|被盗|损坏)`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution',
      },
    ],
    unless: [FAULT_BASED, { re: /(?:损坏|毁坏)(?:甲方|本机构|机构|他人)/, scope: 'sentence' }],
  }),
  en: matcher({
    anyOf: ['belonging', 'property', 'valuable', 'item', 'lost', 'stolen', 'loss'],
    triggers: [
      /\b(?:belongings|personal (?:property|items|effects)|property|valuables|items|possessions)\b[^.]{0,40}?\b(?:(?:not|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible)|no (?:liability|responsibility)|(?:accepts?|assumes?|bears?|takes?|holds?|has) no|at (?:the |their |your |his |her )?(?:own |(?:owner|student|parent|user)'?s'? (?:own )?)risk)\b/,
      /\b(?:(?:not|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible)|(?:accepts?|assumes?|bears?|takes?|holds?) no (?:liability|responsibility))\b[^.]{0,40}?\b(?:lost|stolen|damaged|loss|theft) (?:of )?(?:belongings|property|items|valuables|possessions)?/,
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
      re`(?:疫情|不可抗力|政策(?:调整|原因|变化)?|政府(?:要求|原因|命令|通知)?|停电|天气|自然灾害|突发事件|突发公共|(?:上级|主管|监管)部门(?:要求|通知|命令|规定|政策|原因)|监管要求)[^.]{0,25}?(?:不承担任何[^,.]{0,8}?(?:责任|后果)|概不负责|一概不负责|${NO_REFUND}|不作任何补偿|不予补偿|不予任何补偿|不作补偿|免除(?:一切|全部|任何)责任|不承担(?:退款|退费|赔偿|补课)(?:责任|义务)|不负任何责任)`,
      /(?:教学效果|学习效果|学习成绩|考试成绩|成绩|升学|考试结果|提分|培训效果|分数|考分|效果)[^.]{0,15}?(?:不承担任何(?:责任|后果)|概不负责|一概不负责|不负任何责任|不承担一切责任)/,
    ],
    unless: [FORCE_MAJEURE_MAKEUP],
  }),
  en: matcher({
    anyOf: ['force majeure', 'epidemic', 'pandemic', 'government', 'policy', 'weather', 'disaster', 'power', 'beyond', 'result', 'grade', 'score', 'outcome', 'exam'],
    triggers: [
      /\b(?:force majeure|epidemic|pandemic|government|polic(?:y|ies)|weather|natural disasters?|power (?:cuts?|outages?)|circumstances beyond)\b[^.]{0,60}?\b(?:no (?:refunds?|compensation|liability)|(?:not|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible) for any|shall bear no|without (?:any )?(?:refund|compensation)|non-?refundable|will not be refunded|not be refunded)\b/,
      /\b(?:no (?:liability|responsibility)|(?:not|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible))\b[^.]{0,50}?\b(?:force majeure|epidemic|pandemic|government|polic(?:y|ies)|weather|natural disasters?|circumstances beyond)/,
      /\b(?:no refunds?|not be refunded|non-?refundable|no compensation)\b[^.]{0,60}?\b(?:force majeure|epidemic|pandemic|government|polic(?:y|ies)|weather|natural disasters?|power (?:cuts?|outages?)|circumstances beyond)/,
      /\b(?:results?|grades?|scores?|outcomes?|exam(?:ination)?s?)\b[^.]{0,30}?\b(?:(?:not|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible) for any|no (?:liability|responsibility) whatsoever|accepts? no (?:liability|responsibility) (?:whatsoever|of any kind))/,
    ],
    unless: [{ re: /\breschedul\w*|\bmake-?up\b|\brefund(?:ed)? (?:for|of) (?:the )?(?:remaining|unused|undelivered)|\bpro[- ]rata\b|\bonline\b/, scope: 'sentence' }],
  }),
};

// "搬迁证明" is a document a student brings, not the institution moving
const CLOSURE =
  '(?:停业|歇业|搬迁|迁址|关闭|倒闭|注销|停止经营|(?:停止|暂停|终止|不再)运营|停运|经营调整|闭店|关店|撤销|(?:更换|变更|迁移)(?:经营|培训|教学)?(?:场所|场地|地址|校址)|迁至新址|合并(?!班|课|上课|授课|教学)|转让经营|易主|破产|停办|终止办学|停止办学|装修|迁移|暂停营业|停止营业|经营不善|跑路)(?!证明|材料|文件|手续)';

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
    anyOf: ['停业', '歇业', '搬迁', '迁址', '关闭', '倒闭', '注销', '经营', '运营', '停运', '场所', '场地', '新址', '闭店', '关店', '撤销', '合并', '易主', '破产', '停办', '办学', '装修', '迁移', '营业', '跑路'],
    triggers: [
      re`${CLOSURE}[^.]{0,30}?(?:仅|只|只能|仅能|仅可|只可|统一)(?:为[^.]{0,6})?(?:安排|提供)?(?:转课|转班|转校|转至|转入|转到|调至|分流|转让给|转移至|转往|安排至|调配)(?:[^.]{0,6}?${NO_REFUND})?`,
      re`${CLOSURE}[^.]{0,30}?(?:${NO_REFUND}|视为(?:自动)?放弃|(?:课时|课程)?(?:作废|不予保留)|不(?:再)?承担(?:任何)?(?:退款|退费|返还)?(?:责任|义务)|概不负责|不予补偿|不作补偿|不予赔偿)`,
    ],
    unless: [
      { re: /退还(?:剩余|未消|全部|已缴|尚未)|按(?:剩余|未消)[^.]{0,8}退|全额退|(?:乙方|学员|家长)(?:可|可以|有权)(?:选择|要求)(?:退|解除)|或(?:者)?(?:退还|退费|退款|按比例)|提前\d+(?:日|天)通知[^.]{0,20}退/, scope: 'sentence' },
    ],
  }),
  en: matcher({
    anyOf: ['clos', 'cease', 'relocat', 'move', 'shut', 'wind', 'bankrupt'],
    triggers: [
      /\b(?:closure|closes|closed|closing|ceases? (?:operations?|business|trading)|relocat\w+|moves? (?:premises|location)|shut(?:s|down| down)?|winds? (?:up|down)|bankrupt\w*)\b[^.]{0,90}?\b(?:only (?:be )?(?:offered|provided|given|arrange\w*) (?:a )?transfer|transfer(?:red)? to (?:another|other|a partner|partner|a different)|no refunds?|not be refunded|non-?refundable|shall bear no|not (?:be )?liable)\b(?:[^.]{0,40}?\b(?:no refunds?|not be refunded|non-?refundable)\b)?/,
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
    anyOf: ['负责', '承担', '自负', '自担', '无关', '免除'],
    triggers: [
      { re: /(?:概不负责|一概不负责|概不承担|不承担任何(?:法律)?(?:责任|后果|赔偿)|不负任何(?:法律)?责任|不承担一切(?:责任|后果)|免除(?:一切|全部|任何)责任)/, accept: (m, ctx) => byOperatorOrNobody(m, ctx) },
      re`(?:一切|所有|全部|任何)(?:后果|风险|责任|损失)(?:均)?(?:由(?:乙方|学员家长|学员|家长|消费者|学生|其|您|监护人|孩子|会员|客户|报名者)?(?:本人)?(?:一律|全部|均|自行|自己){0,2}(?:承担|负责|自负|自担)|自负|自担)|(?:后果|风险)自(?:负|担)|与(?:${INSTITUTION}|甲方)无关`,
      re`(?:一切|所有|全部|任何)(?:的)?(?:损失|后果|损害|责任|风险|伤害)[^.]{0,6}?(?:均|都|概|一律)?(?:不承担|不负责|不负|不予赔偿|不赔偿|免责)`,
      {
        re: re`(?:${INSTITUTION}|甲方|乙方)(?:均|概|一律)?不(?:对|就|为)[^.]{0,25}?(?:承担(?:任何)?(?:法律|赔偿)?责任|负责|负(?:任何)?责任|承担赔偿|予以赔偿)`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution',
      },
    ],
    unless: [FAULT_BASED, { re: /由此|因此|由于(?:乙方|学员)|因(?:乙方|学员|家长)/, scope: 'sentence' }],
  }),
  en: matcher({
    anyOf: ['liab', 'responsib', 'own risk', 'risk'],
    triggers: [
      {
        re: /\b(?:accepts?|assumes?|bears?|takes?|holds?) no (?:liability|responsibility) (?:whatsoever|of any kind|for any(?:thing)?)|\b(?:not|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible) for any(?:thing)?\b|\bunder no circumstances (?:be )?(?:liable|responsible)|\bdisclaims? (?:all|any) (?:liability|responsibility)/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'consumer',
      },
      // the consumer bearing the risk is the exemption, whoever the subject is
      /\bat (?:the student's|the parent's|the owner's|your|their|his|her) own risk\b|\bat the (?:owner|student|parent)'?s'? risk\b/,
      /\b(?:students?|parents?|guardians?|learners?|pupils?|child(?:ren)?|members?|customers?|famil(?:y|ies)|consumers?|participants?|party b|you)\b[^.]{0,10}?\b(?:assumes?|bears?|accepts?|takes?) (?:all|any|full|sole|the)? ?(?:the )?risks?\b/,
      /\b(?:not|no longer|in no event) (?:be )?(?:held )?(?:liable|responsible) for (?:the )?(?:students?|children|child|pupils?|participants?|minors?|learners?|members?)\b/,
    ],
    unless: [{ re: /\bcaused by (?:the )?(?:student|parent|guardian)|\bin accordance with (?:the )?law\b|\bexcept (?:where|for|in case of)\b|\bunless\b|\bnegligence\b/, scope: 'sentence' }],
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
  LIABILITY_GENERAL_EXEMPTION,
];
