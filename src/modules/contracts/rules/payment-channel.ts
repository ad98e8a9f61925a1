import { BASIS } from './basis';
import { lastPartyIn, matcher, re } from './define';
import type { Exception } from './define';
import type { Rule } from './types';

/**
 * 支付渠道 (payment channel), REGULATION-NOTES §3 patterns 33–34. 教监管函〔2021〕2号: all prepaid
 * fees go into the institution's own 培训收费专用账户, never another or a third party's account,
 * and no 培训贷 (training loans). The model contract repeats both as special notices.
 */

/** Negation or warning before the mention: "不得诱导乙方使用培训贷", "严禁将学费支付至个人账户". */
const WARNED_AGAINST: Exception = {
  re: /(?:不得|禁止|严禁|不会|不诱导|不强制|不提供|不以|杜绝|不与|不开展|不使用|不接受|不通过|不参与|不推荐|不要求|拒绝|不能|无需|未|不推销|不捆绑|不搭售|不得变相|谨防|警惕|切勿|请勿|不要|不应|不可|不予认可|不认可|一律不|不收取|不得要求|不宜|非|防范|不涉及|不包含|不含|不存在|没有|并无|均无|不办理|不得以|不向|从不|绝不)[^,.;]{0,20}$/,
  scope: 'before',
  window: 28,
};
const WARNED_AFTER: Exception = {
  re: /^[^,.]{0,10}(?:的)?(?:款项|费用)?[^,.]{0,4}(?:无效|不予认可|不予承认|不视为|甲方不承认|均属违规|属于违规|是违规的|被禁止)|^[^,.]{0,4}(?:均|都|一律)?(?:不得|不能|不可|禁止|严禁|不)(?:用于)?(?:收取|收款|接收|收|用于收)/,
  scope: 'after',
  window: 24,
};

/**
 * A natural person on the operator's side: whoever it is, money paid to them is not money in the
 * supervised account. (财务 alone is the finance office, i.e. the institution itself.)
 */
const STAFF =
  '(?:(?:教务|财务|行政|招生|销售|市场|运营|课程|学管|客服)(?:主管|经理|总监|专员|负责人|人员)|(?:授课|任课|上课|带班|招生|教务|课程|销售|主管|本班|该班|其)?(?:老师|教师|教练|顾问|助教|讲师)|校长|园长|馆长|店长|员工|职员|工作人员|负责人|法定代表人|法人代表|法人|股东|合伙人|创始人|老板|班主任|业务员|经办人|财务人员|出纳|销售(?:人员)?|招生(?:人员|专员)|教务(?:人员)?|经理|主管|投资人|出资人|举办者|实际控制人|董事长|总经理)';
/** Anyone else a family might be told to hand money to: a class monitor, the parents' committee, a group-buy organiser. */
const PERSON = `(?:(?:本班|该班|班级|我们|我们的|团购|拼团)?(?:${STAFF}|班长|家委会|家委|家长代表|团长|组织人|组织者|发起人|代理人|中间人|介绍人|推荐人))`;
/** Literal pre-filter for the STAFF triggers. */
const STAFF_GATE = /老师|教师|教练|顾问|助教|讲师|校长|园长|馆长|店长|员工|职员|工作人员|负责人|法定代表人|法人|股东|合伙人|创始人|老板|班主任|业务员|经办人|财务人员|出纳|销售|招生|教务|经理|主管|班长|家委|家长代表|团长|组织人|组织者|发起人|代理人|中间人|介绍人|推荐人|投资人|出资人|举办者|控制人|董事长|总经理/;
/** Fee words that make a sentence about payment. */
const FEE_CONTEXT = /费|款|定金|订金|现金|价|钱|缴|交纳|付/;
/** Money named just before a hand-over verb: "学费…交给老师" (not "作业交给老师"). */
function moneyJustBefore(text: string, at: number): boolean {
  return /(?:费|款|钱|现金|定金|订金|缴费|付费|交费|学费)[^,.;]{0,14}$/.test(text.slice(Math.max(0, at - 16), at));
}
/** The operator paying its own staff is payroll, not a payment channel. */
const PAYROLL = /工资|课酬|薪酬|报酬|提成|奖金|绩效|劳务费|课时补贴/;

export const PAYMENT_TRAINING_LOAN: Rule = {
  id: 'PAYMENT_TRAINING_LOAN',
  category: 'payment_channel',
  severity: 'high',
  patterns: [33],
  basis: BASIS.trainingLoan,
  explanation: {
    zh: '条款要求或引导消费者通过培训贷、分期贷款等金融产品支付培训费。教监管函〔2021〕2号明确禁止以培训贷方式缴纳培训费用。',
    en: 'The clause requires or steers the consumer to pay with a training loan or financed instalment product. Notice 教监管函〔2021〕2号 forbids paying training fees with training loans.',
  },
  suggestion: {
    zh: '甲方不得诱导或强制乙方使用培训贷款等金融产品缴纳培训费用；培训费用由乙方直接支付至甲方培训收费专用账户。',
    en: 'The institution does not offer or steer students to training loans; fees are paid directly into its supervised training-fee account.',
  },
  zh: matcher({
    anyOf: ['贷', '分期', '白条', '花呗', '借款', '金融', '首付', '月供', '还款', '信用卡', '利息'],
    triggers: [
      // instalments that carry interest are consumer credit: "须通过第三方平台分期付款，利息由学员承担"
      {
        re: /(?:分期|分\d+期)(?:付款|支付|缴费|缴纳)?[^.]{0,16}?(?:利息|息费|分期手续费|分期服务费|年化)/,
        // "分三期缴纳，不收取任何利息" waives the interest
        accept: (m) => !/不|免|无|零|没有/.test(m[0].replace(/^(?:分期|分\d+期)/, '')),
      },
      /(?:(?:培训|教育|学费|培训费|课程|课程费)(?:费)?贷(?:款)?|分期贷|消费贷(?:款)?|信用贷(?:款)?|网贷|借贷|分期产品|教育分期|学费分期(?:产品|平台|服务)|金融分期|分期付款平台|分期平台|第三方分期|分期服务商|白条|花呗分期|信用卡分期|小额贷款|小贷|消费金融|金融机构(?:贷款|分期)|贷款(?:方式|机构|公司|平台|产品)?|借款(?:方式|平台)?|信贷(?:公司|机构|平台|产品)?|花呗[^.,]{0,4}分\d*期|借呗|零首付|0首付|月供|分\d+期[^.]{0,12}金融|金融(?:机构|公司|平台)[^.,]{0,6}(?:提供|垫付|代付|代为支付|代缴|放款|分期|分\d+期|贷|还款)|金融(?:机构|公司|平台)[^.,]{0,12}?(?:按月|每月|按期|分期)[^.,]{0,8}?(?:扣款|划扣|代扣|扣费|还款)|先行垫付|垫付学费|信用卡[^.]{0,12}?分(?:\d+)?期|第三方(?:平台|机构|公司)[^.]{0,6}?分期|(?:银行|金融(?:机构|公司|平台)|贷款(?:机构|公司|平台)|信贷(?:机构|公司))[^.]{0,10}?(?:办理|提供|申请|开通)(?:的)?(?:信用卡)?分期|(?:银行|金融)[^.]{0,6}?分期(?:业务|服务|产品|付款)|分\d+期(?:还清|还款|偿还|归还|免息)|(?:按月|分期|每月)(?:向[^,.]{0,8})?还款)/,
    ],
    unless: [WARNED_AGAINST, WARNED_AFTER],
  }),
  en: matcher({
    anyOf: ['loan', 'lend', 'credit', 'financ', 'pay later', 'instal', 'borrow'],
    triggers: [
      /\b(?:training|tuition|education(?:al)?|student|study|course) (?:loans?|credit|financing|finance)\b/,
      /\b(?:loan|lending|credit|financing|finance|instal(?:l)?ment|borrowing) (?:providers?|partners?|compan(?:y|ies)|platforms?|products?|institutions?|agenc(?:y|ies)|plans? (?:offered|provided|arranged) by)\b/,
      /\bbuy now,? pay later\b/,
      /\bconsumer (?:loans?|credit|finance)\b/,
      /\b(?:take out|apply for|sign up for) (?:a )?loan\b/,
      /\b(?:instal(?:l)?ment|monthly|deferred) (?:loans?|credit|financing|finance)\b/,
      /\b(?:tuition|fees?|course fees?|the course|payment)\b[^.]{0,20}?\bfinanced (?:through|by|via|with)\b/,
      /\bfinanc(?:e|es|ed|ing) (?:the |their |his |her |your )?(?:tuition|fees?|course(?: fees?)?|studies|programme|program|enrol(?:l)?ment)\b[^.]{0,20}?\b(?:loan|credit|lender|bank|instal(?:l)?ment|finance company)/,
      /\b(?:bank|partner|third[- ]party) (?:loan|credit|financing)s? (?:arranged|offered|provided|introduced|recommended) by\b/,
    ],
    unless: [
      { re: /\b(?:not|no|never|without|prohibit\w*|ban(?:ned|s)?\b|refrain|neither|nor|forbid\w*)\b[^,.;]{0,60}$/, scope: 'before', window: 80 },
      { re: /^\s?(?:are |is |shall be |will be )?(?:strictly )?(?:prohibited|forbidden|banned|not allowed|not permitted)/, scope: 'after', window: 30 },
    ],
  }),
};

export const PAYMENT_PERSONAL_ACCOUNT: Rule = {
  id: 'PAYMENT_PERSONAL_ACCOUNT',
  category: 'payment_channel',
  severity: 'high',
  patterns: [34],
  basis: BASIS.supervisedAccount,
  explanation: {
    zh: '条款要求或允许将培训费用支付至个人账户、员工收款码或关联公司等非专用账户。预收费用必须全部进入培训机构的培训收费专用账户，接受资金监管。',
    en: 'The clause asks for or allows payment into a personal account, a staff member’s payment code or an affiliated company’s account. All prepaid fees must go into the institution’s own supervised training-fee account.',
  },
  suggestion: {
    zh: '乙方应将培训费用支付至甲方在监管银行开立的培训收费专用账户（账户信息见本合同），支付至其他任何账户的款项均不视为向甲方付款。',
    en: 'Fees are paid only into the institution’s supervised training-fee account named in this contract; a payment to any other account is not a payment to the institution.',
  },
  zh: matcher({
    anyOf: ['账户', '账号', '银行卡', '微信', '支付宝', '收款', '二维码', '卡号', '户头', '名下', '私户', '现金', '个人', '代收', '代缴', '公司', '交给', '交与', '交予', '交至', '交到', '交由', '付给', '支付给', '转给', '红包', '转账', '卡上', '卡里', '卡中', '请找', '直接找', '可找', '须找', '需找', '班长', '家委', '家长代表', '团长', '组织人', '组织者', '发起人', '投资人', '出资人', '举办者', '实际控制人'],
    triggers: [
      {
        re: re`(?:个人|私人|${STAFF})(?:[\u4e00-\u9fff]{1,3}?)?(?:本人)?(?:的)?(?:个人|私人)?(?:账户|账号|银行卡|银行账户|微信|支付宝|收款码|二维码|卡号|户头|名下|私户|私人账户|卡上|卡里|卡中)`,
        gate: /账户|账号|银行卡|微信|支付宝|收款码|二维码|卡号|户头|名下|私户|卡上|卡里|卡中/,
        accept: (_m, ctx) => /费|支付|缴|交|转账|汇款|付款|打入|汇入|存入|转入|扫码|收款|付至|收取|代收|付给/.test(ctx.text) && !PAYROLL.test(ctx.text),
      },
      /(?:关联公司|合作公司|第三方(?:公司|机构)|其他公司|总公司|母公司|指定公司|代收(?:公司|机构)|合作机构|加盟商|分公司|其他单位|合作单位|关联单位|关联方|关联企业|关联机构|合作方|品牌方|总部)\)?(?:的)?(?:账户|账号|收款账户|银行卡|银行账户|代收)/,
      { re: re`${STAFF}(?:本人|个人|亲自|私下)?(?:统一|直接|负责|代为)?代(?:收|缴|为收取)`, gate: /代收|代缴|代为收取/ },
      {
        // "学费由班主任统一收取", "定金由招生老师收取"
        re: re`由${PERSON}(?:本人|个人|亲自|私下)?(?:统一|直接|负责|代为)?(?:收取|收款|收费|收缴|现金收取|微信收款|扫码收款)`,
        gate: STAFF_GATE,
        accept: (m, ctx) => moneyJustBefore(ctx.text, m.index) && !PAYROLL.test(ctx.text),
      },
      {
        // "直接向任课教练支付现金", "可直接支付给授课老师", "定金可直接转给招生老师"
        re: re`(?:向${STAFF}(?:本人|个人)?(?:直接)?(?:支付|缴纳|交纳|缴费|交费|付款|付费|转账|付)|(?:支付|交|付|转账|转|缴|汇|打款|现金交)(?:给|予|与)(?:前台|值班|本班|该班|营地|带队|带班|随队|驻场|场馆|门店|现场)*(?:的)?${PERSON})`,
        gate: STAFF_GATE,
        accept: (m, ctx) =>
          FEE_CONTEXT.test(ctx.text) && !PAYROLL.test(ctx.text) && lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution' &&
          // 支付/付款/转账/缴费 are payments by themselves; 交/转/汇 need the money named before them
          (/^(?:向|支付|付|转账|缴|打款|现金)/.test(m[0]) || moneyJustBefore(ctx.text, m.index)),
      },
      {
        // "现金交给…个人保管"
        re: /(?:现金|学费|费用|款项|定金|培训费)[^.]{0,14}?(?:个人|私人|私下)(?:保管|收取|代管|持有|收款|收存)/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      {
        // "交费请找王校长"
        re: re`(?:交费|缴费|付款|付费|交钱|缴款|学费|报名费)[^,.]{0,4}?(?:请|可|可以|须|需)?(?:直接)?找[\u4e00-\u9fff]{0,2}?${STAFF}`,
        gate: STAFF_GATE,
      },
      {
        // an account followed by a person's name: "支付宝转账至13800000000（陈某）"
        re: /(?:微信|支付宝|银行卡|账号|账户|卡号|收款码)[^.]{0,24}?\(([\u4e00-\u9fff]{2,3})\)/,
        gate: /\(/,
        accept: (m, ctx) => FEE_CONTEXT.test(ctx.text) && !/公司|学校|中心|机构|培训|教育|学院|俱乐部|工作室|银行|账户|专户|甲方|乙方|本校|协会|基金|托管|监管|学堂|学苑|书院|对公|户名|支行|分行/.test(m[1] ?? ''),
      },
      {
        // a natural person named as the account holder: "户名：李某某"
        re: /(?:户名|账户名称|账户名|收款人|收款方|开户名)(?:为|是)?:?\s?([\u4e00-\u9fff]{2,4})(?=[,.;)\s]|$)/,
        gate: /户名|账户名|收款人|收款方|开户名/,
        accept: (m) => !/公司|学校|中心|机构|培训|教育|学院|俱乐部|工作室|银行|账户|专户|甲方|乙方|本校|协会|基金|托管|监管|学堂|学苑|书院/.test(m[1] ?? ''),
      },
      { re: /(?:红包|微信转账|转账|扫码)[^,.]{0,4}?(?:给|至|到)[^,.]{0,3}?(?:老师|教师|员工|顾问|班主任|教练|工作人员|校长|负责人|助教|销售)/, accept: (m) => !/不得|不能|不可|禁止|严禁|切勿|请勿|不要|勿|不应/.test(m[0]) },
      { re: /(?:学费|费用|培训费|课程费|款项|课时费)[^.]{0,6}?(?:交给|交与|交予|交至|交到|交由|支付给|付给|转给|转账给)(?:授课|任课|上课)?(?:[^,.]{0,3}?)(?:老师|教师|员工|顾问|负责人|个人|工作人员|班主任|校长|教练|课程顾问|销售|助教)/, accept: (m) => !/不得|不能|不可|禁止|严禁|切勿|请勿|不要|勿|不应/.test(m[0]) },
      /现金[^.]{0,8}?(?:交给|交与|支付给|付给|交予|交付给|交于)(?:授课|任课|上课)?(?:老师|教师|员工|顾问|负责人|个人|工作人员|班主任|校长|教练)/,
      /(?:转账|支付|汇入|打入|存入|缴至|缴入|交至|付至|转至|汇至|支付至|汇款至|转入)[^.,]{0,10}?(?:以下|如下|下列)?(?:个人|私人)(?:账户|账号|银行卡|微信|支付宝)?/,
      /(?:非|专用账户以外的|其他)(?:专用|监管)?账户(?:收取|收款|缴纳|支付)/,
      /(?:转账|转入|支付|付款|汇款|扫码|打款)(?:至|到|给)?(?:以下|如下)?(?:微信号|个人微信|私人微信|支付宝账号|个人支付宝)/,
    ],
    unless: [WARNED_AGAINST, WARNED_AFTER],
  }),
  en: matcher({
    anyOf: ['account', 'wechat', 'alipay', 'card', 'cash', 'principal', 'director', 'teacher', 'tutor', 'coach', 'instructor', 'consultant', 'advis', 'staff', 'employee', 'manager', 'sales', 'owner', 'founder', 'representative'],
    triggers: [
      /\b(?:personal|private|individual) (?:bank )?(?:accounts?|wechat|alipay|cards?)\b/,
      /\b(?:teacher|tutor|staff member|employee|principal|director|consultant|agent|owner|coach|manager)'?s? (?:personal |own |private )?(?:bank )?(?:accounts?|wechat|alipay|cards?|payment codes?)\b/,
      /\bcash (?:directly )?to (?:the |a |any )?(?:teachers?|tutors?|staff|employees?|consultants?|coach)\b/,
      /\b(?:wechat|alipay|bank|personal|private)\b (?:pay )?(?:accounts?|wallets?|cards?|qr codes?|payment codes?) (?:of|belonging to|held by|owned by|in the name of) (?:the |our |a |your |his |her )?(?:principal|director|head ?teacher|owner|founder|class teacher|teachers?|tutors?|coach(?:es)?|instructors?|(?:course )?(?:consultants?|advis[eo]rs?|counsell?ors?)|staff members?|employees?|managers?|sales (?:staff|representatives?|agents?))\b/,
      /\b(?:settled|paid|handed over) in cash (?:directly )?(?:with|to) (?:the |your |a |our )?(?:tutors?|teachers?|coach(?:es)?|instructors?|(?:course )?(?:consultants?|advis[eo]rs?)|staff)\b/,
      /\bpay (?:your |the |our |their )?(?:child'?s )?(?:tutors?|teachers?|coach(?:es)?|instructors?|(?:course )?(?:consultants?|advis[eo]rs?)|staff|principal|director|manager) (?:directly|in cash|personally|by wechat|via wechat|by alipay)\b/,
      {
        re: /\b(?:paid|pay|payable|handed|given|transferred|remitted|transfers?|remittances?|payments?|made|sent) (?:(?:directly|in cash|by cash|personally|by wechat|via wechat) ){0,2}to (?:the |our |your |a |any |his |her )?(?:(?:child|son|daughter)'?s )?(?:camp |course |programme |program |centre |center |school |studio |club )?(?:head |senior |chief |lead |assistant |class )?(?:principal|director|head ?teacher|head of school|owner|founder|class teacher|homeroom teacher|teachers?|tutors?|coach(?:es)?|instructors?|course consultants?|consultants?|(?:course )?advis[eo]rs?|staff members?|employees?|managers?|sales (?:staff|representatives?|agents?)|legal representative)\b/,
        accept: (_m, ctx) => /\b(?:pay\w*|fees?|tuition|cash|money|deposit|transfer\w*|remit\w*|charges?)\b/.test(ctx.text),
      },
      /\b(?:cash|payments?|fees?|tuition)\b[^.]{0,30}?\b(?:handed|given|paid|transferred)(?: (?:via|by|through|with) [\w ]{1,20}?)? (?:directly )?to (?:the |your |our |a |any )?(?:teachers?|tutors?|staff|employees?|consultants?|coach(?:es)?|sales)/,
      /\b(?:affiliated|related|partner|third[- ]party|associated|parent) (?:company|companies|entity|entities)'?s? (?:bank )?accounts?\b/,
      /\baccounts? (?:of|held by|belonging to) (?:an? |our |the |its |their )?(?:affiliated|related|partner|third[- ]party|associated) (?:company|companies|entity|party)\b/,
    ],
    unless: [{ re: /\b(?:not|no|never|without|prohibit\w*|ban(?:ned|s)?\b|refrain|neither|nor|forbid\w*|other than)\b[^,.;]{0,60}$/, scope: 'before', window: 80 }],
    accept: (_m, ctx) => /\b(?:pay|pays|paid|payments?|transfer\w*|deposit\w*|remit\w*|tuition|fees?|handed)\b/.test(ctx.text),
  }),
};

/** The supervised account named: a payment into it (not negated) is the lawful channel. */
const INTO_SUPERVISED = /(?<!不|非|无需|无须|未|不必|不用|不会|不再)(?:进入|存入|缴入|汇入|转入|划入|纳入|缴至|存至|汇至|支付至|转至|付至|打入)[^,.]{0,10}?(?:专用账户|监管账户|托管账户|专户|监管专户|资金监管|监管银行|托管银行)|(?:托管|监管|存管)银行(?:代收|收取|统一收取)/;

export const PAYMENT_OUTSIDE_SUPERVISED_ACCOUNT: Rule = {
  id: 'PAYMENT_OUTSIDE_SUPERVISED_ACCOUNT',
  category: 'payment_channel',
  severity: 'high',
  patterns: [34],
  basis: BASIS.supervisedAccount,
  explanation: {
    zh: '条款让培训费用绕开培训收费专用账户（监管账户）：约定费用不进入或无需进入监管账户、缴入非监管账户，或由关联公司、合作方等第三方代收。预收费用必须全部进入机构的培训收费专用账户，接受资金监管。',
    en: 'The clause routes fees around the supervised training-fee account: fees that need not or do not go into it, payment into a non-supervised account, or collection by an affiliated company, partner or other third party. All prepaid fees must go into the institution’s own supervised account.',
  },
  suggestion: {
    zh: '乙方缴纳的全部培训费用均进入甲方在监管银行开立的培训收费专用账户，按课消进度拨付；甲方不委托任何第三方代收培训费用。',
    en: 'Every fee paid goes into the institution’s supervised training-fee account at the custodian bank and is released as lessons are taught; no third party collects fees for the institution.',
  },
  zh: matcher({
    anyOf: ['监管', '专用账户', '专户', '托管', '公司', '合作方', '合作伙伴', '合作单位', '第三方', '关联', '总部', '集团', '代收', '加盟商', '代理商'],
    triggers: [
      // "学费无需存入监管账户", "所缴费用不纳入资金监管", "不进入甲方培训收费专用账户"
      /(?:不|无需|无须|不必|不用|不再|未|不需要|无需再)(?:进入|存入|缴入|汇入|转入|划入|纳入|经过|通过|经|进行|走|进|打入|放入|使用|开通|开设|设立)[^,.]{0,8}?(?:资金)?(?:监管|专用账户|专户|托管|存管)/,
      // "缴至甲方指定的非监管账户", "其他非专用账户"
      /(?:非|不受)(?:资金)?(?:监管|专用|托管|存管)(?:的)?(?:账户|账号|银行卡|专户)/,
      {
        // "学费统一交给本机构的合作伙伴某某公司"
        re: /(?:交给|交至|支付给|付给|汇给|转给|缴至|汇入|转入|支付至|缴纳给)[^,.]{0,10}?(?:合作伙伴|合作方|合作单位|关联方|关联企业|关联公司|第三方|总部|母公司|集团|加盟商|代理商|其他公司|指定公司)/,
        accept: (m, ctx) => FEE_CONTEXT.test(ctx.text) && !/银行|平台|监管|托管|存管/.test(m[0]) && !INTO_SUPERVISED.test(ctx.text),
      },
      {
        // "课程费用由合作方某某教育科技有限公司统一收取"
        re: /(?:由|交由|委托|通过|经|交给|交至|支付给|付给|汇给|转给)[^,.]{0,16}?(?:公司|合作方|合作机构|关联方|关联企业|第三方|总部|母公司|集团|加盟商|代理商)(?:统一|代为|负责|代)?(?:收取|代收|收款|收费|收缴|结算)/,
        accept: (m, ctx) => FEE_CONTEXT.test(ctx.text) && !/银行|平台|监管|托管|存管/.test(m[0]) && !INTO_SUPERVISED.test(ctx.text),
      },
    ],
    unless: [WARNED_AGAINST, WARNED_AFTER],
    accept: (_m, ctx) => FEE_CONTEXT.test(ctx.text),
  }),
  en: matcher({
    anyOf: ['supervised', 'custody', 'escrow', 'designated', 'special', 'dedicated', 'affiliat', 'related compan', 'partner compan', 'sister compan', 'parent compan', 'associated compan', 'related entit', 'third-party', 'third party'],
    triggers: [
      /\b(?:need not|needn't|do(?:es)? not need to|(?:is|are) not required to|will not|won't|shall not|are not|is not)\b(?: be)? (?:deposited|paid|placed|held|kept|lodged|transferred)\b[^.]{0,20}?\b(?:into|in|to|through) (?:the |a |its |our )?(?:supervised|custody|escrow|designated|special|dedicated|ring-?fenced)\b/,
      /\b(?:collected|received|paid|payable|remitted|transferred|deposited)\b (?:to|by|into the (?:bank )?accounts? of|via) (?:our |the |an |its |a )?(?:affiliated|related|partner|associated|parent|sister|third[- ]party) (?:company|companies|entity|entities|firm|organi[sz]ation)\b/,
      /\b(?:outside|bypass\w*|instead of) (?:the |its |our )?(?:supervised|custody|escrow|designated) (?:bank )?account\b/,
      /\b(?:do|does|will|shall)(?: not|n't) (?:enter|go into|reach|pass through|land in) (?:the |a |its |our )?(?:supervised|custody|escrow|designated|special|dedicated)\b/,
      /\b(?:collected|received|paid|payable|handled) (?:through|by|via) (?:a |an |the |our )?third[- ]party (?:agents?|collectors?|collection agents?|intermediar(?:y|ies))\b/,
    ],
    unless: [{ re: /\b(?:not|no|never|without|prohibit\w*|ban(?:ned|s)?\b|neither|nor|forbid\w*)\b[^,.;]{0,40}$/, scope: 'before', window: 60 }],
    accept: (_m, ctx) => /\b(?:pay\w*|fees?|tuition|deposit\w*|collect\w*|transfer\w*|remit\w*)\b/.test(ctx.text),
  }),
};

export const PAYMENT_CHANNEL_RULES: readonly Rule[] = [PAYMENT_TRAINING_LOAN, PAYMENT_PERSONAL_ACCOUNT, PAYMENT_OUTSIDE_SUPERVISED_ACCOUNT];
