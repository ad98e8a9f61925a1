import type { JobDefinition } from '../src/modules/jobs/job';
import { recomputeAllRatings } from '../src/modules/credit/recompute';

/** SPEC §6: nightly, every institution re-rated as of now (publications expire), measures follow. */
export const creditRecompute: JobDefinition = {
  name: 'credit-recompute',
  description: { zh: '信用评级重算与联合奖惩措施更新', en: 'Credit ratings recomputed; joint measures applied and lifted' },
  schedule: '30 1 * * *',
  run: async (ctx) => ({ ...(await recomputeAllRatings(ctx, { asOf: ctx.clock.now() })) }),
};
