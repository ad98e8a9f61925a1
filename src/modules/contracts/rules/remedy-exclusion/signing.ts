import { BASIS } from '../basis';
import { SIGN_ACT } from '../lexicon';
import { lastPartyIn } from '../../parties';
import { matcher, negatedJustBeforeEn, re } from '../define';
import type { Rule } from '../types';

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
        re: re`${SIGN_ACT}[^.]{0,12}?(?:即|就|则|均)?(?:视为|视同|视作|默认|表示|表明|代表|意味着|证明|说明|即为|等于|确认)[^.]{0,10}?(?:已)?(?:经)?(?:充分|完全|全部|详细|仔细|认真)?(?:阅读|理解|知悉|了解|明白|同意|认可|认同|接受|清楚|知晓|明确|无异议|没有(?:任何)?异议|不持异议|无任何异议|放弃(?:任何)?异议|(?:履行|尽到|完成)(?:了)?[^.]{0,4}?(?:提示|说明|告知))`,
        // "报名即视为同意学校的安排": consent to the operator's arrangements is a unilateral change, not a waiver of the duty to explain
        accept: (m, ctx) => /条款|内容|规定|合同|协议|全部|所有|各项|须知|章程|规则|约定/.test(ctx.text) && !(/^[^,.]{0,10}?(?:安排|调整|变更|调配)/.test(ctx.text.slice(m.index + m[0].length)) && /调整|变更|调配/.test(ctx.text.slice(0, m.index))),
      },
    ],
    // "甲方已就…作了提示" states the duty was done — unless the signature is what deems it done
    unless: [{ re: /(?<!视为|视作|即为|表示|代表|证明)(?:甲方|本机构)已(?:就|对|采用|以)[^.]{0,20}(?:提示|说明|加粗|标注)/, scope: 'sentence' }],
  }),
  en: matcher({
    anyOf: ['sign', 'signature', 'accept', 'enrol', 'paying', 'click', 'submission', 'submitting', 'registration', 'payment', 'objection'],
    triggers: [
      /\bby (?:signing|entering into|accepting|paying|enrol(?:l)?ing|clicking|registering|purchasing|booking)\b[^.]{0,50}?\b(?:deemed|acknowledges?|confirms?|agrees? that|is considered|are considered|shall be deemed)\b[^.]{0,60}?\b(?:read|understood|understand|accepted|accept|agreed|agree|no objections?|waive[sd]? (?:any|all) (?:objections?|rights? to object)|(?:been |was |were )?(?:fully |properly |clearly |duly )?(?:explained|drawn to (?:his|her|their|my|the parent'?s?|the student'?s?) attention))\b/,
      // the duty to explain turned into the consumer's waiver: "waives any objection to them", "raises no objection to these terms"
      {
        gate: /objection/,
        re: /\b(?:waives?|waived|waiving|gives? up|surrenders?|forgoes?) (?:any|all|every|the right to (?:raise |make )?(?:any )?) ?(?:objections?|right to object)\b[^.]{0,12}?\b(?:to|against|regarding|about) (?:them|these|this|the|its|any)\b/,
        accept: (m, ctx) => !negatedJustBeforeEn(ctx.text, m.index, 30) && /\b(?:terms?|conditions|clauses?|contract|agreement|form|rules)\b/.test(ctx.text),
      },
      /\b(?:signature|signing|submission|submitting|registration|enrol(?:l)?ment|payment)\b[^.]{0,40}?\b(?:constitutes|means|indicates|shall be deemed|is deemed|confirms|signifies|represents|acknowledges|is taken as)\b[^.]{0,40}?\b(?:full )?(?:understanding|acceptance|read|understood|agree(?:d|ment)?|accept(?:ed|ance)?)\b/,
    ],
    unless: [{ re: /\b(?:has|have) (?:highlighted|explained|drawn (?:the )?attention)\b/, scope: 'sentence' }],
  }),
};
