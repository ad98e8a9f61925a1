import { sql } from 'kysely';
import type { Tx } from '../../../db/transaction';
import { AppError } from '../../../http/errors';

/*
 * closing → closed (SPEC §3.7) needs the refund plan executed: called by the status transition
 * (institutions/service.ts) inside its transaction. Allowed when no enrollment or card of the
 * institution still holds an open prepaid balance, and the live plan is executed (or has no items:
 * nothing was owed). An open balance left after an execution (a charge that landed while the plan
 * was built) also refuses it: rebuild, approve and execute again.
 */
export async function assertWindDownSettled(trx: Tx, institutionId: string): Promise<void> {
  const { rows } = await sql<{ plan_status: string | null; item_count: number | null; open_holders: number }>`
    select p.status as plan_status, p.item_count,
           ((select count(*) from enrollment
              where institution_id = ${institutionId} and status = 'active' and amount_paid > value_consumed)
          + (select count(*) from prepaid_card
              where institution_id = ${institutionId} and status = 'active' and face_value > value_spent))::int as open_holders
      from (select 1) one
      left join wind_down_plan p on p.institution_id = ${institutionId} and p.status <> 'superseded'`.execute(trx);
  const { plan_status: status, item_count: items, open_holders: open } = rows[0]!;
  const settled = open === 0 && (status === null || status === 'executed' || items === 0);
  if (!settled) throw new AppError('WIND_DOWN_NOT_EXECUTED', { planStatus: status ?? 'none', openHolders: open, rule: 'wind_down_executed' });
}
