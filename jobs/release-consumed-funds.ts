import type { JobDefinition } from '../src/modules/jobs/job';
import { releaseConsumedFunds } from '../src/modules/escrow/release-service';

/**
 * SPEC §3.2/§6: daily release of consumed value from custody to the institutions (T+1 by policy),
 * skipping paused enrollments. Set-based and safe to run twice: a rerun finds nothing left.
 */
export const releaseConsumedFundsJob: JobDefinition = {
  name: 'release-consumed-funds',
  description: { zh: '按消课进度拨付托管资金', en: 'Consumed value released from custody' },
  schedule: '0 3 * * *',
  run: async (ctx) => ({ ...(await releaseConsumedFunds(ctx, { asOf: ctx.clock.now() })) }),
};
