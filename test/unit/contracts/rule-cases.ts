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
  LIABILITY_BREACH_EXEMPTION: {
    zh: { unfair: '教师因故无法授课的，本机构不承担违约责任。', fair: '教师因故无法授课的，本机构安排补课或按未上课时退费。' },
    en: { unfair: 'The Institution is not liable for lessons cancelled because of teacher absence.', fair: 'Lessons cancelled because of teacher absence are rescheduled at no cost.' },
  },
  LIABILITY_CAPPED: {
    zh: { unfair: '学员发生意外伤害的，本机构仅在保险理赔范围内承担责任。', fair: '甲方为学员投保意外险，保险赔付不足的部分由甲方依法承担。' },
    en: { unfair: 'The Institution’s total liability shall not exceed the fees paid for the current term.', fair: 'Insurance does not limit the Institution’s liability, which is determined in accordance with the law.' },
  },
  PAYMENT_OUTSIDE_SUPERVISED_ACCOUNT: {
    zh: { unfair: '学费无需存入监管账户，直接支付给甲方即可。', fair: '学费全部存入甲方在监管银行开立的培训收费专用账户。' },
    en: { unfair: 'Fees need not be deposited into the supervised account.', fair: 'All fees are deposited into the supervised account.' },
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

/**
 * Phrasings added in rule library 2025.2 (new triggers of existing rules and of the rules added
 * then): each unfair example must be flagged by the named rule, each fair near-miss must scan
 * completely clean.
 */
export interface PhrasingCase {
  rule: string;
  unfair: string;
  fair: string;
}

export const PHRASING_CASES: readonly PhrasingCase[] = [
  // payment channel
  { rule: 'PAYMENT_PERSONAL_ACCOUNT', unfair: '学费由校长本人代收。', fair: '学费由本机构收取后存入培训收费专用账户，校长不得代收。' },
  { rule: 'PAYMENT_PERSONAL_ACCOUNT', unfair: '学员缴费时可直接支付给授课老师。', fair: '学员应将作业按时交给授课老师。' },
  { rule: 'PAYMENT_PERSONAL_ACCOUNT', unfair: '所有费用请交由本班班长统一收取后上交。', fair: '作业由本班班长统一收取后上交。' },
  { rule: 'PAYMENT_PERSONAL_ACCOUNT', unfair: '学费请汇入以下账户：户名：李某某，开户行：某某银行。', fair: '学费请汇入以下账户：户名：上海某某培训学校，开户行：某某银行。' },
  { rule: 'PAYMENT_PERSONAL_ACCOUNT', unfair: '费用请转入股东张某的账户。', fair: '费用请转入甲方的培训收费专用账户。' },
  { rule: 'PAYMENT_PERSONAL_ACCOUNT', unfair: '交费请找王校长，现金或转账均可。', fair: '缴费事宜请联系班主任，款项缴入专用账户。' },
  { rule: 'PAYMENT_PERSONAL_ACCOUNT', unfair: '學費請以現金交予授課老師。', fair: '學費請繳入本機構專用帳戶。' },
  { rule: 'PAYMENT_PERSONAL_ACCOUNT', unfair: 'Fees shall be paid directly to the principal.', fair: 'Homework should be handed to the teacher at the start of each lesson.' },
  { rule: 'PAYMENT_PERSONAL_ACCOUNT', unfair: 'Tuition should be transferred to the WeChat account of the course adviser.', fair: 'Staff are prohibited from accepting cash or transfers to their personal accounts.' },
  { rule: 'PAYMENT_TRAINING_LOAN', unfair: '报名时须签订分期付款协议，由第三方金融机构按月从乙方账户扣款。', fair: '乙方可按期缴纳学费，每期直接缴入监管账户。' },
  { rule: 'PAYMENT_TRAINING_LOAN', unfair: '本课程须通过第三方平台分期付款，利息由学员承担。', fair: '学费可分三期缴纳，不收取任何利息。' },
  { rule: 'PAYMENT_TRAINING_LOAN', unfair: 'Tuition must be financed through our partner’s instalment loan plan.', fair: 'Fees are paid in instalments directly into the supervised account, with no loan involved.' },
  { rule: 'PAYMENT_OUTSIDE_SUPERVISED_ACCOUNT', unfair: '课程费用由合作方某某教育科技有限公司统一收取。', fair: '课程费用由托管银行代收，全部进入甲方监管账户。' },
  { rule: 'PAYMENT_OUTSIDE_SUPERVISED_ACCOUNT', unfair: '乙方同意所缴费用不纳入资金监管。', fair: '乙方所缴费用全部纳入资金监管。' },
  { rule: 'PAYMENT_OUTSIDE_SUPERVISED_ACCOUNT', unfair: 'Fees are payable to our sister company, ABC Learning Ltd.', fair: 'Fees are payable into the Institution’s supervised account.' },
  // liability
  { rule: 'LIABILITY_PERSONAL_INJURY', unfair: 'Students are responsible for their own safety.', fair: 'Students are responsible for their own safety equipment.' },
  { rule: 'LIABILITY_PERSONAL_INJURY', unfair: '孩子在学校期间的安全，家长要自己负责。', fair: '学员上下学途中的安全由家长负责。' },
  { rule: 'LIABILITY_PERSONAL_INJURY', unfair: '学员在课间休息时发生磕碰，机构不承担责任。', fair: '学员在课间休息时发生磕碰的，机构应及时处理并依法承担相应责任。' },
  { rule: 'LIABILITY_GENERAL_EXEMPTION', unfair: 'Participation in sports training is at the participant’s own risk.', fair: 'Parents are responsible for their child’s safety before drop-off and after pick-up.' },
  { rule: 'LIABILITY_CLOSURE_NO_REFUND', unfair: '如本中心停止营业，本中心不承担退还剩余学费的责任。', fair: '如本中心停止营业，本中心应退还剩余学费。' },
  { rule: 'LIABILITY_CLOSURE_NO_REFUND', unfair: 'In the event of closure, the Centre shall have no obligation to refund any fees.', fair: 'In the event of closure, the Centre will refund all unused fees.' },
  { rule: 'LIABILITY_BREACH_EXEMPTION', unfair: '授课老师临时请假导致停课的，本机构不承担违约责任。', fair: '授课老师临时请假的，本机构应安排其他老师代课或另行补课。' },
  { rule: 'LIABILITY_CAPPED', unfair: '本机构的赔偿责任以学员已缴学费的10%为限。', fair: '乙方的违约责任以合同总价的10%为限。' },
  { rule: 'LIABILITY_CAPPED', unfair: '对学员造成的伤害，本机构仅承担医药费的50%。', fair: '对学员造成的伤害，本机构依法承担全部医药费。' },
  { rule: 'LIABILITY_GENERAL_EXEMPTION', unfair: '学员进入场馆即视为自愿承担运动风险。', fair: '本场馆已就运动风险向学员作出提示。' },
  { rule: 'LIABILITY_GENERAL_EXEMPTION', unfair: 'The Parent agrees to hold the Academy harmless from any claim arising from the child’s participation.', fair: 'The Academy is liable for harm caused by its negligence.' },
  // remedy
  { rule: 'REMEDY_FORCED_VENUE', unfair: '由本机构所在区的人民法院管辖。', fair: '争议可由甲方所在地或乙方住所地人民法院管辖，由原告选择。' },
  { rule: 'REMEDY_FORCED_VENUE', unfair: '双方约定：发生争议时乙方不得申请仲裁或提起诉讼，只能申请调解。', fair: '协商不成的，任何一方均可依法向人民法院提起诉讼。' },
  { rule: 'REMEDY_FORCED_VENUE', unfair: 'The courts of the district where the School is located shall have exclusive jurisdiction.', fair: 'Disputes may be brought before the court where the Institution is located or where the Student resides.' },
  { rule: 'REMEDY_FORCED_VENUE', unfair: 'Disputes shall be resolved only through negotiation and neither party may go to court.', fair: 'Either party may go to court if negotiation fails.' },
  { rule: 'REMEDY_SIGNING_MEANS_UNDERSTOOD', unfair: '乙方签署本合同即表示对本合同所有条款无异议。', fair: '乙方对合同条款有异议的，可以要求甲方说明。' },
  { rule: 'REMEDY_SIGNING_MEANS_UNDERSTOOD', unfair: '乙方签字后不得以任何理由对本合同条款提出异议。', fair: '乙方签字前，甲方已逐条说明退费、免责等重要条款。' },
  { rule: 'REMEDY_WAIVE_CLAIMS', unfair: '家长办理退费后，不得再就本合同向本机构提出任何索赔或追究任何责任。', fair: '家长办理退费不影响其依法享有的其他权利。' },
  { rule: 'REMEDY_NO_COMPLAINT', unfair: '学员不得在抖音、小红书等平台发布与本机构有关的负面视频或评论。', fair: '未经甲方许可，学员不得将课程视频上传至抖音、快手等平台。' },
  { rule: 'REMEDY_NO_COMPLAINT', unfair: 'Complaints to the consumer association will be regarded as a breach of this agreement.', fair: 'Parents may complain to the consumer association at any time.' },
  // refund, burden, unilateral, over-limit
  { rule: 'REFUND_NO_REFUND', unfair: '乙方一旦签订本协议并缴费，即不得以任何理由要求解除合同及退费。', fair: '甲方确需调整上课时间的，应提前三天通知，乙方不同意的可申请退费。' },
  { rule: 'REFUND_NO_REFUND', unfair: '关于退费：学员开课后要求退费的。本机构一律不予办理。', fair: '学员申请退费的。甲方不得拒绝，并应在十个工作日内退还剩余费用。' },
  { rule: 'REFUND_NO_REFUND', unfair: '储值卡内余额不可提现，仅限抵扣课时费。', fair: '学员账户内的奖学金不可提现，可用于抵扣学费。' },
  { rule: 'REFUND_NO_REFUND', unfair: 'Withdrawal after enrolment does not entitle the student to a refund.', fair: 'A student who withdraws is entitled to a refund of the unused lessons.' },
  { rule: 'REFUND_REQUEST_DEADLINE', unfair: 'Refunds are only available within 7 days of enrolment.', fair: 'Refunds are made within 10 working days of the request.' },
  { rule: 'BURDEN_BUSINESS_RISK_SHIFTED', unfair: '退费须待新学员补位后方可办理。', fair: '退费不以招到新学员为条件。' },
  { rule: 'BURDEN_TRANSFER_RESTRICTED', unfair: '学费一经缴纳，均不退费、不转让。', fair: '学员可将剩余课时转让给他人，甲方不收取费用。' },
  { rule: 'UNILATERAL_PRICE_CHANGE', unfair: '因场地租金上涨等经营成本增加的，学员应当分担相应费用。', fair: '合同有效期内甲方不得上调收费标准。' },
  { rule: 'UNILATERAL_FINAL_INTERPRETATION', unfair: '本协议由某某艺术培训学校负责解释。', fair: '本协议由双方共同解释。' },
  { rule: 'UNILATERAL_FINAL_INTERPRETATION', unfair: '学员对教学质量有异议的，应向本中心书面提出，本中心的处理意见为最终意见。', fair: '学员对教学质量有异议的，可向本中心书面提出，本中心应在五个工作日内答复。' },
  { rule: 'UNILATERAL_CHANGE_ARRANGEMENTS', unfair: '学校有权视招生情况将小班课调整为大班课。', fair: '甲方可根据乙方要求将上课时间调整为周末。' },
  { rule: 'UNILATERAL_CHANGE_ARRANGEMENTS', unfair: '本机构对课程表享有调整权，学员须按调整后的时间上课。', fair: '甲方如需调整课程表，应征得乙方同意。' },
  { rule: 'UNILATERAL_CONTRACT_CHANGE', unfair: '本中心可对本协议内容进行修改，修改后的协议在本中心公告栏公示后生效。', fair: '经双方协商一致，可以对本合同进行修改。' },
  { rule: 'UNILATERAL_CONTRACT_CHANGE', unfair: 'The Academy may terminate this Agreement at any time without cause.', fair: 'The Parent may terminate this Agreement at any time by written notice.' },
  { rule: 'OVER_LIMIT_AMOUNT', unfair: '钢琴一对一课程，一次性缴费48节，每节200元。', fair: '钢琴一对一课程，一次性缴费20节，每节200元。' },
  { rule: 'OVER_LIMIT_PERIOD', unfair: 'Membership: one payment covering 6 months of classes.', fair: 'Membership: one payment covering 2 months of classes.' },
  // operators named by their trade ("本棋院", "营地", "the Organiser")
  { rule: 'REMEDY_FORCED_VENUE', unfair: '因本协议产生的纠纷，乙方同意提交本棋院所在地法院裁判。', fair: '因本协议产生的纠纷，可以向本棋院所在地或乙方住所地法院起诉。' },
  { rule: 'LIABILITY_PERSONAL_INJURY', unfair: 'The Organiser accepts no liability for injuries during the camp.', fair: 'The Organiser is responsible for campers’ safety during the camp.' },
  { rule: 'PAYMENT_PERSONAL_ACCOUNT', unfair: '报名费请交给营地带队老师，由其代为收取。', fair: '报名费请缴入营地的培训收费专用账户。' },
  { rule: 'UNILATERAL_CHANGE_ARRANGEMENTS', unfair: 'The Centre may replace any coach at short notice without consulting parents.', fair: 'The Centre may replace a coach only with the parents’ written consent.' },
  // later rounds
  { rule: 'UNILATERAL_FINAL_INTERPRETATION', unfair: '本营地对营员违纪的处理决定为最终决定。', fair: '营员对处理决定有异议的，可以向主管部门反映。' },
  { rule: 'UNILATERAL_CONTRACT_CHANGE', unfair: '本合同条款由本机构根据经营需要进行修订，修订内容在官网公示后即生效。', fair: '本合同条款的修订须经双方协商一致并签订书面补充协议。' },
  { rule: 'UNILATERAL_PRICE_CHANGE', unfair: '课程单价由甲方根据市场情况适时调整，调整后乙方剩余课时按新价格扣费。', fair: '课程单价在合同期内保持不变。' },
  { rule: 'LIABILITY_CAPPED', unfair: '机构为学员投保的意外险为学员在校期间的唯一保障，超出保险理赔部分由家长自行负担。', fair: '机构为学员投保意外险，保险不足部分由机构依法承担。' },
  { rule: 'LIABILITY_CLOSURE_NO_REFUND', unfair: '本机构因经营原因停止培训的，已缴费用转为等额会员积分。', fair: '本机构因经营原因停止培训的，应退还全部未消课费用。' },
  { rule: 'LIABILITY_BREACH_EXEMPTION', unfair: '外教因签证等原因无法到岗的，本机构不视为违约，不承担任何补偿责任。', fair: '外教因故无法到岗的，本机构应安排同等资质的教师代课或退还相应课时费用。' },
  { rule: 'REMEDY_WAIVE_CLAIMS', unfair: '营员家长办理退营退费时，应签署《免责确认书》，放弃对营地的一切追责。', fair: '家长办理退费不需要签署任何免责文件。' },
  { rule: 'REMEDY_SIGNING_MEANS_UNDERSTOOD', unfair: '乙方在本合同上签字，即视为甲方已就全部条款履行了提示说明义务。', fair: '甲方已对本合同中的免责条款作了重点提示。' },
  { rule: 'REFUND_NO_REFUND', unfair: '学员退学的，已缴费用一律转为会员积分。', fair: '学员退学的，剩余学费可选择退还或转为等额代金券。' },
  { rule: 'REFUND_HARSH_CONDITIONS', unfair: '本机构仅在学员因重大疾病无法继续学习时办理退费。', fair: '学员因病无法继续学习的，凭病历即可办理退费，也可因其他原因申请退费。' },
  { rule: 'BURDEN_EXCESSIVE_PENALTY', unfair: '预约课程未到且未提前取消的，每次扣除两节课时。', fair: '预约课程未到且未提前取消的，扣除当次课时。' },
];
