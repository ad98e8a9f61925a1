import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Caller } from '../../http/api';
import { AppError } from '../../http/errors';
import { decodeCursor, toPage } from '../../http/pagination';
import { filingScan, rescanScan, toCase, toContract, toContractVersion, toVersionSummary } from './mapper';
import { renderContractPdf } from './pdf';
import { loadContractInstitution } from './policy';
import * as queries from './queries';
import { caseQuery, type CaseListRow } from './rectification-queries';
import type { ContractDetail, ContractListQuery, ContractVersion } from './schema';

/** Reading filed contracts: the institution itself or a regulator in scope (policy.ts). */

export async function listContracts(ctx: AppContext, caller: Caller, institutionId: string, query: z.infer<typeof ContractListQuery>) {
  const institution = await loadContractInstitution(ctx, caller, institutionId);
  const rows = await queries.listContracts(ctx.db, institution.id, query.limit, decodeCursor(query.cursor));
  return toPage(rows, query.limit, toContract);
}

async function loadContract(ctx: AppContext, caller: Caller, institutionId: string, contractId: string) {
  const institution = await loadContractInstitution(ctx, caller, institutionId);
  const contract = await queries.findContract(ctx.db, institution.id, contractId);
  if (!contract) throw new AppError('CONTRACT_NOT_FOUND', { id: contractId });
  return { institution, contract };
}

async function loadVersion(ctx: AppContext, contractId: string, version: number) {
  const row = await queries.findVersion(ctx.db, contractId, version);
  if (!row) throw new AppError('CONTRACT_VERSION_NOT_FOUND', { contractId, version });
  return row;
}

export async function getContract(ctx: AppContext, caller: Caller, institutionId: string, contractId: string): Promise<z.infer<typeof ContractDetail>> {
  const { contract } = await loadContract(ctx, caller, institutionId, contractId);
  const current = await loadVersion(ctx, contract.id, contract.current_version);
  const rescans = await queries.rescansOf(ctx.db, current.id);
  const latestRescan = rescans[rescans.length - 1];
  const versions = await queries.listVersionSummaries(ctx.db, contract.id);
  const cases = (await caseQuery(ctx.db, { scope: { kind: 'all' }, contractId: contract.id }).orderBy('rc.opened_at').orderBy('rc.id').execute()) as CaseListRow[];
  const now = ctx.clock.now();
  return {
    ...toContract(contract),
    versions: versions.map(toVersionSummary),
    latestScan: latestRescan ? rescanScan(latestRescan, caller.lang) : filingScan(current, caller.lang),
    cases: cases.map((c) => toCase(c, caller.lang, now, ctx.config.timeZone)),
  };
}

export async function getContractVersion(ctx: AppContext, caller: Caller, institutionId: string, contractId: string, version: number): Promise<z.infer<typeof ContractVersion>> {
  const { contract } = await loadContract(ctx, caller, institutionId, contractId);
  const row = await loadVersion(ctx, contract.id, version);
  return toContractVersion(row, await queries.rescansOf(ctx.db, row.id), caller.lang);
}

/** The version's own text as a PDF (SPEC §4), dated by its filing so the same version renders the same bytes. */
export async function contractVersionPdf(ctx: AppContext, caller: Caller, institutionId: string, contractId: string, version: number): Promise<{ pdf: Buffer; filename: string }> {
  const { institution, contract } = await loadContract(ctx, caller, institutionId, contractId);
  const row = await loadVersion(ctx, contract.id, version);
  const values = (row.template_values ?? {}) as Record<string, unknown>;
  const number = values['contract.number'];
  const pdf = await renderContractPdf({
    title: row.title,
    text: row.text,
    language: row.language,
    meta: {
      createdAt: row.filed_at,
      author: institution.name,
      ...(typeof number === 'string' ? { contractNumber: number } : {}),
      keywords: `contract ${contract.id} v${row.version} sha256:${row.text_sha256}`,
    },
  });
  return { pdf, filename: `contract-${contract.id}-v${row.version}.pdf` };
}
