import type { Localized } from '../../http/i18n';
import type { CreditGrade, CreditList, CreditSeverity, CreditSource } from './tables';

export const CREDIT_SOURCES = [
  'inspection',
  'escrow',
  'contract',
  'complaint',
  'association',
  'market_supervision',
  'court',
  'regulator',
] as const satisfies readonly CreditSource[];

export const CREDIT_SEVERITIES = ['general', 'serious', 'commendation'] as const satisfies readonly CreditSeverity[];
export const CREDIT_LISTS = ['red', 'watch', 'black'] as const satisfies readonly CreditList[];
export const CREDIT_GRADES = ['A', 'B', 'C', 'D'] as const satisfies readonly CreditGrade[];

export const SOURCE_LABELS: Record<CreditSource, Localized> = {
  inspection: { zh: '监督检查', en: 'Inspection' },
  escrow: { zh: '资金监管', en: 'Funds supervision' },
  contract: { zh: '合同监管', en: 'Contract supervision' },
  complaint: { zh: '投诉处理', en: 'Complaint' },
  association: { zh: '培训协会（行业自律）', en: 'Training association (self-discipline)' },
  market_supervision: { zh: '市场监管部门', en: 'Market supervision' },
  court: { zh: '人民法院', en: 'Court' },
  regulator: { zh: '教育行政部门', en: 'Education regulator' },
};

export const SEVERITY_LABELS: Record<CreditSeverity, Localized> = {
  general: { zh: '一般失信', en: 'General breach' },
  serious: { zh: '严重失信', en: 'Serious breach' },
  commendation: { zh: '守信表彰', en: 'Commendation' },
};

export const LIST_LABELS: Record<CreditList, Localized> = {
  red: { zh: '红名单', en: 'Red list' },
  watch: { zh: '重点关注名单', en: 'Watch list' },
  black: { zh: '黑名单', en: 'Black list' },
};

/** Event types other modules record; any other well-formed type is accepted and shown as is. */
export const EVENT_TYPE_LABELS: Record<string, Localized> = {
  late_refund: { zh: '逾期退费', en: 'Late refund' },
  overdue_rectification: { zh: '逾期未整改', en: 'Rectification overdue' },
  inspection_failed: { zh: '检查不合格', en: 'Failed inspection' },
  unfair_contract_clause: { zh: '使用不公平格式条款', en: 'Unfair standard-form clause' },
  false_advertising: { zh: '虚假宣传', en: 'False advertising' },
  unlicensed_training: { zh: '超范围或无证培训', en: 'Training outside the licence' },
  funds_misappropriation: { zh: '挪用预收费资金', en: 'Prepaid funds misappropriated' },
  court_judgment: { zh: '生效裁判未履行', en: 'Court judgment not performed' },
  complaint_upheld: { zh: '投诉查实', en: 'Complaint upheld' },
  association_warning: { zh: '协会警示', en: 'Association warning' },
  association_commendation: { zh: '协会表彰', en: 'Association commendation' },
  commendation: { zh: '守信表彰', en: 'Commendation' },
  reversal: { zh: '更正（撤销原记录）', en: 'Correction (reversal)' },
  credit_repair: { zh: '信用修复', en: 'Credit repair' },
};

export function eventTypeLabel(type: string): Localized {
  return EVENT_TYPE_LABELS[type] ?? { zh: type, en: type };
}

/** Why an institution is on a list (or on none), as stored in credit_rating.list_reason. */
export const LIST_REASONS = {
  live_serious_breach: {
    zh: '存在仍在公示期内的严重失信记录，无论分数高低均列入黑名单',
    en: 'A serious breach is still published: black-listed whatever the score',
  },
  grade_d: { zh: '信用等级为 D（低于 {gradeC} 分）', en: 'Grade D (below {gradeC})' },
  grade_c: { zh: '信用等级为 C（{gradeC}–{gradeB} 分）', en: 'Grade C ({gradeC} to below {gradeB})' },
  open_rectification: { zh: '存在未完成的整改事项（{count} 件）', en: 'Open rectification case(s): {count}' },
  grade_a_clean: {
    zh: '信用等级为 A，且无仍在公示期内的失信记录或未完成整改',
    en: 'Grade A with no published breach and no open rectification',
  },
  grade_b: { zh: '信用等级为 B，不列入名单', en: 'Grade B: on no list' },
  grade_a_open_violation: {
    zh: '信用等级为 A，但存在仍在公示期内的失信记录，不列入红名单',
    en: 'Grade A, but a published breach keeps it off the red list',
  },
} satisfies Record<string, Localized>;

export type ListReason = keyof typeof LIST_REASONS;

export const NOT_COUNTING_LABELS = {
  not_yet_recorded: { zh: '尚未记录', en: 'Not yet recorded' },
  publication_ended: { zh: '公示期届满', en: 'Publication period over' },
  reversed: { zh: '已更正撤销', en: 'Reversed' },
  repaired: { zh: '已信用修复，提前结束公示', en: 'Publication ended by credit repair' },
} satisfies Record<string, Localized>;
