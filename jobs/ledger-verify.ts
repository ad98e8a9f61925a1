import type { JobDefinition } from '../src/modules/jobs/job';
import { verifyLedgerAndAlert } from '../src/modules/escrow/ledger/verify-alert';

/**
 * SPEC §6: daily ledger verification (the invariants of §3.3); a failure raises a critical
 * ledger_invariant_broken alert, a clean run resolves it. Statements reach reconciliation over the
 * API (POST /institutions/{id}/reconciliations), not by file drop, so no reconcile-all job runs.
 */
export const ledgerVerify: JobDefinition = {
  name: 'ledger-verify',
  description: { zh: '资金台账不变量校验', en: 'Ledger invariants verified' },
  schedule: '30 4 * * *',
  run: (ctx) => verifyLedgerAndAlert(ctx),
};
