import { firstPartyIn, lastPartyIn, subjectRightBefore } from '../../parties';
import { segmentBounds } from '../../clauses';
import { DISCLAIM, OPERATOR } from '../lexicon';
import type { Exception } from '../define';
import type { RuleContext } from '../types';

/** Out of the operator's care: on the way to or from class, outside lesson time (leaving a classroom is not leaving its care). */
const OUT_OF_CARE = '(?:上下学途中|往返途中|接送途中|(?:家长)?(?:接走|接回|领走|交接)(?:孩子|学员|幼儿|学生)?(?:之|以)?后|放学后|离开(?:培训|教学)?(?:场所|场地|机构|校区)|离园后|离馆后|离校后|非上课时间|课外时间|上课时间以外|非教学时间|不在甲方管理)';
/** …unless the clause also covers time in its care. */
const IN_CARE = '(?:在校|校内|培训期间|上课期间|训练期间|活动期间|课间|课堂|场所内|场馆内|教室内|机构内|中心内|馆内|校区内|园内|店内|(?:接送|接走|交接|交还|接回)(?:之)?前|未(?:被)?(?:家长)?(?:接走|接回|交接))';

/** Fault-based allocation is the law, not an exemption: "非因甲方过错", "因学员自身原因", "依法". */
export const FAULT_BASED: Exception = {
  re: new RegExp(
    `非因(?:甲方|${OPERATOR})|依法|过错|相应(?:的)?责任|按照(?:各自)?(?:的)?过错|(?:甲方|${OPERATOR})(?:有|存在)?(?:故意|重大过失|过错)的除外|除(?:甲方|${OPERATOR})?(?:的)?(?:故意|重大过失|过错)[^.]{0,10}外|因(?:乙方|学员|学生|家长|监护人)(?:自身|本人|个人)?(?:原因|过错|故意|过失|违规|违反|未听从|不听从|不服从|擅自|私自|不遵守|未遵守)|(?:乙方|学员|学生)(?:自身|本人|个人)(?:原因|过错)|因(?:其)?(?:自身|本人|个人)(?:原因|过错|故意)|(?:乙方|学员|学生)(?:故意|违反)|^(?!.*${IN_CARE})(?=.*${OUT_OF_CARE})|不免除`,
  ),
  scope: 'clause',
};

/**
 * "乙方不承担任何责任" frees the consumer; only disclaimers by the operator (or nobody named) count.
 * The subject is the party written right before the disclaimer — not a party merely mentioned
 * earlier ("本场馆只负责通知家长，不承担其他责任" is the venue disclaiming).
 */
export function disclaimerNotByConsumer(m: RegExpExecArray, ctx: RuleContext): boolean {
  const d = new RegExp(DISCLAIM).exec(m[0]);
  if (!d) return true;
  const at = m.index + d.index;
  if (!/^(?:不|概不|免|恕不)/.test(d[0])) return true;
  return subjectRightBefore(ctx, at) !== 'consumer';
}

export function byOperatorOrNobody(m: RegExpExecArray, ctx: RuleContext): boolean {
  return subjectRightBefore(ctx, m.index) !== 'consumer';
}

/**
 * Who bears what the clause puts on someone ("家长签字即表示自愿承担一切伤害后果"): the subject of the
 * clause, i.e. the first party named in its comma-delimited segment, else the last one before it.
 */
export function bearerAt(ctx: RuleContext, at: number): 'institution' | 'consumer' | null {
  const [a] = segmentBounds(ctx.text, at);
  return firstPartyIn(ctx.text.slice(a, at), ctx) ?? lastPartyIn(ctx.text.slice(0, at), ctx);
}
