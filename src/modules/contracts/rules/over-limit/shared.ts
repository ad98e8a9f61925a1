import type { Exception } from '../define';
import type { RuleContext } from '../types';

export const CHARGE =
  '(?:1次性|一次性|预收|预付|收取|缴纳|缴费|交费|交纳|支付|付清|缴清|交齐|缴齐|付齐|充值|预存|存入|储值|充(?=\\d)|购买|购课|办理|付款|交清|全款|首付|签约时|报名时|预交|预缴|趸交|打包|需交|须交|应交|应缴|应付|收费|1次缴|1次交|1次付|1次收)';
/** Paid all at once: the words that make a stated course length or size one charge ("学费一次性交齐"). */
export const AT_ONCE = '(?:1次性|一次性|1次|一次|全额|趸交|付清|缴清|交清|交齐|缴齐|付齐|结清|预付|预交|预缴|预收|全款)';
/** A course total charged in parts is not one charge ("共120课时，分两期缴纳"). */
export const SPLIT = /分\d+(?:次|期|笔|批)|分期|分次|分批|每期|每次(?:缴|交|收|付|支付)|按月|按期|按季度|按季|逐月|逐期|每月|每季度|每\d+(?:个)?月|按课时(?:收费|计费|缴费)|按次(?:收费|计费)|先上课后(?:付费|收费)|课前(?:缴|支付)/;
export const PER_CHARGE = /(?:每期|每次|首期|第1期|本期|单次|每笔)[^,.]{0,8}$/;
export const CAP: Exception = {
  re: /(?:不超过|不得超过|不高于|最多|至多|不多于|上限|最高|不大于|少于|低于|不足|以内|以下)[^,.]{0,10}$/,
  scope: 'before',
  window: 14,
};
export const CAP_AFTER: Exception = { re: /^(?:以内|以下|之内|为限|封顶)/, scope: 'after', window: 4 };

export function splitApplies(m: RegExpExecArray, ctx: RuleContext, numberAt: number): boolean {
  if (!SPLIT.test(ctx.text)) return false;
  return !PER_CHARGE.test(ctx.text.slice(Math.max(0, numberAt - 12), numberAt)) && !/1次性|一次性/.test(m[0]);
}

export function numberIndex(m: RegExpExecArray, value: string | undefined): number {
  if (value === undefined) return m.index;
  const at = m[0].lastIndexOf(value);
  return m.index + (at < 0 ? 0 : at);
}
export const LESSON_UNIT = '(?:课时|节课|节|堂课|堂|课次|次课|学时|次(?!性|课时))';
export function daysOf(n: number, unit: string): number {
  if (/学年|年|year/.test(unit)) return n * 365;
  if (/学期|semester|term/.test(unit)) return n * 150;
  // a season (春季, 两季) is a quarter of the year
  if (/季|quarter|season/.test(unit)) return n * 91;
  if (/月|month/.test(unit)) return n * 30.44;
  if (/周|星期|week/.test(unit)) return n * 7;
  return n;
}
