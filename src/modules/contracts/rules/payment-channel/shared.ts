import type { Exception } from '../define';

/** Negation or warning before the mention: "不得诱导乙方使用培训贷", "严禁将学费支付至个人账户". */
export const WARNED_AGAINST: Exception = {
  re: /(?:不得|禁止|严禁|不会|不诱导|不强制|不提供|不以|杜绝|不与|不开展|不使用|不接受|不通过|不参与|不推荐|不要求|拒绝|不能|无需|未|不推销|不捆绑|不搭售|不得变相|谨防|警惕|切勿|请勿|不要|不应|不可|不予认可|不认可|一律不|不收取|不得要求|不宜|非|防范|不涉及|不包含|不含|不存在|没有|并无|均无|不办理|不得以|不向|从不|绝不)[^,.;]{0,20}$/,
  scope: 'before',
  window: 28,
};
export const WARNED_AFTER: Exception = {
  re: /^[^,.]{0,10}(?:的)?(?:款项|费用)?[^,.]{0,4}(?:无效|不予认可|不予承认|不视为|甲方不承认|均属违规|属于违规|是违规的|被禁止)|^[^,.]{0,4}(?:均|都|一律)?(?:不得|不能|不可|禁止|严禁|不)(?:用于)?(?:收取|收款|接收|收|用于收)/,
  scope: 'after',
  window: 24,
};

/**
 * A warning addressed to the consumer: "如有人要求您向个人账户付款，请拒绝并举报", "任何人要求您私下转账的，均属违规".
 * The sentence tells the family what NOT to do; it is no payment instruction.
 */
export const WARNING_TO_CONSUMER: Exception = {
  re: /(?:如|若|如果|倘若|凡|一旦|如遇|若遇|如发现|若发现)(?:有|遇到|发现)?(?:任何)?(?:人|任何人|他人|工作人员|员工|老师|教师|顾问|个人|销售)[^.]{0,16}?(?:要求|让|诱导|引导|索要|私下收|建议)[^.]{0,40}?(?:请|务必|应|可|均属|属于|系)?[^.]{0,4}?(?:拒绝|举报|投诉|报警|拨打|反映|勿|不要|违规|无效)|\b(?:if|should) (?:anyone|any (?:staff member|person|employee|teacher|tutor)|someone|a (?:member of staff|staff member|teacher))\b[^.]{0,60}?\b(?:asks?|requests?|tells?|invites?|suggests?)\b[^.]{0,60}?\b(?:refuse|decline|report|call|contact|do not|don't|never)\b/,
  scope: 'sentence',
};

/**
 * A natural person on the operator's side: whoever it is, money paid to them is not money in the
 * supervised account. (财务 alone is the finance office, i.e. the institution itself.)
 */
export const STAFF =
  '(?:(?:教务|财务|行政|招生|销售|市场|运营|课程|学管|客服)(?:主管|经理|总监|专员|负责人|人员)|(?:授课|任课|上课|带班|招生|教务|课程|销售|主管|本班|该班|其)?(?:老师|教师|教练|顾问|助教|讲师)|校长|园长|馆长|店长|员工|职员|工作人员|负责人|法定代表人|法人代表|法人|股东|合伙人|创始人|老板|班主任|业务员|经办人|财务人员|出纳|销售(?:人员)?|招生(?:人员|专员)|教务(?:人员)?|经理|主管|投资人|出资人|举办者|实际控制人|董事长|总经理)';
/** Anyone else a family might be told to hand money to: a class monitor, the parents' committee, a group-buy organiser. */
export const PERSON = `(?:(?:本班|该班|班级|我们|我们的|团购|拼团)?(?:${STAFF}|班长|家委会|家委|家长代表|团长|组织人|组织者|发起人|代理人|中间人|介绍人|推荐人))`;
/** Literal pre-filter for the STAFF triggers. */
export const STAFF_GATE = /老师|教师|教练|顾问|助教|讲师|校长|园长|馆长|店长|员工|职员|工作人员|负责人|法定代表人|法人|股东|合伙人|创始人|老板|班主任|业务员|经办人|财务人员|出纳|销售|招生|教务|经理|主管|班长|家委|家长代表|团长|组织人|组织者|发起人|代理人|中间人|介绍人|推荐人|投资人|出资人|举办者|控制人|董事长|总经理/;
/** Fee words that make a sentence about payment. */
export const FEE_CONTEXT = /费|款|定金|订金|现金|价|钱|缴|交纳|付/;
/** Money named just before a hand-over verb: "学费…交给老师" (not "作业交给老师"). */
export function moneyJustBefore(text: string, at: number): boolean {
  return /(?:费|款|钱|现金|定金|订金|缴费|付费|交费|学费)[^,.;]{0,14}$/.test(text.slice(Math.max(0, at - 16), at));
}
/** The operator paying its own staff is payroll, not a payment channel. */
export const PAYROLL = /工资|课酬|薪酬|报酬|提成|奖金|绩效|劳务费|课时补贴/;
