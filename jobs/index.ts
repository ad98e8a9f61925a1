import type { JobDefinition } from '../src/modules/jobs/job';
import { contractRescan } from './contract-rescan';
import { creditRecompute } from './credit-recompute';
import { licenceExpiryScan } from './licence-expiry-scan';
import { rectificationEscalation } from './rectification-escalation';

/** Every scheduled job (SPEC §6). Times are in TZ_REGION. */
export const ALL_JOBS: readonly JobDefinition[] = [licenceExpiryScan, creditRecompute, rectificationEscalation, contractRescan];
