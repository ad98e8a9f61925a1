import type { JobDefinition } from '../src/modules/jobs/job';
import { escalateOverdueRectifications } from '../src/modules/contracts/escalation';

/**
 * SPEC §4/§6: daily escalation of overdue rectifications. Shortly after midnight in TZ_REGION, so
 * a case whose deadline was yesterday becomes overdue (and a credit event) first thing, before
 * the nightly credit recompute at 01:30.
 */
export const rectificationEscalation: JobDefinition = {
  name: 'rectification-escalation',
  description: { zh: '逾期未整改事项升级并记入信用', en: 'Overdue rectifications escalated to credit events' },
  schedule: '15 0 * * *',
  run: (ctx, progress) => escalateOverdueRectifications(ctx, { asOf: ctx.clock.now(), progress }),
};
