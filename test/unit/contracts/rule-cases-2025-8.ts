import type { PhrasingCase } from './rule-cases';

/**
 * Rule library 2025.8: heldout-11 studied. Most of its false positives were fair clauses that name an
 * unfair practice only to forbid, deny or promise against it, or money the operator pays the consumer.
 * The fixes are mechanisms in define.ts (every rule), so the fair cases below are written in other
 * words than the file's; each unfair phrasing keeps its finding.
 */
export const PHRASING_CASES_2025_8: readonly PhrasingCase[] = [
  // (a) the operator as the subject of a prohibition: the consumer's prohibition stays unfair
  { rule: 'REFUND_NO_REFUND', unfair: '乙方中途退学的，本机构有权拒绝退费。', fair: '本机构不得以学员请假、投诉为由拒绝退费。' },
  // (c) interest, compensation, a penalty paid BY the operator is no fee on the consumer
  { rule: 'BURDEN_REFUND_HANDLING_FEE', unfair: '乙方申请退费的，甲方按应退金额的5%收取手续费。', fair: '甲方逾期退费的，每逾期一日按应退金额的万分之五向乙方支付利息。' },
  // leave: a deduction denied is no leave fee
  { rule: 'BURDEN_LEAVE_FEE', unfair: '学员请假的，照常扣除当次课时。', fair: '学员提前一天请假的，由本中心安排补课，不扣除课时。' },
  // gifts: "不折算扣除" is "not deducted"
  { rule: 'REFUND_GIFT_LESSONS_FORFEITED', unfair: '退费时赠送课时不折算退款。', fair: '退费时按未上课时退还，赠送课时不折算扣除。' },
  // (b) an absent refund deadline is no absent refund
  { rule: 'REFUND_NO_REFUND', unfair: '本培训班不设退费。', fair: '本中心承诺剩余学费按课时全额退还，不设任何退费截止日期。' },
  // quoted and denied ("本合同不存在“…”等约定")
  { rule: 'REFUND_NO_REFUND', unfair: '课程一经售出概不退还。', fair: '本合同不存在“概不退还”“一经售出不退”等限制乙方退费权利的约定。' },
  // a question answered "no"
  { rule: 'REFUND_NO_REFUND', unfair: 'All fees are non-refundable.', fair: 'Non-refundable fees? Never. Every unused lesson is refunded.' },
  // (d) a year-long programme charged a quarter at a time
  { rule: 'OVER_LIMIT_PERIOD', unfair: 'Tuition for the full year is payable upfront at enrolment.', fair: 'The course runs for a full year, but tuition is collected one quarter at a time.' },
  // closure as the only exception to a refund ban is not a closure clause
  { rule: 'REFUND_NO_REFUND', unfair: '除本机构停止办学外，学员不论何种原因均不得要求退还费用。', fair: '本机构停止办学的，按剩余课时全额退还学员费用。' },
  // consent to the operator's later adjustments is a unilateral change, not a "signing means explained" clause
  { rule: 'UNILATERAL_CHANGE_ARRANGEMENTS', unfair: '授课教师由本中心视情况安排，学员报名即视为同意。', fair: '授课教师如需调整，须经学员书面同意。' },
  // a release from all liability for accidents is a liability exemption
  { rule: 'LIABILITY_GENERAL_EXEMPTION', unfair: 'Parents release the Camp from all liability for accidents, whether or not caused by staff negligence.', fair: 'Parents release the Camp from liability only for accidents caused by their own child’s deliberate misconduct.' },
];

/** Fair clauses naming an unfair practice to rule it out (one per mechanism, zh and en). */
export const FAIR_CASES_2025_8: readonly string[] = [
  '甲方不得以乙方投诉、举报或发表评价为由拒绝提供服务或拒绝退费。',
  '严禁本机构以任何理由扣留学员的剩余学费。',
  'The Centre shall not refuse a refund because a parent has made a complaint.',
  '本合同不存在“概不退还”“不退不转”等限制乙方退费权利的约定。',
  'Non-refundable? Not here. Every unused session is refunded, no questions asked.',
  '概不退费？不存在的，未上课时全额退还。',
  '甲方逾期退费的，每逾期一日按应退金额的万分之五向乙方支付利息。',
  '本机构未按约定开课的，向学员支付已缴学费百分之三十的违约金。',
  '乙方提前24小时告知的，可免费请假并由甲方安排补课，不扣除课时。',
  '开课后乙方申请退费的，甲方按未消耗课时对应的费用退还，赠送课时不折算扣除。',
  '甲方承诺：学员退学时，剩余学费一律全额退还，不设任何退费截止日期。',
  'Although the programme runs for a full year, tuition is collected one quarter (three months) at a time.',
];
