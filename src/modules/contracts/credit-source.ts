import { sql } from 'kysely';
import { registerOpenRectificationSource } from '../credit/open-rectifications';

/**
 * SPEC §5: "watch — grade C, or an open rectification". An overdue case is still unrectified, so
 * it keeps the institution on the watch list as an open one does (besides the breach it
 * records); only a closed case lets it off. Registered at boot (src/boot.ts), not with the
 * routes, because the jobs run from `npm run job` without the HTTP app and the nightly recompute
 * must see the same open cases as the service.
 */
export const CONTRACT_RECTIFICATION_SOURCE = 'contract_rectification';

export function registerContractRectificationSource(): void {
  registerOpenRectificationSource({
    name: CONTRACT_RECTIFICATION_SOURCE,
    openCases: sql`select institution_id from rectification_case where status <> 'closed'`,
  });
}
