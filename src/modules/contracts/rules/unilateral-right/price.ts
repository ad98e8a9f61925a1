import { BASIS } from '../basis';
import { OPERATOR, CONSUMER } from '../lexicon';
import { actorIsNotConsumer } from './shared';
import { firstPartyIn } from '../../parties';
import { matcher, re } from '../define';
import type { Rule } from '../types';

export const UNILATERAL_PRICE_CHANGE: Rule = {
  id: 'UNILATERAL_PRICE_CHANGE',
  category: 'unilateral_right',
  severity: 'high',
  patterns: [22],
  basis: BASIS.price,
  explanation: {
    zh: '条款允许经营者单方调整收费标准并要求消费者补交差价。合同价款是主要条款，一方不得单方变更。',
    en: 'The clause lets the operator raise the price on its own and make the consumer pay the difference. The price is a main term no party may change alone.',
  },
  suggestion: {
    zh: '合同有效期内收费标准不作上调；甲方调整收费标准的，仅适用于调整后新签订的合同。',
    en: 'The price is fixed for the term of the contract; a new price applies only to contracts signed after it is published.',
  },
  zh: matcher({
    anyOf: ['价', '费', '收费'],
    triggers: [
      {
        re: /(?:有权|可以|可|保留|将|随时|单方(?:面)?|自行)[^.]{0,10}?(?:调整|上调|提高|变更|调高|更改|修改|上涨|涨|增加)[^.]{0,6}?(?:收费标准|学费|课时费|价格|费用|收费|课程价格|单价|课程费用|培训费|课费|费率|收费项目)/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index) && !/申请/.test(m[0]),
      },
      {
        // "课程单价由甲方根据市场情况适时调整"
        re: re`(?:收费标准|学费|课时费|价格|单价|课时单价|课程价格|课程单价|收费)(?:均|将)?由(?:${OPERATOR}|甲方|乙方)[^.]{0,12}?(?:调整|上调|确定|决定|变更|调价)`,
        accept: (m, ctx) => firstPartyIn(m[0].slice(m[0].indexOf('由')), ctx) === 'institution',
      },
      {
        // "机构可根据情况对收费标准进行上调"
        re: /(?:有权|可以|可|保留)[^.]{0,10}?对(?:其)?(?:收费标准|学费|课时费|价格|费用|收费|课程价格|单价)[^.]{0,4}?(?:进行|予以|作)?(?:调整|上调|提高|变更|调高|修改|涨价)/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        re: re`(?:${CONSUMER}|乙方)(?:须|需|应|应当|必须)(?:按(?:照)?(?:新|调整后|最新)[^.]{0,6})?(?:补交|补缴|补足|补付|支付|补齐)[^.]{0,6}?(?:差价|差额|上涨部分|新增费用|调价部分)`,
        accept: (_m, ctx) => !/转课|转班|转入|升级|升班|更换为|换课|调班|价格较高|更高|高价/.test(ctx.text),
      },
      re`(?:收费标准|价格|学费|课时费|收费)(?:以|按)(?:${OPERATOR}|甲方)?(?:最新|届时|当时|当期|实时|调整后|随时)(?:公布|公示|调整|发布|执行)?(?:的)?(?:价格|标准|收费标准)?(?:为准|执行|收取)`,
      {
        re: re`(?:以|按)(?:${OPERATOR}|甲方)?(?:最新|届时|当时|当期|实时|调整后|新)(?:公布|公示|发布|执行)?(?:的)?(?:价格表|价目表|收费标准|价格|标准|收费|单价)(?:为准|执行|收取|缴费|缴纳|支付|扣费|计费|计算|扣除)`,
        accept: (_m, ctx) => /学费|价格|收费|费用|课时费/.test(ctx.text),
      },
      /(?:价格|收费|学费|课时费|费用)[^.]{0,6}?(?:随|根据|依)[^.]{0,8}?(?:浮动|上涨|调整|变动|变化)/,
      {
        re: /(?:物价|成本|房租|租金|人工|市场|原材料)[^.]{0,6}?(?:上涨|上升|变化|波动|调整|增加)[^.]{0,20}?(?:调整|上调|提高|补交|补缴|加收|涨价|增加|分担|分摊|承担|负担)/,
        accept: (m, ctx) => /(?:如遇|遇|因|由于|若)[^,.]{0,6}$/.test(ctx.text.slice(Math.max(0, m.index - 8), m.index)),
      },
      re`(?:物价|成本|房租|租金|人工|原材料|运营)(?:费用)?[^.]{0,8}?(?:上涨|上升|增加|提高)[^.]{0,16}?(?:由)?(?:${CONSUMER}|乙方)[^.]{0,6}?(?:分担|分摊|承担|负担|补交|补缴|补足)`,
    ],
    unless: [
      { re: /不得|不会|不再|不予|协商一致|经乙方(?:书面)?同意|不影响已(?:签订|缴费|购买|报名)|(?:已缴|已购|已报名|本合同|合同期|合同有效期|已签订)[^.]{0,10}(?:不|除外|不受影响|不作调整|按原)|仅适用于新|对新(?:学员|报名)|新签|下调|降低|降价/, scope: 'sentence' },
    ],
  }),
  en: matcher({
    anyOf: ['fee', 'price', 'pricing', 'tuition', 'rate', 'charge', 'difference'],
    triggers: [
      {
        re: /\b(?:retains?|has|have|reserves?)\b[^.]{0,20}?\b(?:absolute |sole |full |complete )?discretion (?:over|on|regarding|as to|to (?:set|change|adjust|determine))\b[^.]{0,20}?\b(?:pric\w+|fees?|tuition|rates?|charges)\b/,
        accept: (m) => !/\b(?:no|not|never)\b|n't/.test(m[0]),
      },
      {
        re: /\b(?:may|can|reserves? the right to|is entitled to|has the right to)\b[^.]{0,30}?\b(?:increase|raise|adjust|change|revise|modify|alter)\b[^.]{0,20}?\b(?:fees?|prices?|tuition|rates?|charges|pricing)\b/,
        accept: (m, ctx) => actorIsNotConsumer(ctx, m.index),
      },
      {
        re: /\b(?:the )?(?:students?|parents?|guardians?|learners?|pupils?|child(?:ren)?|members?|customers?|famil(?:y|ies)|consumers?|participants?|party b|you) (?:shall|must|will|agree to) pay (?:the|any) (?:price )?(?:difference|increase)\b/,
        accept: (_m, ctx) => !/\btransfer|upgrade|switch|more expensive|higher[- ]priced\b/.test(ctx.text),
      },
      /\b(?:fees?|prices?|tuition) (?:are|is) subject to (?:change|adjustment|revision)\b/,
      /\b(?:fees?|prices?|tuition(?: fees?)?|rates?|charges|pricing)\b[^.]{0,40}?\b(?:may|can|will|shall) be (?:increased|raised|adjusted|changed|revised|altered|varied)\b/,
    ],
    unless: [
      { re: /\b(?:shall not|will not|may not|cannot|must not|won't)\b|\bfixed (?:for|during)\b|\bexisting (?:students|contracts|enrol\w*)\b|\bdoes not affect\b|\bnew (?:enrol\w*|students|contracts) only\b|\bdecrease|\breduce/, scope: 'sentence' },
    ],
  }),
};
