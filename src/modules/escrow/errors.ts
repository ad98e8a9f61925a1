import { defineErrors } from '../../http/error-catalog';

/*
 * Refusals of a charge name `rule`, `limit`, `value` and `policyVersion` (SPEC §3.1) as extension
 * members of the problem document; the PL/pgSQL posting functions raise the codes below by name
 * (errcode ES000), so each code here must match the SQL.
 */
export const escrowErrors = defineErrors({
  ENROLLMENT_NOT_FOUND: {
    status: 404,
    title: { zh: '报名记录不存在', en: 'Enrollment not found' },
    detail: { zh: '没有找到编号为 {id} 的报名（预收费）记录。', en: 'No enrollment with id {id}.' },
  },
  CARD_NOT_FOUND: {
    status: 404,
    title: { zh: '预付卡不存在', en: 'Prepaid card not found' },
    detail: { zh: '没有找到编号为 {id} 的单用途预付卡。', en: 'No prepaid card with id {id}.' },
  },
  ENTRY_NOT_FOUND: {
    status: 404,
    title: { zh: '分录不存在', en: 'Ledger entry not found' },
    detail: { zh: '没有找到编号为 {id} 的账务分录。', en: 'No ledger entry with id {id}.' },
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 409,
    title: { zh: '幂等键已用于其他请求', en: 'Idempotency key reused' },
    detail: {
      zh: '幂等键 {key} 已用于内容不同的请求；重试请原样重发，新请求请换用新的幂等键。',
      en: 'The idempotency key {key} was used for a different request; resend a retry unchanged, or use a new key.',
    },
  },
  PREPAYMENT_RACE: {
    status: 409,
    title: { zh: '同一学员同一课程的收费正在处理', en: 'Concurrent charge for the same student and course' },
    detail: {
      zh: '同一学员同一课程的另一笔收费正在处理，请稍后重试。',
      en: 'Another charge for the same student and course is being posted; retry shortly.',
    },
  },
  CHARGE_INSTITUTION_STATUS: {
    status: 422,
    title: { zh: '机构当前状态不得预收费', en: 'Institution may not take prepayments' },
    detail: {
      zh: '机构状态为 {value}，只有 {limit} 状态的机构可以收取预付费用。',
      en: 'The institution is {value}; only institutions that are {limit} may take prepayments.',
    },
  },
  CHARGE_BLOCKED: {
    status: 422,
    title: { zh: '机构被限制预收费', en: 'Prepayments blocked' },
    detail: {
      zh: '机构已被列入黑名单（措施 {value}，自 {since} 起），不得收取新的预付费用。',
      en: 'The institution is on the black list (measure {value} since {since}) and may take no new prepayments.',
    },
  },
  CHARGE_TOO_MANY_LESSONS: {
    status: 422,
    title: { zh: '一次收费课时超过上限', en: 'Too many lessons in one charge' },
    detail: {
      zh: '一次收费覆盖 {value} 课时（含赠课），超过上限 {limit} 课时（{basis}）。',
      en: 'One charge covers {value} lessons (gifts included), more than the limit of {limit} ({basis}).',
    },
  },
  CHARGE_PERIOD_TOO_LONG: {
    status: 422,
    title: { zh: '一次收费周期超过上限', en: 'Charge period too long' },
    detail: {
      zh: '一次收费覆盖 {value} 天服务，超过上限 {limit} 天（{basis}）。',
      en: 'One charge covers {value} days of service, more than the limit of {limit} days ({basis}).',
    },
  },
  CHARGE_AMOUNT_OVER_LIMIT: {
    status: 422,
    title: { zh: '一次收费金额超过上限', en: 'Charge amount over the limit' },
    detail: {
      zh: '非学科类培训一次收费 {value} 元，超过上限 {limit} 元（{basis}）。',
      en: 'A non-subject charge of {value} yuan exceeds the limit of {limit} yuan ({basis}).',
    },
  },
  CHARGE_DEPOSIT_OVER_LIMIT: {
    status: 422,
    title: { zh: '定金超过合同价款的 20%', en: 'Deposit over the limit' },
    detail: {
      zh: '定金 {value} 元超过合同价款的 {ratio}（上限 {limit} 元，{basis}）。',
      en: 'The deposit of {value} yuan exceeds {ratio} of the contract price (limit {limit} yuan, {basis}).',
    },
  },
  CHARGE_RENEWAL_TOO_EARLY: {
    status: 422,
    title: { zh: '续费时间过早', en: 'Renewal too early' },
    detail: {
      zh: '该学员本课程尚余 {value} 课时（上限 {limit} 课时），且新周期 {startsOn} 距收费日超过 {windowDays} 天，暂不得续费（{basis}）。',
      en: 'The student still has {value} lessons of this course (limit {limit}) and the new period starting {startsOn} is more than {windowDays} days away; no renewal yet ({basis}).',
    },
  },
  CHARGE_ABOVE_FILED_PRICE: {
    status: 422,
    title: { zh: '收费高于备案标准', en: 'Charge above the filed fee' },
    detail: {
      zh: '收费 {value} 元高于备案收费标准计算的 {limit} 元（已付课时 × 备案单价）。',
      en: 'The charge of {value} yuan exceeds {limit} yuan, the paid lessons at the filed fee.',
    },
  },
  CHARGE_PAID_IN_FUTURE: {
    status: 422,
    title: { zh: '缴费时间晚于当前时间', en: 'Payment time in the future' },
    detail: { zh: '缴费时间 {value} 晚于当前时间 {limit}。', en: 'The payment time {value} is later than now ({limit}).' },
  },
  COURSE_NOT_FILED: {
    status: 422,
    title: { zh: '课程未处于备案状态', en: 'Course not filed' },
    detail: { zh: '课程 {id} 状态为 {currentStatus}，不能收费。', en: 'The course {id} is {currentStatus} and cannot be charged for.' },
  },
  CARD_OVER_LIMIT: {
    status: 422,
    title: { zh: '预付卡金额超过上限', en: 'Card value over the limit' },
    detail: {
      zh: '{kind} 预付卡金额 {value} 元超过上限 {limit} 元（{basis}）。',
      en: 'A {kind} card of {value} yuan exceeds the limit of {limit} yuan ({basis}).',
    },
  },
  OCCURRED_IN_FUTURE: {
    status: 422,
    title: { zh: '发生时间晚于当前时间', en: 'Time in the future' },
    detail: { zh: '发生时间 {value} 晚于当前时间 {limit}。', en: 'The time {value} is later than now ({limit}).' },
  },
  LESSONS_EXCEED_REMAINING: {
    status: 422,
    title: { zh: '消课超过剩余课时', en: 'More lessons than remain' },
    detail: { zh: '本次消课 {value} 课时，剩余仅 {limit} 课时。', en: 'Consuming {value} lessons, but only {limit} remain.' },
  },
  ENROLLMENT_NOT_ACTIVE: {
    status: 409,
    title: { zh: '报名已结束', en: 'Enrollment not active' },
    detail: { zh: '报名 {id} 状态为 {currentStatus}，不能消课。', en: 'The enrollment {id} is {currentStatus}; no lessons can be consumed.' },
  },
  ENROLLMENT_NOT_REFUNDABLE: {
    status: 409,
    title: { zh: '报名不能退费', en: 'Enrollment cannot be refunded' },
    detail: { zh: '报名 {id} 状态为 {currentStatus}，不能退费。', en: 'The enrollment {id} is {currentStatus} and cannot be refunded.' },
  },
  NOTHING_TO_REFUND: {
    status: 409,
    title: { zh: '没有可退金额', en: 'Nothing to refund' },
    detail: { zh: '报名 {id} 的课时已全部消耗，没有可退金额。', en: 'Every lesson of enrollment {id} is consumed; nothing is left to refund.' },
  },
  CARD_NOT_ACTIVE: {
    status: 409,
    title: { zh: '预付卡不可使用', en: 'Card not active' },
    detail: { zh: '预付卡 {id} 状态为 {currentStatus}，不能消费。', en: 'The card {id} is {currentStatus} and cannot be spent.' },
  },
  CARD_BALANCE_INSUFFICIENT: {
    status: 422,
    title: { zh: '预付卡余额不足', en: 'Card balance insufficient' },
    detail: { zh: '本次消费 {value} 元，卡内余额仅 {limit} 元。', en: 'Spending {value} yuan, but the card holds only {limit} yuan.' },
  },
  CARD_NOT_REFUNDABLE: {
    status: 409,
    title: { zh: '预付卡不能退款', en: 'Card cannot be refunded' },
    detail: { zh: '预付卡 {id} 状态为 {currentStatus}，没有可退余额。', en: 'The card {id} is {currentStatus}; there is no balance to refund.' },
  },
  LEDGER_GUARD: {
    status: 422,
    title: { zh: '分录会使账户余额为负', en: 'Posting would make a balance negative' },
    detail: {
      zh: '账户 {accountId}（{kind}）余额 {limit} 元，本次需减少 {value} 元，过账被拒绝（{rule}）。',
      en: 'Account {accountId} ({kind}) holds {limit} yuan and would lose {value}; the posting is refused ({rule}).',
    },
  },
  ENTRY_ALREADY_REVERSED: {
    status: 409,
    title: { zh: '分录已被冲正', en: 'Entry already reversed' },
    detail: { zh: '分录 {id} 已被冲正，每笔分录只能冲正一次。', en: 'Entry {id} has been reversed already; an entry is reversed once only.' },
  },
  REVERSAL_REFUSED: {
    status: 409,
    title: { zh: '不能冲正该分录', en: 'Entry cannot be reversed' },
    detail: {
      zh: '分录 {id} 不能冲正（{reason}）：冲正分录本身不能再冲正；消课须从最近一笔起冲正；已拨付或已使用的款项不能冲回。',
      en: 'Entry {id} cannot be reversed ({reason}): a reversal is never reversed, consumptions are reversed latest first, and value already released or used cannot be taken back.',
    },
  },
  RELEASES_NOT_PAUSED: {
    status: 409,
    title: { zh: '拨付未暂停', en: 'Releases not paused' },
    detail: { zh: '报名 {id} 的资金拨付没有暂停。', en: 'Releases of enrollment {id} are not paused.' },
  },
  RELEASE_IN_FUTURE: {
    status: 422,
    title: { zh: '拨付截止时间晚于当前时间', en: 'Release cut-off in the future' },
    detail: { zh: '拨付基准时间 {value} 晚于当前时间 {limit}。', en: 'The release time {value} is later than now ({limit}).' },
  },
});
