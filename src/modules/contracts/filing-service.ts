import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { inTransaction, type Tx } from '../../db/transaction';
import type { Caller } from '../../http/api';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit/service';
import { assertCanFileFor } from '../institutions/policy';
import type { InstitutionRow } from '../institutions/queries';
import type { Policy } from '../policies/store';
import { toCase, toContract, toContractVersion } from './mapper';
import { loadContractInstitution } from './policy';
import * as queries from './queries';
import { applyScanToCases, type CaseEffect } from './rectification';
import { findCase } from './rectification-queries';
import type { ContractFiling, ContractFilingInput, ContractRevisionInput } from './schema';
import { loadContractCourse, prepareVersion, type PreparedVersion } from './version-source';

/**
 * Filing (SPEC §4): an institution — or a regulator over it — files its contract; every version
 * is scanned, kept with its findings, and opens or closes the rectification case
 * (rectification.ts) in the same transaction.
 */

/** Institutions that no longer exist as training providers sign no contracts. */
const NOT_FILING = new Set(['rejected', 'revoked', 'closed']);

function assertMayFile(caller: Caller, institution: InstitutionRow): void {
  assertCanFileFor(caller.actor, institution);
  if (NOT_FILING.has(institution.status)) throw new AppError('CONTRACT_INSTITUTION_NOT_FILING', { institutionStatus: institution.status });
}

export async function fileContract(ctx: AppContext, caller: Caller, institutionId: string, input: z.infer<typeof ContractFilingInput>): Promise<z.infer<typeof ContractFiling>> {
  const institution = await loadContractInstitution(ctx, caller, institutionId);
  assertMayFile(caller, institution);
  const course = input.courseId ? await loadContractCourse(ctx, institution.id, input.courseId, { requireFiled: true }) : undefined;
  const policy = await ctx.policies.current();
  const prepared = prepareVersion(institution, course, input, policy);
  const now = ctx.clock.now();
  const { contractId, effect } = await inTransaction(ctx.db, async (trx) => {
    const contract = await queries.insertContract(trx, {
      institution_id: institution.id,
      course_id: course?.id ?? null,
      title: input.title,
      current_version: 1,
      status: 'filed',
      filed_by: caller.actor.sub,
      created_at: now,
      updated_at: now,
    });
    await insertVersion(trx, caller, contract, 1, prepared, policy, now);
    const effect = await applyScanToCases(trx, ctx, caller, { contract, version: 1, scan: prepared.scan, openedBy: 'filing', policy, now });
    await recordAudit(trx, caller, {
      action: 'contract.filed',
      subjectType: 'contract',
      subjectId: contract.id,
      institutionId: institution.id,
      details: { title: contract.title, courseId: contract.course_id, ...versionAudit(1, prepared, policy), rectification: effect.action },
      at: now,
    });
    return { contractId: contract.id, effect };
  });
  return filingResult(ctx, caller, institution.id, contractId, 1, effect);
}

export async function fileRevision(
  ctx: AppContext,
  caller: Caller,
  institutionId: string,
  contractId: string,
  input: z.infer<typeof ContractRevisionInput>,
): Promise<z.infer<typeof ContractFiling>> {
  const institution = await loadContractInstitution(ctx, caller, institutionId);
  const existing = await queries.findContract(ctx.db, institution.id, contractId);
  if (!existing) throw new AppError('CONTRACT_NOT_FOUND', { id: contractId });
  assertMayFile(caller, institution);
  const course = existing.course_id && input.template ? await loadContractCourse(ctx, institution.id, existing.course_id, { requireFiled: false }) : undefined;
  const policy = await ctx.policies.current();
  const prepared = prepareVersion(institution, course, input, policy);
  const now = ctx.clock.now();
  const { version, effect } = await inTransaction(ctx.db, async (trx) => {
    // The lock numbers versions: two revisions filed at once get n+1 and n+2, never both n+1.
    const locked = await queries.lockContract(trx, institution.id, contractId);
    if (!locked) throw new AppError('CONTRACT_NOT_FOUND', { id: contractId });
    const version = locked.current_version + 1;
    const contract = await queries.updateContract(trx, locked.id, { current_version: version, ...(input.title ? { title: input.title } : {}), updated_at: now });
    await insertVersion(trx, caller, contract, version, prepared, policy, now);
    const effect = await applyScanToCases(trx, ctx, caller, { contract, version, scan: prepared.scan, openedBy: 'filing', policy, now });
    await recordAudit(trx, caller, {
      action: 'contract.revised',
      subjectType: 'contract',
      subjectId: contract.id,
      institutionId: institution.id,
      details: { ...(input.title ? { title: input.title } : {}), ...versionAudit(version, prepared, policy), rectification: effect.action },
      at: now,
    });
    return { version, effect };
  });
  return filingResult(ctx, caller, institution.id, contractId, version, effect);
}

async function insertVersion(trx: Tx, caller: Caller, contract: queries.ContractRow, version: number, prepared: PreparedVersion, policy: Policy, now: Date) {
  return queries.insertVersion(trx, {
    contract_id: contract.id,
    institution_id: contract.institution_id,
    version,
    title: contract.title,
    source: prepared.source,
    template_id: prepared.template?.id ?? null,
    template_version: prepared.template?.version ?? null,
    template_language: prepared.template?.language ?? null,
    template_values: prepared.template ? JSON.stringify(prepared.template.values) : null,
    language: prepared.scan.language,
    text: prepared.text,
    text_sha256: sha256(prepared.text),
    rule_library_version: prepared.scan.ruleLibraryVersion,
    findings: JSON.stringify(prepared.scan.findings),
    high_count: prepared.scan.counts.high,
    medium_count: prepared.scan.counts.medium,
    low_count: prepared.scan.counts.low,
    scanned_at: now,
    policy_version: policy.version,
    filed_by: caller.actor.sub,
    filed_by_role: caller.actor.role,
    filed_at: now,
  });
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function versionAudit(version: number, prepared: PreparedVersion, policy: Policy) {
  return {
    version,
    source: prepared.source,
    template: prepared.template ? { id: prepared.template.id, version: prepared.template.version, language: prepared.template.language } : null,
    textSha256: sha256(prepared.text),
    findings: prepared.scan.counts,
    ruleLibraryVersion: prepared.scan.ruleLibraryVersion,
    policyVersion: policy.version,
  };
}

/** The answer to a filing, read after commit. */
async function filingResult(ctx: AppContext, caller: Caller, institutionId: string, contractId: string, version: number, effect: CaseEffect): Promise<z.infer<typeof ContractFiling>> {
  const contract = await queries.findContract(ctx.db, institutionId, contractId);
  const row = await queries.findVersion(ctx.db, contractId, version);
  if (!contract || !row) throw new Error('a filed contract vanished after commit');
  const caseRow = effect.case ? await findCase(ctx.db, { scope: { kind: 'all' } }, effect.case.id) : undefined;
  return {
    contract: toContract(contract),
    version: toContractVersion(row, [], caller.lang),
    rectification: { action: effect.action, case: caseRow ? toCase(caseRow, caller.lang, ctx.clock.now(), ctx.config.timeZone) : null },
  };
}
