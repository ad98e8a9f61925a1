import { defineErrors } from '../../http/error-catalog';

/*
 * Errors of insurance and guarantees, the risk deposit, reconciliation and wind-down. Codes raised
 * by the PL/pgSQL functions of migration 2026-11-29T15.00.00-escrow-supervision (errcode ES000)
 * must match the SQL.
 */
export const escrowSupervisionErrors = defineErrors({
  INSURANCE_POLICY_NOT_FOUND: {
    status: 404,
    title: { zh: '保险保单不存在', en: 'Insurance policy not found' },
    detail: { zh: '没有找到编号为 {id} 的履约保证保险保单。', en: 'No insurance policy with id {id}.' },
  },
  GUARANTEE_NOT_FOUND: {
    status: 404,
    title: { zh: '保函不存在', en: 'Guarantee not found' },
    detail: { zh: '没有找到编号为 {id} 的银行保函。', en: 'No bank guarantee with id {id}.' },
  },
  COVER_NUMBER_TAKEN: {
    status: 409,
    title: { zh: '保单或保函编号已备案', en: 'Policy or guarantee already filed' },
    detail: {
      zh: '{issuer} 的编号 {number} 已经备案，同一保单或保函不能重复备案。',
      en: 'Number {number} of {issuer} is already filed; one policy or guarantee cannot be filed twice.',
    },
  },
  COVER_STATUS_FINAL: {
    status: 409,
    title: { zh: '状态不能再变更', en: 'Status is final' },
    detail: {
      zh: '当前状态为 {from}，不能变更为 {to}；只有有效（active）的保单或保函可以变更状态。',
      en: 'The status is {from} and cannot become {to}; only an active policy or guarantee changes status.',
    },
  },
  REVENUE_YEAR_INVALID: {
    status: 422,
    title: { zh: '营业收入年度无效', en: 'Revenue year not allowed' },
    detail: { zh: '只能申报已结束的年度（{limit} 年及以前）的营业收入，收到 {value}。', en: 'Revenue can be filed for a finished year ({limit} or earlier), not {value}.' },
  },
  DEPOSIT_BELOW_REQUIREMENT: {
    status: 422,
    title: { zh: '风险保证金不得低于应缴额', en: 'Deposit would fall below the requirement' },
    detail: {
      zh: '支取 {value} 元后保证金余额将低于应缴保证金 {requiredDeposit} 元（已扣除保险与保函抵减）；当前余额 {balance} 元，最多可支取 {limit} 元。',
      en: 'Withdrawing {value} yuan would leave less than the required deposit of {requiredDeposit} yuan (after insurance and guarantee offsets); the balance is {balance} yuan, at most {limit} yuan can be withdrawn.',
    },
  },
  DEPOSIT_FROZEN: {
    status: 409,
    title: { zh: '清退期间保证金冻结', en: 'Deposit frozen during wind-down' },
    detail: {
      zh: '机构处于停业清退（{currentStatus}）状态，风险保证金用于学员退费，不得支取。',
      en: 'The institution is winding down ({currentStatus}); its risk deposit pays refunds and cannot be withdrawn.',
    },
  },
  BANK_REFERENCE_TAKEN: {
    status: 409,
    title: { zh: '银行流水号已被使用', en: 'Bank reference already used' },
    detail: {
      zh: '银行流水号 {reference} 已对应本机构的另一笔分录；同一笔银行转账只能入账一次。',
      en: 'The bank reference {reference} already belongs to another entry of this institution; one bank transfer is booked once.',
    },
  },
  STATEMENT_MALFORMED: {
    status: 400,
    title: { zh: '银行对账单格式错误', en: 'Malformed bank statement' },
    detail: { zh: '对账单第 {line} 行无法识别：{reason}。', en: 'Line {line} of the statement cannot be read: {reasonEn}.' },
  },
  RECONCILIATION_NOT_FOUND: {
    status: 404,
    title: { zh: '对账记录不存在', en: 'Reconciliation not found' },
    detail: { zh: '没有找到编号为 {id} 的对账记录。', en: 'No reconciliation run with id {id}.' },
  },
  WIND_DOWN_NOT_FOUND: {
    status: 404,
    title: { zh: '没有清退方案', en: 'No wind-down plan' },
    detail: { zh: '机构 {id} 没有停业清退方案。', en: 'Institution {id} has no wind-down plan.' },
  },
  WIND_DOWN_NOT_CLOSING: {
    status: 409,
    title: { zh: '机构未处于停业状态', en: 'Institution is not closing' },
    detail: {
      zh: '机构状态为 {currentStatus}；只有停业中（closing）的机构可以编制清退方案。',
      en: 'The institution is {currentStatus}; a wind-down plan is built only for a closing institution.',
    },
  },
  WIND_DOWN_STATUS: {
    status: 409,
    title: { zh: '清退方案状态不允许此操作', en: 'Wind-down plan status does not allow this' },
    detail: {
      zh: '清退方案 {id} 状态为 {currentStatus}，不能{action}。',
      en: 'The wind-down plan {id} is {currentStatus} and cannot be {actionEn}.',
    },
  },
  WIND_DOWN_FOUR_EYES: {
    status: 403,
    title: { zh: '须由另一名监管人员审批', en: 'Another regulator must approve' },
    detail: {
      zh: '清退方案由 {builtBy} 编制，须由另一名监管人员审批（双人复核）。',
      en: 'The plan was built by {builtBy}; another regulator must approve it (four eyes).',
    },
  },
  WIND_DOWN_NOT_EXECUTING: {
    status: 409,
    title: { zh: '清退方案未在执行', en: 'Wind-down plan not executing' },
    detail: { zh: '清退方案 {id} 状态为 {currentStatus}，不能过账。', en: 'The wind-down plan {id} is {currentStatus}; nothing can be posted.' },
  },
  WIND_DOWN_PLAN_STALE: {
    status: 409,
    title: { zh: '清退方案已过时', en: 'Wind-down plan is stale' },
    detail: {
      zh: '清退方案 {id} 编制后账户已变动（{what}：方案 {planned} 元，当前 {current} 元），请重新编制并审批。',
      en: 'Balances changed since plan {id} was built ({what}: planned {planned}, now {current} yuan); rebuild and approve it again.',
    },
  },
  WIND_DOWN_NOT_EXECUTED: {
    status: 409,
    title: { zh: '清退方案尚未执行完毕', en: 'Wind-down not executed' },
    detail: {
      zh: '机构仍有学员预收费未按清退方案处理（方案状态：{planStatus}，未处理 {openHolders} 笔），执行清退方案后才能变更为已关闭。',
      en: 'Prepaid balances are still open (plan status: {planStatus}, {openHolders} open); execute the wind-down plan before closing the institution.',
    },
  },
});
