import { sql } from 'kysely';
import { SYSTEM } from '../../auth/actor';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { recordAudit } from '../audit/service';
import type { CreditCaller } from '../credit/ledger';
import type { ProgressReporter } from '../jobs/job';
import type { Policy } from '../policies/store';
import { lockContract } from './queries';
import { applyScanToCases } from './rectification';
import { RULE_LIBRARY_VERSION } from './rules/index';
import { scanForFiling, storedFindings, type StoredScan } from './stored-findings';

/**
 * SPEC §4/§6: when the rule library changes, every current contract version scanned with another
 * library version is scanned again. The verdict is a contract_rescan row — the version's own scan
 * is evidence behind any notice and is never rewritten — unique per (version, library version),
 * so the job is idempotent.
 *
 * Decisions (the spec is silent):
 * - only the current version of each contract is rescanned: superseded versions are history;
 * - a rescan that finds a `high` finding on a contract with no unrectified case opens one, with
 *   its own notice and deadline (a newly recognised unfair clause is as unlawful as one found at
 *   filing, 民法典 497 voids it either way);
 * - a rescan never closes a case: closing takes a revised filing (SPEC §4). A case opened by a
 *   rule that was since corrected is closed by filing the same text again, which then scans clean;
 * - the scan limits are the policy in force at the rescan (recorded on the row).
 *
 * Work is set-based per batch: one query selects the stale versions, the scanner runs in memory,
 * one statement stores the batch. Cases are opened afterwards, each in its own transaction, from
 * what is stored — so a crash between the two steps is repaired by the next run.
 */
export interface RescanResult extends Record<string, unknown> {
  ruleLibraryVersion: string;
  rescanned: number;
  casesOpened: number;
  policyVersion: number;
}

const BATCH = 200;

interface StaleVersion {
  id: string;
  contract_id: string;
  institution_id: string;
  version: number;
  text: string;
  language: 'zh' | 'en';
  template_version: string | null;
  scanned_with: string;
}

export async function rescanCurrentContracts(
  ctx: AppContext,
  options: { caller?: CreditCaller; progress?: ProgressReporter; ruleLibraryVersion?: string } = {},
): Promise<RescanResult> {
  const library = options.ruleLibraryVersion ?? RULE_LIBRARY_VERSION;
  const caller = options.caller ?? { actor: SYSTEM, requestId: 'job:contract-rescan' };
  const policy = await ctx.policies.current();
  let rescanned = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await sql<StaleVersion>`
      select v.id, v.contract_id, v.institution_id, v.version, v.text, v.language, v.template_version,
             coalesce((select r.rule_library_version from contract_rescan r where r.contract_version_id = v.id
                       order by r.scanned_at desc, r.id desc limit 1), v.rule_library_version) as scanned_with
      from contract c
      join contract_version v on v.contract_id = c.id and v.version = c.current_version
      where v.id > ${after}::uuid
        and v.rule_library_version <> ${library}
        and not exists (select 1 from contract_rescan r where r.contract_version_id = v.id and r.rule_library_version = ${library})
      order by v.id
      limit ${BATCH}`.execute(ctx.db);
    if (rows.length === 0) break;
    const now = ctx.clock.now();
    const values = rows.map((v) => {
      const scan = scanForFiling(v.text, { language: v.language, ...(v.template_version ? { templateVersion: v.template_version } : {}), policy });
      if (scan.ruleLibraryVersion !== library) throw new Error(`the scanner is at rule library ${scan.ruleLibraryVersion}, not ${library}`);
      return {
        contract_version_id: v.id,
        contract_id: v.contract_id,
        institution_id: v.institution_id,
        rule_library_version: library,
        previous_rule_library_version: v.scanned_with,
        findings: JSON.stringify(scan.findings),
        high_count: scan.counts.high,
        medium_count: scan.counts.medium,
        low_count: scan.counts.low,
        policy_version: policy.version,
        scanned_at: now,
      };
    });
    rescanned += await inTransaction(ctx.db, async (trx) => {
      const inserted = await trx
        .insertInto('contract_rescan')
        .values(values)
        .onConflict((oc) => oc.columns(['contract_version_id', 'rule_library_version']).doNothing())
        .returning('id')
        .execute();
      await recordAudit(trx, caller, {
        action: 'contract.rescanned',
        subjectType: 'rule_library',
        subjectId: library,
        details: { versions: inserted.length, withHigh: values.filter((v) => v.high_count > 0).length, policyVersion: policy.version },
        at: now,
      });
      return inserted.length;
    });
    after = rows[rows.length - 1]!.id;
    await options.progress?.({ rescanned });
  }
  const casesOpened = await openCasesFromRescans(ctx, caller, library, policy);
  return { ruleLibraryVersion: library, rescanned, casesOpened, policyVersion: policy.version };
}

interface RescanWithHigh {
  rescan_id: string;
  contract_id: string;
  institution_id: string;
  version: number;
  language: 'zh' | 'en';
  findings: unknown;
  high_count: number;
  medium_count: number;
  low_count: number;
}

/** Current versions whose rescan under `library` found a high finding and that no case covers yet. */
async function openCasesFromRescans(ctx: AppContext, caller: CreditCaller, library: string, policy: Policy): Promise<number> {
  let opened = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await sql<RescanWithHigh>`
      select r.id as rescan_id, r.contract_id, r.institution_id, v.version, v.language, r.findings,
             r.high_count, r.medium_count, r.low_count
      from contract c
      join contract_version v on v.contract_id = c.id and v.version = c.current_version
      join contract_rescan r on r.contract_version_id = v.id and r.rule_library_version = ${library}
      where r.id > ${after}::uuid and r.high_count > 0
        and not exists (select 1 from rectification_case rc where rc.contract_id = c.id and rc.status <> 'closed')
        and not exists (select 1 from rectification_case rc where rc.rescan_id = r.id)
      order by r.id
      limit ${BATCH}`.execute(ctx.db);
    if (rows.length === 0) return opened;
    for (const row of rows) {
      const scan: StoredScan = {
        findings: storedFindings(row.findings),
        ruleLibraryVersion: library,
        language: row.language,
        counts: { high: row.high_count, medium: row.medium_count, low: row.low_count },
      };
      const effect = await inTransaction(ctx.db, async (trx) => {
        const contract = await lockContract(trx, row.institution_id, row.contract_id);
        // Re-checked under the lock: a revision filed meanwhile supersedes this rescan.
        if (!contract || contract.current_version !== row.version) return null;
        return applyScanToCases(trx, ctx, caller, { contract, version: row.version, scan, openedBy: 'rescan', rescanId: row.rescan_id, policy, now: ctx.clock.now() });
      });
      if (effect?.action === 'opened') opened++;
    }
    after = rows[rows.length - 1]!.rescan_id;
  }
}
