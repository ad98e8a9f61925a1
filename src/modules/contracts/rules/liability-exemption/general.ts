import { BASIS } from '../basis';
import { FAULT_BASED, bearerAt, byOperatorOrNobody } from './shared';
import { CONSUMER, OPERATOR } from '../lexicon';

/** What kind of loss: "任何直接或间接损失", "其他一切经济损失" (the words between "any" and "loss"). */
const LOSS_KIND = '(?:(?:直接|间接|附带|后续|衍生|连带|经济|财产|精神|其他|其它|额外|可能(?:产生|发生)?|的|或|和|及|与|、){0,6})';
import { lastPartyIn, firstPartyIn } from '../../parties';
import { matcher, re } from '../define';
import type { Rule } from '../types';

export const LIABILITY_GENERAL_EXEMPTION: Rule = {
  id: 'LIABILITY_GENERAL_EXEMPTION',
  category: 'liability_exemption',
  severity: 'medium',
  patterns: [25, 26, 27, 28],
  basis: BASIS.exemption,
  explanation: {
    zh: '条款概括性地免除经营者的一切责任或将一切后果推给消费者。不合理地免除或减轻经营者责任的格式条款无效。',
    en: 'The clause exempts the operator from all liability or puts every consequence on the consumer. A standard term that unreasonably exempts or reduces the operator’s liability is void.',
  },
  suggestion: {
    zh: '双方按照本合同约定和法律规定各自承担责任；因甲方原因造成乙方损失的，甲方依法承担责任。',
    en: 'Each party is liable as the contract and the law provide; the institution is liable for losses it causes.',
  },
  zh: matcher({
    acrossSentences: true,
    anyOf: ['负责', '责任', '承担', '自负', '自担', '无关', '免除', '风险', '免责', '赔偿', '生死状'],
    triggers: [
      { re: /(?:概不负责|一概不负责|概不承担|不承担任何(?:法律)?(?:责任|后果|赔偿|损失)|不承担[^,.]{0,6}?任何损失|不负任何(?:法律)?责任|不承担一切(?:责任|后果)|免除(?:一切|全部|任何)责任)/, accept: (m, ctx) => byOperatorOrNobody(m, ctx) },
      re`(?:一切|所有|全部|任何)(?:后果|风险|责任|损失)(?:均)?(?:由(?:乙方|${CONSUMER}|其)?(?:本人)?(?:一律|全部|均|自行|自己){0,2}(?:承担|负责|自负|自担)|自负|自担)|(?:后果|风险)自(?:负|担)|与(?:${OPERATOR}|甲方)无关(?<!(?:贷款|借款|分期)[^,.]{0,12}与(?:${OPERATOR}|甲方)无关)`,
      {
        re: re`(?:一切|所有|全部|任何)(?:的)?${LOSS_KIND}(?:损失|后果|损害|责任|风险|伤害)[^.]{0,6}?(?:均|都|概|一律)?(?:不承担|不负责|不负|不予赔偿|不赔偿|免责)`,
        // "乙方对甲方的任何损失不承担责任" frees the consumer
        accept: (m, ctx) => bearerAt(ctx, m.index) !== 'consumer',
      },
      {
        // "学员须签订免责协议后方可参加训练": a waiver of the operator's liability as a condition
        re: /(?:须|需|必须|应|应当|要)(?:先|事先|另行)?(?:签订|签署|签|出具|提交)[^.]{0,6}?(?:免责(?:协议|声明|书|承诺书|条款)|(?:安全)?责任自负(?:承诺书|声明|协议)|生死状|风险自担(?:承诺书|协议|声明)|安全免责)/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      {
        // the consumer made to bear everything: "学员须自行承担训练中的一切风险", "家长签字即表示自愿承担孩子训练中可能出现的一切伤害后果",
        // "学员进入场馆即视为自愿承担运动风险"
        re: /(?:自行|自愿|自己|独自)?承担[^.,]{0,14}?(?:(?:一切|所有|全部|任何)(?:的)?[^.,]{0,6}?(?:风险|后果|伤害|损失)|(?:运动|训练|参训|活动|安全|人身|意外|伤害|受伤)风险)/,
        accept: (m, ctx) => bearerAt(ctx, m.index) !== 'institution' && !/违约|违反|过错|故意/.test(ctx.text),
      },
      {
        re: re`(?:${OPERATOR}|甲方|乙方)(?:均|概|一律)?不(?:对|就|为)[^.]{0,25}?(?:承担(?:任何)?(?:法律|赔偿)?责任|负责|负(?:任何)?责任|承担赔偿|予以赔偿)`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution',
      },
    ],
    unless: [FAULT_BASED, { re: /由此|因此|由于(?:乙方|学员)|因(?:乙方|学员|家长)/, scope: 'sentence' }],
  }),
  en: matcher({
    anyOf: ['liab', 'responsib', 'own risk', 'risk', 'harmless', 'indemnif', 'accountable', 'exempt', 'releas', 'absolv', 'discharg'],
    triggers: [
      {
        // "release the organiser from all liability for accidents, whether or not caused by staff negligence"
        gate: /\b(?:releas|absolv|discharg)/,
        re: /\b(?:releas|absolv|discharg)\w* (?:the |our |this )?(?:[a-z-]+ ){0,2}?(?:organi[sz]er|operator|centre|center|school|academy|camp|club|studio|provider|institution|company|us)\b[^.]{0,20}?\b(?:from|of) (?:all|any) (?:liabilit\w*|responsibilit\w*)\b[^.]{0,20}?\b(?:for (?:any )?(?:accidents?|injur\w*|harm)|whether or not caused by|including (?:those )?caused by)/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      {
        re: /\b(?:accepts?|assumes?|bears?|takes?|holds?) no (?:liability|responsibility) (?:whatsoever|of any kind|for any(?:thing)?)|\b(?:(?:not|cannot|can't|in no event|under no circumstances) (?:be )?(?:held )?(?:liable|responsible|accountable)|(?:cannot|can't|can not|will not|won't|does not|do not|shall not) (?:accept|assume|bear|take) (?:any )?(?:liability|responsibility)|(?<!not (?:be )?|never (?:be )?|n't (?:be )?)exempt(?:ed)? from (?:any |all )?(?:liability|responsibility)) for any(?:thing)?\b|\bunder no circumstances (?:be )?(?:liable|responsible)|\bdisclaims? (?:all|any) (?:liability|responsibility)/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'consumer',
      },
      // the consumer bearing the risk is the exemption, whoever the subject is
      /\bat (?:the (?:student|parent|owner|participant|member|child|learner|pupil|customer|guardian|family|consumer|trainee)'s|your|their|his|her) own risk\b|\bat the (?:owner|student|parent|participant|member|child|learner|pupil|customer|guardian|family|consumer|trainee)'?s'? risk\b/,
      /\b(?:students?|parents?|guardians?|learners?|pupils?|child(?:ren)?|members?|customers?|famil(?:y|ies)|consumers?|participants?|party b|you)\b[^.]{0,10}?\b(?:assumes?|bears?|accepts?|takes?) (?:all|any|full|sole|the)? ?(?:the )?risks?\b/,
      /\b(?:not|no longer|in no event) (?:be )?(?:held )?(?:liable|responsible) for (?:the )?(?:students?|children|child|pupils?|participants?|minors?|learners?|members?)\b/,
      {
        re: /\b(?:accepts?|assumes?|bears?|takes?) no (?:liability|responsibility) for (?:the )?(?:students?|children|child|pupils?|participants?|minors?|learners?|members?)\b|\b(?:is|are|shall be) exempt(?:ed)? from (?:any |all )?(?:liability|responsibility)\b/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'consumer',
      },
      {
        // "Parents shall not hold the Centre responsible", "agrees to hold the Academy harmless"
        re: /\b(?:not|never) (?:to )?hold (?:the |us )?(?:institution|school|company|centre|center|academy|provider|club|studio|organi[sz]ation|us|party a)?\s?(?:or its [a-z ]{1,30}?)?(?:responsible|liable|accountable)\b|\bhold (?:the )?(?:institution|school|company|centre|center|academy|provider|club|studio|organi[sz]ation|us|party a)\b[^.]{0,30}?\bharmless\b|\bindemnify (?:and hold harmless )?(?:the )?(?:institution|school|company|centre|center|academy|provider|club|studio|organi[sz]ation|us|party a)\b/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
    ],
    unless: [
      { re: /\bcaused by (?:the )?(?:student|parent|guardian)|\bin accordance with (?:the )?law\b|\bexcept (?:where|for|in case of)\b|\bunless\b|(?<!whether or not caused by (?:the )?(?:\w+ )?)\bnegligence\b/, scope: 'sentence' },
      // outside the operator's care (and not also during class or on its premises)
      { re: /^(?!.*\b(?:during|on the premises|at the (?:centre|center|school))\b).*\b(?:before (?:drop-?off|arrival|the (?:class|lesson) (?:starts|begins))|after (?:(?:they have been |being )?(?:collected|picked up)|pick-?up|collection|dismissal|the (?:class|lesson) ends)|outside (?:of )?(?:class|lesson|teaching|scheduled) (?:hours|times)|on the way)\b/, scope: 'sentence' },
    ],
  }),
};
