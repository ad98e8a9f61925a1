import type { PhrasingCase } from './rule-cases';

/**
 * Rule library 2025.6: the families generalised after heldout-10 was studied
 * (test/fixtures/clauses/README.md). Each unfair phrasing has a fair near-miss that must scan clean.
 */
export const PHRASING_CASES_2025_6: readonly PhrasingCase[] = [
  // one charge read from its pieces: lessons, a period or an amount, per period, across a full stop
  { rule: 'OVER_LIMIT_AMOUNT', unfair: '美术课程收费标准：柒仟贰佰元／期，每期三十课时，于开课前全额缴纳。', fair: '美术课程收费标准：肆仟捌佰元／期，每期三十课时，于开课前全额缴纳。' },
  { rule: 'OVER_LIMIT_AMOUNT', unfair: '学费6.8k，报名时一次付清。', fair: '学费4.8k，报名时一次付清。' },
  { rule: 'OVER_LIMIT_AMOUNT', unfair: 'Stored-value card: top-ups start at RMB 6,000.', fair: 'Stored-value card: top-ups are capped at RMB 5,000.' },
  { rule: 'OVER_LIMIT_AMOUNT', unfair: '每课时200元，共40课时，学费于开课前一次性付清。', fair: '每课时200元，共40课时，按课时收费，每次课前支付。' },
  { rule: 'OVER_LIMIT_AMOUNT', unfair: '学费共计5200元，须在首节课前一次性缴清。', fair: '学费共计5000.00元，须在首节课前一次性缴清。' },
  { rule: 'OVER_LIMIT_LESSONS', unfair: '本课程共计九十课时。学费须在首节课前一次性缴清。', fair: '本课程共计六十课时。学费须在首节课前一次性缴清。' },
  { rule: 'OVER_LIMIT_LESSONS', unfair: '游泳培训次卡：80次，售价4800元。', fair: '游泳培训次卡：40次，售价2400元。' },
  { rule: 'OVER_LIMIT_LESSONS', unfair: 'Our most popular bundle is 64 group lessons, paid upfront at a 15% discount.', fair: 'Our most popular bundle is 40 group lessons, paid upfront at a 15% discount.' },
  { rule: 'OVER_LIMIT_LESSONS', unfair: '羽毛球课包共72节，报名时全额预付。', fair: '羽毛球课包共72节，分两期缴纳，每期36节。' },
  { rule: 'OVER_LIMIT_PERIOD', unfair: '围棋课程按季度收费，首次报名须预交两个季度学费。', fair: '围棋课程按季度收费，首次报名须预交一个季度学费。' },
  { rule: 'OVER_LIMIT_PERIOD', unfair: '早鸟福利：报一年送三个月，名额有限！', fair: '早鸟福利：报三个月送两节体验课，名额有限！' },
  { rule: 'OVER_LIMIT_PERIOD', unfair: 'The Term Package (20 weeks, 40 lessons) must be paid in one instalment before the first class.', fair: 'The Term Package (12 weeks, 24 lessons) must be paid in one instalment before the first class.' },
  { rule: 'OVER_LIMIT_PERIOD', unfair: '课程为期五个月，学费于开课前一次性缴清。', fair: '课程为期三个月，学费于开课前一次性缴清。' },
  { rule: 'OVER_LIMIT_PERIOD', unfair: 'The full-year programme (RMB 12,000) may be financed through our lending partner.', fair: 'The annual fee of RMB 4,800 is paid monthly.' },
  // termination at will with the fees kept: unilateral_right + refund_exclusion
  { rule: 'UNILATERAL_TERMINATION_NO_REFUND', unfair: '甲方认为学员不适合继续学习的，可随时通知终止本合同，已收取的学费不予退还。', fair: '甲方认为学员不适合继续学习的，可与乙方协商解除合同，并按剩余课时退还学费。' },
  // a deadline for claims that waives them is a remedy exclusion, not an expiry forfeiture
  { rule: 'REMEDY_WAIVE_CLAIMS', unfair: '乙方因本合同产生的任何索赔，应在课程结束后30日内向甲方提出，逾期视为放弃。', fair: '乙方因本合同产生的索赔，依法律规定的诉讼时效主张。' },
  { rule: 'REMEDY_WAIVE_CLAIMS', unfair: '学员对课时记录有异议的，应在三日内提出，逾期未提出的视为放弃。', fair: '学员对课时记录有异议的，可随时提出，甲方应在三日内核实。' },
];

/** Fair clauses that 2025.5 flagged (heldout-10 false positives and their relatives). */
export const FAIR_CASES_2025_6: readonly string[] = [
  'The Academy does not offer, arrange or recommend tuition loans.',
  'No clause of this agreement gives the School a final or exclusive right of interpretation; ambiguous terms are read in favour of the parent.',
  '甲方不得以“一经缴费概不退还”“开课后不退费”等理由拒绝乙方的退费要求。',
  '本園不收取學位保留費；幼兒因病請假者，按實際出勤天數收費。',
  '退费时剩余费用6000元一次性退还。',
  '本机构不得一次性收取超过60课时的费用。',
  '意外保险金额50万元，学费一次性缴纳。',
];
