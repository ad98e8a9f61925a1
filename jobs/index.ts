import type { JobDefinition } from '../src/modules/jobs/job';
import { creditRecompute } from './credit-recompute';
import { licenceExpiryScan } from './licence-expiry-scan';

/** Every scheduled job (SPEC §6). Times are in TZ_REGION. */
export const ALL_JOBS: readonly JobDefinition[] = [licenceExpiryScan, creditRecompute];
