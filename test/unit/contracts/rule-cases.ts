/**
 * One unfair example and one fair near-miss (same words, lawful meaning) per rule and language.
 * The near-miss must scan completely clean.
 */
export interface RuleCase {
  zh: { unfair: string; fair: string };
  en?: { unfair: string; fair: string };
}

export const RULE_CASES: Record<string, RuleCase> = {
  REFUND_NO_REFUND: {
    zh: { unfair: '培训费用一旦缴纳，无论何种原因均不予退还。', fair: '已消耗课时的费用不予退还，未消耗课时的费用全额退还。' },
    en: { unfair: 'Course fees are non-refundable.', fair: 'The Institution shall not refuse a refund request.' },
  },
  REFUND_NONE_AFTER_START: {
    zh: { unfair: '课程开始后，学员不得申请退费。', fair: '课程开始后，学员可以申请退还剩余课时的费用。' },
    en: { unfair: 'Once the course has started, fees will not be refunded.', fair: 'Once the course has started, the remaining lessons are refunded pro rata.' },
  },
  REFUND_NONE_AFTER_PROPORTION: {
    zh: { unfair: '已上课时超过总课时五分之二的，不予退费。', fair: '已上课时超过总课时五分之二的，剩余课时仍按比例退费。' },
    en: { unfair: 'After 40% of the lessons have been taken, no refund will be made.', fair: 'After 40% of the lessons have been taken, the rest is still refunded pro rata.' },
  },
  REFUND_NONE_AFTER_TERM_EXPIRY: {
    zh: { unfair: '服务期届满后，未上课时一律不予退还。', fair: '服务期届满后，未上课时按比例退还费用。' },
    en: { unfair: 'After the expiry of the contract, unused fees will not be refunded.', fair: 'After the expiry of the contract, unused fees are refunded pro rata.' },
  },
  REFUND_GIFT_LESSONS_FORFEITED: {
    zh: { unfair: '赠送的课时在乙方退费时一律作废。', fair: '赠送的课时在乙方退费时不作废，按实际单价计算。' },
    en: { unfair: 'Complimentary lessons are forfeited on withdrawal.', fair: 'Complimentary lessons are valued at the actual unit price on withdrawal.' },
  },
  REFUND_FEES_DEEMED_CONSUMED: {
    zh: { unfair: '建档费、测评费于报名时即视为已消费。', fair: '未发放的资料对应的资料费在退费时全额退还。' },
    en: { unfair: 'Registration fees are non-refundable.', fair: 'Registration fees for a course that never starts are returned in full.' },
  },
  REFUND_HARSH_CONDITIONS: {
    zh: { unfair: '仅在学员因重大疾病无法继续学习时，方可申请退费。', fair: '学员因疾病请假的，可提供医院证明申请课程顺延。' },
    en: { unfair: 'Refunds are granted only in the case of serious illness supported by a hospital certificate.', fair: 'Students who are ill may postpone lessons.' },
  },
  REFUND_REQUEST_DEADLINE: {
    zh: { unfair: '退费须于报名后五日内申请，超过期限不予受理。', fair: '甲方应在收到乙方退费申请后五个工作日内办理。' },
    en: { unfair: 'Refund requests must be submitted within 5 days of enrolment.', fair: 'The Institution processes refund requests within 5 working days.' },
  },
  BURDEN_REFUND_HANDLING_FEE: {
    zh: { unfair: '乙方申请退费的，甲方收取退款金额百分之一的手续费。', fair: '乙方申请退费的，甲方不收取任何手续费。' },
    en: { unfair: 'A handling fee of 1% will be deducted from each refund.', fair: 'No handling fee will be deducted from any refund.' },
  },
  BURDEN_DELAYED_REFUND: {
    zh: { unfair: '应退款项分十二个月返还乙方。', fair: '应退款项在十个工作日内一次性返还乙方。' },
    en: { unfair: 'Refunds are paid within 90 days.', fair: 'Refunds are paid within 10 working days.' },
  },
  BURDEN_BUSINESS_RISK_SHIFTED: {
    zh: { unfair: '找到接替学员后，甲方方可为乙方办理退款。', fair: '乙方可以自行找人接替剩余课时，也可以直接申请退款。' },
    en: { unfair: 'Refunds are paid only after a replacement student has enrolled.', fair: 'Refunds do not depend on any replacement student.' },
  },
  BURDEN_EXCESSIVE_DEPOSIT: {
    zh: { unfair: '乙方签约时应交纳课程总价25%的定金。', fair: '乙方签约时应交纳课程总价10%的定金。' },
    en: { unfair: 'A deposit of 25% of the course price is payable on signing.', fair: 'A deposit of 10% of the course price is payable on signing.' },
  },
  BURDEN_ORIGINAL_PRICE: {
    zh: { unfair: '中途退课的，已上课时以门市价计算。', fair: '中途退课的，已上课时以实际支付的单价计算。' },
    en: { unfair: 'On withdrawal, lessons taken are charged at the full list price.', fair: 'On withdrawal, lessons taken are charged at the unit price actually paid.' },
  },
  BURDEN_LEAVE_FEE: {
    zh: { unfair: '学员每次请假须交纳占位费五十元。', fair: '学员请假的，课程顺延，甲方不收取占位费。' },
    en: { unfair: 'A postponement fee of RMB 50 is charged for each lesson moved.', fair: 'Lessons are moved free of charge.' },
  },
  BURDEN_POSTPONE_LIMIT_FORFEIT: {
    zh: { unfair: '停课冻结最长不超过六十天，超期剩余课时视为自动放弃。', fair: '停课冻结期间剩余课时予以保留。' },
    en: { unfair: 'A suspension may not exceed 60 days, after which the remaining lessons are forfeited.', fair: 'During a suspension the remaining lessons are kept.' },
  },
  BURDEN_EXPIRY_FORFEIT: {
    zh: { unfair: '次卡有效期六个月，逾期未使用的次数作废。', fair: '次卡有效期六个月，逾期未使用的次数不作废，可申请退费。' },
    en: { unfair: 'Any unused sessions expire at the end of the validity period.', fair: 'Unused sessions do not expire and are refundable.' },
  },
  BURDEN_TRANSFER_FEE: {
    zh: { unfair: '学员换班需交纳换班手续费一百元。', fair: '学员换班的，甲方不收取任何费用。' },
    en: { unfair: 'A transfer fee of RMB 300 applies to each change of class.', fair: 'Changes of class are free of charge.' },
  },
  BURDEN_TRANSFER_RESTRICTED: {
    zh: { unfair: '本课程卡仅限会员本人使用，不得转赠他人。', fair: '会员可以将课程卡转让他人使用。' },
    en: { unfair: 'The lesson package is non-transferable.', fair: 'The lesson package may be transferred to another student.' },
  },
  BURDEN_EXCESSIVE_PENALTY: {
    zh: { unfair: '学员提前解约的，应按合同总价的百分之三十支付违约金。', fair: '甲方提前解约的，应按合同总价的百分之三十向学员支付违约金。' },
    en: { unfair: 'The student shall pay liquidated damages of 40% of the price on early termination.', fair: 'Liquidated damages shall not exceed 20% of the price.' },
  },
  UNILATERAL_FINAL_INTERPRETATION: {
    zh: { unfair: '本须知的最终解释权属于本中心。', fair: '本中心不享有本须知的最终解释权。' },
    en: { unfair: 'The school has the final right of interpretation.', fair: 'Neither party has a final right of interpretation.' },
  },
  UNILATERAL_CHANGE_ARRANGEMENTS: {
    zh: { unfair: '本机构可视情况调换授课教练，学员须服从安排。', fair: '本机构需调换授课教练的，应征得学员同意。' },
    en: { unfair: 'The Institution may replace the teacher at its sole discretion.', fair: 'The Institution may replace the teacher only with the parent’s written consent.' },
  },
  UNILATERAL_SCHEDULE_NO_NOTICE: {
    zh: { unfair: '节假日课程安排如有变动，恕不另行通知。', fair: '节假日课程安排如有变动，甲方应提前通知乙方。' },
    en: { unfair: 'Class times may change without notice.', fair: 'Class times will not change without prior notice to parents.' },
  },
  UNILATERAL_PRICE_CHANGE: {
    zh: { unfair: '甲方可随时上调课时费，乙方应补缴差额。', fair: '甲方上调课时费的，不影响已签订的合同。' },
    en: { unfair: 'The school reserves the right to raise tuition fees at any time.', fair: 'The school shall not raise tuition fees during the contract term.' },
  },
  UNILATERAL_CLASS_CANCEL: {
    zh: { unfair: '报名人数少于六人的，甲方可将学员并入其他班级。', fair: '报名人数少于六人的，乙方可以选择并班或者全额退费。' },
    en: { unfair: 'If fewer than 6 students enrol, the class will be merged with another class.', fair: 'If fewer than 6 students enrol, parents may choose a full refund.' },
  },
  UNILATERAL_TERMINATION_NO_REFUND: {
    zh: { unfair: '学员扰乱课堂秩序的，甲方有权将其除名，所缴学费概不退还。', fair: '学员扰乱课堂秩序经警告仍不改正的，甲方可以解除合同，剩余课时费用按比例退还。' },
    en: { unfair: 'Students dismissed for misconduct forfeit all fees paid.', fair: 'Students dismissed for misconduct receive a pro-rata refund of the remaining lessons.' },
  },
  UNILATERAL_CONTRACT_CHANGE: {
    zh: { unfair: '甲方有权单方面修改本协议，修改内容自公布之日起生效。', fair: '本协议的修改须经双方协商一致并书面确认。' },
    en: { unfair: 'The Institution may unilaterally amend these terms.', fair: 'These terms may be amended only by written agreement of both parties.' },
  },
  LIABILITY_PERSONAL_INJURY: {
    zh: { unfair: '学员训练中受伤的，一切责任由监护人自行承担。', fair: '学员训练中受伤的，甲方应及时救助，并依法承担相应责任。' },
    en: { unfair: 'The Institution accepts no liability for injuries during training.', fair: 'The Institution is liable for injuries in accordance with the law.' },
  },
  LIABILITY_PROPERTY_LOSS: {
    zh: { unfair: '学员在机构内丢失的随身物品，本机构一概不负责。', fair: '因本机构故意或者重大过失造成学员物品丢失的，本机构依法赔偿。' },
    en: { unfair: 'The school is not responsible for lost personal belongings.', fair: 'The school compensates losses of belongings caused by its negligence.' },
  },
  LIABILITY_FORCE_MAJEURE_NO_REFUND: {
    zh: { unfair: '因天气等不可抗力原因停课的，本中心不予任何补偿。', fair: '因天气等不可抗力原因停课的，本中心安排补课。' },
    en: { unfair: 'If lessons are cancelled due to force majeure, no refunds will be given.', fair: 'If lessons are cancelled due to force majeure, they will be rescheduled.' },
  },
  LIABILITY_CLOSURE_NO_REFUND: {
    zh: { unfair: '本店关店的，会员余额只能转至其他门店使用。', fair: '本店关店的，会员可以选择转至其他门店或者退还余额。' },
    en: { unfair: 'If the centre closes, students will only be offered a transfer to another centre.', fair: 'If the centre closes, students may choose a transfer or a refund of the remaining fees.' },
  },
  LIABILITY_GENERAL_EXEMPTION: {
    zh: { unfair: '参加本课程的一切风险由学员自担。', fair: '双方按照本合同约定各自承担责任。' },
    en: { unfair: 'The Institution bears no responsibility whatsoever.', fair: 'The parent is not liable for any damage caused by the Institution.' },
  },
  REMEDY_NO_COMPLAINT: {
    zh: { unfair: '家长不得在微博、朋友圈等发布负面信息，否则承担违约责任。', fair: '家长可以通过12315平台投诉。' },
    en: { unfair: 'Students shall not post negative reviews online.', fair: 'Students may complain to the consumer association.' },
  },
  REMEDY_WAIVE_CLAIMS: {
    zh: { unfair: '乙方收到退款后即视为放弃一切权利。', fair: '乙方收到退款不影响其依法享有的其他权利。' },
    en: { unfair: 'The parent waives any claims against the school.', fair: 'The school shall not require the parent to waive any claims.' },
  },
  REMEDY_FORCED_VENUE: {
    zh: { unfair: '本合同纠纷由甲方注册地人民法院专属管辖。', fair: '本合同纠纷可以向被告住所地或者合同履行地人民法院起诉。' },
    en: { unfair: 'Disputes shall be resolved exclusively by the courts where the company is registered.', fair: 'Either party may bring disputes before a competent people’s court.' },
  },
  REMEDY_SIGNING_MEANS_UNDERSTOOD: {
    zh: { unfair: '乙方付款即表示完全同意本协议的全部内容。', fair: '乙方付款前，甲方已就重要条款作出说明。' },
    en: { unfair: 'By signing, the parent is deemed to have understood all clauses.', fair: 'The school has explained the key terms to the parent.' },
  },
  PAYMENT_TRAINING_LOAN: {
    zh: { unfair: '学员可通过合作小贷公司办理学费贷款。', fair: '甲方不与任何金融机构合作提供学费贷款。' },
    en: { unfair: 'Fees may be paid with a tuition loan from our partner bank.', fair: 'The Institution does not offer tuition loans.' },
  },
  PAYMENT_PERSONAL_ACCOUNT: {
    zh: { unfair: '学费请扫负责人个人收款码支付。', fair: '学费请扫甲方培训收费专用账户的收款码支付，切勿向个人账户付款。' },
    en: { unfair: 'Please pay the tuition into the director’s personal account.', fair: 'Never pay tuition into any personal account.' },
  },
  OVER_LIMIT_LESSONS: {
    zh: { unfair: '本套餐含八十课时，须一次性付清。', fair: '本套餐含四十课时，须一次性付清。' },
    en: { unfair: 'The 80-lesson package is payable upfront.', fair: 'The 40-lesson package is payable upfront.' },
  },
  OVER_LIMIT_PERIOD: {
    zh: { unfair: '乙方须预交四个月的学费。', fair: '乙方须预交两个月的学费。' },
    en: { unfair: 'Parents pay 6 months of tuition in advance.', fair: 'Parents pay 2 months of tuition in advance.' },
  },
  OVER_LIMIT_AMOUNT: {
    zh: { unfair: '乙方应一次性支付课程费用人民币六千元。', fair: '乙方应一次性支付课程费用人民币三千元。' },
    en: { unfair: 'Tuition of RMB 6,000 is payable in one lump sum.', fair: 'Tuition of RMB 3,000 is payable in one lump sum.' },
  },
};
