import { BASIS } from '../basis';
import { WARNED_AGAINST, WARNED_AFTER, WARNING_TO_CONSUMER, FEE_CONTEXT } from './shared';
import { matcher } from '../define';
import type { Rule } from '../types';

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
    anyOf: ['监管', '专用账户', '专户', '托管', '公司', '合作', '第三方', '关联', '总部', '集团', '代收', '加盟商', '代理商', '商户', '商家'],
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
        re: /(?:由|交由|委托|通过|经|交给|交至|支付给|付给|汇给|转给)[^,.]{0,16}?(?:公司|合作方|合作机构|合作商户|合作商家|关联商户|关联方|关联企业|第三方|总部|母公司|集团|加盟商|代理商)(?:统一|代为|负责|代)?(?:收取|代收|收款|收费|收缴|结算)/,
        accept: (m, ctx) => FEE_CONTEXT.test(ctx.text) && !/银行|平台|监管|托管|存管/.test(m[0]) && !INTO_SUPERVISED.test(ctx.text),
      },
      {
        // an account that belongs to someone else: "指定收款账户为本机构关联公司的一般结算账户"
        re: /(?:合作伙伴|合作方|合作单位|合作机构|(?:合作|关联|签约|第三方|其他|指定)(?:商户|商家|门店|收单机构|支付机构)|关联方|关联企业|关联公司|关联机构|第三方|总部|母公司|子公司|分公司|集团|加盟商|代理商|其他公司|指定公司)(?:[\u4e00-\u9fff]{0,14}?(?:公司|中心|工作室|机构))?(?:的|名下的?|开立的|开设的)?[^,.;]{0,8}?(?:账户|账号|银行卡|收款码|收款账户|对公账户)/,
        accept: (m, ctx) => FEE_CONTEXT.test(ctx.text) && !/监管|托管|存管|专用/.test(m[0]) && !INTO_SUPERVISED.test(ctx.text),
      },
    ],
    unless: [WARNED_AGAINST, WARNED_AFTER, WARNING_TO_CONSUMER],
    accept: (_m, ctx) => FEE_CONTEXT.test(ctx.text),
  }),
  en: matcher({
    anyOf: ['supervised', 'custody', 'escrow', 'designated', 'special', 'dedicated', 'affiliat', 'related compan', 'partner compan', 'sister compan', 'parent compan', 'associated compan', 'group compan', 'holding compan', 'related entit', 'third-party', 'third party'],
    triggers: [
      /\b(?:need not|needn't|do(?:es)? not need to|(?:is|are) not required to|will not|won't|shall not|are not|is not)\b(?: be)? (?:deposited|paid|placed|held|kept|lodged|transferred)\b[^.]{0,20}?\b(?:into|in|to|through) (?:the |a |its |our )?(?:supervised|custody|escrow|designated|special|dedicated|ring-?fenced)\b/,
      /\b(?:collected|received|paid|payable|remitted|transferred|deposited)\b (?:to|by|into the (?:bank )?accounts? of|via) (?:our |the |an |its |a )?(?:affiliated|related|partner|associated|parent|sister|third[- ]party) (?:company|companies|entity|entities|firm|organi[sz]ation)\b/,
      /\b(?:outside|bypass\w*|instead of) (?:the |its |our )?(?:supervised|custody|escrow|designated) (?:bank )?account\b/,
      // "paid by transfer to our sister company, Acme Learning Ltd"
      /\b(?:pa(?:y|id)|payable|transfer\w*|remit\w*|deposit\w*|collected|received)\b[^.]{0,25}?\b(?:to|by|into|via|through) (?:the (?:bank )?accounts? of )?(?:our |the |an |its |a )?(?:affiliated|related|partner|associated|parent|sister|third[- ]party|group|holding) (?:company|companies|entity|entities|firm|organi[sz]ation)\b/,
      /\b(?:do|does|will|shall)(?: not|n't) (?:enter|go into|reach|pass through|land in) (?:the |a |its |our )?(?:supervised|custody|escrow|designated|special|dedicated)\b/,
      /\b(?:collected|received|paid|payable|handled) (?:through|by|via) (?:a |an |the |our )?third[- ]party (?:agents?|collectors?|collection agents?|intermediar(?:y|ies))\b/,
    ],
    unless: [{ re: /\b(?:not|no|never|without|prohibit\w*|ban(?:ned|s)?\b|neither|nor|forbid\w*)\b[^,.;]{0,40}$/, scope: 'before', window: 60 }],
    accept: (_m, ctx) => /\b(?:pay\w*|fees?|tuition|deposit\w*|collect\w*|transfer\w*|remit\w*)\b/.test(ctx.text),
  }),
};
