/**
 * Regex fragments shared by the rules. They are written against the NORMALISED text
 * (see normalize.ts): half-width punctuation, lower case, Arabic digits, "30%".
 * Every gap is bounded ({0,n}) so no pattern can backtrack catastrophically.
 */

/** The operator, however a contract names it. 甲方 is resolved per contract (PartyRoles). */
export const INSTITUTION =
  '(?:本培训机构|本培训中心|本培训学校|本培训班|培训中心|培训学校|本教育机构|教育机构|培训机构|本机构|我机构|本中心|我中心|本校|本学校|我校|学校|校方|本公司|我公司|我司|公司|本园|本店|本场馆|本馆|本俱乐部|本工作室|本学院|本单位|本平台|培训方|服务方|机构|我方|我们|校长|负责人|管理方|俱乐部|馆方|园方|店方|举办方|主办方|承办方|运营方|机构方|商家|营地|营方|本[\u4e00-\u9fff]{0,2}(?:院|营地|营|馆|园|店|室|社|团|所|坊|苑|琴行|学堂|中心|学校|机构|俱乐部|公司))';
/** An operator named by its trade name: "某某艺术培训学校", "XX教育". */
export const ORG = '(?:[\\u4e00-\\u9fffa-z0-9]{0,12}?(?:培训学校|培训中心|教育中心|艺术中心|学校|中心|公司|机构|学院|俱乐部|工作室|培训班|教育|学堂|学馆|书院|学苑|琴行|画室|武馆|道馆|舞蹈室))';

/** The consumer side. */
export const CONSUMER =
  '(?:学员家长|孩子家长|学生家长|学员方|学员|学生|家长|监护人|消费者|客户|会员|报名者|报名人|参训人|受训方|孩子|幼儿|儿童|持卡人|您|你方)';

/**
 * "No refund" in its many phrasings: 概不退还, 不予退费, 恕不退款, 不退不换, 不得申请退费,
 * 无权要求退款, 拒绝退费, 不予返还, 不接受退费申请 …
 * "拒绝退…" after 不得/禁止/无权 is an obligation on the operator ("不得拒绝退费"), not an exclusion.
 */
export const NO_REFUND =
  '(?:' +
  '(?:(?:概|一律|均|都|皆|恕|亦|也|将|绝|决|全部|统统)?(?:不予以|不予|不得|无法|不能|不可以|不可|不再|无权|不会|不作|不准|不允许|(?<!不得|不能|不应|不应当|严禁|禁止|无权|不可|理由|借口|无故|擅自)拒绝|拒不|不)' +
  '(?:以任何理由|以任何借口|以任何形式|任何(?:理由|原因|形式)的|任何理由|在任何情况下(?:都|均)?|任何情况下(?:都|均)?|无论如何)?(?:[^,.的可能]{0,8}?(?:并|再|而)?(?=要求|申请))?(?:办理|受理|接受|支持|予以|给予|作|提供|申请|要求|提出|主张|进行)?(?:(?:本机构|甲方|机构|本中心|学校|本校|本公司|公司|本园|本店|本馆|俱乐部|我们|我方)(?:予以)?)?(?:任何(?:理由|原因|形式)?(?:的)?)?(?:形式的)?(?:的)?' +
  // "不得以任何理由要求解除合同及退费": ending the contract and the refund asked for together
  '(?:(?:解除|终止|取消)(?:本)?(?:合同|协议|课程|报名|学籍)?(?:及|和|并|或|、|并要求)?)?' +
  '(?:被)?(?:退|返还|返回)(?!出|让|步|化|休|学手续)(?:还|回|费|款|学费|换|课|费用|款项)?)' +
  // "不再享有退费资格": the right itself taken away
  '|(?:不再|不|无|丧失|失去|取消)(?:享有|具有|具备|有)?(?:任何)?退(?:费|款)(?:的)?(?:资格|权利|权))';

/** English "no refund": non-refundable, will not be refunded, not entitled to a refund … */
export const EN_NO_REFUND =
  "(?:(?:will|shall|does|do|would)(?: not|n't) (?:receive|get|obtain|be (?:given|entitled to)) (?:a |any )?refunds?|(?:unable|not able) to (?:offer|give|provide|issue|make|grant|process) (?:a |any )?refunds?|no refunds?|non-?refundable|not (?:be )?refund(?:ed|able)|(?:will|shall|can|may)(?: not|n't) be refunded|cannot be refunded|refunds? (?:will|shall|are|is|can)(?: not|n't)|not (?:eligible|entitled) (?:for|to) (?:a |any )?refunds?|(?:do|does|will|shall)(?: not|n't) (?:offer|give|provide|issue|make|grant) (?:any )?refunds?|no (?:fees?|money|tuition) (?:will|shall) be (?:refunded|returned))";

/** Lessons already consumed: "已上课时", "已消耗的课时", "已完成课程" … */
export const CONSUMED =
  '(?:已(?:经)?(?:消耗|消课|上|上过|完成|使用|发生|授|授课|实际上|进行|学习|参加|出勤|结束|消费)(?:的)?(?:课时|课程|课次|节|次|课|部分|培训|学时)|实际(?:消耗|上课|发生|使用)(?:的)?(?:课时|课程|课次|节|次|课|部分)?|消耗(?:的)?课时)';

