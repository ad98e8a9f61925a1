import type { z } from 'zod';
import type { Lang } from '../../http/i18n';
import { dateInZone } from '../../lib/dates';
import { districtName } from '../institutions/mapper';
import type { ContractListRow, ContractRescanRow, ContractVersionRow, VersionSummaryRow } from './queries';
import type { CaseListRow, ReplyRow } from './rectification-queries';
import type { Contract, ContractVersion, RectificationCase, Reply, StoredScan, VersionSummary } from './schema';
import { localizeFinding, storedFindings } from './stored-findings';

/** What leaves the service: rows → the JSON of schema.ts, messages in the reader's language. */

export function toContract(row: ContractListRow): z.infer<typeof Contract> {
  return {
    id: row.id,
    institutionId: row.institution_id,
    courseId: row.course_id,
    title: row.title,
    currentVersion: row.current_version,
    status: row.status,
    counts: { high: row.high_count, medium: row.medium_count, low: row.low_count },
    openCase: row.open_case_id && row.open_case_number && row.open_case_status ? { id: row.open_case_id, number: row.open_case_number, status: row.open_case_status } : null,
    filedBy: row.filed_by,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toVersionSummary(row: VersionSummaryRow): z.infer<typeof VersionSummary> {
  return {
    version: row.version,
    title: row.title,
    source: row.source,
    template: row.template_id && row.template_version && row.template_language ? { id: row.template_id, version: row.template_version, language: row.template_language } : null,
    language: row.language,
    textSha256: row.text_sha256,
    ruleLibraryVersion: row.rule_library_version,
    counts: { high: row.high_count, medium: row.medium_count, low: row.low_count },
    scannedAt: row.scanned_at.toISOString(),
    policyVersion: row.policy_version,
    filedBy: row.filed_by,
    filedAt: row.filed_at.toISOString(),
  };
}

export function filingScan(row: ContractVersionRow, lang: Lang): z.infer<typeof StoredScan> {
  return {
    origin: 'filing',
    ruleLibraryVersion: row.rule_library_version,
    scannedAt: row.scanned_at.toISOString(),
    counts: { high: row.high_count, medium: row.medium_count, low: row.low_count },
    findings: storedFindings(row.findings).map((f) => localizeFinding(f, lang)),
  };
}

export function rescanScan(row: ContractRescanRow, lang: Lang): z.infer<typeof StoredScan> {
  return {
    origin: 'rescan',
    ruleLibraryVersion: row.rule_library_version,
    scannedAt: row.scanned_at.toISOString(),
    counts: { high: row.high_count, medium: row.medium_count, low: row.low_count },
    findings: storedFindings(row.findings).map((f) => localizeFinding(f, lang)),
  };
}

export function toContractVersion(row: ContractVersionRow, rescans: readonly ContractRescanRow[], lang: Lang): z.infer<typeof ContractVersion> {
  return {
    ...toVersionSummary(row),
    contractId: row.contract_id,
    text: row.text,
    values: (row.template_values as Record<string, string | number> | null) ?? null,
    findings: filingScan(row, lang).findings,
    rescans: rescans.map((r) => rescanScan(r, lang)),
  };
}

export function toCase(row: CaseListRow, lang: Lang, now: Date, timeZone: string): z.infer<typeof RectificationCase> {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    pastDeadline: row.status === 'open' && dateInZone(now, timeZone) > row.deadline,
    institution: {
      id: row.institution_id,
      name: row.institution_name,
      uscc: row.institution_uscc,
      districtCode: row.district_code,
      districtName: districtName(row.district_code, lang),
    },
    contract: { id: row.contract_id, title: row.contract_title, currentVersion: row.contract_current_version },
    openedOnVersion: row.opened_on_version,
    openedBy: row.opened_by,
    ruleLibraryVersion: row.rule_library_version,
    high: storedFindings(row.findings).filter((f) => f.severity === 'high').length,
    deadline: row.deadline,
    openedAt: row.opened_at.toISOString(),
    overdueAt: row.overdue_at?.toISOString() ?? null,
    overdueEventId: row.overdue_event_id,
    closedAt: row.closed_at?.toISOString() ?? null,
    closedByVersion: row.closed_by_version,
    policyVersion: row.policy_version,
  };
}

export function toReply(row: ReplyRow): z.infer<typeof Reply> {
  return { id: row.id, caseId: row.case_id, text: row.text, author: row.author_sub, authorRole: row.author_role, createdAt: row.created_at.toISOString() };
}
