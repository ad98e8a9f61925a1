import { BASIS } from './basis';
import { matcher } from './define';
import type { Exception } from './define';
import type { Rule } from './types';

/**
 * 支付渠道 (payment channel), REGULATION-NOTES §3 patterns 33–34. 教监管函〔2021〕2号: all prepaid
 * fees go into the institution's own 培训收费专用账户, never another or a third party's account,
 * and no 培训贷 (training loans). The model contract repeats both as special notices.
 */

/** Negation or warning before the mention: "不得诱导乙方使用培训贷", "严禁将学费支付至个人账户". */
const WARNED_AGAINST: Exception = {
  re: /(?:不得|禁止|严禁|不会|不诱导|不强制|不提供|不以|杜绝|不与|不开展|不使用|不接受|不通过|不参与|不推荐|不要求|拒绝|不能|无需|未|不推销|不捆绑|不搭售|不得变相|谨防|警惕|切勿|请勿|不要|不应|不可|不予认可|不认可|一律不|不收取|不得要求|不宜|非|防范)[^,.;]{0,20}$/,
  scope: 'before',
  window: 28,
};
const WARNED_AFTER: Exception = {
  re: /^[^,.]{0,10}(?:的)?(?:款项|费用)?[^,.]{0,4}(?:无效|不予认可|不予承认|不视为|甲方不承认|均属违规|属于违规|是违规的|被禁止)|^[^,.]{0,4}(?:均|都|一律)?(?:不得|不能|不可|禁止|严禁|不)(?:用于)?(?:收取|收款|接收|收|用于收)/,
  scope: 'after',
  window: 24,
};

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
    anyOf: ['贷', '分期', '白条', '花呗', '借款', '金融', '首付', '月供', '还款'],
    triggers: [
      /(?:(?:培训|教育|学费|培训费|课程|课程费)(?:费)?贷(?:款)?|分期贷|消费贷(?:款)?|信用贷(?:款)?|网贷|借贷|分期产品|教育分期|学费分期(?:产品|平台|服务)|金融分期|分期付款平台|分期平台|第三方分期|分期服务商|白条|花呗分期|信用卡分期|小额贷款|小贷|消费金融|金融机构(?:贷款|分期)|贷款(?:方式|机构|公司|平台|产品)?|借款(?:方式|平台)?|信贷(?:公司|机构|平台|产品)?|花呗[^.,]{0,4}分\d*期|借呗|零首付|0首付|月供|分\d+期[^.]{0,12}金融|金融(?:机构|公司|平台)[^.,]{0,6}(?:提供|垫付|代付|代为支付|代缴|放款|分期|分\d+期|贷|还款)|(?:按月|分期|每月)(?:向[^,.]{0,8})?还款)/,
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
    anyOf: ['账户', '账号', '银行卡', '微信', '支付宝', '收款', '二维码', '卡号', '户头', '名下', '私户', '现金', '个人', '代收', '代缴', '公司', '交给', '交与', '交予', '交至', '交到', '交由', '付给', '支付给', '转给', '红包', '转账'],
    triggers: [
      {
        re: /(?:个人|私人|老师|教师|校长|员工|工作人员|负责人|法定代表人|法人代表|法人|股东|顾问|销售|课程顾问|班主任|业务员|经办人|财务人员|出纳|教练|店长)(?:本人)?(?:的)?(?:个人)?(?:账户|账号|银行卡|银行账户|微信|支付宝|收款码|二维码|卡号|户头|名下|私户|私人账户)/,
        accept: (_m, ctx) => /费|支付|缴|交|转账|汇款|付款|打入|汇入|存入|转入|扫码|收款|付至|收取|代收|付给/.test(ctx.text),
      },
      /(?:关联公司|合作公司|第三方(?:公司|机构)|其他公司|总公司|母公司|指定公司|代收(?:公司|机构)|合作机构|加盟商|分公司|其他单位)(?:的)?(?:账户|账号|收款账户|银行卡|银行账户|代收)/,
      /(?:老师|教师|员工|顾问|班主任|教练|工作人员|校长|负责人|助教|销售)(?:个人)?(?:统一)?代(?:收|缴|为收取)/,
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
    anyOf: ['account', 'wechat', 'alipay', 'card', 'cash'],
    triggers: [
      /\b(?:personal|private|individual) (?:bank )?(?:accounts?|wechat|alipay|cards?)\b/,
      /\b(?:teacher|tutor|staff member|employee|principal|director|consultant|agent|owner|coach|manager)'?s? (?:personal |own |private )?(?:bank )?(?:accounts?|wechat|alipay|cards?|payment codes?)\b/,
      /\bcash (?:directly )?to (?:the |a |any )?(?:teachers?|tutors?|staff|employees?|consultants?|coach)\b/,
      /\b(?:cash|payments?|fees?|tuition)\b[^.]{0,30}?\b(?:handed|given|paid|transferred)(?: (?:via|by|through|with) [\w ]{1,20}?)? (?:directly )?to (?:the |your |our |a |any )?(?:teachers?|tutors?|staff|employees?|consultants?|coach(?:es)?|sales)/,
      /\b(?:affiliated|related|partner|third[- ]party|associated|parent) (?:company|companies|entity|entities)'?s? (?:bank )?accounts?\b/,
      /\baccounts? (?:of|held by|belonging to) (?:an? |our |the |its |their )?(?:affiliated|related|partner|third[- ]party|associated) (?:company|companies|entity|party)\b/,
    ],
    unless: [{ re: /\b(?:not|no|never|without|prohibit\w*|ban(?:ned|s)?\b|refrain|neither|nor|forbid\w*|other than)\b[^,.;]{0,40}$/, scope: 'before', window: 60 }],
    accept: (_m, ctx) => /\b(?:pay|pays|paid|payments?|transfer\w*|deposit\w*|remit\w*|tuition|fees?|handed)\b/.test(ctx.text),
  }),
};

export const PAYMENT_CHANNEL_RULES: readonly Rule[] = [PAYMENT_TRAINING_LOAN, PAYMENT_PERSONAL_ACCOUNT];
