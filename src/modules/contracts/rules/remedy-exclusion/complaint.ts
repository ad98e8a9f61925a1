import { BASIS } from '../basis';
import { OPERATOR } from '../lexicon';
import { lastPartyIn, subjectRightBefore } from '../../parties';
import { finalSayOnComplaint } from '../unilateral-right/interpretation';
import { matcher, re } from '../define';
import type { Rule } from '../types';

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
    anyOf: ['投诉', '举报', '曝光', '媒体', '异议', '疑义', '意见', '不满', '争议', '纠纷', '申诉', '反映', '网络', '网上', '社交', '朋友圈', '微博', '抖音', '小红书', '点评', '快手', '视频号', '公众号', '贴吧', '论坛', '自媒体', '群', '消协', '消费者协会', '教育局', '教育部门', '市场监管', '12315', '12345', '差评', '负面', '不利', '维权', '透露', '披露', '公开', '公布', '传播', '删除', '撤回', '评价', '评论'],
    triggers: [
      {
        re: /(?:不得|禁止|不能|不允许|严禁|不可|不准|无权|谢绝|(?:承诺|保证)(?:绝不|不会|不))[^,.;]{0,15}?(?:投诉|举报|曝光|向媒体|媒体|网络|网上|社交(?:平台|媒体)|朋友圈|微博|消协|消费者协会|教育局|教育部门|市场监管|12315|12345|差评|负面|不利(?:的)?(?:评价|言论|信息|评论|内容|说法)|维权)(?:[^.]{0,12}?(?:投诉|举报|曝光|发布|评价|反映))?/,
        accept: (m, ctx) => subjectRightBefore(ctx, m.index) !== 'institution',
      },
      {
        // platforms and group chats: only where what is banned is criticism ("不得在抖音发布负面视频"), not course recordings
        re: /(?:不得|禁止|不能|不允许|严禁|不可|不准|无权|谢绝|切勿|请勿|请不要|不要)[^.]{0,15}?(?:抖音|小红书|大众点评|点评|快手|视频号|公众号|贴吧|论坛|自媒体|家长群|微信群|群聊|业主群|网上|网络|朋友圈|微博)/,
        accept: (m, ctx) => subjectRightBefore(ctx, m.index) !== 'institution' && /负面|差评|不满|投诉|曝光|纠纷|争议|吐槽|维权|不利|批评|评价|评论|疑义|异议|有意见|不满意/.test(ctx.text),
      },
      /(?:投诉|曝光|差评|(?:负面|不利|不良|批评|诋毁)(?:的)?(?:评价|信息|言论|评论|内容|视频|帖子|消息)|向媒体|向消协|举报|维权)[^.]{0,15}?(?:视为(?:乙方)?违约|承担违约|赔偿|追究(?:其)?(?:法律)?责任|不予退费|取消(?:其)?[^,.]{0,4}?(?:学籍|资格|服务|会员)|扣除|罚款|终止(?:服务|合同|培训)|停止(?:服务|上课)|拒绝(?:提供)?服务|清退|劝退|解除合同)/,
      re`(?:须|必须|应当|应|需)[^.]{0,6}?(?:删除|撤回|撤销|撤下)[^.]{0,12}?(?:评价|帖子|言论|投诉|曝光|内容|评论|视频)`,
      re`(?:不得|禁止|不能|不允许|严禁|不可)[^.]{0,12}(?:透露|披露|公开|公布|传播)[^.]{0,10}(?:纠纷|争议|退费|投诉|不满|维权)`,
      re`(?:投诉|纠纷|争议|意见)[^.]{0,10}(?:须|只能|仅能|必须|应当先|须先|只可)[^.]{0,6}(?:向|由)(?:${OPERATOR}|甲方)[^.]{0,20}?(?:不得|否则|方可|才能)`,
      {
        // objections kept inside: "仅可通过本中心内部渠道反映", "只能向本园反映，以本园答复为准"
        gate: /只|仅|一律|唯一/,
        re: re`(?:异议|意见|不满|投诉|争议|纠纷|问题|质疑|疑义|申诉)[^.]{0,16}?(?:仅|只|只能|仅能|仅可|只可|仅限|仅限于|一律|唯一)(?:能|可以)?(?:通过|向|由|在|于|经)(?:${OPERATOR}|甲方)(?:的)?(?:内部|自身|内设|官方)?[^.,]{0,6}?(?:反映|反馈|投诉|处理|解决|协商|提出|申诉)`,
        // another outlet left open, or a reply deadline only ("仅可…反映，也可向消协投诉")
        unless: [{ re: /也可|亦可|或(?:者)?向|还可|同时可|消费者协会|消协|教育行政|行政部门|市场监管|12315|12345|人民法院|仲裁/, scope: 'sentence' }],
      },
      {
        // the operator's answer to a complaint is final: "对投诉的处理结果为最终结果"
        gate: /最终|终局/,
        re: /(?:投诉|申诉|异议|争议|纠纷|反映|不满|质疑|疑义)[^.]{0,40}?(?:处理|决定|认定|答复|裁定|结论|意见|结果)(?:决定|意见|结果|结论)?(?:为|是|即为|均为|系|作为)(?:最终|终局)/,
        // a complaint or dispute, or an objection confined to the operator's channel (an objection merely raised first with the operator is unilateral_right's "final say")
        accept: (m, ctx) => !/法院|仲裁|消费者协会|消协|行政|监管部门|双方|协商一致|解释/.test(m[0]) && finalSayOnComplaint(ctx.text.slice(0, m.index + m[0].search(/(?:处理|决定|认定|答复|裁定|结论|意见|结果)(?:决定|意见|结果|结论)?(?:为|是|即为|均为|系|作为)(?:最终|终局)/))),
      },
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
      {
        re: /\b(?:negative reviews?|complaints? (?:made |lodged |filed )?(?:to|with) (?:the |any )?(?:media|press|authorities|regulators?|consumer (?:association|council|protection \w+)|education (?:bureau|authorit\w+|department|commission)|government(?: \w+)?|third parties|outside (?:parties|bodies|organi[sz]ations|agencies)|external (?:parties|bodies|organi[sz]ations|agencies)))\b[^.]{0,40}?\b(?:breach|penalt\w+|liable|forfeit\w*|damages|terminat\w*|expel\w*|dismiss\w*|without (?:a |any )?refund|removed)\b/,
        // "complaints to the bureau will never lead to termination" protects the complainant
        accept: (m) => !/\b(?:not|never|no)\b|n't/.test(m[0]),
      },
      /\b(?:post\w*|publish\w*|writ\w+|leav\w+|shar\w+) (?:any )?(?:negative|bad|critical|unfavou?rable|adverse) (?:comments?|reviews?|posts?|feedback|remarks?)\b[^.]{0,60}?\b(?:asked to leave|expelled|terminat\w*|without (?:a |any )?refund|forfeit\w*|penalt\w*|liable|breach|removed|dismissed)/,
      /\bno (?:complaints?|negative reviews?) (?:may|shall|will) be (?:made|filed|posted|lodged)\b/,
      // complaints kept inside: "may only be raised internally", "may not be referred to any outside body"
      /\b(?:complaints?|concerns?|grievances?|disputes?)\b[^.]{0,30}?\b(?:only|solely|exclusively)\b[^.]{0,20}?\b(?:internal\w*|in-house|with (?:the |us|our)|to (?:the |us|our))/,
      /\b(?:complaints?|concerns?|grievances?|disputes?)\b[^.]{0,60}?\b(?:may|shall|must|can|will)(?: not|n't) be (?:referred|reported|escalated|taken|raised|made|brought|lodged|filed)\b[^.]{0,20}?\b(?:to|with|before|on) (?:any |the )?(?:outside|external|third|other|government|media|press|authorit\w*|regulator\w*|consumer|public|social media|internet)/,
      /\b(?:complaints?|concerns?|grievances?|disputes?)\b[^.]{0,30}?\b(?:dealt with|handled|resolved|decided|heard|considered) (?:only|solely|exclusively) by\b/,
    ],
    unless: [{ re: /\bfalse\b|\bdefamatory\b|\buntrue\b|\bfabricat\w+|\bconfidential\b/, scope: 'sentence' }],
  }),
};
