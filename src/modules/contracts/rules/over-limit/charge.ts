import { Decimal } from 'decimal.js';
import { daysOf } from './shared';
import type { Trigger } from '../define';
import type { RuleContext } from '../types';

/**
 * Reading one charge from its pieces (rule library 2025.6). A clause states that something is paid
 * as ONE charge (一次性/全额/预交/付清, a card or package sold at a price, a top-up, a promotion
 * "报1年送3个月", "paid upfront", "in one instalment") and, anywhere in the clause, what that charge
 * covers: lessons, a period, an amount — possibly per period ("6800元/期，每期40课时，于开课前全额缴纳"),
 * possibly as lessons × unit price, possibly in the sentence before ("本课程共计90课时.学费须…1次性缴清",
 * joined by clauses.ts). Each over-limit rule asks the reading for its own dimension.
 */

/** the words that make a clause one charge; a literal alternation so it doubles as the triggers' gate */
const ONE_CHARGE_ZH =
  /(?:1次性|一次性|1次|全额|全款|首次报名(?:时)?)(?:[\u4e00-\u9fff]{0,2})?(?:缴|交|付|支付|收|结|预)|预(?:交|缴|付|收|存)|(?:付|缴|交)(?:清|齐)|趸交|售价|定价|标价|充值|储值|报(?=\d)|贷款/;
const ONE_CHARGE_EN =
  /\b(?:upfront|up-front|in advance|in full|at once|lump[- ]sum|(?:in )?(?:one|1|a single|single) (?:instal(?:l)?ment|payment)|prepa\w+|top-?ups?|topped up|stored[- ]value|financed|sold (?:at|for)|priced at)\b/;
/** the marker negated or refused ("不得一次性收取", "does not require payment upfront") */
const NEGATED_ZH = /(?:不得|不可|不能|禁止|严禁|不会|不再|无需|无须|不|未|拒绝)[^,.;]{0,4}$/;
const NEGATED_EN = /\b(?:not|no|never|without|nor)\b[^,.;]{0,24}$/;
/** a refund paid at once is not a charge ("剩余费用1次性退还") */
const REFUND_AFTER = /^[^,.;]{0,4}(?:退|返还)|^[^,.;]{0,12}\brefund/;

/** charged in parts or per use: no single charge (a loan in instalments pays the operator at once) */
const SPLIT_ZH =
  /分\d+(?:次|期|笔|批)(?:缴|交|付|支付|收)|分期(?!贷款)|分次|分批|每次(?:课前)?(?:缴|交|收|付|支付)|按月|逐月|每月(?:缴|交|收|付|支付)|按课时(?:收费|计费|缴费)|按次(?:收费|计费)|先上课后(?:付费|收费)|月付|按(?:实际)?(?:出勤|上课)/;
const SPLIT_EN = /\bmonthly\b|\bper (?:month|lesson|class|session|hour|visit)\b|\beach (?:month|lesson|class)\b|\b(?:[2-9]|\d{2}|two|three|four|five|six|several) instal(?:l)?ments\b|\bpay[- ]as[- ]you[- ]go\b/;

/** a cap, a gift, an ordinal, a count per day/week or a validity before the number */
const NOT_COVERED_BEFORE_ZH =
  /(?:不超过|不得超过|不高于|最多|至多|不多于|上限|最高|不大于|少于|低于|不足|剩余|已上|已消耗|满|第|赠|送|赠送|免费|额外|奖励|附赠|每(?:周|天|日|月|节|课时|次|堂|人|季度|年)?|有效期|使用期|保留|顺延|延期|期限|之日起|日起|起|内)(?:的|为|是|共)?$/;
const NOT_COVERED_AFTER_ZH = /^(?:以内|以下|之内|为限|封顶|内|后|前|起|以上的部分)|^[^,.;]{0,2}(?:\/|每)(?:课时|节|次|课|人|堂|小时|月)/;
const NOT_COVERED_BEFORE_EN = /\b(?:not exceed(?:ing)?|no more than|up to|at most|maximum(?: of)?|fewer than|less than|free|bonus|extra|every|per|within|valid(?: for)?|remaining|first|after)\s(?:\S+\s)?$/;
/** not a charge: insured sums, compensation, refunds, deposits and penalties, prices per lesson */
const NOT_A_CHARGE_BEFORE = /(?:定金|违约金|押金|手续费|赔偿|补偿|罚款|退还|退款|返还|退|补贴|优惠|减免|赠送|单价|保证金|保险|保额|理赔|赔付|限额|insur\w*|cover(?:age)?|compensation|refund\w*|deposit|penalty|damages|discount of)[^,.;]{0,8}$/;

export interface ChargeReading {
  lessons: number;
  days: number;
  amount: Decimal;
}

function covered(text: string, at: number, len: number, en: boolean): boolean {
  const before = text.slice(Math.max(0, at - 8), at);
  const after = text.slice(at + len, at + len + 6);
  if (en) return !NOT_COVERED_BEFORE_EN.test(text.slice(Math.max(0, at - 24), at));
  return !NOT_COVERED_BEFORE_ZH.test(before) && !NOT_COVERED_AFTER_ZH.test(after);
}

const LESSONS_ZH = /(\d+)(?:个)?(?:课时|节课|节|堂课|堂|课次|次课|学时|次(?!性|课时))/g;
const LESSONS_EN = /\b(\d+)(?:[- ][a-z]+)?[- ](?:lessons|classes|sessions|visits|class hours|hours of (?:tuition|lessons))\b/g;
const PERIOD_ZH = /(\d+(?:\.\d+)?)(?:个)?(学年|学期|季度|季(?!节)|星期|月|年|周)(?!卡内)/g;
const PERIOD_EN = /\b(\d+(?:\.\d+)?)[- ](weeks?|months?|years?|terms?|semesters?|quarters?)\b/g;
const WHOLE_YEAR = /全年|整年|年卡|学年卡|年度(?:会员)?卡|\b(?:full|whole|entire)[- ](?:year|academic year|school year)\b|\bannual\b|\b(?:academic|school) year\b/;
const AMOUNT = /(?:人民币|rmb|cny|¥|£|\$|€|usd|hk\$)\s?(\d+(?:\.\d+)?)(k\b)?|(\d+(?:\.\d+)?)(k\b)?\s?(?:元|块|yuan|rmb|dollars?|pounds?|euros?)|(\d+(?:\.\d+)?)k\b/g;
const UNIT_PRICE = /(?:每|单价|\/)(?:个)?(?:节|课时|次|堂|课)(?:课)?(?:单价)?(?:为|是)?(?:人民币)?(\d+(?:\.\d+)?)元|(\d+(?:\.\d+)?)元\s?(?:\/|每)(?:节|课时|次|堂|课)/;

export function readCharge(text: string): ChargeReading {
  const en = !/[\u4e00-\u9fff]/.test(text);
  let lessons = 0;
  let days = 0;
  let amount = new Decimal(0);
  for (const m of text.matchAll(en ? LESSONS_EN : LESSONS_ZH)) {
    const at = m.index + m[0].indexOf(m[1] as string);
    if (covered(text, at, (m[1] as string).length, en) && !NOT_A_CHARGE_BEFORE.test(text.slice(Math.max(0, at - 10), at))) lessons = Math.max(lessons, Number(m[1]));
  }
  for (const m of text.matchAll(en ? PERIOD_EN : PERIOD_ZH)) {
    const at = m.index + m[0].indexOf(m[1] as string);
    if (!covered(text, at, (m[1] as string).length, en)) continue;
    if (/有效期|使用期|保质期|保值期|有效时间|valid|expire|within|notice|after|before|\bover\b|instal/.test(text.slice(Math.max(0, at - 16), at))) continue;
    days = Math.max(days, daysOf(Number(m[1]), m[2] as string));
  }
  if (WHOLE_YEAR.test(text) && !/有效期|valid/.test(text)) days = Math.max(days, 365);
  for (const m of text.matchAll(AMOUNT)) {
    const value = m[1] ?? m[3] ?? m[5];
    if (value === undefined) continue;
    const at = m.index + m[0].indexOf(value);
    if (NOT_A_CHARGE_BEFORE.test(text.slice(Math.max(0, at - 14), at))) continue;
    if (!covered(text, at, value.length + (m[2] ?? m[4] ?? '').length + 1, en) && !en) continue;
    if (en && /\b(?:per|each|a) (?:lesson|class|hour|session|month|visit)\b/.test(text.slice(at, at + value.length + 24))) continue;
    if (en && /\b(?:up to|not exceed(?:ing)?|no more than|at most|maximum(?: of)?)\s$/.test(text.slice(Math.max(0, at - 24), at).replace(/(?:rmb|cny|¥|\$)\s?$/, ''))) continue;
    const k = m[2] ?? m[4] ?? (m[5] !== undefined ? 'k' : undefined);
    const v = new Decimal(value).mul(k ? 1000 : 1);
    if (v.gt(amount)) amount = v;
  }
  const unit = UNIT_PRICE.exec(text);
  const price = unit?.[1] ?? unit?.[2];
  if (price !== undefined && lessons > 0) {
    const product = new Decimal(price).mul(lessons);
    if (product.gt(amount)) amount = product;
  }
  return { lessons, days, amount };
}

/** the clause as one charge: the sentence, the one it continues and the one a semicolon joins */
function clauseText(ctx: RuleContext): string {
  const s = ctx.sentence;
  return `${s.prev !== undefined ? `${s.prev},` : ''}${ctx.text}${s.next !== undefined ? `,${s.next}` : ''}`;
}

function oneCharge(m: RegExpExecArray, ctx: RuleContext, en: boolean): string | null {
  const t = ctx.text;
  const before = t.slice(Math.max(0, m.index - 10), m.index);
  if ((en ? NEGATED_EN : NEGATED_ZH).test(before)) return null;
  if (REFUND_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
  const clause = clauseText(ctx);
  if ((en ? SPLIT_EN : SPLIT_ZH).test(clause)) return null;
  return clause;
}

export type ChargeDimension = 'lessons' | 'days' | 'amount';

function over(r: ChargeReading, d: ChargeDimension, ctx: RuleContext): boolean {
  if (d === 'lessons') return r.lessons > ctx.limits.maxLessonsPerCharge;
  if (d === 'days') return r.days > ctx.limits.maxDaysPerCharge;
  return ctx.limits.maxAmountNonSubject !== null && r.amount.gt(new Decimal(ctx.limits.maxAmountNonSubject));
}

/** the trigger each over-limit rule adds for its own dimension */
export function chargeTrigger(d: ChargeDimension, en: boolean): Trigger {
  const marker = en ? ONE_CHARGE_EN : ONE_CHARGE_ZH;
  return {
    gate: marker,
    re: marker,
    accept: (m, ctx) => {
      const clause = oneCharge(m, ctx, en);
      return clause !== null && over(readCharge(clause), d, ctx);
    },
  };
}
