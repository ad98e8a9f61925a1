import type { JobDefinition } from '../src/modules/jobs/job';
import { rescanCurrentContracts } from '../src/modules/contracts/rescan';

/**
 * SPEC §4/§6: after a rule-library change, every current contract is scanned again. Daily, so a
 * deployment with new rules is caught up overnight; a run with nothing stale does nothing.
 */
export const contractRescan: JobDefinition = {
  name: 'contract-rescan',
  description: { zh: '规则库更新后重新扫描现行合同', en: 'Current contracts rescanned after a rule-library change' },
  schedule: '40 2 * * *',
  run: (ctx, progress) => rescanCurrentContracts(ctx, { progress }),
};
