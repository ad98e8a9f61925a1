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
  suppresses: ['REFUND_NO_REFUND', 'REFUND_NONE_AFTER_START'],
  suppressInSentence: true,
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
          if (actor === 'consumer' && !/违纪|违规|违反|扰乱|不服从|不遵守|严重|表现|影响(?:他人|教学|课堂)/.test(ctx.text)) return false;
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
    anyOf: ['变更', '修改', '调整', '解除', '终止', '补充', '更新', '权利', '为准', '修订', '公示', '生效'],
    triggers: [
      {
        re: /(?:有权|可以|可|保留)(?:在)?(?:任何时候|随时|单方(?:面)?|自行|任意|视情况|不经(?:乙方)?同意)[^.]{0,8}?(?:变更|修改|修订|调整|解除|终止|补充|更新|废止)[^.]{0,6}?(?:本)?(?:合同|协议|条款|规则|规定|服务内容|章程|须知|政策|制度|细则)/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
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
      { re: /协商一致|双方协商|书面同意|经乙方同意|经双方|不得/, scope: 'sentence' },
      { re: /(?:退还|退回|返还)(?:剩余|未消|全部|已缴)|按比例退/, scope: 'sentence' },
    ],
  }),
  en: matcher({
    anyOf: ['amend', 'change', 'modify', 'revise', 'update', 'alter', 'terminat', 'prevail'],
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
        re: /\bmay (?:terminate|cancel|end|rescind) (?:this|the) (?:agreement|contract|enrol(?:l)?ment)\b[^.]{0,30}?\b(?:at any time|without (?:cause|reason|notice|giving (?:any )?reasons?)|for any reason|at (?:its|our) (?:sole |absolute )?discretion)\b/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      /\bthe (?:latest|current|most recent) (?:rules|terms|polic(?:y|ies)) (?:published|issued|posted) by (?:the )?(?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we) (?:shall )?prevail\b/,
    ],
    unless: [{ re: /\bmutual(?:ly)?\b|\bwritten (?:consent|agreement)\b|\bagreed by both\b|\bshall not\b/, scope: 'sentence' }],
  }),
};
