import { BASIS } from '../basis';
import { OPERATOR, CONSUMER } from '../lexicon';
import { lastPartyIn, firstPartyIn } from '../../parties';
import { matcher, re } from '../define';
import { segmentBounds } from '../../clauses';
import type { Rule, RuleContext } from '../types';

/** The capped party must be the operator: "乙方的违约责任以合同总价的20%为限" caps the consumer. */
function capOnOperator(m: RegExpExecArray, ctx: RuleContext): boolean {
  // the subject of the capped clause: the first party named in its comma-delimited segment
  const [a] = segmentBounds(ctx.text, m.index);
  const subject = firstPartyIn(ctx.text.slice(a, m.index), ctx);
  return subject !== null ? subject !== 'consumer' : lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'consumer';
}

export const LIABILITY_CAPPED: Rule = {
  id: 'LIABILITY_CAPPED',
  category: 'liability_exemption',
  severity: 'high',
  patterns: [25, 26, 27],
  basis: BASIS.exemption,
  suppresses: ['LIABILITY_GENERAL_EXEMPTION', 'LIABILITY_PERSONAL_INJURY'],
  explanation: {
    zh: '条款将经营者的赔偿责任限定在保险理赔范围、已缴学费或某一金额以内。人身损害责任不得约定免除或限制，减轻经营者责任的格式条款无效。',
    en: 'The clause caps the operator’s liability at the insurance payout, the fees paid or a fixed amount. Liability for personal injury may not be excluded or limited, and a standard term reducing the operator’s liability is void.',
  },
  suggestion: {
    zh: '甲方为乙方投保的保险不免除或减轻甲方依法应承担的责任；保险赔付不足的部分，由甲方依法承担。',
    en: 'Insurance the institution buys for students does not reduce its legal liability; any shortfall in the insurance payout is borne by the institution according to law.',
  },
  zh: matcher({
    anyOf: ['保险', '保额', '理赔', '赔付', '赔偿', '为限', '不超过', '不得超过', '不高于', '仅限于', '封顶', '仅承担', '只承担', '仅负担', '只负担', '仅负责', '只负责', '仅赔偿', '只赔偿', '仅支付', '只支付', '仅补偿', '只补偿', '超出', '超过', '唯一', '最多', '至多', '最高'],
    triggers: [
      {
        // "本机构只在保险公司理赔范围内承担责任", "仅承担保险赔付范围内的责任"
        re: /(?:仅|只)(?:在|以|于|限于|按|就|承担)?[^.]{0,8}?(?:保险|保额|理赔|赔付|保单)[^.]{0,12}?(?:范围|限额|额度|金额)?(?:内|以内|为限)?[^.]{0,6}?(?:承担|负责|赔偿|赔付|的责任)/,
        accept: (m, ctx) => capOnOperator(m, ctx) && /伤|意外|事故|人身|安全|损失|损害|责任|赔偿/.test(ctx.text),
      },
      {
        // "超出保险理赔部分由家长自行负担", "意外险为学员在校期间的唯一保障"
        re: re`(?:超出|超过|高于|不足|以外)(?:的)?(?:保险|保额|理赔|赔付|保单)[^.]{0,10}?(?:部分|费用|金额|损失|的)?[^.]{0,4}?由(?:${CONSUMER}|乙方)(?:本人|自己|自行|一律|全部)?(?:承担|负担|负责|支付)|保险[^.]{0,12}?(?:唯一|全部)(?:的)?(?:保障|赔偿来源|责任)`,
      },
      {
        // "本机构仅承担医药费的50%"
        re: /(?:仅|只)(?:承担|负担|负责|赔偿|支付|补偿)[^.]{0,10}?(?:\d+(?:\.\d+)?%|一半|部分|\d+(?:\.\d+)?元)/,
        accept: (m, ctx) => capOnOperator(m, ctx) && /伤|意外|事故|人身|损失|损害|医药费|医疗费/.test(ctx.text) && !/(?:乙方|学员|家长)(?:仅|只)/.test(ctx.text.slice(Math.max(0, m.index - 4), m.index + 1)),
      },
      {
        // "本馆最多按照寄存费的两倍赔偿", "本中心至多赔偿500元": the operator's own compensation capped
        re: re`(?:${OPERATOR}|甲方|乙方)[^.]{0,10}?(?:最多|至多|最高|最多只|仅|只)(?:能|会|可)?(?:按(?:照)?[^.]{0,14}?|以[^.]{0,14}?)?(?:赔偿|赔付|补偿|退赔|承担赔偿)`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution' && /伤|意外|事故|人身|损失|损害|损坏|丢失|遗失|医药费|医疗费|财物|物品/.test(ctx.text),
      },
      {
        // the insurance payout is all there is: "以保险赔付为准，营地不再另行赔偿"
        re: /(?:以|按)(?:保险|保额|理赔|赔付|保险公司)[^.,]{0,10}?为(?:准|限)|(?:保险|保额|理赔|赔付)[^.]{0,20}?(?:不再|不)(?:另行|额外|再)(?:承担|赔偿|赔付|补偿|负责)/,
        // impersonal ("以保险赔付为准") or the operator's own segment; not a cap on the consumer
        accept: (m, ctx) => firstPartyIn(ctx.text.slice(segmentBounds(ctx.text, m.index)[0], m.index + m[0].length), ctx) !== 'consumer',
      },
      {
        // "最高赔偿额为已交学费", "本校对学员的人身安全负有限责任"
        re: re`(?:最高|最多|至多|上限)(?:的)?(?:赔偿|赔付|补偿)(?:额|金额|总额|数额|限额)?(?:为|是|以|不超过)|(?:${OPERATOR}|甲方)[^.]{0,20}?负有限(?:的)?责任`,
        accept: (m, ctx) => capOnOperator(m, ctx) && /伤|意外|事故|人身|安全|损失|损害|损坏|丢失|遗失|医药费|医疗费|财物|物品|责任/.test(ctx.text),
      },
      {
        // the cap as the object of the verb: "本机构仅承担不超过当期学费的责任"
        gate: /不超过|不得超过|不高于|不多于|最多|至多|最高/,
        re: re`(?:承担|负担|负)(?:不超过|不得超过|不高于|不多于|最多|至多|最高)[^.,]{0,16}?(?:保险|保额|理赔|已缴|所缴|实缴|学费|课时费|培训费|费用|合同|\d+(?:\.\d+)?(?:元|%))[^.,]{0,8}?(?:的)?(?:赔偿|违约|法律)?(?:责任|赔偿)`,
        accept: capOnOperator,
      },
      {
        // the liability named, then capped after an aside: "甲方对乙方的赔偿责任，无论基于何种原因，累计不超过乙方已支付的一个月学费"
        gate: /不超过|不得超过|不高于|不多于|以内|为限/,
        re: /(?:赔偿|违约|法律)?(?:责任|赔偿)(?:金额|总额|数额|上限)?[^.]{0,24}?(?:累计|总计|合计|最高|最多|至多|总额|均|一律)?(?:不超过|不得超过|不高于|不多于|以)[^.]{0,20}?(?:已缴|所缴|实缴|已付|已支付|已交|学费|课时费|培训费|费用|合同(?:总)?(?:金额|价款|总价)|\d+(?:\.\d+)?(?:元|%))[^.,]{0,8}?(?:为限|为上限|以内)?/,
        accept: (m, ctx) => firstPartyIn(ctx.text.slice(segmentBounds(ctx.text, m.index)[0], m.index + 2), ctx) === 'institution' && (/不超过|不得超过|不高于|不多于/.test(m[0]) || /为(?:上)?限|以内/.test(m[0])),
      },
      {
        // the insurance payout, then the excess refused: "以保险理赔金额为限，超出部分俱乐部不再承担"
        gate: /超出|超过|不足/,
        re: /(?:超出|超过|不足)(?:的)?(?:部分|金额|费用|差额)?[^.,]{0,8}?(?:均|一律|概)?(?:不再|不予|不|无需|无须)(?:另行|额外|再)?(?:承担|赔偿|负责|赔付|补偿|支付)/,
        accept: (m, ctx) => /保险|保额|理赔|赔付|为限|限额/.test(ctx.text.slice(0, m.index)) && firstPartyIn(m[0], ctx) !== 'consumer',
      },
      {
        // "本机构的赔偿责任以学员已缴学费的10%为限\"
        re: re`(?:赔偿|责任|赔付)[^.]{0,10}?以[^.]{0,16}?(?:保险|保额|理赔|赔付|已缴|所缴|实缴|学费|课时费|费用|合同(?:总)?(?:金额|价款|总价)|\d+(?:\.\d+)?(?:元|%))[^.]{0,10}?为(?:限|上限)`,
        accept: capOnOperator,
      },
      {
        re: re`(?:${OPERATOR}|甲方|乙方)(?:的|所)?(?:承担的)?(?:全部|一切|最高|累计|总)?(?:赔偿|违约|法律)?(?:责任|赔偿)(?:金额|总额|数额|上限)?(?:最高|最多|总计|累计)?(?:不超过|不得超过|不高于|仅限于|限于|封顶)[^.]{0,16}?(?:保险|保额|理赔|已缴|所缴|实缴|学费|课时费|费用|合同|\d+(?:\.\d+)?(?:元|%))`,
        accept: (m, ctx) => firstPartyIn(m[0], ctx) === 'institution',
      },
    ],
    unless: [{ re: /不免除|不减轻|不影响|依法(?:承担|赔偿)|(?:超出|超过|不足)(?:的)?(?:部分)?[^.]{0,10}(?:由)?(?:甲方|本机构|机构)[^.]{0,6}(?:承担|赔偿|补足)/, scope: 'sentence' }],
  }),
  en: matcher({
    anyOf: ['liabilit', 'insurance', 'compensation'],
    triggers: [
      {
        re: /\b(?:total |aggregate |maximum |entire )?(?:liability|compensation)\b[^.]{0,30}?\b(?:(?:shall|will|does|may) not exceed|(?:is|shall be|will be) (?:limited|capped|restricted) to|is capped at|(?:up to|no more than))\b[^.]{0,30}?\b(?:fees?|tuition|amount|insurance|payout|price|rmb|\d)/,
        accept: capOnOperator,
      },
      // "In no event shall the Academy's liability exceed the fees paid"
      { re: /\b(?:in no event|under no circumstances|not)\b[^.]{0,40}?\b(?:liability|compensation|damages)\b[^.]{0,10}?\bexceed\b/, accept: capOnOperator },
      { re: /\bonly (?:to the extent|as far as|within the limits?(?: of)?)\b[^.]{0,20}?\b(?:covered|paid|payable|insurance|policy|insurer)\b/, accept: capOnOperator },
    ],
    unless: [{ re: /\bin accordance with (?:the )?law\b|\bdoes not (?:reduce|limit|affect)\b|\bshortfall\b/, scope: 'sentence' }],
  }),
};
