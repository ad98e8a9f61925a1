import { BASIS } from '../basis';
import { HARD_PROOF, HARD_REASON, NO_REFUND, REFUND_TOPIC } from '../lexicon';
import { matcher, re } from '../define';
import { operatorIsNotActing } from './shared';
import type { Rule } from '../types';

/** Illness, hospital stays, injury, relocation, bereavement: reasons a refund is wrongly limited to. */
const EN_HARD_REASON = '(?:hospital\\w*|medical|illness|ill|sick\\w*|injur\\w*|disease|relocat\\w+|death|bereave\\w*|disabilit\\w*|mov(?:e|es|ed|ing) (?:to )?(?:(?:another|a different|a new|other|different) )?(?:city|province|country|state|region|abroad|house|home|away|overseas)|leav(?:e|es|ing) (?:the )?(?:city|province|country|area)|emigrat\\w+|serious(?:ly)? \\w+)';

/**
 * The refund restricted to circumstances ("退费仅限于…住院…的情形"): a refund may be asked for any reason,
 * so a restriction to circumstances is unfair — unless what is restricted is the amount (the
 * unconsumed part) or the way it is paid ("仅限原路退回").
 */
function restrictedToCircumstances(m: RegExpExecArray): boolean {
  const body = m[0];
  if (/剩余|未消|未上|未使用|未完成|原路|原支付|本人办理|书面/.test(body)) return false;
  return new RegExp(HARD_REASON).test(body) || new RegExp(HARD_PROOF).test(body) || /(?:情形|情况|事由|理由|条件)$/.test(body);
}

export const REFUND_HARSH_CONDITIONS: Rule = {
  id: 'REFUND_HARSH_CONDITIONS',
  category: 'refund_exclusion',
  severity: 'high',
  patterns: [7],
  basis: BASIS.refund,
  suppresses: ['REFUND_NO_REFUND'],
  explanation: {
    zh: '条款将退费限定于重大疾病、跨省调动等特殊情形，或要求提供三甲医院证明等难以取得的材料，实质上限制了消费者的退费权利。',
    en: 'The clause limits refunds to serious illness, relocation and similar events, or demands hard-to-get proof such as a top-tier hospital certificate, which in effect restricts the right to a refund.',
  },
  suggestion: {
    zh: '乙方因任何原因申请退费的，凭合同和缴费凭证办理，甲方按剩余课时比例退还，不得附加其他条件。',
    en: 'A refund is granted on request for any reason, against the contract and the payment receipt, at the pro-rata amount, with no further conditions.',
  },
  zh: matcher({
    anyOf: ['退'],
    triggers: [
      re`(?:退费|退款|退学|退课|办理退)[^.]{0,20}?(?:须|需|需要|必须|应|应当|要|凭)[^.]{0,12}?(?:提供|出具|提交|持有|凭|附|持)[^.]{0,25}?${HARD_PROOF}(?:[^,.]{0,12}?(?:证明|文件|材料|诊断书|病历))?`,
      re`(?:须|需|需要|必须|应|应当|凭|仅|只|只有|唯有|仅在|只在|除非)[^.]{0,6}?(?:提供|出具|提交|持有|持|凭)?[^.]{0,20}?(?:三甲|二甲|医院|病历|诊断|调令|迁移证明|死亡证明|病情证明|疾病证明)[^.]{0,15}?(?:方可|才能|才可|后方可|方能|才)[^.]{0,6}?(?:申请|办理)?(?:退费|退款|退学|退还)`,
      re`(?:仅限|只限|只有|唯有|仅在|只在|除非|仅|只)[^.]{0,6}?(?:因)?[^.]{0,12}?${HARD_REASON}[^.]{0,25}?(?:才|方|方可|才能|才可|可以|可|允许|时|的情况下|情形下)[^.]{0,8}?(?:申请|办理|予以|给予)?(?:退费|退款|退学|退还)`,
      re`除[^.]{0,6}?${HARD_REASON}[^.]{0,20}?(?:外|以外|之外)[^.]{0,15}?${NO_REFUND}`,
      {
        re: re`${REFUND_TOPIC}(?:申请)?[^.]{0,4}?(?:仅限|只限|限于|仅适用于|只适用于|仅在|只在|只有在|仅当|只有|唯有)[^.]{0,40}?(?:${HARD_REASON}|情形|情况|事由|理由|条件)`,
        accept: restrictedToCircumstances,
      },
    ],
  }),
  en: matcher({
    anyOf: ['refund'],
    triggers: [
      re`\b(?:refunds?|refunded|reimburs\w+)\b[^.]{0,40}?\b(?:only|solely|exclusively)\b[^.]{0,40}?\b${EN_HARD_REASON}\b`,
      re`\b(?:only|solely) (?:in (?:the )?(?:case|event)s? (?:of|that|where)|if|where|when|upon|with|for)\b[^.]{0,50}?\b${EN_HARD_REASON}\b[^.]{0,40}?\b(?:refund|reimburs)`,
      /\brefunds?\b[^.]{0,20}?\b(?:limited|restricted|confined) to (?:cases?|situations?|circumstances|instances)\b/,
      /\brefunds?\b[^.]{0,30}?\b(?:require|requires|must be (?:accompanied|supported) by|subject to (?:the )?(?:provision|submission) of)\b[^.]{0,30}?\b(?:hospital|medical|doctor'?s?|death|relocation)\b/,
    ],
  }),
};

export const REFUND_REQUEST_DEADLINE: Rule = {
  id: 'REFUND_REQUEST_DEADLINE',
  category: 'refund_exclusion',
  severity: 'medium',
  patterns: [8],
  basis: BASIS.refund,
  suppresses: ['REFUND_NO_REFUND', 'REFUND_NONE_AFTER_START', 'BURDEN_EXPIRY_FORFEIT'],
  explanation: {
    zh: '条款为消费者申请退费设定期限，逾期即不予受理或视为放弃。消费者在合同履行期间均有权就未消耗部分申请退费。',
    en: 'The clause sets a deadline for asking for a refund, after which the request is refused or deemed waived. The consumer may ask for a refund of the unconsumed part at any time during the contract.',
  },
  suggestion: {
    zh: '乙方可在合同履行期间随时申请退费；甲方应在收到申请之日起10个工作日内（开课前5个工作日内）办结。',
    en: 'The student may apply for a refund at any time during the contract; the institution pays within 10 working days of the request (5 before the course starts).',
  },
  zh: matcher({
    anyOf: ['退'],
    triggers: [
      {
        re: /(?:须|需|必须|应|应当|只能|仅能|限|务必|仅可|只可)[^.]{0,4}?(?:在|于)?[^.]{0,14}?\d+(?:个)?(?:工作日|自然日|日|天|周|星期|个月|月|小时)(?:内|以内|之内|前)[^.]{0,12}?(?:提出|申请|办理|提交)[^.]{0,8}?(?:退费|退款|退学|退课)/,
        accept: (m, ctx) => operatorIsNotActing(m, ctx),
      },
      {
        re: /(?:逾期|超过期限|过期|超期|超过时限|超过上述期限|过时|超过该期限|超出期限|超过\d+(?:个)?(?:工作日|日|天|周|星期|个月|月)(?:的|后|以后)?)[^.]{0,10}?(?:未提出|未申请|未办理|提出|申请|不申请|未)?[^.]{0,8}?(?:视为(?:自动)?放弃(?:退费|退款)?|不予(?:受理|办理|退|处理)|不再(?:受理|办理|退)|概不(?:受理|退)|不接受)/,
        accept: (m, ctx) => operatorIsNotActing(m, ctx) && !/(?:逾期|过期|超期)未(?:消|上|使用|用完|完成)/.test(m[0]),
      },
      /\d+(?:个)?(?:工作日|日|天|周|星期|个月|月|小时)(?:内|以内|之内)(?:未|没有|不)(?:提出|申请|办理|提交)[^.]{0,8}?(?:视为|即视为|则视为|均视为)(?:自动|自愿)?放弃/,
      /(?:开课|开班|上课|签约|报名|缴费|购买|入学|签订合同|签订本合同)(?:之日起|后)?\d+(?:个)?(?:工作日|日|天|周|星期|个月|月)(?:后|以后|之后)[^.]{0,8}?(?:不得|不能|不可|不予|不再|不接受|不受理|无法|恕不)[^.]{0,4}?(?:申请|办理|受理|接受)?(?:退|退费|退款)/,
      {
        // "…3日内决定是否退费，3日后恕不受理"
        re: /\d+(?:个)?(?:工作日|日|天|周|星期|个月|月)(?:后|以后|之后)[^.]{0,6}?(?:恕不|不予|不再|概不|一律不|不)(?:受理|办理|接受)/,
        accept: (_m, ctx) => /退/.test(ctx.text),
      },
      // "甲方只接受乙方在报名后七天内提出的退费申请": the operator accepting refunds only in a window
      /(?:只|仅)(?:接受|受理|办理|允许|同意|认可|处理)[^.]{0,30}?(?:\d+(?:个)?(?:工作日|自然日|日|天|周|星期|小时|个月|月)(?:内|以内|之内|前)|(?:开课|开班|上课|首次课|第\d+次课)(?:前|之前))[^.]{0,12}?(?:退费|退款|退学|退课)/,
      {
        re: /(?:退费|退款|退学)(?:申请)?(?:须|需|必须|应|只能|仅限|限|应当)[^.]{0,4}?(?:在|于)[^.]{0,12}?\d+(?:个)?(?:工作日|日|天|周|星期|个月|月)(?:内|以内|之内|前)(?:提出|申请|提交)/,
        accept: (m, ctx) => operatorIsNotActing(m, ctx),
      },
    ],
    unless: [{ re: /(?:收到|受理|接到|确认)[^,.]{0,8}(?:申请|要求)/, scope: 'match' }],
  }),
  en: matcher({
    anyOf: ['refund', 'request', 'application'],
    triggers: [
      // "Withdrawal requests received after the second week of term will not be actioned"
      /\b(?:refund|withdrawal|cancellation) (?:requests?|applications?|notices?|claims?)\b[^.]{0,60}?\b(?:after|later than|beyond|more than|outside|past)\b[^.]{0,40}?\b(?:(?:will be|shall be|are|is) (?:rejected|refused|declined|void|invalid|not (?:accepted|considered|processed|entertained|handled|actioned|honou?red|granted))|(?:will|shall|can|may)(?: not|n't) be (?:accepted|considered|processed|entertained|handled|granted|actioned|honou?red|approved))/,
      /\brefund (?:requests?|applications?) (?:must|shall|should|have to|has to) be (?:made|submitted|filed|lodged|received)\b[^.]{0,20}?\bwithin \d+ (?:days|working days|business days|weeks?|months?)/,
      /\brefund (?:requests?|applications?) (?:will|shall|can|may) (?:only )?be (?:accepted|considered|processed|made|submitted|filed|entertained)(?: only)? (?:within|during) (?:the first )?\d+ (?:days|working days|business days|weeks?|months?)\b(?! (?:of|from|after) (?:the |a |receiving )?(?:request|application))/,
      /\b(?:requests?|applications?) (?:made|submitted|received|filed) (?:after|later than|beyond|outside)\b[^.]{0,40}?\b(?:will not be (?:accepted|considered|processed)|are not accepted|shall be (?:rejected|void)|forfeit\w*|deemed (?:waived|abandoned))/,
      /\bno refund requests? (?:will be )?(?:accepted|considered|processed) (?:after|beyond)\b/,
      /\brefunds? (?:are |is |will be |shall be )?(?:only (?:available|possible|given|granted|accepted|made|considered)|(?:available|possible|accepted|considered)(?: only)?) (?:within|during) (?:the first )?\d+ (?:days|working days|business days|weeks?|months?)\b(?! (?:of|from|after) (?:the |a |receiving )?(?:request|application))/,
      /\b(?:after|beyond) \d+ (?:days|weeks|months) (?:from|of|after) (?:the )?(?:start|enrol\w*|payment|signing|first lesson)[^.]{0,30}?(?:no refunds?|non-?refundable|cannot (?:request|apply)|not be refunded)/,
      /\b(?:failure to|fails? to|not) (?:apply|request)\b[^.]{0,40}?\bwithin \d+ (?:days|working days|weeks?)\b[^.]{0,30}?\b(?:waive|forfeit|lose)/,
    ],
  }),
};
