import type { PhrasingCase } from './rule-cases';

/**
 * Rule library 2025.4: one unfair phrasing and one fair near-miss per pattern generalised after
 * heldout-8 was studied (test/fixtures/clauses/README.md). The near-miss must scan clean.
 */
export const PHRASING_CASES_2025_4: readonly PhrasingCase[] = [
  // exemption in general terms: any qualifier between "任何" and "损失"; every consumer word as the bearer
  { rule: 'LIABILITY_GENERAL_EXEMPTION', unfair: '本中心对学员的任何直接或间接经济损失均不负责。', fair: '乙方对甲方的任何直接或间接损失不承担责任。' },
  { rule: 'LIABILITY_GENERAL_EXEMPTION', unfair: '营员自愿参加拓展活动，活动中发生的一切后果由营员自行承担。', fair: '因营员自身过错造成的后果，由营员依法承担相应责任。' },
  // the cap as the object of the verb
  { rule: 'LIABILITY_CAPPED', unfair: '本校仅承担不超过当期学费的赔偿责任。', fair: '乙方承担不超过合同总价20%的违约责任。' },
  // the operator's own business risks, even when dressed as force majeure
  { rule: 'LIABILITY_BREACH_EXEMPTION', unfair: '因不可抗力或其他原因（包括师资流失、经营困难）导致停课的，本机构免责。', fair: '因师资流失导致停课的，本机构安排同等资质教师补课。' },
  { rule: 'LIABILITY_BREACH_EXEMPTION', unfair: '因招生不足无法开课的，本中心不承担任何责任。', fair: '因不可抗力导致停课的，双方互不承担违约责任，剩余课时顺延。' },
  // closure: "no further obligation", "released from all obligations"
  { rule: 'LIABILITY_CLOSURE_NO_REFUND', unfair: 'If the Centre closes, it shall have no further obligation to the student.', fair: 'If the Centre closes, it will refund all unused fees within 10 working days.' },
  { rule: 'LIABILITY_CLOSURE_NO_REFUND', unfair: '本机构停业的，双方互不承担责任。', fair: '本机构停业的，应退还剩余费用。' },
  // unilateral: lessons cancelled, less service for the same money, a change as the operator arranges
  { rule: 'UNILATERAL_CHANGE_ARRANGEMENTS', unfair: '本机构可根据实际情况取消部分课次。', fair: '学员可根据自身情况取消部分课次。' },
  { rule: 'UNILATERAL_CHANGE_ARRANGEMENTS', unfair: '本营地可视情况将营期由十天缩短为七天，营费不作调整。', fair: '营期由十天缩短为七天的，本营地按天数退还相应营费。' },
  { rule: 'UNILATERAL_CHANGE_ARRANGEMENTS', unfair: '上课地点变更的，以本机构安排为准。', fair: '上课地点变更的，以双方协商结果为准。' },
  // burden: a refund made to wait for the end of the term; a fee on "any class transfer"
  { rule: 'BURDEN_DELAYED_REFUND', unfair: 'Approved refunds are paid after the school term has ended.', fair: 'Unused lessons are refunded pro rata when the contract ends.' },
  { rule: 'BURDEN_DELAYED_REFUND', unfair: '退款将于乙方提交申请之日起三十个工作日内退还。', fair: '退款将于乙方提交申请之日起十五个工作日内退还。' },
  { rule: 'BURDEN_TRANSFER_FEE', unfair: 'A RMB 200 fee applies to any class transfer.', fair: 'No fee applies to any class transfer.' },
  // a forfeiture the operator is forbidden ("不得以此为由作废") is a consumer right
  { rule: 'BURDEN_POSTPONE_LIMIT_FORFEIT', unfair: '请假超过两次的，剩余课时作废。', fair: '学员缺课的，课时可顺延，机构方不得以此为由作废课时。' },
  // refund: relocation as the only reason; the operator keeping the money (active voice)
  { rule: 'REFUND_HARSH_CONDITIONS', unfair: 'Refunds will only be considered where the student moves to another city.', fair: 'Refunds are available for any reason, including a move to another city.' },
  { rule: 'REFUND_NO_REFUND', unfair: 'In all other cases the Academy retains the fees.', fair: 'If a student withdraws, the Academy retains the fees for lessons already attended and refunds the rest.' },
  { rule: 'REFUND_NO_REFUND', unfair: '其他情况下，本中心保留全部已缴费用。', fair: '退费时乙方应保留已缴费用凭证。' },
  // remedy: a refund as full and final settlement; mediation by the operator only; courts excluded
  { rule: 'REMEDY_WAIVE_CLAIMS', unfair: 'Acceptance of a refund constitutes full and final settlement.', fair: 'Acceptance of a refund does not constitute full and final settlement of any other claim.' },
  { rule: 'REMEDY_WAIVE_CLAIMS', unfair: '乙方接受退款即视为双方纠纷一次性了结。', fair: '乙方接受退款的，不视为双方纠纷的最终了结。' },
  { rule: 'REMEDY_WAIVE_CLAIMS', unfair: 'The Parent releases the Academy from all further claims.', fair: 'The Academy releases the Parent from all further payments once the refund is made.' },
  { rule: 'REMEDY_FORCED_VENUE', unfair: 'Disputes may only be resolved through mediation; litigation and arbitration are excluded.', fair: 'Disputes may be resolved through mediation; if mediation fails, either party may sue.' },
  { rule: 'REMEDY_FORCED_VENUE', unfair: '双方争议只能通过本机构安排的调解解决，诉讼和仲裁途径均不适用。', fair: '争议可以通过本机构组织的调解解决，调解不成的，可以向人民法院起诉。' },
  // payment: an affiliated company's account; a staff member collecting cash
  { rule: 'PAYMENT_OUTSIDE_SUPERVISED_ACCOUNT', unfair: '家长应将学费汇入本机构关联公司的一般结算账户。', fair: '学费汇入本机构在监管银行开立的专用账户。' },
  { rule: 'PAYMENT_PERSONAL_ACCOUNT', unfair: 'Fees are payable in cash to the registrar.', fair: 'Fees are payable into the supervised account; the registrar issues a receipt.' },
  { rule: 'PAYMENT_PERSONAL_ACCOUNT', unfair: 'Fees are collected by the coach at the first session.', fair: 'Coaches may not collect fees from parents.' },
  // over-limit: prepayment for a number of terms
  { rule: 'OVER_LIMIT_PERIOD', unfair: 'Pre-payment for two terms is required at registration.', fair: 'Payment for one month is required at registration.' },
];
