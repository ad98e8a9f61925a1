import { stringify } from 'csv-stringify/sync';
import type { Lang } from '../../../http/i18n';
import type { ItemRow, PlanRow } from './service';

const STATUS_LABELS: Record<string, { zh: string; en: string }> = {
  draft: { zh: '待审批', en: 'draft' },
  approved: { zh: '已审批', en: 'approved' },
  executing: { zh: '执行中', en: 'executing' },
  executed: { zh: '已执行', en: 'executed' },
  superseded: { zh: '已作废', en: 'superseded' },
};

export function planStatusLabel(status: string, lang: Lang): string {
  return STATUS_LABELS[status]?.[lang] ?? status;
}

/** The plan as a spreadsheet, one row per enrollment or card, then the totals (UTF-8 with BOM for Excel). */
export function windDownCsv(plan: PlanRow, items: ItemRow[], lang: Lang): string {
  const zh = lang === 'zh';
  const header = zh
    ? ['序号', '学员编号', '类型', '报名/预付卡编号', '监管方式', '缴费时间', '应退金额', '托管账户支付', '风险保证金支付', '保险理赔', '未覆盖缺口', '是否已过账', '退费分录', '理赔分录']
    : ['seq', 'studentRef', 'type', 'holderId', 'supervisionMode', 'paidAt', 'refundable', 'fromCustody', 'fromDeposit', 'fromInsurance', 'shortfall', 'posted', 'refundEntryId', 'claimEntryId'];
  const rows = items.map((i) => [
    i.seq,
    i.holder_ref ?? (zh ? '（不记名卡）' : '(anonymous card)'),
    i.enrollment_id ? (zh ? '报名' : 'enrollment') : zh ? '预付卡' : 'card',
    i.enrollment_id ?? i.card_id,
    zh ? (i.supervision_mode === 'custody' ? '银行托管' : '风险保证金') : i.supervision_mode,
    i.paid_at.toISOString(),
    i.refundable,
    i.from_custody,
    i.from_deposit,
    i.from_insurance,
    i.shortfall,
    i.posted_at ? (zh ? '是' : 'yes') : zh ? '否' : 'no',
    i.refund_entry_id ?? '',
    i.claim_entry_id ?? '',
  ]);
  const total = [zh ? '合计' : 'total', '', '', '', '', '', plan.refundable, plan.from_custody, plan.from_deposit, plan.from_insurance, plan.shortfall, '', '', ''];
  const meta = zh
    ? [['方案编号', plan.id], ['方案状态', planStatusLabel(plan.status, lang)], ['编制日期', plan.as_of], ['政策版本', plan.policy_version]]
    : [['plan', plan.id], ['status', plan.status], ['asOf', plan.as_of], ['policyVersion', plan.policy_version]];
  return '\ufeff' + stringify([header, ...rows, total, [], ...meta]);
}
