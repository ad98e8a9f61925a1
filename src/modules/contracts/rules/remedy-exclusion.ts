import { BASIS } from './basis';
import { firstPartyIn, lastPartyIn, matcher, re, subjectRightBefore } from './define';
import { INSTITUTION } from './lexicon';
import type { Rule } from './types';

/**
 * 排除消费者救济 (remedies excluded), REGULATION-NOTES §3 patterns 29–32: a forced venue,
 * no complaints, "signing means full understanding", waiving claims. 消保法 art. 39 gives the
 * consumer negotiation, mediation, complaint, arbitration and litigation; 合同行政监督管理办法 art. 7
 * forbids limiting them; 民法典 art. 496 puts the duty to explain on the drafter.
 */

export const REMEDY_FORCED_VENUE: Rule = {
  id: 'REMEDY_FORCED_VENUE',
  category: 'remedy_exclusion',
  severity: 'medium',
  patterns: [29],
  basis: BASIS.venue,
  explanation: {
    zh: '条款规定争议只能由经营者所在地法院或仲裁机构处理，或只能协商解决、不得起诉，限制了消费者选择争议解决方式和管辖法院的权利。',
    en: 'The clause sends disputes only to the court or arbitration body where the operator is, or allows only negotiation and no lawsuit, restricting the consumer’s choice of remedy and forum.',
  },
  suggestion: {
    zh: '发生争议的，双方协商解决；协商不成的，乙方可以向消费者协会或教育、市场监管部门投诉，也可以依法向有管辖权的人民法院起诉或按约定申请仲裁。',
    en: 'Disputes are negotiated first; failing that the student may complain to the consumer association or the education or market regulator, sue in a competent court, or arbitrate if agreed.',
  },
  zh: matcher({
    anyOf: ['法院', '仲裁', '协商', '调解', '诉讼', '起诉', '上诉', '管辖'],
    triggers: [
      {
        re: re`(?:向|由|在|提交|交由|归)(?:${INSTITUTION}|甲方|乙方)(?:的)?(?:所在地|注册地|住所地|总部所在地|经营地|注册所在地|营业地|住所)[^.]{0,14}?(?:人民)?(?:法院|仲裁委员会|仲裁机构|仲裁)`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution',
      },
      {
        re: re`(?:${INSTITUTION}|甲方|乙方)(?:的)?(?:所在地|注册地|住所地|总部所在地|经营地|营业地)(?:的)?(?:人民)?(?:法院|仲裁委员会|仲裁机构)`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution' && !/或(?:者)?[^.]{0,8}(?:乙方|学员|消费者|被告|原告|合同履行地)|(?:乙方|学员|消费者)(?:的)?(?:所在地|住所地)/.test(ctx.text),
      },
      /(?:只能|仅能|只可|仅可|仅|只|必须|一律|均应|均须|应当只)(?:通过|采取|采用|以)?(?:双方)?(?:友好|内部)?(?:协商|调解|内部协商|内部处理|沟通)(?:的)?(?:方式|途径|办法)?(?:来)?(?:解决|处理)/,
      {
        re: re`(?:不得|不能|不可|无权|放弃|不允许|禁止)(?:以任何(?:理由|方式))?(?:向[^.]{0,12})?(?:提起|提出|申请)?(?:诉讼|起诉|仲裁|申请仲裁|上诉|法律途径)`,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
    ],
    unless: [{ re: /(?:协商|调解)不成|或(?:者)?(?:向|依法|提起|申请)/, scope: 'suffix' }],
  }),
  en: matcher({
    anyOf: ['court', 'arbitrat', 'negotiat', 'consultation', 'sue', 'litigat', 'lawsuit', 'legal action', 'jurisdiction'],
    triggers: [
      /\b(?:exclusively|only|solely)\b[^.]{0,30}?\b(?:courts?|arbitration|tribunal|jurisdiction)\b[^.]{0,40}?\b(?:where (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we) (?:is|are) (?:located|registered|domiciled|based)|of (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)'?s? (?:location|domicile|seat|registered|place))/,
      /\b(?:courts?|arbitration (?:commission|body|institution)?) (?:at|in|of) the (?:place|location|seat|domicile) (?:where )?(?:of )?(?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)\b/,
      /\b(?:courts?|arbitration (?:commission|body|institution)?) (?:at|in|of) (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)'?s? (?:domicile|location|seat|registered (?:address|office)|place of business|home (?:city|district))\b/,
      /\b(?:only|solely|exclusively) (?:be )?(?:resolved|settled|handled) (?:through|by) (?:friendly )?(?:negotiation|consultation|mediation)\b/,
      /\b(?:resolve|settle|handle)s? (?:all |any )?(?:disputes?|claims?|complaints?)\b[^.]{0,15}?\b(?:only|solely|exclusively) (?:through|by|via) (?:friendly )?(?:negotiation|consultation|mediation|internal)/,
      /\bwaives? (?:the |any |all |its |their |his |her )?rights? to (?:sue|litigat\w*|bring (?:a |any )?(?:claim|action|lawsuit)|arbitrat\w*|(?:go to )?court)/,
      {
        re: /\b(?:may|shall|can|must) not (?:sue|bring (?:a |any )?(?:lawsuit|legal action|claim|proceedings)|file (?:a )?lawsuit|take legal action|go to court)/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
    ],
  }),
};

export const REMEDY_NO_COMPLAINT: Rule = {
  id: 'REMEDY_NO_COMPLAINT',
  category: 'remedy_exclusion',
  severity: 'high',
  patterns: [30],
  basis: BASIS.remedy,
  explanation: {
    zh: '条款禁止消费者向媒体、消费者协会或主管部门投诉、发布评价，或将投诉视为违约。投诉、举报是消费者的法定权利。',
    en: 'The clause forbids complaining to the media, the consumer association or the authorities, or posting reviews, or treats a complaint as a breach. Complaints and reports are the consumer’s statutory rights.',
  },
  suggestion: {
    zh: '乙方对服务有异议的，可以向甲方反映，也可以向消费者协会、教育行政部门或市场监管部门投诉、举报，甲方不得因此追究乙方责任。',
    en: 'The student may raise concerns with the institution or complain to the consumer association, the education authority or the market regulator; the institution may not penalise this.',
  },
  zh: matcher({
    anyOf: ['投诉', '举报', '曝光', '媒体', '网络', '网上', '社交', '朋友圈', '微博', '消协', '消费者协会', '教育局', '教育部门', '市场监管', '12315', '12345', '差评', '负面', '不利', '维权', '透露', '披露', '公开', '公布', '传播', '删除', '撤回', '评价', '评论'],
    triggers: [
      {
        re: /(?:不得|禁止|不能|不允许|严禁|不可|不准|无权|谢绝)[^.]{0,15}?(?:投诉|举报|曝光|向媒体|媒体|网络|网上|社交(?:平台|媒体)|朋友圈|微博|消协|消费者协会|教育局|教育部门|市场监管|12315|12345|差评|负面评价|负面信息|不利(?:评价|言论|信息)|维权)(?:[^.]{0,12}?(?:投诉|举报|曝光|发布|评价|反映))?/,
        accept: (m, ctx) => subjectRightBefore(ctx, m.index) !== 'institution',
      },
      /(?:投诉|曝光|差评|负面评价|负面信息|负面言论|不利信息|不利言论|不利评价|向媒体|向消协|举报|维权)[^.]{0,15}?(?:视为(?:乙方)?违约|承担违约|赔偿|追究(?:其)?(?:法律)?责任|不予退费|取消(?:其)?(?:学籍|资格|服务)|扣除|罚款|终止(?:服务|合同|培训)|停止(?:服务|上课)|拒绝(?:提供)?服务|清退|劝退|解除合同)/,
      re`(?:须|必须|应当|应|需)[^.]{0,6}?(?:删除|撤回|撤销|撤下)[^.]{0,12}?(?:评价|帖子|言论|投诉|曝光|内容|评论|视频)`,
      re`(?:不得|禁止|不能|不允许|严禁|不可)[^.]{0,12}(?:透露|披露|公开|公布|传播)[^.]{0,10}(?:纠纷|争议|退费|投诉|不满|维权)`,
      re`(?:投诉|纠纷|争议|意见)[^.]{0,10}(?:须|只能|仅能|必须|应当先|须先|只可)[^.]{0,6}(?:向|由)(?:${INSTITUTION}|甲方)[^.]{0,20}?(?:不得|否则|方可|才能)`,
    ],
    unless: [
      // defamation may be forbidden; a ban that also covers truthful negative reviews may not
      { re: /^(?!.*(?:负面|差评|不利|不满))(?=.*(?:捏造|虚构|诽谤|诋毁|不实|虚假|造谣|侮辱|恶意|泄露|商业秘密))/, scope: 'sentence' },
      { re: /(?:阻止|阻挠|限制|妨碍|干涉|打击报复|报复)[^.]{0,8}(?:投诉|举报|维权)/, scope: 'sentence' },
      // "甲方不得以学员投诉为由拒绝提供服务" protects the complainant
      { re: /(?:不得|不能|不应|不可|禁止|严禁)(?:以|因)[^,.]{0,10}$/, scope: 'before', window: 16 },
    ],
  }),
  en: matcher({
    anyOf: ['complain', 'complaint', 'report', 'post', 'publish', 'review', 'media', 'press', 'disparag', 'comment'],
    triggers: [
      {
        re: /\b(?:(?:shall|may|must|will|can) not|agrees? not to|undertakes? not to|promises? not to|(?:is|are) not (?:allowed|permitted) to)\b[^.]{0,30}?\b(?:complain|file (?:a )?complaints?|lodge (?:a )?complaints?|make (?:a |any )?complaints?|report|post|publish|disclose|contact|disparage)\b[^.]{0,60}?\b(?:media|press|social media|internet|online|consumer (?:association|council)|authorit\w+|regulators?|reviews?|negative|government|bureau|department|commission|association|12315|police)/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      /\b(?:negative reviews?|complaints? to (?:the )?(?:media|press|authorities|regulators?))\b[^.]{0,40}?\b(?:breach|penalt\w+|liable|forfeit\w*|damages)\b/,
      /\b(?:post\w*|publish\w*|writ\w+|leav\w+|shar\w+) (?:any )?(?:negative|bad|critical|unfavou?rable|adverse) (?:comments?|reviews?|posts?|feedback|remarks?)\b[^.]{0,60}?\b(?:asked to leave|expelled|terminat\w*|without (?:a |any )?refund|forfeit\w*|penalt\w*|liable|breach|removed|dismissed)/,
      /\bno (?:complaints?|negative reviews?) (?:may|shall|will) be (?:made|filed|posted|lodged)\b/,
    ],
    unless: [{ re: /\bfalse\b|\bdefamatory\b|\buntrue\b|\bfabricat\w+|\bconfidential\b/, scope: 'sentence' }],
  }),
};

export const REMEDY_SIGNING_MEANS_UNDERSTOOD: Rule = {
  id: 'REMEDY_SIGNING_MEANS_UNDERSTOOD',
  category: 'remedy_exclusion',
  severity: 'medium',
  patterns: [31],
  basis: BASIS.notice496,
  explanation: {
    zh: '条款以“签字即视为已充分理解全部条款”代替对免责等重要条款的提示说明。提供方未履行提示说明义务的，对方可主张该条款不成为合同内容。',
    en: 'The clause replaces the duty to flag and explain important terms with “by signing you are deemed to have fully understood all terms”. If the drafter did not flag and explain, the other side may claim the term is not part of the contract.',
  },
  suggestion: {
    zh: '甲方已采用加粗等显著方式提示乙方注意与其有重大利害关系的条款，并应乙方要求予以说明；乙方确认已阅读上述条款。',
    en: 'The institution has flagged the terms of major interest to the student in bold and explained them on request; the student confirms having read them.',
  },
  zh: matcher({
    anyOf: ['视为', '表示', '表明', '代表', '意味着', '证明', '说明', '即为', '等于', '为由', '确认'],
    triggers: [
      /不得以(?:不知情|不了解|未阅读|未看清|不清楚|未注意|未理解|不知道)[^.,]{0,6}?为由/,
      {
        re: /(?:签字|签署|签订|签名|签约|盖章|缴费|付款|报名|勾选|点击|确认|支付|下单|购买)[^.]{0,12}?(?:即|就|则|均)?(?:视为|表示|表明|代表|意味着|证明|说明|即为|等于|确认)[^.]{0,8}?(?:已)?(?:经)?(?:充分|完全|全部|详细|仔细|认真)?(?:阅读|理解|知悉|了解|明白|同意|认可|接受|清楚|知晓|明确)/,
        accept: (_m, ctx) => /条款|内容|规定|合同|协议|全部|所有|各项|须知|章程|规则|约定/.test(ctx.text),
      },
    ],
    unless: [{ re: /(?:甲方|本机构)已(?:就|对|采用|以)[^.]{0,20}(?:提示|说明|加粗|标注)/, scope: 'sentence' }],
  }),
  en: matcher({
    anyOf: ['sign', 'signature', 'accept', 'enrol', 'paying', 'click'],
    triggers: [
      /\bby (?:signing|entering into|accepting|paying|enrol(?:l)?ing|clicking|registering)\b[^.]{0,50}?\b(?:deemed|acknowledges?|confirms?|agrees? that|is considered|are considered|shall be deemed)\b[^.]{0,40}?\b(?:read|understood|understand|accepted|accept|agreed)\b/,
      /\b(?:signature|signing)\b[^.]{0,30}?\b(?:constitutes|means|indicates|shall be deemed|is deemed)\b[^.]{0,30}?\b(?:full )?(?:understanding|acceptance|read|understood)\b/,
    ],
    unless: [{ re: /\b(?:has|have) (?:highlighted|explained|drawn (?:the )?attention)\b/, scope: 'sentence' }],
  }),
};

export const REMEDY_WAIVE_CLAIMS: Rule = {
  id: 'REMEDY_WAIVE_CLAIMS',
  category: 'remedy_exclusion',
  severity: 'high',
  patterns: [32],
  basis: BASIS.waiver,
  explanation: {
    zh: '条款要求消费者放弃追究责任、索赔或诉讼的权利，或以签署保密协议、免责声明作为退费条件，排除了消费者依法主张权利的途径。',
    en: 'The clause makes the consumer waive claims, compensation or lawsuits, or makes a refund depend on signing a confidentiality or release agreement, excluding the consumer’s legal remedies.',
  },
  suggestion: {
    zh: '乙方办理退费不以签署保密协议、免责声明或放弃其他权利为条件，乙方依法享有的其他权利不受影响。',
    en: 'A refund never depends on signing a confidentiality agreement, release or waiver; the student keeps all other legal rights.',
  },
  zh: matcher({
    anyOf: ['放弃', '不再', '不得', '无权', '不可', '不能', '保密', '免责声明', '谅解', '和解'],
    triggers: [
      {
        re: re`(?:放弃|不再|不得|无权|不可|不能)(?:就[^.,]{0,10}?)?(?:再)?(?:以任何(?:理由|方式|形式))?(?:向(?:${INSTITUTION}|甲方)[^.]{0,6})?(?:追究|追诉|索赔|主张(?:任何)?(?:权利|赔偿|责任)|要求(?:任何)?(?:赔偿|补偿)|提起诉讼|申诉|追偿|任何权利|一切权利|诉权|提出任何(?:要求|主张|索赔)|另行主张)`,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      /(?:退费|退款|退学|退课)[^.]{0,15}?(?:须|需|需要|必须|应|应当|前|时)[^.]{0,6}?(?:签署|签订|签|出具)[^.]{0,6}?(?:保密协议|保密承诺|免责声明|放弃(?:追责|追究|索赔|声明)|和解协议|谅解书|承诺书|不追究)/,
      /(?:视为|即视为|即表示)[^.]{0,6}?(?:放弃|自动放弃)[^.]{0,6}?(?:追究|索赔|诉讼|申诉|一切权利|全部权利|其他权利|任何权利|追诉|法律权利)/,
      {
        re: /放弃[^.,]{0,16}?(?:异议|追究|索赔|起诉|投诉|申诉|主张)?(?:的)?(?:权利|权)(?!益)/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution' && !/(?:不|无需|无须|不得要求|不因此)[^,.]{0,4}$/.test(ctx.text.slice(Math.max(0, m.index - 6), m.index)),
      },
    ],
    unless: [
      { re: /(?:要求|迫使|强迫|强制)[^,.]{0,12}?放弃|不得(?:以任何(?:理由|方式))?要求/, scope: 'sentence' },
      { re: /不以[^.]{0,30}为(?:条件|前提)|不因此|不影响/, scope: 'sentence' },
    ],
  }),
  en: matcher({
    anyOf: ['waive', 'release', 'confidential', 'non-disclosure', 'disparag', 'claim'],
    triggers: [
      {
        re: /\bwaives? (?:any|all|the|its|their|his|her) (?:rights?|claims?)\b/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      /\breleases? (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)\b[^.]{0,30}?\bfrom (?:any|all) (?:claims?|liabilit\w+)/,
      {
        re: /\b(?:confidentiality|non-?disclosure|non-?disparagement|release) (?:agreement|undertaking|form)\b[^.]{0,40}?\brefund|\brefunds?\b[^.]{0,40}?\b(?:confidentiality|non-?disclosure|non-?disparagement|release) (?:agreement|undertaking|form)\b/,
        accept: (m) => !/\b(?:never|not|no|without)\b|n't/.test(m[0]),
      },
      /\b(?:shall|will|may) not (?:pursue|make|bring|raise) (?:any )?(?:further )?(?:claims?|demands?)\b/,
    ],
    unless: [{ re: /\b(?:shall not|may not|will not) (?:require|ask|force)\b/, scope: 'sentence' }],
  }),
};

export const REMEDY_EXCLUSION_RULES: readonly Rule[] = [
  REMEDY_NO_COMPLAINT,
  REMEDY_WAIVE_CLAIMS,
  REMEDY_FORCED_VENUE,
  REMEDY_SIGNING_MEANS_UNDERSTOOD,
];
