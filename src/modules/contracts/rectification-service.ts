import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import type { Caller } from '../../http/api';
import { AppError } from '../../http/errors';
import type { Lang } from '../../http/i18n';
import { decodeCursor, toPage } from '../../http/pagination';
import { recordAudit } from '../audit/service';
import { districtName } from '../institutions/mapper';
import { toCase, toReply } from './mapper';
import { renderRectificationNoticePdf } from './pdf';
import { assertMayReply, contractScope } from './policy';
import * as cases from './rectification-queries';
import type { CaseListQuery, RectificationCaseDetail, ReplyInput } from './schema';
import { localizeFinding, storedFindings } from './stored-findings';

/** Rectification cases (SPEC §4): lists for regulators and institutions, the notice, replies. */

function filterFor(caller: Caller, query: Partial<z.infer<typeof CaseListQuery>> = {}): cases.CaseFilter {
  return {
    scope: contractScope(caller.actor),
    status: query.status,
    districtCode: query.districtCode,
    institutionId: query.institutionId,
    contractId: query.contractId,
  };
}

export async function listCases(ctx: AppContext, caller: Caller, query: z.infer<typeof CaseListQuery>) {
  const rows = await cases.listCases(ctx.db, filterFor(caller, query), query.limit, decodeCursor(query.cursor));
  const now = ctx.clock.now();
  return toPage(
    rows.map((r) => ({ ...r, created_at: r.opened_at })),
    query.limit,
    (r) => toCase(r, caller.lang, now, ctx.config.timeZone),
  );
}

/** Every matching case as a spreadsheet (UTF-8 with BOM so Excel reads Chinese). */
export async function exportCasesCsv(ctx: AppContext, caller: Caller, query: z.infer<typeof CaseListQuery>): Promise<string> {
  const rows = (await cases.caseQuery(ctx.db, filterFor(caller, query)).orderBy('rc.opened_at').orderBy('rc.id').limit(100_000).execute()) as cases.CaseListRow[];
  const now = ctx.clock.now();
  const zh = caller.lang === 'zh';
  const header = zh
    ? ['整改通知书编号', '状态', '已过期限', '机构名称', '统一社会信用代码', '区', '合同', '立案版本', '高风险问题数', '整改期限', '立案时间', '逾期时间', '办结时间', '办结版本']
    : ['number', 'status', 'pastDeadline', 'institution', 'uscc', 'district', 'contract', 'openedOnVersion', 'high', 'deadline', 'openedAt', 'overdueAt', 'closedAt', 'closedByVersion'];
  const lines = rows.map((r) => {
    const c = toCase(r, caller.lang, now, ctx.config.timeZone);
    return [
      c.number,
      statusLabel(c.status, caller.lang),
      c.pastDeadline ? (zh ? '是' : 'yes') : zh ? '否' : 'no',
      c.institution.name,
      c.institution.uscc,
      c.institution.districtName,
      c.contract.title,
      c.openedOnVersion,
      c.high,
      c.deadline,
      c.openedAt,
      c.overdueAt ?? '',
      c.closedAt ?? '',
      c.closedByVersion ?? '',
    ];
  });
  return '\ufeff' + stringify([header, ...lines]);
}

const STATUS_LABELS = {
  open: { zh: '整改中', en: 'open' },
  overdue: { zh: '逾期未整改', en: 'overdue' },
  closed: { zh: '已办结', en: 'closed' },
} as const;

function statusLabel(status: keyof typeof STATUS_LABELS, lang: Lang): string {
  return STATUS_LABELS[status][lang];
}

async function loadCase(ctx: AppContext, caller: Caller, id: string): Promise<cases.CaseListRow> {
  const row = await cases.findCase(ctx.db, filterFor(caller), id);
  if (!row) throw new AppError('RECTIFICATION_CASE_NOT_FOUND', { id });
  return row;
}

export async function getCase(ctx: AppContext, caller: Caller, id: string): Promise<z.infer<typeof RectificationCaseDetail>> {
  const row = await loadCase(ctx, caller, id);
  const replies = await cases.listReplies(ctx.db, row.id);
  return {
    ...toCase(row, caller.lang, ctx.clock.now(), ctx.config.timeZone),
    findings: storedFindings(row.findings).map((f) => localizeFinding(f, caller.lang)),
    replies: replies.map(toReply),
  };
}

/**
 * The numbered notice (整改通知书) with the findings, their basis and suggested wording, and the
 * deadline, as issued: dated by the opening, so it renders the same bytes every time. Issued in
 * the name of the institution's district education bureau, the authority that supervises it.
 */
export async function noticePdf(ctx: AppContext, caller: Caller, id: string, language: Lang): Promise<{ pdf: Buffer; filename: string }> {
  const row = await loadCase(ctx, caller, id);
  const zh = language === 'zh';
  const district = districtName(row.district_code, language);
  const pdf = await renderRectificationNoticePdf({
    noticeNumber: row.number,
    institution: { name: row.institution_name, uscc: row.institution_uscc },
    findings: storedFindings(row.findings).map((f) => localizeFinding(f, language)),
    deadline: row.deadline,
    issuedAt: row.opened_at,
    language,
    issuer: zh ? `上海市${district}教育局` : `${district} Education Bureau, Shanghai`,
    contractReference: zh ? `《${row.contract_title}》第${row.opened_on_version}版` : `“${row.contract_title}”, version ${row.opened_on_version}`,
  });
  return { pdf, filename: `rectification-notice-${row.notice_year}-${String(row.notice_seq).padStart(6, '0')}.pdf` };
}

export async function replyToCase(ctx: AppContext, caller: Caller, id: string, input: z.infer<typeof ReplyInput>) {
  const visible = await loadCase(ctx, caller, id);
  assertMayReply(caller.actor, visible.institution_id);
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const locked = await cases.lockCase(trx, visible.id);
    if (!locked) throw new AppError('RECTIFICATION_CASE_NOT_FOUND', { id });
    if (locked.status === 'closed') {
      throw new AppError('RECTIFICATION_CASE_CLOSED', { noticeNumber: locked.number, closedAt: locked.closed_at?.toISOString() ?? '' });
    }
    const reply = await cases.insertReply(trx, {
      case_id: locked.id,
      institution_id: locked.institution_id,
      text: input.text,
      author_sub: caller.actor.sub,
      author_role: caller.actor.role,
      created_at: now,
    });
    await recordAudit(trx, caller, {
      action: 'rectification.replied',
      subjectType: 'rectification_case',
      subjectId: locked.id,
      institutionId: locked.institution_id,
      details: { replyId: reply.id, number: locked.number, length: input.text.length },
      at: now,
    });
    return toReply(reply);
  });
}
