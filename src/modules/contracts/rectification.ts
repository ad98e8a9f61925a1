import type { Tx } from '../../db/transaction';
import type { Caller } from '../../http/api';
import { addDays, dateInZone } from '../../lib/dates';
import { recordAudit } from '../audit/service';
import { refreshCreditRating, type CreditDeps } from '../credit/ratings';
import type { Policy } from '../policies/store';
import { nextNoticeNumber } from './notice-number';
import type { ContractRow } from './queries';
import * as cases from './rectification-queries';
import { noticeFindings, type StoredScan } from './stored-findings';

/**
 * The rectification case lifecycle (SPEC §4), run inside the transaction that filed or rescanned
 * a version, with the contract row already locked (lock order: contract → case → notice counter
 * → credit chain head, the same everywhere, so two filings never deadlock):
 *
 * - a scan with a `high` finding opens a case — one unrectified case per contract, so further
 *   high findings while it is open join it (the notice stands as issued);
 * - a filed version with no `high` finding closes the open or overdue case (closed_by_version);
 *   a rescan never closes one: only a revised filing is a rectification;
 * - opening and closing re-rate the institution in the same transaction, because an open
 *   rectification puts it on the watch list (SPEC §5).
 */
export type CaseAction = 'opened' | 'closed' | 'still_open' | 'none';

export interface CaseEffect {
  action: CaseAction;
  case: cases.CaseRow | null;
}

export interface ScanOutcome {
  contract: ContractRow;
  version: number;
  scan: StoredScan;
  openedBy: 'filing' | 'rescan';
  rescanId?: string;
  policy: Policy;
  now: Date;
}

export async function applyScanToCases(trx: Tx, deps: CreditDeps, caller: Pick<Caller, 'actor' | 'requestId'>, outcome: ScanOutcome): Promise<CaseEffect> {
  const { contract, scan, now } = outcome;
  const unrectified = await cases.lockUnrectifiedCase(trx, contract.id);
  if (scan.counts.high > 0) {
    if (unrectified) return { action: 'still_open', case: unrectified };
    return { action: 'opened', case: await openCase(trx, deps, caller, outcome) };
  }
  if (unrectified && outcome.openedBy === 'filing') {
    const closed = await cases.updateCase(trx, unrectified.id, { status: 'closed', closed_at: now, closed_by_version: outcome.version });
    await trx.updateTable('contract').set({ status: 'filed', updated_at: now }).where('id', '=', contract.id).execute();
    await refreshCreditRating(trx, contract.institution_id, deps);
    await recordAudit(trx, caller, {
      action: 'rectification.closed',
      subjectType: 'rectification_case',
      subjectId: closed.id,
      institutionId: contract.institution_id,
      details: { number: closed.number, contractId: contract.id, closedByVersion: outcome.version, wasOverdue: unrectified.status === 'overdue' },
      at: now,
    });
    return { action: 'closed', case: closed };
  }
  return { action: unrectified ? 'still_open' : 'none', case: unrectified ?? null };
}

async function openCase(trx: Tx, deps: CreditDeps, caller: Pick<Caller, 'actor' | 'requestId'>, outcome: ScanOutcome): Promise<cases.CaseRow> {
  const { contract, scan, policy, now } = outcome;
  const today = dateInZone(now, deps.config.timeZone);
  const notice = await nextNoticeNumber(trx, Number(today.slice(0, 4)));
  const opened = await cases.insertCase(trx, {
    institution_id: contract.institution_id,
    contract_id: contract.id,
    opened_on_version: outcome.version,
    opened_by: outcome.openedBy,
    rescan_id: outcome.rescanId ?? null,
    notice_year: notice.year,
    notice_seq: notice.seq,
    number: notice.number,
    findings: JSON.stringify(noticeFindings(scan.findings)),
    rule_library_version: scan.ruleLibraryVersion,
    status: 'open',
    deadline: addDays(today, policy.values.contracts.rectificationDeadlineDays),
    policy_version: policy.version,
    opened_at: now,
  });
  await trx.updateTable('contract').set({ status: 'under_rectification', updated_at: now }).where('id', '=', contract.id).execute();
  await refreshCreditRating(trx, contract.institution_id, deps);
  await recordAudit(trx, caller, {
    action: 'rectification.opened',
    subjectType: 'rectification_case',
    subjectId: opened.id,
    institutionId: contract.institution_id,
    details: {
      number: opened.number,
      contractId: contract.id,
      version: outcome.version,
      openedBy: outcome.openedBy,
      high: scan.counts.high,
      deadline: opened.deadline,
      ruleLibraryVersion: scan.ruleLibraryVersion,
      policyVersion: policy.version,
    },
    at: now,
  });
  return opened;
}
