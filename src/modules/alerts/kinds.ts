import type { Localized } from '../../http/i18n';

/** The early warnings of SPEC §3.8 (and the overdue publication of §6), with their names. */
export const ALERT_KINDS = {
  coverage_below_requirement: { zh: '保障覆盖率低于要求', en: 'Coverage below requirement' },
  prepayment_surge: { zh: '预收费异常激增', en: 'Prepayment surge' },
  large_withdrawal: { zh: '单笔大额划出', en: 'Large withdrawal' },
  consumption_stalled: { zh: '持续收费但消课停滞', en: 'Consumption stalled while prepayments continue' },
  refund_overdue: { zh: '退费逾期', en: 'Refund overdue' },
  licence_expiring: { zh: '办学许可证即将到期', en: 'Licence expiring' },
  insurance_expiring: { zh: '履约保证保险即将到期', en: 'Insurance expiring' },
  reconciliation_mismatch: { zh: '对账不符', en: 'Reconciliation mismatch' },
  complaints_spike: { zh: '投诉激增', en: 'Complaints spike' },
  publication_overdue: { zh: '检查结果逾期未公示', en: 'Inspection results overdue for publication' },
  ledger_invariant_broken: { zh: '资金台账校验失败', en: 'Ledger invariant broken' },
} as const satisfies Record<string, Localized>;

export type AlertKind = keyof typeof ALERT_KINDS;
export const ALERT_KIND_CODES = Object.keys(ALERT_KINDS) as [AlertKind, ...AlertKind[]];
export type AlertSeverity = 'info' | 'warning' | 'critical';
