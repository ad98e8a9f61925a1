/**
 * Concept lexicons for the Chinese rules: each constant is one idea (the operator, "no refund",
 * a harm, a disclaimer …) as a regex source, so a rule reads as a combination of concepts
 * ("refund topic … refusal") instead of a list of phrasings. They are written against the
 * NORMALISED text (see normalize.ts): half-width punctuation, lower case, simplified characters,
 * Arabic digits, "30%". Every gap is bounded ({0,n}) so no pattern can backtrack catastrophically.
 * The English concepts are in lexicon-en.ts.
 */
import { CONSUMER_ZH, OPERATOR_ZH } from '../parties';

/** The operator, however a contract names it (parties.ts). 甲方 is resolved per contract: rules write `(?:${OPERATOR}|甲方)`. */
export const OPERATOR = OPERATOR_ZH;
/** The consumer side. */
export const CONSUMER = CONSUMER_ZH;
/** An operator named by its trade name: "某某艺术培训学校", "XX教育". */
export const ORG = '(?:[\\u4e00-\\u9fffa-z0-9]{0,12}?(?:培训学校|培训中心|教育中心|艺术中心|学校|中心|公司|机构|学院|俱乐部|工作室|培训班|教育|学堂|学馆|书院|学苑|琴行|画室|武馆|道馆|舞蹈室|棋院|营地|训练营))';

// ---------------------------------------------------------------------------------------------
// Money back

/** Refusal words that can stand before a verb: 不予, 恕不, 概不, 无法, 不再 … */
export const REFUSE =
  '(?:(?:概|一律|均|都|皆|恕|亦|也|将|绝|决|全部|统统)?(?:不予以|不予|不得|无法|不能|不可以|不可|不再|无权|不会|不作|不准|不允许|(?<!不得|不能|不应|不应当|严禁|禁止|无权|不可|理由|借口|无故|擅自)拒绝|拒不|不))';

/**
 * "No refund" in its many phrasings: 概不退还, 不予退费, 恕不退款, 不退不换, 不得申请退费,
 * 无权要求退款, 拒绝退费, 不予返还, 不接受退费申请, 不另退款, 不负退还义务, 一分不退 …
 * "拒绝退…" after 不得/禁止/无权 is an obligation on the operator ("不得拒绝退费"), not an exclusion.
 */
export const NO_REFUND =
  '(?:' +
  `${REFUSE}` +
  '(?:以任何理由|以任何借口|以任何形式|任何(?:理由|原因|形式)的|任何理由|在任何情况下(?:都|均)?|任何情况下(?:都|均)?|无论如何)?(?:[^,.的可能]{0,8}?(?:并|再|而)?(?=要求|申请))?(?:另行|另|再)?(?:办理|受理|接受|支持|予以|给予|作|提供|申请|要求|提出|主张|进行)?(?:(?:本机构|甲方|机构|本中心|学校|本校|本公司|公司|本园|本店|本馆|俱乐部|我们|我方)(?:予以)?)?(?:任何(?:理由|原因|形式)?(?:的)?)?(?:形式的)?(?:的)?' +
  // "不得以任何理由要求解除合同及退费": ending the contract and the refund asked for together
  '(?:(?:解除|终止|取消)(?:本)?(?:合同|协议|课程|报名|学籍)?(?:及|和|并|或|、|并要求)?)?' +
  '(?:被)?(?:退|返还|返回)(?!出|让|步|化|休|学手续)(?:还|回|费|款|学费|换|课|费用|款项)?' +
  // "不再享有退费资格": the right itself taken away
  '|(?:不再|不|无|丧失|失去|取消)(?:享有|具有|具备|有)?(?:任何)?退(?:费|款)(?:的)?(?:资格|权利|权)' +
  // "不负退还义务", "不承担退费责任"
  '|不(?:再|予)?(?:负|承担|负有|具有|存在)(?:任何)?(?:退还|退款|退费|返还)[^,.]{0,6}?(?:的)?(?:义务|责任)' +
  '|(?:一分|分文|一分钱|一文)(?:钱)?(?:都|也)?不退)';

/** Asking for or getting money back, or leaving the course (the act a refund follows). */
export const REFUND_TOPIC = '(?:退费|退款|退学费|退钱|退学|退课|退班|退营|退社|退出|退卡)';

/**
 * A refusal with nothing after it: the object is the topic named before ("退费：学期过半后不办理",
 * "退款申请，本中心一律不予受理").
 */
export const BARE_REFUSAL = '(?:一律|均|概|都|将|亦|也|恕|对此)?(?:不予|不再|恕不|概不|无法|不能|不)(?:受理|办理|处理|支持|批准|同意|接受|考虑|予以办理|予以受理)(?=$|[,.;:)]|了)';

/** Money turned into something that is not money: 积分, 代金券, 课程券, 礼品, 储值 … */
export const NOT_MONEY = '(?:[\\u4e00-\\u9fff]{0,3}券|积分|礼品|商品|储值|购物卡|会员卡|等值课程|等额课程)';

/** Lessons already consumed: "已上课时", "已消耗的课时", "已完成课程" … */
export const CONSUMED =
  '(?:已(?:经)?(?:消耗|消课|上|上过|完成|使用|发生|授|授课|实际上|进行|学习|参加|出勤|结束|消费)(?:的)?(?:课时|课程|课次|节|次|课|部分|培训|学时)|实际(?:消耗|上课|发生|使用)(?:的)?(?:课时|课程|课次|节|次|课|部分)?|消耗(?:的)?课时)';

/** The unconsumed part refunded: "剩余课时按比例退还", "未上课时费用全额退还". */
export const REST_REFUNDED =
  '(?:其余|剩余|其他|未上|未消耗?|未使用|未完成|余下)(?:的)?(?:课时|课程|费用|学费|部分|款项|课次)?[^,.;]{0,10}?(?<!不|不予|不再)(?:按|全额|予以|如数|按比例|照常)?[^,.;]{0,6}?(?<!不|不予|不再|不得)退';

/** Hard-to-meet reasons a refund is restricted to: serious illness, hospital stays, relocation … */
export const HARD_REASON =
  '(?:重大疾病|重病|大病|疾病|患病|因病|伤病|生病|住院|手术|伤残|残疾|骨折|受伤|身体原因|病假|搬迁|搬家|迁居|调动|调职|出国|移民|死亡|身故|不可抗力|重大变故|家庭变故|停业|倒闭|关闭|停办)';

/** Proof that is hard to get: a top-tier hospital's certificate, a transfer order … */
export const HARD_PROOF =
  '(?:三甲|二甲|医院|疾病|病历|诊断|病危|调动|调令|调动函|搬迁|迁户|户口|户籍|死亡|残疾|住院|公证|派出所|街道|居委|工作单位|单位证明|出国|移民|签证)';

// ---------------------------------------------------------------------------------------------
// Liability

/** Harm to a person: injury, accident, illness, safety. */
export const HARM =
  '(?:人身|伤害|受伤|意外|安全事故|安全责任|人身安全|安全问题|(?:运动|训练|活动|意外|安全|人身)风险|摔伤|碰伤|碰撞|磕碰|磕伤|扭伤|拉伤|骨折|骨裂|脱臼|擦伤|划伤|烫伤|烧伤|咬伤|撞伤|砸伤|夹伤|溺水|呛水|抽筋|晕倒|昏厥|过敏|中暑|跌倒|摔倒|坠落|跌落|走失|猝死|伤亡|死亡|身体|突发疾病|疾病|伤病|损伤|运动损伤|事故|医疗费|医药费|治疗费|伤情|安全)';
/** Loss of or damage to property. */
export const PROPERTY =
  '(?:财物|物品|贵重物品|手机|钱包|个人物品|财产|随身物品|衣物|电子产品|现金|首饰|私人物品|东西|行李|乐器|器材|书包|文具|衣服|鞋|自行车|电动车|平板|电脑|眼镜|丢失|遗失|被盗|失窃|损坏)';

/**
 * The operator saying it is not liable: 不承担（任何）责任, 概不负责, 与本机构无关, 不予赔偿,
 * or putting it on the other side: 由学员自行承担, 后果自负.
 */
export const DISCLAIM =
  '(?:不[^,.]{0,10}?(?:承担|负担|负)[^,.]{0,12}?(?:责任|赔偿|后果)|不(?:承担|负担|支付|报销|赔付)(?:任何)?(?:的)?(?:医疗|医药|治疗|抢救|就医)费(?:用)?|不负担(?:任何)?[^,.]{0,8}?(?:责任|费用|赔偿)|无(?:任何)?关系|没有(?:任何)?关系|概不负责|一概不负责|概不承担|不负(?:任何)?(?:法律)?责任|免责|免除(?:其|本机构|甲方)?(?:一切|全部|任何)?责任|与(?:' +
  OPERATOR_ZH +
  '|甲方)无关|自行负责|自负|自行承担|(?:无需|无须|毋须|不必|不需)(?:承担|负担|负)(?:任何)?(?:法律|赔偿|经济)?(?:责任|赔偿)|不在[^,.]{0,8}?责任范围|不属于[^,.]{0,8}?(?:责任|赔偿)范围|(?:要|须|需|应当?|必须)?自己(?:负责|承担)|由(?:乙方|' +
  CONSUMER_ZH +
  '|其本人|本人|个人|其监护人)(?:本人)?(?:(?:及其|或其|和|及|与)(?:监护人|家长|法定代理人))?(?:一律|全部|均|自行|自己){0,2}(?:承担|负责)|责任自负|后果自负|风险自担|不予赔偿|不赔偿|不作任何赔偿|不承担任何|不予负责|恕不负责|不负责)';

// ---------------------------------------------------------------------------------------------
// Remedies

/** Signing, paying or enrolling: the act a "deemed to have understood" clause hangs on. */
export const SIGN_ACT = '(?:签字|签署|签订|签名|签约|签收|签章|签认|盖章|缴费|付款|报名|勾选|点击|确认|支付|下单|购买|阅读)';
