import { BASIS } from '../basis';
import { OPERATOR, CONSUMER } from '../lexicon';
import { matcher, re, negatedJustBefore, negatedJustBeforeEn } from '../define';
import { PAID_TO_CONSUMER } from '../define';
import type { Exception } from '../define';
import type { Rule } from '../types';

const REFUND_CONTEXT = ['退', '解除', '终止', '中途', '放弃', '停止学习', '提前结束', '转出'];

const FEE =
  '(?:手续费|(?<!培训|课程|教学|教育|技术)管理费|(?<!培训|课程|教学|教育|技术|培训服务|课程服务)服务费|行政费|行政管理费|损失费|占位费|运营费|运营成本|成本费|财务费|折旧费|课程预留费|机会成本|平台费|提现费|通道费|渠道费|退费费用|退款费用|教务费|违约处理费|扣点|工本费|处理费|审核费|退费服务费|资金占用费|管理成本|行政成本|服务成本|处理成本)';
const FEE_VERB =
  '(?:扣除|扣减|扣(?!除)|收取|收(?!到|据|悉|回|取)|支付|缴纳|承担|交纳|缴(?!纳)|交(?!纳|付|流)|计收|另收|加收|抽取|扣留|保留|需付|须付|另行收取|额外收取)';
const FEE_WAIVED_AFTER: Exception = {
  re: re`^[^,.]{0,4}(?:全免|为0|为零|0元|0%|免收|免除|除外|由(?:甲方|${OPERATOR})(?:全部)?承担)`,
  scope: 'after',
  window: 16,
};
/** 违约金 and 定金 have their own threshold rules. */
const PENALTY_OR_DEPOSIT: Exception = { re: /违约金|定金|罚金|赔偿金/, scope: 'segment' };

/** 不收取, 免收, 无需支付, 不另行收取 … right before the fee verb (but not 不论/无论). */
function verbNegated(text: string, at: number): boolean {
  return /(?:不(?!论|管)|免|无(?!论)|未|非|毋|零)[^,.]{0,4}$/.test(text.slice(Math.max(0, at - 5), at));
}

/** 不收取, 无需扣除, 免扣 … right before a deduction verb. */
function deductionNegated(text: string, at: number): boolean {
  return /(?:不[^,.]{0,4}|无需|免)$/.test(text.slice(Math.max(0, at - 5), at));
}

function gapIsNegated(m: RegExpExecArray): boolean {
  const body = m[0];
  const fee = new RegExp(FEE).exec(body);
  if (!fee) return false;
  const verb = new RegExp(`^${FEE_VERB}`).exec(body);
  const gap = body.slice(verb ? verb[0].length : 0, fee.index);
  return /不|无|免|未|零/.test(gap);
}

export const BURDEN_REFUND_HANDLING_FEE: Rule = {
  id: 'BURDEN_REFUND_HANDLING_FEE',
  category: 'consumer_burden',
  severity: 'high',
  patterns: [9],
  basis: BASIS.burden,
  explanation: {
    zh: '条款在退费时扣收手续费、管理费或按比例扣款。退费应为“已缴费用−已消耗课时费用”，任何名目、任何比例的扣费都加重了消费者责任。',
    en: 'The clause deducts a handling, management or percentage fee from refunds. A refund is fees paid minus lessons consumed; a deduction of any name or size adds to the consumer’s burden.',
  },
  suggestion: {
    zh: '退费时甲方仅扣除已消耗课时的费用，不收取任何手续费、管理费或其他费用。',
    en: 'On a refund the institution deducts only the value of the lessons consumed and charges no handling, management or other fee.',
  },
  zh: matcher({
    anyOf: REFUND_CONTEXT,
    triggers: [
      // the negation test runs in accept, not as a leading lookbehind: a lookbehind at the start of
      // a pattern is evaluated at every position of every sentence
      { re: re`${FEE_VERB}[^.,]{0,24}?${FEE}`, accept: (m, ctx) => !verbNegated(ctx.text, m.index) && !gapIsNegated(m) },
      {
        // negation tested in accept: a leading lookbehind would run at every position of every sentence
        re: re`${FEE}[^.,]{0,8}?(?:\d+(?:\.\d+)?%|\d+(?:\.\d+)?元|由(?:${CONSUMER}|乙方)(?:一律|全部|均|自行|自己){0,2}(?:承担|支付|负担)|按[^,.]{0,8}?\d+(?:\.\d+)?%)`,
        accept: (m, ctx) => !verbNegated(ctx.text, m.index) && !/(?:^|[^\d.])0(?:\.0+)?(?:%|元)/.test(m[0]) && !negatedJustBefore(ctx.text, m.index, 8),
      },
      {
        re: /(?:扣除|扣减|扣|收取|扣留|抽取|按)(?:[^,.%]{0,20}?(?=(?:的)?\d)|退费金额|退款金额|总价|总额|总费用|总学费|全部费用|所缴费用|已缴费用|实缴金额|合同总价|合同金额|合同总额|课程总价|学费总额|学费|费用|剩余费用|剩余学费|剩余金额|应退金额|金额|课时费|培训费|课程费|所交费用|已交费用|缴费总额|剩余课时费用?)?(?:的)?\d+(?:\.\d+)?%(?!以内|以下|以上)/,
        gate: /\d%/,
        accept: (m, ctx) => !deductionNegated(ctx.text, m.index),
        unless: [PAID_TO_CONSUMER, PENALTY_OR_DEPOSIT],
      },
      {
        re: re`\d+(?:\.\d+)?%(?:的)?(?:作为|充作|计为|为)${FEE}`,
        accept: (m, ctx) => !negatedJustBefore(ctx.text, m.index, 8),
      },
      {
        // an unspecified share: "扣除一定比例的管理成本"
        re: /(?:扣除|扣减|扣|收取|扣留|抽取)(?:一定|部分|相应|适当)(?:的)?(?:比例|百分比)/,
        accept: (m, ctx) => !deductionNegated(ctx.text, m.index),
      },
      {
        re: /(?:退还|退|返还|退回|返)(?:[^,.%]{0,10}?(?:费用|学费|金额|款项|课时费|余额|培训费))?(?:的)?(\d+(?:\.\d+)?)%/,
        accept: (m) => Number(m[1]) < 100,
        unless: [PAID_TO_CONSUMER, PENALTY_OR_DEPOSIT],
      },
      {
        re: /按(?:照)?(\d+(?:\.\d+)?)%(?:的比例)?(?:退还|退款|退费|返还)/,
        accept: (m) => Number(m[1]) < 100,
      },
    ],
    unless: [PAID_TO_CONSUMER, FEE_WAIVED_AFTER, { re: /(?:不超过|不得超过|最高不超过|以内)[^,.]{0,4}$/, scope: 'before', window: 8 }],
  }),
  en: matcher({
    anyOf: ['refund', 'withdraw', 'cancel', 'terminat', 'quit'],
    triggers: [
      {
        re: /\b(?:deduct(?:ed|s|ion of)?|charg(?:e|es|ed)|levie[sd]|levy|withh[oe]ld|withhold|retain(?:ed|s)?|keeps?|kept|forfeits?|loses?|subject to|less|minus|appl(?:y|ies)|incur(?:s|red)?)\b[^.]{0,40}?\b(?:handling|administration|administrative|admin|management|processing|service|cancellation|withdrawal|refund|transaction|bank) (?:fee|charge)s?\b/,
        accept: (m, ctx) => !negatedJustBeforeEn(ctx.text, m.index) && !/\b(?:no|not|free|waive|without)\b/.test(m[0]),
      },
      /\b(?:handling|administration|administrative|admin|management|processing|cancellation|withdrawal|refund) (?:fee|charge)s? (?:of|equal to|amounting to|at) (?:\d+(?:\.\d+)?%|rmb|¥|\d)/,
      {
        re: /\b\d+(?:\.\d+)?% (?:handling|administration|administrative|admin|management|processing|service|cancellation|withdrawal|refund)? ?(?:fee|charge|deduction)s?\b/,
        accept: (m, ctx) => !negatedJustBeforeEn(ctx.text, m.index),
      },
      {
        re: /\b(?:only )?(\d+(?:\.\d+)?)% of (?:the )?(?:remaining |unused |paid |outstanding |unconsumed )?(?:fees?|tuition|amount|balance|price) (?:will be |is |shall be )?(?:refunded|returned)/,
        accept: (m) => Number(m[1]) < 100,
      },
      { re: /\bdeduct(?:ed|ion of|s)? (?:a )?\d+(?:\.\d+)?%/, accept: (m, ctx) => !negatedJustBeforeEn(ctx.text, m.index) },
    ],
    unless: [PAID_TO_CONSUMER, 
      { re: /^[^,.]{0,20}\b(?:is|are|will be|shall be) (?:waived|borne by the (?:institution|school|company|centre|center|academy|provider|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider)|tutoring (?:centre|center|company)|party a|us|we))/, scope: 'after', window: 40 },
      { re: /\b(?:penalty|liquidated damages|deposit)\b/, scope: 'segment' },
    ],
  }),
};
