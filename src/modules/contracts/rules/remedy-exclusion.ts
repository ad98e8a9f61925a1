import { BASIS } from './basis';
import { firstPartyIn, lastPartyIn, matcher, re, subjectRightBefore } from './define';
import { INSTITUTION } from './lexicon';
import type { Exception } from './define';
import type { Rule } from './types';

/**
 * 排除消费者救济 (remedies excluded), REGULATION-NOTES §3 patterns 29–32: a forced venue,
 * no complaints, "signing means full understanding", waiving claims. 消保法 art. 39 gives the
 * consumer negotiation, mediation, complaint, arbitration and litigation; 合同行政监督管理办法 art. 7
 * forbids limiting them; 民法典 art. 496 puts the duty to explain on the drafter.
 */

/** Where the operator is: 所在地, 所在区, 注册地址, 经营场所所在地 … */
const OPERATOR_PLACE =
  '(?:所在(?:地|区|市|县|区县|城市|地区|辖区|省)|注册(?:地址|所在地|地)|住所(?:地)?|总部(?:所在地)?|经营(?:场所(?:所在地)?|地址|地)|营业(?:场所|地址|地)|办学(?:地点|场所|地址|地)|实际经营地|当地)';
/** Another venue the consumer may choose: then the clause is no forced venue. */
const OTHER_VENUE = /或(?:者)?[^.]{0,10}(?:乙方|学员|消费者|家长|原告|被告|合同履行地|合同签订地|其他|有管辖权)|(?:乙方|学员|消费者|家长)(?:的)?(?:所在地|住所地|经常居住地)|(?:由|按)?原告(?:自行)?选择|任何一方|任一方|(?:乙方|学员|家长|消费者)(?:可|可以|有权)(?:选择|自行选择)/;

/** "…协商不成的，或向…法院起诉": another way is left open after the restricted one. */
const ALTERNATIVE_AFTER: Exception = { re: /(?:协商|调解)不成|或(?:者)?(?:向|依法|提起|申请)/, scope: 'suffix' };

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
        re: re`(?:向|由|在|提交|交由|归|诉至|诉诸)(?:${INSTITUTION}|甲方|乙方)(?:的)?${OPERATOR_PLACE}[^.]{0,14}?(?:人民)?(?:法院|仲裁委员会|仲裁机构|仲裁)`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution' && !OTHER_VENUE.test(ctx.text),
        unless: [ALTERNATIVE_AFTER],
      },
      {
        re: re`(?:${INSTITUTION}|甲方|乙方)(?:的)?${OPERATOR_PLACE}(?:的)?(?:基层)?(?:人民)?(?:法院|仲裁委员会|仲裁机构)`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution' && !OTHER_VENUE.test(ctx.text),
        unless: [ALTERNATIVE_AFTER],
      },
      { re: /(?:只能|仅能|只可|仅可|只得|仅|只|必须|一律|均应|均须|应当只|唯一|须|需)(?:通过|采取|采用|以|的)?(?:双方)?(?:(?:与|同|和|向)?(?:本机构|本中心|本校|甲方|机构|学校|本公司|公司|本店|本馆|俱乐部)(?:的)?)?(?:友好|内部)?(?:协商|调解|内部协商|内部处理|沟通)(?:的)?(?:方式|途径|办法)?(?:来)?(?:解决|处理)/, unless: [ALTERNATIVE_AFTER] },
      { re: /(?:唯一|只能|仅能)(?:的)?(?:争议解决|解决)?(?:方式|途径)(?:为|是)(?:协商|调解|内部协商|向(?:甲方|本机构))/, unless: [ALTERNATIVE_AFTER] },
      {
        re: re`(?:不得|不能|不可|无权|放弃|不允许|禁止)(?:以任何(?:理由|方式))?(?:向[^.]{0,12})?(?:提起|提出|申请|诉诸|寻求|通过|采取|走)?(?:诉讼|起诉|仲裁|申请仲裁|上诉|法律途径|法律手段|司法途径)`,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
    ],
  }),
  en: matcher({
    anyOf: ['court', 'arbitrat', 'negotiat', 'consultation', 'sue', 'litigat', 'lawsuit', 'legal action', 'jurisdiction'],
    triggers: [
      /\b(?:exclusively|only|solely)\b[^.]{0,30}?\b(?:courts?|arbitration|tribunal|jurisdiction)\b[^.]{0,40}?\b(?:where (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we) (?:is|are) (?:located|registered|domiciled|based)|of (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)'?s? (?:location|domicile|seat|registered|place))/,
      /\b(?:courts?|arbitration (?:commission|body|institution)?) (?:at|in|of) the (?:place|location|seat|domicile) (?:where )?(?:of )?(?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)\b/,
      /\b(?:courts?|arbitration (?:commission|body|institution)?) (?:at|in|of) (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)'?s? (?:domicile|location|seat|registered (?:address|office)|place of (?:business|registration|incorporation|domicile)|home (?:city|district))\b/,
      /\b(?:only|solely|exclusively) (?:be )?(?:resolved|settled|handled) (?:through|by) (?:friendly )?(?:negotiation|consultation|mediation)\b/,
      /\b(?:resolved|settled|handled) (?:only|solely|exclusively) (?:through|by|via) (?:friendly )?(?:negotiation|consultation|mediation|internal)/,
      /\b(?:neither party|no party|neither side)\b (?:may|shall|can|will) (?:go to court|sue|litigate|bring (?:a |any )?(?:lawsuit|claim|action|proceedings)|file (?:a )?lawsuit|(?:apply|resort) to (?:the |any )?courts?|take legal action)/,
      {
        // "the courts of the district where the School is located shall have exclusive jurisdiction"
        re: /\b(?:courts?|arbitration (?:commission|body|institution|tribunal)?)\b[^.]{0,40}?\b(?:where|in which) (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|we) (?:is|are) (?:located|registered|based|domiciled|situated|headquartered|incorporated|established)\b/,
        accept: (_m, ctx) => !/\b(?:or (?:where|in which|the|a|any)|either party|(?:student|parent|consumer|plaintiff|defendant)'?s? (?:domicile|residence)|where the (?:student|parent|consumer|plaintiff|defendant)|any (?:competent|court having jurisdiction))\b|\bat (?:the|its|their) (?:choice|option)\b/.test(ctx.text),
      },
      /\b(?:resolve|settle|handle)s? (?:all |any )?(?:disputes?|claims?|complaints?)\b[^.]{0,15}?\b(?:only|solely|exclusively) (?:through|by|via) (?:friendly )?(?:negotiation|consultation|mediation|internal)/,
      /\bwaives? (?:the |any |all |its |their |his |her )?rights? to (?:sue|litigat\w*|bring (?:a |any )?(?:claim|action|lawsuit)|arbitrat\w*|(?:go to )?court)/,
      {
        re: /\b(?:(?:may|shall|can|must|will) not|agrees? not to|undertakes? not to|promises? not to|waives? the right to) (?:sue|bring (?:a |any )?(?:lawsuit|legal action|claim|proceedings)|file (?:a |any )?(?:lawsuit|legal action|claim in court)|take (?:any )?legal action|go to court|(?:commence|initiate) (?:any )?(?:legal )?proceedings)/,
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
    anyOf: ['投诉', '举报', '曝光', '媒体', '网络', '网上', '社交', '朋友圈', '微博', '抖音', '小红书', '点评', '快手', '视频号', '公众号', '贴吧', '论坛', '自媒体', '群', '消协', '消费者协会', '教育局', '教育部门', '市场监管', '12315', '12345', '差评', '负面', '不利', '维权', '透露', '披露', '公开', '公布', '传播', '删除', '撤回', '评价', '评论'],
    triggers: [
      {
        re: /(?:不得|禁止|不能|不允许|严禁|不可|不准|无权|谢绝|(?:承诺|保证)(?:绝不|不会|不))[^,.;]{0,15}?(?:投诉|举报|曝光|向媒体|媒体|网络|网上|社交(?:平台|媒体)|朋友圈|微博|消协|消费者协会|教育局|教育部门|市场监管|12315|12345|差评|负面|不利(?:的)?(?:评价|言论|信息|评论|内容|说法)|维权)(?:[^.]{0,12}?(?:投诉|举报|曝光|发布|评价|反映))?/,
        accept: (m, ctx) => subjectRightBefore(ctx, m.index) !== 'institution',
      },
      {
        // platforms and group chats: only where what is banned is criticism ("不得在抖音发布负面视频"), not course recordings
        re: /(?:不得|禁止|不能|不允许|严禁|不可|不准|无权|谢绝)[^.]{0,15}?(?:抖音|小红书|大众点评|点评|快手|视频号|公众号|贴吧|论坛|自媒体|家长群|微信群|群聊|业主群)/,
        accept: (m, ctx) => subjectRightBefore(ctx, m.index) !== 'institution' && /负面|差评|不满|投诉|曝光|纠纷|争议|吐槽|维权|不利|批评|评价|评论/.test(ctx.text),
      },
      /(?:投诉|曝光|差评|负面评价|负面信息|负面言论|不利信息|不利言论|不利评价|向媒体|向消协|举报|维权)[^.]{0,15}?(?:视为(?:乙方)?违约|承担违约|赔偿|追究(?:其)?(?:法律)?责任|不予退费|取消(?:其)?[^,.]{0,4}?(?:学籍|资格|服务|会员)|扣除|罚款|终止(?:服务|合同|培训)|停止(?:服务|上课)|拒绝(?:提供)?服务|清退|劝退|解除合同)/,
      re`(?:须|必须|应当|应|需)[^.]{0,6}?(?:删除|撤回|撤销|撤下)[^.]{0,12}?(?:评价|帖子|言论|投诉|曝光|内容|评论|视频)`,
      re`(?:不得|禁止|不能|不允许|严禁|不可)[^.]{0,12}(?:透露|披露|公开|公布|传播)[^.]{0,10}(?:纠纷|争议|退费|投诉|不满|维权)`,
      re`(?:投诉|纠纷|争议|意见)[^.]{0,10}(?:须|只能|仅能|必须|应当先|须先|只可)[^.]{0,6}(?:向|由)(?:${INSTITUTION}|甲方)[^.]{0,20}?(?:不得|否则|方可|才能)`,
    ],
    unless: [
      // defamation may be forbidden; a ban that also covers truthful negative reviews may not
      { re: /^(?!.*(?:负面|差评|不利|不满))(?=.*(?:捏造|虚构|诽谤|诋毁|不实|虚假|造谣|侮辱|恶意|泄露|商业秘密))/, scope: 'sentence' },
      { re: /(?:阻止|阻挠|限制|妨碍|干涉|打击报复|报复)[^.]{0,8}(?:投诉|举报|维权)/, scope: 'sentence' },
      // "甲方不得因此拒绝提供服务": the consequence is forbidden, not threatened
      { re: /(?:不得|不能|不会|不应|不可|禁止|严禁)(?:因此|以此为由|因其(?:投诉|举报)|因[^,.]{0,6}(?:投诉|举报))/, scope: 'sentence' },
      // "甲方不得以学员投诉为由拒绝提供服务" protects the complainant
      { re: /(?:不得|不能|不应|不可|禁止|严禁)(?:以|因)[^,.]{0,10}$/, scope: 'before', window: 16 },
    ],
  }),
  en: matcher({
    anyOf: ['complain', 'complaint', 'report', 'post', 'publish', 'review', 'media', 'press', 'disparag', 'comment', 'contact', 'bureau', 'authorit', 'regulator', 'association', 'journalist', 'discuss'],
    triggers: [
      {
        re: /\b(?:(?:shall|may|must|will|can) not|agrees? not to|undertakes? not to|promises? not to|(?:is|are) not (?:allowed|permitted) to|(?:shall|must|will|agrees? to) refrain from)\b[^.]{0,30}?\b(?:complain|filing (?:a |any )?complaints?|lodging (?:a |any )?complaints?|making (?:a |any )?complaints?|posting|reporting|contacting|file (?:a )?complaints?|lodge (?:a )?complaints?|make (?:a |any )?complaints?|report|post|publish|disclose|contact|disparage|discuss|share|talk about|speak (?:to|with|about)|mention|comment on|raise)\b[^.]{0,60}?\b(?:media|press|social media|internet|online|consumer (?:association|council)|authorit\w+|regulators?|reviews?|negative|government|bureau|department|commission|association|12315|police|journalists?|reporters?|news(?:papers?)?)/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      /\b(?:negative reviews?|complaints? (?:made |lodged |filed )?(?:to|with) (?:the |any )?(?:media|press|authorities|regulators?|consumer (?:association|council|protection \w+)|education (?:bureau|authorit\w+|department|commission)|government(?: \w+)?|third parties|outside (?:parties|bodies|organi[sz]ations|agencies)|external (?:parties|bodies|organi[sz]ations|agencies)))\b[^.]{0,40}?\b(?:breach|penalt\w+|liable|forfeit\w*|damages|terminat\w*|expel\w*|dismiss\w*|without (?:a |any )?refund|removed)\b/,
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
    anyOf: ['视为', '表示', '表明', '代表', '意味着', '证明', '说明', '即为', '等于', '为由', '确认', '异议', '默认', '视同', '视作'],
    triggers: [
      /不得以(?:不知情|不了解|未阅读|未看清|不清楚|未注意|未理解|不知道)[^.,]{0,6}?为由/,
      {
        // "放弃对条款内容的异议"
        re: /放弃[^.,]{0,4}?(?:对|就)?[^.,]{0,8}?(?:条款|合同|协议|规定|内容|规则)[^.,]{0,6}?(?:的)?(?:任何)?异议/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      {
        // "乙方签字后不得以任何理由对本合同条款提出异议"
        re: /(?:签字|签署|签订|签名|签约|盖章|确认|缴费|报名)(?:本合同|本协议)?(?:后|之后|以后)[^.]{0,8}?(?:不得|不能|无权|不可|不再)(?:以任何理由|再)?[^.]{0,12}?(?:提出|有|持)(?:任何)?(?:异议|反对意见)/,
        accept: (m, ctx) => /条款|内容|合同|协议|约定|规定/.test(ctx.text) && lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      {
        re: /(?:签字|签署|签订|签名|签约|盖章|缴费|付款|报名|勾选|点击|确认|支付|下单|购买)[^.]{0,12}?(?:即|就|则|均)?(?:视为|视同|视作|默认|表示|表明|代表|意味着|证明|说明|即为|等于|确认)[^.]{0,10}?(?:已)?(?:经)?(?:充分|完全|全部|详细|仔细|认真)?(?:阅读|理解|知悉|了解|明白|同意|认可|认同|接受|清楚|知晓|明确|无异议|没有(?:任何)?异议|不持异议|无任何异议|放弃(?:任何)?异议|(?:履行|尽到|完成)(?:了)?[^.]{0,4}?(?:提示|说明|告知))/,
        accept: (_m, ctx) => /条款|内容|规定|合同|协议|全部|所有|各项|须知|章程|规则|约定/.test(ctx.text),
      },
    ],
    // "甲方已就…作了提示" states the duty was done — unless the signature is what deems it done
    unless: [{ re: /(?<!视为|视作|即为|表示|代表|证明)(?:甲方|本机构)已(?:就|对|采用|以)[^.]{0,20}(?:提示|说明|加粗|标注)/, scope: 'sentence' }],
  }),
  en: matcher({
    anyOf: ['sign', 'signature', 'accept', 'enrol', 'paying', 'click', 'submission', 'submitting', 'registration', 'payment'],
    triggers: [
      /\bby (?:signing|entering into|accepting|paying|enrol(?:l)?ing|clicking|registering|purchasing|booking)\b[^.]{0,50}?\b(?:deemed|acknowledges?|confirms?|agrees? that|is considered|are considered|shall be deemed)\b[^.]{0,40}?\b(?:read|understood|understand|accepted|accept|agreed|agree|no objections?|waive[sd]? (?:any|all) objections?)\b/,
      /\b(?:signature|signing|submission|submitting|registration|enrol(?:l)?ment|payment)\b[^.]{0,40}?\b(?:constitutes|means|indicates|shall be deemed|is deemed|confirms|signifies|represents|acknowledges|is taken as)\b[^.]{0,40}?\b(?:full )?(?:understanding|acceptance|read|understood|agree(?:d|ment)?|accept(?:ed|ance)?)\b/,
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
    anyOf: ['放弃', '不再', '不得', '无权', '不可', '不能', '保密', '免责声明', '谅解', '和解', '同意不', '承诺不', '保证不', '丧失', '失去', '不享有', '索赔', '追究', '追责'],
    triggers: [
      {
        re: re`(?:放弃|不再|不得|无权|不可|不能|(?:同意|承诺|保证)(?:今后|日后|以后|将来)?(?:不再|不))(?:再|另行)?(?:就[^.,]{0,16}?)?(?:再)?(?:以任何(?:理由|方式|形式))?(?:(?:向|对)(?:${INSTITUTION}|甲方)[^.]{0,6})?(?:追究|追诉|追责|索赔|主张(?:任何)?(?:权利|赔偿|责任)|(?:一切|任何|全部|所有)(?:其他)?(?:主张|请求|追偿|追责|追究)|要求(?:任何)?(?:赔偿|补偿)|提起(?:任何)?(?:诉讼|仲裁)|申诉|追偿|任何权利|一切权利|诉权|提出任何(?:要求|主张|索赔)|另行主张)`,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      /(?:退费|退款|退学|退课)[^.]{0,15}?(?:须|需|需要|必须|应|应当|前|时)[^.]{0,6}?(?:签署|签订|签|出具)[^.]{0,6}?(?:保密协议|保密承诺|免责声明|放弃(?:追责|追究|索赔|声明)|和解协议|谅解书|承诺书|不追究)/,
      /(?:视为|即视为|即表示)[^.]{0,6}?(?:放弃|自动放弃)[^.]{0,6}?(?:追究|索赔|诉讼|申诉|一切权利|全部权利|其他权利|任何权利|追诉|法律权利)/,
      {
        // "乙方即丧失投诉权利"
        re: /(?:丧失|失去|不再享有|不享有)[^.]{0,6}?(?:投诉|起诉|诉讼|索赔|追究|申诉|主张|仲裁|异议)(?:的)?(?:权利|权)/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      {
        re: /放弃[^.,]{0,24}?(?:异议|追究|索赔|起诉|投诉|申诉|主张|救济)?(?:的)?(?:权利|权)(?!益)/,
        accept: (m, ctx) =>
          lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution' && !/(?:不|无需|无须|不得要求|不因此)[^,.]{0,4}$/.test(ctx.text.slice(Math.max(0, m.index - 6), m.index)) &&
          // "视为放弃退费权利" takes away the refund (refund_exclusion), not a remedy
          !/放弃[^,.]{0,4}?(?:退费|退款|退学|退课)/.test(m[0]),
      },
    ],
    unless: [
      { re: /(?:要求|迫使|强迫|强制)[^,.]{0,12}?放弃|不得(?:以任何(?:理由|方式))?要求/, scope: 'sentence' },
      { re: /不以[^.]{0,30}为(?:条件|前提)|不因此|不影响/, scope: 'sentence' },
    ],
  }),
  en: matcher({
    anyOf: ['waive', 'release', 'confidential', 'non-disclosure', 'disparag', 'claim', 'compensation', 'damages', 'redress'],
    triggers: [
      {
        re: /\bwaives? (?:any|all|the|its|their|his|her) (?:further |other |future |remaining )?(?:rights?|claims?)\b/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      /\breleases? (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we)\b[^.]{0,30}?\bfrom (?:any|all) (?:claims?|liabilit\w+)/,
      {
        re: /\b(?:confidentiality|non-?disclosure|non-?disparagement|release) (?:agreement|undertaking|form)\b[^.]{0,40}?\brefund|\brefunds?\b[^.]{0,40}?\b(?:(?:confidentiality|non-?disclosure|non-?disparagement|release) (?:agreement|undertaking|form)|release of (?:all|any) (?:claims|liability)|waiver of (?:all|any) claims)\b/,
        accept: (m) => !/\b(?:never|not|no|without)\b|n't/.test(m[0]),
      },
      /\b(?:shall|will|may) not (?:pursue|make|bring|raise) (?:any )?(?:further )?(?:claims?|demands?)\b/,
      {
        re: /\b(?:(?:shall|will|may|must) not|agrees? not to|undertakes? not to) (?:seek|claim|demand|pursue|request) (?:any )?(?:compensation|damages|redress|remedy|indemnity)\b/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
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
