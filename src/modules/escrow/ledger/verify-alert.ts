import type { AppContext } from '../../../context';
import { raiseAlert, resolveAlertByKey } from '../../alerts/service';
import { verifyLedger } from './verify';

const KEY = 'ledger_invariant_broken';

/**
 * The daily ledger verification (SPEC §6, jobs/ledger-verify.ts): runs GET /ledger/verify's checks
 * and raises a critical `ledger_invariant_broken` alert naming the failed invariants and their
 * offender counts; a later clean run resolves it.
 */
export async function verifyLedgerAndAlert(ctx: AppContext): Promise<{ ok: boolean; failed: string[]; entries: number; checkedAt: string }> {
  const report = await verifyLedger(ctx, 'zh');
  const failed = report.invariants.filter((i) => !i.ok);
  const at = ctx.clock.now();
  if (failed.length > 0) {
    await raiseAlert(ctx.db, {
      kind: 'ledger_invariant_broken',
      severity: 'critical',
      institutionId: null,
      dedupeKey: KEY,
      details: { checkedAt: report.checkedAt, failed: failed.map((i) => ({ name: i.name, offenderCount: i.offenderCount, offenders: i.offenders.slice(0, 10) })) },
      at,
    });
  } else {
    await resolveAlertByKey(ctx.db, KEY, at, 'ledger verified clean');
  }
  return { ok: report.ok, failed: failed.map((i) => i.name), entries: report.entries, checkedAt: report.checkedAt };
}
