import type { JobDefinition } from '../src/modules/jobs/job';
import { scanEscrowWarnings } from '../src/modules/escrow/warnings/scan';

/**
 * SPEC §3.8/§6: the hourly early-warning scan: coverage under the requirement, prepayment surge,
 * consumption stalled, late refunds (and their credit events), insurance expiring.
 */
export const escrowWarnings: JobDefinition = {
  name: 'escrow-warnings',
  description: { zh: '资金监管风险预警扫描', en: 'Escrow early-warning scan' },
  schedule: '5 * * * *',
  run: (ctx, progress) => scanEscrowWarnings(ctx, { asOf: ctx.clock.now(), progress }),
};
