import { NOT_NEGATED } from './shared';
import { BASIS } from '../basis';
import { lastPartyIn } from '../../parties';
import { matcher, re, negatedJustBefore, negatedJustBeforeEn } from '../define';
import type { Rule } from '../types';

/** Moving the place to another class, course, site or person. */
const TRANSFER = '(?:转(?:让|课|班|校|卡|科|给|赠|至|到|入|出|换)|过户|更名|换课|调班|换班|变更课程)';

export const BURDEN_TRANSFER_FEE: Rule = {
  id: 'BURDEN_TRANSFER_FEE',
  category: 'consumer_burden',
  severity: 'medium',
  patterns: [16],
  basis: BASIS.burden,
  explanation: {
    zh: '条款对转课、转班或转让收取转让费、手续费等费用。转课转让只应结算课程差价，额外收费加重了消费者负担。',
    en: 'The clause charges a transfer or handling fee for changing course or class or transferring the place. Only a price difference may be settled; an extra fee adds to the consumer’s burden.',
  },
  suggestion: {
    zh: '乙方申请转课、转班或将剩余课时转让他人的，甲方不收取转让费或手续费，仅按课程差价多退少补。',
    en: 'Transfers to another course, class or person carry no transfer or handling fee; only a price difference is settled either way.',
  },
  zh: matcher({
    anyOf: ['转', '过户', '更名', '换课', '调班', '换班', '变更课程'],
    triggers: [
      {
        re: re`${TRANSFER}[^.]{0,15}?${NOT_NEGATED}(?<!已|所)(?:收取|支付|缴纳|交纳|扣除|另收|加收|需交|须交|需缴|须缴|需付|须付|另付|另交|另缴|加付|承担|缴|交|收(?!到|回))[^.]{0,12}?(?:[\u4e00-\u9fff]{0,3}(?:费|金)|费用|\d+(?:\.\d+)?元|\d+(?:\.\d+)?%)`,
        accept: (m) => !/差价|差额|价差/.test(m[0]) && !/(?:不|免|无需|无须|零)[^,.]{0,3}(?:收取|支付|缴纳|扣除|另收|加收)/.test(m[0]),
      },
      {
        re: /(?:转让|转课|转班|过户|更名|换课|调班|转校|转卡)(?:手续|服务|管理)?(?:费|金)/,
        accept: (m, ctx) => !negatedJustBefore(ctx.text, m.index, 10),
      },
    ],
    unless: [
      { re: /^[^,.]{0,4}(?:全免|免收|为0|由甲方承担)/, scope: 'after', window: 8 },
      // money moved into an account is a payment, not a transfer of the place
      { re: /账户|账号|专户|银行|微信|支付宝/, scope: 'segment' },
    ],
  }),
  en: matcher({
    anyOf: ['transfer', 'switch', 'change of', 'name change'],
    triggers: [
      // "A name change on the booking costs £50"
      {
        re: /\b(?:transfer\w*|name changes?|change of (?:name|class|course|student))\b[^.]{0,30}?\b(?:costs?|is charged|will be charged|incurs?|attracts?|carries) (?:a |an )?(?:fee|charge|£|\$|€|rmb|¥|\d)/,
        accept: (m, ctx) => !/\b(?:no|not|free|without|waived|difference)\b/.test(m[0]) && !negatedJustBeforeEn(ctx.text, m.index),
      },
      {
        re: /\b(?:transfer|switching|reassignment|name change|change of (?:class|course|student))(?: (?:handling|administration|admin|processing|service))? (?:fee|charge|surcharge)s?\b|\b(?:fee|charge|surcharge)s?\b[^.]{0,30}?\b(?:for|on|per|to|applies to|applicable to|payable on|charged on|levied on) (?:each |every |a |any |the )?(?:(?:class|course|group|programme|program|session|lesson|place|booking|level|centre|center|campus|branch) )?(?:transfer\w*|change of (?:class|course)|switch\w*)/,
        accept: (m, ctx) =>
          !/\b(?:no|not|free|without|waived|difference)\b/.test(m[0]) && !negatedJustBeforeEn(ctx.text, m.index) &&
          // "…may cancel the course and transfer fees to another programme": transfer is the verb there
          !(/^transfer /.test(m[0]) && (/\b(?:may|will|shall|can|must|and|to|then|or)\s$/.test(ctx.text.slice(Math.max(0, m.index - 8), m.index)) || /^\s(?:to|into)\b/.test(ctx.text.slice(m.index + m[0].length)))),
      },
    ],
  }),
};

export const BURDEN_TRANSFER_RESTRICTED: Rule = {
  id: 'BURDEN_TRANSFER_RESTRICTED',
  category: 'consumer_burden',
  severity: 'medium',
  patterns: [17],
  basis: BASIS.burden,
  explanation: {
    zh: '条款禁止消费者将剩余课程转让他人，或限定仅本人、直系亲属使用、受让人不得再次转让，限制了消费者处分其预付权益的选择。',
    en: 'The clause forbids transferring the remaining lessons, restricts use to the student or close family, or bars a transferee from transferring again, limiting the consumer’s choice over a prepaid right.',
  },
  suggestion: {
    zh: '乙方可将剩余课时转让给符合课程要求的他人，双方办理转让手续，甲方不收取费用。',
    en: 'The student may transfer the remaining lessons to another person who meets the course requirements, with no fee.',
  },
  zh: matcher({
    anyOf: ['转让', '转赠', '转借', '出借', '过户', '转卡', '仅限', '只限', '限于', '仅供', '只供', '他人使用', '转给', '不转', '赠与'],
    triggers: [
      // "不退费、不转让", "不退不转"
      /不退(?:费|款|还)?(?:、|,|和|也|亦|且)?(?:不|均不|也不|亦不)(?:可|得|能|予|接受)?(?:转让|转卡|转赠|转课|转)(?!班|校|至|到|入)/,
      /(?:仅限|只限|限于|只能由|仅能由|仅供|只供|限)(?:报名|签约)?(?:学员家长|学员|乙方|会员|持卡人|孩子|学生|客户|报名者|消费者)?(?:本人|直系亲属|签约人|报名学员|签约学员|学员本人|会员本人|家庭成员)[^.]{0,10}?(?:使用|上课|学习|享有|享受|消费)/,
      {
        re: /(?:不得|不能|不可|禁止|不允许|谢绝|不予|不接受|不支持|不办理|严禁)(?:退(?:费|款)?(?:及|和|、|或|与))?(?:再次|二次|再|擅自)?(?:转让|转赠|赠与|转给他人|转借|出借|过户|转卡|转让他人|他人使用|转给其他人|转移给他人)/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
    ],
    unless: [{ re: /个人信息|信息|数据|隐私|债权|商业秘密|教学资料|课件|知识产权|视频|录像|账号密码/, scope: 'sentence' }],
    accept: (_m, ctx) => /课|卡|名额|学位|学习资格|听课证|权益|会员|套餐|学费|培训费/.test(ctx.text),
  }),
  en: matcher({
    anyOf: ['transfer', 'only', 'solely', 'assign'],
    triggers: [
      {
        re: /\b(?:non-?transferable|not transferable|(?:may|can't|must|shall|are|is) not(?: be)? (?:shared or |used by others or )?(?:transferred|assigned|shared)|cannot be (?:shared or |used by others or )?(?:transferred|assigned|shared)|are not transferable|no transfers?(?= (?:are|is|will be|shall be) (?:allowed|permitted|accepted)|\s*[.;,]|$))/,
        accept: (m, ctx) => lastPartyIn(ctx.text.slice(0, m.index), ctx) !== 'institution',
      },
      /\b(?:only|solely|exclusively) (?:be )?(?:used|attended|taken) by (?:the )?(?:enrolled |registered )?(?:student|member|card ?holder)(?: (?:himself|herself|themselves|in person))?\b/,
    ],
    unless: [{ re: /\bpersonal (?:information|data)\b|\bprivacy\b|\bintellectual property\b/, scope: 'sentence' }],
    accept: (_m, ctx) => /\b(?:lessons?|classes|courses?|memberships?|packages?|cards?|places?|seats?|enrol\w*|credits?|sessions?|payments?|fees?|tuition|passes)\b/.test(ctx.text),
  }),
};
