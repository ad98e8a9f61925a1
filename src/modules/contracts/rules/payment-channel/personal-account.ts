import { BASIS } from '../basis';
import { WARNED_AGAINST, WARNED_AFTER, WARNING_TO_CONSUMER, STAFF, PERSON, STAFF_GATE, FEE_CONTEXT, moneyJustBefore, PAYROLL } from './shared';
import { lastPartyIn } from '../../parties';
import { matcher, re } from '../define';
import type { Rule } from '../types';

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
        re: re`(?:个人|私人|${STAFF})(?:[\u4e00-\u9fff]{1,4}?)?(?:本人)?(?:的)?(?:个人|私人)?(?:[\u4e00-\u9fff]{2,6}?银行)?(?:账户|账号|银行卡|银行账户|微信|支付宝|收款码|二维码|卡号|户头|名下|私户|私人账户|卡上|卡里|卡中)`,
        gate: /账户|账号|银行卡|微信|支付宝|收款码|二维码|卡号|户头|名下|私户|卡上|卡里|卡中/,
        accept: (_m, ctx) => /费|支付|缴|交|转账|汇款|付款|打入|汇入|存入|转入|扫码|收款|付至|收取|代收|付给/.test(ctx.text) && !PAYROLL.test(ctx.text),
      },
      /(?:关联公司|合作公司|第三方(?:公司|机构)|其他公司|总公司|母公司|指定公司|代收(?:公司|机构)|合作机构|加盟商|分公司|其他单位|合作单位|关联单位|关联方|关联企业|关联机构|合作方|品牌方|总部)\)?(?:的)?(?:账户|账号|收款账户|银行卡|银行账户|代收)/,
      { re: re`${STAFF}(?:本人|个人|亲自|私下)?(?:统一|直接|负责|代为)?代(?:收|缴|为收取)`, gate: /代收|代缴|代为收取/ },
      {
        // the writer's own account, first person: "直接转我微信就行", "学费打到我支付宝上", "扫我的收款码付款"
        gate: /我/,
        re: /(?:转|付|打|发|汇|交|存|转账|付款|缴费|交费|支付)(?:到|给|至|进|入)?我(?:的|个人|私人|本人)?(?:的)?(?:微信|支付宝|银行卡|卡上|卡里|账户|账号|收款码|二维码|私户)|(?:扫|加)我(?:的|个人)?(?:微信|支付宝|收款码|二维码)[^.]{0,12}?(?:转账|付款|缴费|交费|支付|付|转)/,
        accept: (m, ctx) => !/不得|不能|不可|禁止|严禁|切勿|请勿|不要|勿|不应|不会|无需|不用/.test(ctx.text.slice(Math.max(0, m.index - 10), m.index + 2)) && /费|钱|款|账|支付|付/.test(ctx.text),
      },
      {
        // "学费由班主任统一收取", "定金由招生老师收取"
        re: re`由${PERSON}(?:本人|个人|亲自|私下)?(?:统一|直接|负责|代为)?(?:收取|收款|收费|收缴|现金收取|微信收款|扫码收款|转交|代收|代交|代缴|收齐)`,
        gate: STAFF_GATE,
        accept: (m, ctx) => moneyJustBefore(ctx.text, m.index) && !PAYROLL.test(ctx.text),
      },
      {
        // "直接向任课教练支付现金", "可直接支付给授课老师", "定金可直接转给招生老师"
        re: re`(?:向${STAFF}(?:本人|个人)?(?:直接)?(?:支付|缴纳|交纳|缴费|交费|付款|付费|转账|付)|(?:支付|交|付|转账|转|缴|汇|打款|现金交)(?:给|予|与|至|到)(?:前台|值班|本班|该班|班级|营地|带队|带班|随队|驻场|场馆|门店|现场)*(?:的)?${PERSON})`,
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
    unless: [WARNED_AGAINST, WARNED_AFTER, WARNING_TO_CONSUMER],
  }),
  en: matcher({
    anyOf: ['account', 'wechat', 'alipay', 'card', 'cash', 'registrar', 'bursar', 'cashier', 'reception', 'secretar', 'administrator', 'clerk', 'bookkeeper', 'principal', 'director', 'teacher', 'tutor', 'coach', 'instructor', 'consultant', 'advis', 'staff', 'employee', 'manager', 'sales', 'owner', 'founder', 'representative'],
    triggers: [
      /\b(?:personal|private|individual) (?:(?:bank|paypal|venmo|zelle|revolut|wechat|alipay|payment|e-?wallet|mobile|online) )?(?:accounts?|wallets?|wechat|alipay|paypal|venmo|cards?)\b/,
      /\b(?:teacher|tutor|staff member|employee|principal|director|consultant|agent|owner|coach|manager)'?s? (?:personal |own |private )?(?:bank )?(?:accounts?|wechat|alipay|cards?|payment codes?)\b/,
      /\bcash (?:directly )?to (?:the |a |any )?(?:teachers?|tutors?|staff|employees?|consultants?|coach)\b/,
      // "the account of our director, Mr Li", "an account held by Ms Wang", "a card in the name of Mr Chen": a person, not the institution
      {
        gate: /\b(?:of|belonging to|held by|owned by|in the name of|registered to|under the name of)\b/,
        re: /\b(?:accounts?|wallets?|cards?|qr codes?|payment codes?|wechat|alipay|paypal)\b (?:of|belonging to|held by|owned by|in the name of|registered to|under the name of) (?:the |our |a |your |his |her |its )?(?:(?:principal|director|head ?teacher|head of school|owner|founder|class teacher|teachers?|tutors?|coach(?:es)?|instructors?|(?:course )?(?:consultants?|advis[eo]rs?|counsell?ors?)|staff members?|employees?|managers?|sales (?:staff|representatives?|agents?)|legal representative|registrars?|bursars?|cashiers?|receptionists?|secretar(?:y|ies)|accountants?|bookkeepers?)\b|(?:mr|mrs|ms|miss|dr|madam)\.? [a-z]+\b)/,
        accept: (_m, ctx) => /\b(?:pay\w*|fees?|tuition|transfer\w*|deposit\w*|remit\w*)\b/.test(ctx.text),
      },
      /\b(?:wechat|alipay|bank|personal|private)\b (?:pay )?(?:accounts?|wallets?|cards?|qr codes?|payment codes?) (?:of|belonging to|held by|owned by|in the name of) (?:the |our |a |your |his |her )?(?:principal|director|head ?teacher|owner|founder|class teacher|teachers?|tutors?|coach(?:es)?|instructors?|(?:course )?(?:consultants?|advis[eo]rs?|counsell?ors?)|staff members?|employees?|managers?|sales (?:staff|representatives?|agents?))\b/,
      /\b(?:settled|paid|handed over) in cash (?:directly )?(?:with|to) (?:the |your |a |our )?(?:tutors?|teachers?|coach(?:es)?|instructors?|(?:course )?(?:consultants?|advis[eo]rs?)|staff)\b/,
      /\bpay (?:your |the |our |their )?(?:child'?s )?(?:tutors?|teachers?|coach(?:es)?|instructors?|(?:course )?(?:consultants?|advis[eo]rs?)|staff|principal|director|manager) (?:directly|in cash|personally|by wechat|via wechat|by alipay)\b/,
      {
        re: /\b(?:paid|pay|payable|handed|given|transferred|remitted|transfers?|remittances?|payments?|made|sent) (?:(?:directly|in cash|by cash|personally|by wechat|via wechat) ){0,2}to (?:the |our |your |a |any |his |her )?(?:(?:child|son|daughter)'?s )?(?:camp |course |programme |program |centre |center |school |studio |club )?(?:head |senior |chief |lead |assistant |class )?(?:principal|director|head ?teacher|head of school|owner|founder|class teacher|homeroom teacher|teachers?|tutors?|coach(?:es)?|instructors?|course consultants?|consultants?|(?:course )?advis[eo]rs?|staff members?|employees?|managers?|sales (?:staff|representatives?|agents?)|legal representative|registrars?|bursars?|cashiers?|receptionists?|secretar(?:y|ies)|administrators?|accountants?|bookkeepers?|finance (?:officers?|staff|clerks?)|office (?:staff|managers?|clerks?)|clerks?)\b/,
        accept: (_m, ctx) => /\b(?:pay\w*|fees?|tuition|cash|money|deposit|transfer\w*|remit\w*|charges?)\b/.test(ctx.text),
      },
      /\b(?:cash|payments?|fees?|tuition)\b[^.]{0,30}?\b(?:handed|given|paid|transferred)(?: (?:via|by|through|with) [\w ]{1,20}?)? (?:directly )?to (?:the |your |our |a |any )?(?:teachers?|tutors?|staff|employees?|consultants?|coach(?:es)?|sales)/,
      {
        // a person on the operator's side as the collector: "The registrar collects cash payments", "fees are collected by the coach"
        gate: /\b(?:collect|receiv|take|accept|handl)/,
        re: /\b(?:(?:principal|director|head ?teacher|owner|founder|class teacher|teachers?|tutors?|coach(?:es)?|instructors?|consultants?|advis[eo]rs?|staff members?|employees?|managers?|registrars?|bursars?|cashiers?|receptionists?|secretar(?:y|ies)|bookkeepers?|accountants?) (?:will |shall |may |personally |directly )?(?:collects?|receives?|takes?|accepts?|handles?) (?:all |the |any |your |cash )?(?:cash|payments?|fees?|tuition|money|deposits?)|(?:cash|payments?|fees?|tuition|money|deposits?) (?:is |are |will be |shall be |must be )?(?:collected|received|taken|accepted) (?:in cash )?(?:directly |personally )?by (?:the |your |a |our )?(?:principal|director|head ?teacher|owner|founder|class teacher|teachers?|tutors?|coach(?:es)?|instructors?|consultants?|advis[eo]rs?|staff members?|employees?|managers?|registrars?|bursars?|cashiers?|receptionists?|secretar(?:y|ies)|bookkeepers?|accountants?))\b/,
        accept: (_m, ctx) => !/\b(?:supervised|escrow|custody|designated|special|dedicated)\b[^.]{0,20}\baccount/.test(ctx.text),
      },
      /\b(?:affiliated|related|partner|third[- ]party|associated|parent) (?:company|companies|entity|entities)'?s? (?:bank )?accounts?\b/,
      /\baccounts? (?:of|held by|belonging to) (?:an? |our |the |its |their )?(?:affiliated|related|partner|third[- ]party|associated) (?:company|companies|entity|party)\b/,
    ],
    unless: [{ re: /\b(?:not|no|never|without|prohibit\w*|ban(?:ned|s)?\b|refrain|neither|nor|forbid\w*|other than)\b[^,.;]{0,60}$/, scope: 'before', window: 80 }, WARNING_TO_CONSUMER],
    accept: (_m, ctx) => /\b(?:pay|pays|paid|payments?|transfer\w*|deposit\w*|remit\w*|tuition|fees?|handed)\b/.test(ctx.text),
  }),
};
