import type { PhrasingCase } from './rule-cases';

/**
 * Rule library 2025.5: the families generalised after heldout-9 was studied
 * (test/fixtures/clauses/README.md). Each miss was named as a legal pattern and written out in other
 * wordings (zh and en, formal and colloquial, other party names and word orders); each unfair
 * phrasing has a fair near-miss that must scan clean.
 */
export const PHRASING_CASES_2025_5: readonly PhrasingCase[] = [
  // a refund made to wait for the end of a term, a period or a course (any wording)
  { rule: 'BURDEN_DELAYED_REFUND', unfair: '经审核同意退费的，退费款项将于本期课程全部结束后统一退还。', fair: '学员在学期结束前申请退费的，按剩余课时在10个工作日内退还。' },
  { rule: 'BURDEN_DELAYED_REFUND', unfair: '应退款项待本期培训周期届满后方可返还。', fair: '课程全部结束后，学员可申请退还未使用的教材费。' },
  { rule: 'BURDEN_DELAYED_REFUND', unfair: '所有退款均在本季课程完结之后集中发放。', fair: '剩余费用于合同终止后10个工作日内退还。' },
  { rule: 'BURDEN_DELAYED_REFUND', unfair: 'Approved refunds are processed after the end of the current term.', fair: 'Students may request a refund before the end of the term.' },
  { rule: 'BURDEN_DELAYED_REFUND', unfair: 'Refunds are settled at term end.', fair: 'Unused lessons are refunded pro rata when the contract ends.' },
  { rule: 'BURDEN_DELAYED_REFUND', unfair: 'Refund payments are made only after the programme concludes.', fair: 'Refunds are paid within 10 working days of the request.' },
  // "no further obligation / not liable" after any cause of stopping; fees kept for later courses
  { rule: 'LIABILITY_CLOSURE_NO_REFUND', unfair: '因场地搬迁、停业整顿等原因暂停教学的，本校不承担违约责任，已缴学费转为后续课程使用。', fair: '因场地搬迁暂停教学的，本校提前30日通知，学员可选择转校区或按剩余课时退费。' },
  { rule: 'LIABILITY_CLOSURE_NO_REFUND', unfair: '因国家政策变化停止授课的，本中心不再负有任何义务。', fair: '因政策调整无法继续开课的，本机构退还剩余课时费用。' },
  { rule: 'LIABILITY_CLOSURE_NO_REFUND', unfair: '本机构被责令停业整顿期间，已缴费用转入下期课程。', fair: '因台风暂停授课的，课程顺延至天气好转后进行。' },
  { rule: 'LIABILITY_CLOSURE_NO_REFUND', unfair: 'If classes cannot continue because of changes in government policy, the Club shall have no further obligation to the Member.', fair: 'If classes cannot continue because of changes in government policy, the Club will refund all unused fees.' },
  { rule: 'LIABILITY_CLOSURE_NO_REFUND', unfair: 'If the Academy is ordered to close for rectification, it is released from all obligations.', fair: 'If the Member relocates, the Member has no further obligation to the Club.' },
  // a fair first half does not excuse a carve-out after "但"
  { rule: 'LIABILITY_PERSONAL_INJURY', unfair: '学员因教学设施原因受伤的，本机构依法承担责任，但学员在课间自由活动时发生的伤害，本机构不承担责任。', fair: '本机构依法承担责任，但因学员自身原因造成的伤害，由学员依法承担相应责任。' },
  // waivers signed as the price of a refund; the duty to explain turned into a waiver
  { rule: 'REMEDY_WAIVE_CLAIMS', unfair: 'Before receiving a refund, the User must sign a release discharging the Platform from all further claims.', fair: 'Upon full refund, the Centre releases the Parent from all further claims.' },
  { rule: 'REMEDY_WAIVE_CLAIMS', unfair: 'To receive your refund you must first sign a release form.', fair: 'We will never ask you to sign a release as a condition of a refund.' },
  { rule: 'REMEDY_SIGNING_MEANS_UNDERSTOOD', unfair: 'By signing this form, the Parent confirms that all terms have been fully explained and waives any objection to them.', fair: 'The School has explained all terms to the Parent, who may raise objections at any time.' },
  // venue: a party named again in brackets; arbitration only and the courts barred to both sides
  { rule: 'REMEDY_FORCED_VENUE', unfair: '协商不成的，只能向甲方（本机构）所在地人民法院提起诉讼。', fair: '争议可向甲方（本机构）所在地或乙方住所地人民法院起诉。' },
  { rule: 'REMEDY_FORCED_VENUE', unfair: '双方发生纠纷的，只能由本营地所在地仲裁委员会仲裁，任何一方不得向人民法院起诉。', fair: '任何一方均可向有管辖权的人民法院起诉。' },
  { rule: 'REMEDY_FORCED_VENUE', unfair: "Any dispute shall be finally resolved by arbitration at the Academy's seat, to the exclusion of the courts.", fair: 'Disputes may be referred to arbitration or to a competent court.' },
  // complaints confined to the operator's own channel, its answer final
  { rule: 'REMEDY_NO_COMPLAINT', unfair: '学员对课程质量有异议的，仅可通过本中心内部渠道反映，本中心的处理结果为最终结果。', fair: '学员对课程质量有异议的，可通过本中心内部渠道反映，也可向教育行政部门投诉。' },
  { rule: 'REMEDY_NO_COMPLAINT', unfair: '家长如有不满，只能向本园反映，以本园答复为准。', fair: '学员对课程有异议的，可先向本中心反映，本中心应在7日内答复。' },
  { rule: 'REMEDY_NO_COMPLAINT', unfair: '如对服务存有疑义，请先与本店沟通，切勿在点评平台发表言论。', fair: '如对服务存有疑义，可与本店沟通，也可在点评平台发表评价。' },
  // final interpretation in other words
  { rule: 'UNILATERAL_FINAL_INTERPRETATION', unfair: 'Interpretation of these Terms rests exclusively with the Provider, whose decision is final.', fair: 'These terms are interpreted in their ordinary meaning; any ambiguity is read against the School.' },
  { rule: 'UNILATERAL_FINAL_INTERPRETATION', unfair: 'The right to interpret these rules lies solely with the School.', fair: "The student's choice of course, whose decision is final, is recorded at enrolment." },
  // termination at will; termination as the answer to a complaint (remedy_exclusion + unilateral_right)
  { rule: 'UNILATERAL_CONTRACT_CHANGE', unfair: 'The Club may terminate this membership at any time without giving reasons.', fair: "Either the Member or the Club may terminate this membership with 30 days' written notice." },
  { rule: 'UNILATERAL_CONTRACT_CHANGE', unfair: '本机构有权随时终止服务，无需说明理由。', fair: '学员可以随时解除合同，本机构按剩余课时退费。' },
  { rule: 'UNILATERAL_CONTRACT_CHANGE', unfair: '如家长向相关部门投诉，本机构有权立即终止服务。', fair: '学员有权向媒体或主管部门反映情况，本机构不得以此为由解除合同或追究学员责任。' },
  { rule: 'UNILATERAL_CONTRACT_CHANGE', unfair: '请勿在点评平台发表负面言论；一经发现，本店有权取消其会员资格。', fair: '甲方不得因乙方投诉而终止服务或降低服务标准。' },
  { rule: 'UNILATERAL_CONTRACT_CHANGE', unfair: 'Posting critical reviews online will result in the child being removed from the class.', fair: 'Complaints to the education bureau will never lead to termination of the contract.' },
  // lessons cancelled without make-up; teachers reassigned without asking; one change for everyone
  { rule: 'UNILATERAL_CHANGE_ARRANGEMENTS', unfair: '平台可根据运营情况取消部分直播课程，取消的课程不予补课。', fair: '本机构可根据天气情况取消户外课程，并另行安排补课。' },
  { rule: 'UNILATERAL_CHANGE_ARRANGEMENTS', unfair: '为保证教学质量，本中心将视情况对师资进行动态调配，恕不另行征询家长意见。', fair: '本中心如需对师资进行调整，将提前7日书面通知家长并征得家长同意。' },
  { rule: 'UNILATERAL_CHANGE_ARRANGEMENTS', unfair: '各位家长：下学期起周六班统一调整到周日上午，如有冲突请自行调整安排，谢谢配合！', fair: '下学期起周六班调整到周日上午，时间冲突的家长可申请转班或按剩余课时退费。' },
  { rule: 'UNILATERAL_CHANGE_ARRANGEMENTS', unfair: 'Saturday classes move to Sunday; parents who cannot make the new time should make their own arrangements.', fair: 'Saturday classes move to Sunday; parents who cannot make the new time may choose a refund of the remaining lessons.' },
  { rule: 'UNILATERAL_SCHEDULE_NO_NOTICE', unfair: '本中心可对授课老师进行轮换，不再征求学员意见。', fair: '本中心对授课老师进行轮换前，将征求学员意见。' },
  // a refund refused on the ground of the operator's own change (beside the unilateral right)
  { rule: 'REFUND_NO_REFUND', unfair: '本工作室可根据需要更换老师或调整课时，学员不得以此为由要求退费。', fair: '本工作室更换老师的，学员可以此为由要求按剩余课时退费。' },
  // payment: a partner merchant's account; a named person's account
  { rule: 'PAYMENT_OUTSIDE_SUPERVISED_ACCOUNT', unfair: '学费应支付至本机构指定收款账户，该账户可能为合作商户账户。', fair: '本机构不使用合作商户账户收取学费，全部学费进入监管账户。' },
  { rule: 'PAYMENT_OUTSIDE_SUPERVISED_ACCOUNT', unfair: '学费将由合作商家统一收款。', fair: '学费由监管银行统一收取。' },
  { rule: 'PAYMENT_PERSONAL_ACCOUNT', unfair: 'Please pay tuition by bank transfer to the account of our director, Mr Li, as shown on the invoice.', fair: 'Please pay tuition by bank transfer to the supervised account of the School, as shown on the invoice.' },
  { rule: 'PAYMENT_PERSONAL_ACCOUNT', unfair: 'Fees go to a bank account in the name of Mr Chen.', fair: 'Never pay into the account of any teacher or director.' },
  // a warning to the consumer is no payment instruction
  { rule: 'PAYMENT_PERSONAL_ACCOUNT', unfair: '学费请转入校长个人账户。', fair: '严禁工作人员私下收取学费！如有人要求您向个人账户付款，请拒绝并拨打监督电话举报。' },
  { rule: 'PAYMENT_PERSONAL_ACCOUNT', unfair: 'Tuition is paid into the personal account of the principal.', fair: 'If anyone asks you to pay into a personal account, refuse and call the hotline.' },
  // over-limit: a length in weeks or seasons paid at once; "按年"; top-ups
  { rule: 'OVER_LIMIT_PERIOD', unfair: '两季联报（春季+夏季，共二十六周）享八折优惠，报名时一次付清。', fair: '本期课程共10周，学费报名时一次付清。' },
  { rule: 'OVER_LIMIT_PERIOD', unfair: '学费按年一次性缴清。', fair: '学费按月缴纳，不得按年收费。' },
  { rule: 'OVER_LIMIT_PERIOD', unfair: 'Tuition for the 18-week term is payable in a single instalment at enrolment.', fair: 'Tuition for the 10-week term is payable in a single instalment at enrolment.' },
  { rule: 'OVER_LIMIT_PERIOD', unfair: 'The 26-week course is paid upfront.', fair: 'The 26-week course is paid in monthly instalments.' },
  { rule: 'OVER_LIMIT_AMOUNT', unfair: 'Top up ¥8,000 to your learning wallet and receive ¥800 bonus credit.', fair: 'Top up any amount up to ¥5,000.' },
  { rule: 'OVER_LIMIT_AMOUNT', unfair: '充8000元送800元。', fair: '本营地为每位营员购买意外伤害保险，保险金额不低于人民币五十万元。' },
  { rule: 'OVER_LIMIT_AMOUNT', unfair: '一次性缴纳学费8000元。', fair: 'The Camp buys accident insurance with cover of at least RMB 500,000 per camper.' },
  // a banned clause quoted to be disowned is not a term
  { rule: 'REFUND_NO_REFUND', unfair: '温馨提示：一经报名，概不退费。', fair: '本工作室承诺：不使用“一经报名概不退费”“最终解释权归本店所有”等不公平条款。' },
  { rule: 'UNILATERAL_FINAL_INTERPRETATION', unfair: '本活动最终解释权归本店所有。', fair: '合同中如出现“最终解释权归本机构所有”等内容，该内容无效。' },
];
