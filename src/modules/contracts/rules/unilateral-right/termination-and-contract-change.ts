import { BASIS } from '../basis';
import { OPERATOR, NO_REFUND } from '../lexicon';
import { actorIsNotConsumer } from './shared';
import { lastPartyIn, firstPartyIn } from '../../parties';
import { matcher, re } from '../define';
import { EN_NO_REFUND, EN_NO_REFUND_GATE } from '../lexicon-en';
import type { Rule } from '../types';

export const UNILATERAL_TERMINATION_NO_REFUND: Rule = {
  id: 'UNILATERAL_TERMINATION_NO_REFUND',
  category: 'unilateral_right',
  severity: 'high',
  patterns: [24],
  basis: BASIS.unilateral,
  // rule library 2025.6: "有权单方解除合同，已缴费用不予退还" is unilateral_right + refund_exclusion (the
  // label of the blind writers, adopted for the corpus): the refund rules are no longer suppressed
  explanation: {
    zh: '条款允许经营者以学员违纪等理由单方解除合同且不退还剩余费用。即使解除有正当理由，未消耗课时的费用仍应退还。',
    en: 'The clause lets the operator end the contract (e.g. for misconduct) and keep the remaining fees. Even a justified termination leaves the unconsumed fees refundable.',
  },
  suggestion: {
    zh: '乙方严重违反培训纪律、经甲方书面警告仍不改正的，甲方可以解除合同，并按剩余课时比例退还费用。',
    en: 'If the student seriously breaks the rules and does not correct it after a written warning, the institution may end the contract and refunds the remaining lessons pro rata.',
  },
  zh: matcher({
    anyOf: ['退', '返还'],
    triggers: [
      {
        re: re`(?:解除|终止|开除|劝退|清退|除名|退学处理|(?:取消|停止|终止|剥夺)(?:其|该学员)?(?:的)?(?:学籍|学习|上课|听课|培训|会员|报名)?资格|取消(?:其)?学籍|停止(?:为其)?(?:提供)?(?:服务|授课|上课|培训)|拒绝(?:其)?(?:继续)?(?:上课|听课|入学))[^.]{0,25}?${NO_REFUND}`,
        accept: (m, ctx) => {
          const actor = lastPartyIn(ctx.text.slice(0, m.index), ctx);
          // "甲方认为学员不适合继续学习的，可随时通知终止本合同": the operator decides, the student is only the object
          if (actor === 'consumer' && !/违纪|违规|违反|扰乱|不服从|不遵守|严重|表现|影响(?:他人|教学|课堂)/.test(ctx.text) && firstPartyIn(ctx.text, ctx) !== 'institution') return false;
          const inner = m[0];
          // "解除合同的，已上课时费用不予退还，剩余费用按比例退还" is the fair pro-rata rule
          return !/已(?:消耗|上|完成|消|使用)[^,.]{0,8}(?:课时|课程|课)[^,.]{0,8}$/.test(inner.slice(0, inner.search(new RegExp(NO_REFUND))));
        },
      },
    ],
    unless: [{ re: /(?:不得|禁止|严禁|不应|不能)[^,.]{0,6}$/, scope: 'before', window: 10 }],
  }),
  en: matcher({
    anyOf: [...EN_NO_REFUND_GATE, 'forfeit'],
    triggers: [
      {
        re: re`\b(?:expel\w*|dismiss\w*|terminat\w*|suspend\w*|remov\w*|exclud\w*)\b[^.]{0,60}?(?:without (?:a |any )?refund|${EN_NO_REFUND}|forfeit\w*)`,
        accept: (m, ctx) =>
          (actorIsNotConsumer(ctx, m.index) || /misconduct|discipline|disrupt|violat|breach of (?:the )?rules|behaviou?r/.test(ctx.text)) &&
          // suspended classes are not a suspended student
          (!/^(?:suspend|remov|exclud)/.test(m[0]) || /\b(?:students?|child(?:ren)?|pupils?|members?|learners?|participants?)\b/.test(m[0])),
      },
    ],
  }),
};

/** A complaint, report or review the operator answers by ending the contract. */
const RETALIATION = /投诉|举报|曝光|差评|负面|不利(?:的)?(?:评价|言论|信息)|点评|发表言论|发布[^,.]{0,8}(?:评价|言论|信息|视频)|媒体|网络平台|朋友圈|消协|消费者协会|教育局|教育部门|主管部门|相关部门|12315|12345|维权/;

export const UNILATERAL_CONTRACT_CHANGE: Rule = {
  id: 'UNILATERAL_CONTRACT_CHANGE',
  category: 'unilateral_right',
  severity: 'high',
  patterns: [21, 22],
  basis: BASIS.unilateral,
  explanation: {
    zh: '条款允许经营者随时单方变更、解除合同或修改规则，以其最新发布的规定为准，排除了消费者对合同内容的同意权。',
    en: 'The clause lets the operator change or end the contract or its rules at any time on its own, with its latest published rules prevailing, excluding the consumer’s consent.',
  },
  suggestion: {
    zh: '本合同的变更、解除应经双方协商一致并采用书面形式；甲方发布的规则与本合同不一致的，以本合同为准。',
    en: 'The contract is changed or ended only by written mutual agreement; where the institution’s rules conflict with the contract, the contract prevails.',
  },
  zh: matcher({
    acrossSentences: true,
    anyOf: ['变更', '修改', '调整', '解除', '终止', '补充', '更新', '权利', '为准', '修订', '公示', '生效', '取消', '停止', '中止', '清退', '劝退', '开除', '除名', '拉黑'],
    triggers: [
      {
        re: /(?:有权|可以|可|保留)(?:在)?(?:任何时候|随时|单方(?:面)?|自行|任意|视情况|不经(?:乙方)?同意)[^.]{0,8}?(?:变更|修改|修订|调整|解除|终止|补充|更新|废止)[^.]{0,6}?(?:本)?(?:合同|协议|条款|规则|规定|服务内容|章程|须知|政策|制度|细则)/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        // ending the relation at will: "本机构有权随时终止服务，无需说明理由", "本店可随时取消会员资格"
        gate: /随时|任意|无需|无须|不需|理由|任何时候/,
        re: re`(?:有权|可以|可|保留)(?:在)?(?:任何时候|随时|任意|无(?:需|须)(?:说明|给出|告知|提供)?(?:任何)?理由(?:地)?|不说明理由|单方(?:面)?随时)[^.]{0,6}?(?:解除|终止|取消|停止|中止)[^.]{0,6}?(?:合同|协议|服务|会员资格|会籍|学籍|资格|报名|培训|会员)`,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        // the answer to a complaint or a review: "如家长向相关部门投诉，本机构有权立即终止服务" (and "切勿在点评平台发表言论；一经发现，本店有权取消其会员资格")
        gate: /有权|可以|将|予以/,
        re: re`(?:有权|可以|可|将|予以|即)(?:立即|随时|直接|单方(?:面)?)?(?:解除|终止|取消|停止|中止)(?:其|该学员|该生|与其)?(?:的)?(?:合同|协议|服务|会员资格|会籍|学籍|上课资格|听课资格|学习资格|资格|报名|培训|会员|上课|课程)|(?:有权|可以|可|将|予以)(?:立即|直接)?(?:清退|劝退|开除|除名|拉黑)`,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index) && RETALIATION.test(ctx.sentence.prev !== undefined ? `${ctx.sentence.prev},${ctx.text}` : ctx.text),
        unless: [{ re: /(?:不得|不能|不应|不可|禁止|严禁)(?:以|因)[^,.]{0,14}$/, scope: 'prefix' }],
      },
      {
        // "本机构可根据实际需要变更合同内容"
        re: /(?:有权|可以|可|保留)(?:根据[^,.]{0,10}?|视[^,.]{0,8}?|按照[^,.]{0,10}?)(?:变更|修改|修订|调整|补充|更新)(?:本)?(?:合同|协议|条款)(?:的)?(?:内容|条款|约定)?/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        re: /(?:有权|可以|可|保留)(?:根据[^,.]{0,10}?|视[^,.]{0,8}?)?(?:随时|单方(?:面)?|自行|任意|不定期)?对(?:本)?(?:合同|协议|条款|规则|规定|章程|须知|制度|细则|政策)(?:的)?(?:内容|条款|相关条款|部分条款)?(?:进行|作出|予以)?(?:单方(?:面)?|适当)?(?:修改|变更|修订|调整|补充|更新)/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        // "修改后的协议在本中心公告栏公示后生效": changes take effect by publication, not by consent
        re: /(?:修改|变更|修订|调整|更新)(?:后)?(?:的)?(?:合同|协议|条款|规则|规定|章程|须知|制度|内容)[^.]{0,6}?(?:自|在|经|于|以)[^.]{0,14}?(?:公布|公示|发布|公告|通知|张贴)[^.]{0,6}?(?:即|后|之日起|时)?(?:生效|起生效|执行|适用)/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        re: /保留[^.]{0,24}?(?:修改|修订|变更|调整|更改|更新|补充|取消|终止|解除|更换)[^.]{0,20}?(?:的)?权利/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        // "上述活动规则如有变动，以本店最新公告为准": whatever the operator announces next prevails
        re: re`以(?:${OPERATOR}|甲方)[^,.]{0,8}?(?:最新|届时|随时|不时|另行)?(?:的)?(?:发布|公布|通知|公告|公示|修订)(?:的)?(?:[\u4e00-\u9fff]{0,4})?为准`,
        accept: (_m, ctx) => /变动|变更|调整|修改|修订|更改|更新/.test(ctx.text),
        // the notice only records a change the consumer agreed to
        unless: [{ re: /(?<!未|不经|无需|无须|不需)(?:征得|经)(?:乙方|学员|家长|您|消费者|双方)[^.]{0,4}?(?:书面)?同意|协商一致/, scope: 'sentence' }],
      },
      re`以(?:${OPERATOR}|甲方)[^,.]{0,6}?(?:最新|届时|随时|不时)?(?:发布|公布|修订|调整|制定)(?:的)?(?:规定|规则|制度|政策|条款|版本|规章|文本)为准`,
      {
        // the document first, then the operator's power to change it: "本合同条款甲方可根据国家政策及经营情况进行修改"
        re: re`(?:合同|协议|条款|规则|规定|章程|须知|制度|细则)(?:条款|内容)?[^.,]{0,4}?(?:${OPERATOR}|甲方)(?:有权|可以|可|保留)[^.,]{0,20}?(?:修改|变更|修订|调整|补充|更新)`,
        accept: (m, ctx) => firstPartyIn(m[0].slice(m[0].search(new RegExp(`${OPERATOR}|甲方`))), ctx) === 'institution',
      },
      {
        // changes that bind without the consumer's consent: "修改后即时生效"
        re: /(?:修改|变更|修订|调整|更新)(?:后|之后)(?:即|立即|即时|随即|自动)(?:生效|执行|适用)/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'consumer',
      },
      {
        // "本协议的任何修改均由甲方决定"
        re: re`(?:修改|变更|修订|调整|补充)[^.]{0,6}?(?:均|都|一律)?由(?:${OPERATOR}|甲方|乙方)(?:[^,.]{0,4}?)(?:决定|确定|负责|作出)`,
        accept: (m, ctx) => firstPartyIn(m[0].slice(m[0].indexOf('由')), ctx) === 'institution',
      },
      {
        // "本合同条款由本机构根据经营需要进行修订"
        re: re`(?:合同|协议|条款|规则|规定|章程|须知)(?:条款|内容)?(?:均|将)?由(?:${OPERATOR}|甲方|乙方)[^.,]{0,12}?(?:修订|修改|变更|调整|更新)`,
        accept: (m, ctx) => firstPartyIn(m[0].slice(m[0].indexOf('由')), ctx) === 'institution',
      },
      {
        // "本规则由本机构制定…，本机构有权随时修改"
        re: /(?:有权|可以|可|保留)(?:随时|单方(?:面)?|自行|任意)(?:进行)?(?:修改|变更|修订|调整|更新|补充)(?=$|[,.;]|的权利)/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index) && /规则|条款|协议|合同|规定|须知|章程|制度|政策/.test(ctx.text),
      },
    ],
    unless: [
      { re: /协商一致|双方协商|书面同意|经乙方同意|经双方/, scope: 'sentence' },
      // "甲方不得单方变更合同" forbids the change (a ban on the consumer's complaint elsewhere in the sentence does not)
      { re: new RegExp(`(?:${OPERATOR}|甲方)(?:及其[^,.]{0,6})?(?:均|也|亦)?(?:不得|不能|不应|无权)|^(?!.*(?:${RETALIATION.source}))(?=.*不得)`), scope: 'sentence' },
      { re: /(?:退还|退回|返还)(?:剩余|未消|全部|已缴)|按比例退/, scope: 'sentence' },
    ],
  }),
  en: matcher({
    anyOf: ['amend', 'change', 'modify', 'revise', 'update', 'alter', 'terminat', 'prevail', 'cancel', 'rescind', 'revoke', 'withdraw', 'suspend', 'end ', 'expel', 'expulsion', 'remov', 'leave', 'dismiss', 'exclu'],
    triggers: [
      {
        re: /\b(?:reserves? the right to|may at any time|may unilaterally|may,? at (?:its|our) (?:sole )?discretion,?|at (?:its|our) sole discretion)\b[^.]{0,30}?\b(?:amend|change|modify|revise|update|alter|terminate|cancel)\b[^.]{0,20}?\b(?:this |these |the |its )?(?:agreement|contract|terms|rules|polic(?:y|ies)|conditions|regulations)\b/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        re: /\b(?:amend|change|modify|revise|alter|vary|update)\b[^.]{0,30}?\bunilaterally\b|\bunilaterally (?:amend|change|modify|revise|alter|vary|update|terminate)\b/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        re: /\bmay,? (?:from time to time|at any time|without notice),? (?:amend|change|modify|revise|update|alter|vary) (?:these|this|the|its) (?:terms|agreement|contract|rules|polic(?:y|ies)|conditions|regulations)\b|\bmay (?:amend|change|modify|revise|update|alter|vary) (?:these|this|the|its) (?:terms|agreement|contract|rules|polic(?:y|ies)|conditions|regulations)\b[^.]{0,20}?\b(?:from time to time|at any time|without notice|at (?:its|our) (?:sole )?discretion)\b|\brevised (?:terms|rules|polic(?:y|ies)|conditions) (?:will|shall) (?:bind|apply to) (?:all )?(?:existing|current|enrolled)?/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        re: /\b(?:may|can|is entitled to|reserves? the right to|has the right to)(?:,? at any time,?| at (?:its|our) (?:sole |absolute )?discretion,?| unilaterally)? (?:terminate|cancel|end|rescind|revoke|withdraw|suspend) (?:this|the|your|a|any|its|their|his|her) (?:[a-z'-]+ )?(?:agreement|contract|enrol(?:l)?ment|membership|registration|subscription|place|booking|account|services?|course|pass|card)\b[^.]{0,30}?\b(?:at any time|at will|whenever it (?:sees|thinks|deems) fit|as it sees fit|without (?:any )?(?:cause|reason|notice|explanation|justification|giving (?:any )?(?:reasons?|explanation)|stating (?:a |any )?reasons?|providing (?:a |any )?reasons?)|for any reason|for no reason|at (?:its|our) (?:sole |absolute )?discretion)\b/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        // ending the contract as the answer to a complaint or a review: "Posting critical reviews online will result in the child being removed"
        gate: /complain|review|comment|media|press|report|post|publish|authorit|regulator/,
        re: /\b(?:complain\w*|complaints?|reviews?|comments?|posts?|posting|publish\w*|report\w*|contact\w*)\b[^.]{0,80}?\b(?:terminat\w*|expel\w*|expulsion|remov(?:e|ed|al)|asked to leave|dismiss\w*|cancel\w*|suspend\w*|suspension|exclu(?:de|ded|sion)|end(?:ed|s)? (?:the|your|their|his|her) (?:[a-z'-]+ )?(?:enrol\w*|contract|membership|agreement|place))\b/,
        accept: (m, ctx) =>
          /\b(?:negative|critical|bad|unfavou?rable|disparag\w*|media|press|journalists?|authorit\w+|regulators?|consumer (?:association|council)|bureau|third part\w+|outside|external|online|social)\b/.test(m[0]) &&
          !/\b(?:not|never|no)\b|n't/.test(m[0].slice(m[0].search(/\b(?:terminat|expel|remov|asked to leave|dismiss|cancel|suspen|exclu|end)/) - 20)),
      },
      /\bthe (?:latest|current|most recent) (?:rules|terms|polic(?:y|ies)) (?:published|issued|posted) by (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we) (?:shall )?prevail\b/,
    ],
    unless: [{ re: /\bmutual(?:ly)?\b|\bwritten (?:consent|agreement)\b|\bagreed by both\b|\bshall not\b/, scope: 'sentence' }],
  }),
};
