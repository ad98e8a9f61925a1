import type { PhrasingCase } from './rule-cases';

/**
 * Rule library 2025.7: heldout-10's remaining families, each stated as a legal pattern and written
 * in other words (operators, consumers, word orders). Every unfair phrasing has a fair near-miss
 * (a consumer's own cap, a lawful limit, a negated instruction, a consumer's right kept).
 */
export const PHRASING_CASES_2025_7: readonly PhrasingCase[] = [
  // the operator's liability capped after an aside (a consumer's cap is not the operator's)
  { rule: 'LIABILITY_CAPPED', unfair: '甲方对乙方的赔偿责任，无论基于何种原因，累计不超过乙方已支付的一个月学费。', fair: '乙方对甲方的赔偿责任，无论基于何种原因，累计不超过乙方已支付的一个月学费。' },
  { rule: 'LIABILITY_CAPPED', unfair: '本机构的全部赔偿责任，不论何种情形，以学员已缴的一期学费为限。', fair: '本机构依法承担赔偿责任，不以学员已缴学费为限。' },
  // the insurance payout as the ceiling, the excess refused (the excess borne by the operator is fair)
  { rule: 'LIABILITY_CAPPED', unfair: '本俱乐部已为学员购买意外伤害保险，学员发生意外时以保险理赔金额为限，超出部分俱乐部不再承担。', fair: '学员受伤的，先由保险理赔，保险赔付不足的部分由本机构承担。' },
  // no duty of care during the operator's custody (after pick-up it is the parents')
  { rule: 'LIABILITY_PERSONAL_INJURY', unfair: '本机构仅提供教学服务，不承担学员在校期间的看护及安全管理职责。', fair: '学员离校后，本机构不承担看护责任，由家长负责接送。' },
  { rule: 'LIABILITY_PERSONAL_INJURY', unfair: '本中心不负责学员课间的照看。', fair: '本中心负责学员课间的照看。' },
  { rule: 'LIABILITY_PERSONAL_INJURY', unfair: 'The Centre does not assume any duty of care or supervision for students.', fair: 'The Centre does not assume any duty of care for students outside lesson hours.' },
  { rule: 'LIABILITY_PERSONAL_INJURY', unfair: 'Students injured during sparring must bear their own costs.', fair: "Students injured through the Dojo's negligence will have their medical costs paid by the Dojo." },
  // a court venue forced on both sides (either side may go to any competent court is fair)
  { rule: 'REMEDY_FORCED_VENUE', unfair: '因本合同发生的争议，双方应协商解决；协商不成的，任何一方均只能向甲方所在地人民法院起诉。', fair: '因本合同发生的争议，双方应协商解决；协商不成的，任何一方均可向有管辖权的人民法院起诉。' },
  // disputes kept inside (talking first, with the complaint kept open, is fair)
  { rule: 'REMEDY_FORCED_VENUE', unfair: '家校双方本着友好互信原则，约定所有问题仅在家校之间内部沟通解决。', fair: '家校之间的问题可先内部沟通解决，沟通不成的，家长可向教育部门投诉。' },
  // payment to the writer's own account (a warning against it is fair)
  { rule: 'PAYMENT_PERSONAL_ACCOUNT', unfair: '转账请直接转我微信就行，备注孩子名字和班级，我这边帮您登记～', fair: '请勿转我微信，学费请缴入机构专用账户。' },
  // an affiliated company's account, named
  { rule: 'PAYMENT_OUTSIDE_SUPERVISED_ACCOUNT', unfair: '报名费用通过本公司关联企业某文化传播有限公司的账户收取。', fair: '报名费用通过本公司的培训收费专用账户收取。' },
];
