import type { Migration } from 'kysely';
import * as foundation from './2026-11-29T10.00.00-foundation';
import * as jobsAndAlerts from './2026-11-29T11.00.00-jobs-and-alerts';
import * as escrowLedger from './2026-11-29T12.00.00-escrow-ledger';
import * as creditLedger from './2026-11-29T13.00.00-credit-ledger';
import * as contracts from './2026-11-29T14.00.00-contracts';
import * as escrowSupervision from './2026-11-29T15.00.00-escrow-supervision';
import * as ledgerRoundTrips from './2026-11-29T16.00.00-ledger-round-trips';
import * as ledgerBatches from './2026-11-29T17.00.00-ledger-batches';
import * as ledgerDeferredApply from './2026-11-29T20.00.00-ledger-deferred-apply';

/**
 * Every migration, listed explicitly so the same list runs under tsx, jest and compiled
 * JavaScript. Names sort in the order they run.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-29T10.00.00-foundation': foundation,
  '2026-11-29T11.00.00-jobs-and-alerts': jobsAndAlerts,
  '2026-11-29T12.00.00-escrow-ledger': escrowLedger,
  '2026-11-29T13.00.00-credit-ledger': creditLedger,
  '2026-11-29T14.00.00-contracts': contracts,
  '2026-11-29T15.00.00-escrow-supervision': escrowSupervision,
  '2026-11-29T16.00.00-ledger-round-trips': ledgerRoundTrips,
  '2026-11-29T17.00.00-ledger-batches': ledgerBatches,
  '2026-11-29T20.00.00-ledger-deferred-apply': ledgerDeferredApply,
};
