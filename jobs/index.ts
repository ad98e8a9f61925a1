import type { JobDefinition } from '../src/modules/jobs/job';
import { contractRescan } from './contract-rescan';
import { creditRecompute } from './credit-recompute';
import { escrowWarnings } from './escrow-warnings';
import { ledgerVerify } from './ledger-verify';
import { licenceExpiryScan } from './licence-expiry-scan';
import { rectificationEscalation } from './rectification-escalation';
import { releaseConsumedFundsJob } from './release-consumed-funds';

/** Every scheduled job (SPEC §6). Times are in TZ_REGION. */
export const ALL_JOBS: readonly JobDefinition[] = [
  licenceExpiryScan,
  creditRecompute,
  rectificationEscalation,
  contractRescan,
  releaseConsumedFundsJob,
  ledgerVerify,
  escrowWarnings,
];
