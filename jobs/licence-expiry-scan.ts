import type { JobDefinition } from '../src/modules/jobs/job';
import { scanLicenceExpiry } from '../src/modules/institutions/licence-expiry';

export const licenceExpiryScan: JobDefinition = {
  name: 'licence-expiry-scan',
  description: { zh: '办学许可证到期预警', en: 'Licence expiry warnings' },
  schedule: '10 6 * * *',
  run: (ctx) => scanLicenceExpiry(ctx, ctx.clock.now()),
};
