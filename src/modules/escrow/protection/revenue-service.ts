import type { z } from 'zod';
import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import type { Caller } from '../../../http/api';
import { AppError } from '../../../http/errors';
import { dateInZone } from '../../../lib/dates';
import { recordAudit } from '../../audit/service';
import { assertCanFileFor } from '../../institutions/policy';
import { loadVisibleInstitution } from '../../institutions/service';
import { iso } from '../mapper';
import type { RevenueFiling, RevenueInput } from './schema';

/*
 * Last year's main-business revenue (主营业务收入), which sets the special threshold of the Shanghai
 * deposit rule (《上海市单用途预付消费卡管理规定实施办法》: 20 % of it, at most 50 000 000). The
 * institution files it (or a regulator for it), for a finished year; filings are kept, and the
 * latest filing of a year is the one that counts. Without a filing, see requirement.ts.
 */

type Row = { id: number; institution_id: string; year: number; revenue: string; note: string | null; filed_by: string; filed_at: Date };

function present(r: Row): z.infer<typeof RevenueFiling> {
  return { id: r.id, institutionId: r.institution_id, year: r.year, revenue: r.revenue, note: r.note, filedBy: r.filed_by, filedAt: iso(r.filed_at) };
}

export async function fileAnnualRevenue(ctx: AppContext, caller: Caller, institutionId: string, input: z.infer<typeof RevenueInput>) {
  const institution = await loadVisibleInstitution(ctx, caller, institutionId);
  assertCanFileFor(caller.actor, institution);
  const now = ctx.clock.now();
  const lastFinished = Number(dateInZone(now, ctx.config.timeZone).slice(0, 4)) - 1;
  if (input.year > lastFinished) throw new AppError('REVENUE_YEAR_INVALID', { rule: 'finished_year', limit: lastFinished, value: input.year });
  return inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .insertInto('annual_revenue_filing')
      .values({ institution_id: institutionId, year: input.year, revenue: input.revenue, note: input.note ?? null, filed_by: caller.actor.sub, filed_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, caller, {
      action: 'annual_revenue.filed',
      subjectType: 'annual_revenue_filing',
      subjectId: String(row.id),
      institutionId,
      details: { year: input.year, revenue: input.revenue },
      at: now,
    });
    return present(row);
  });
}

export async function listAnnualRevenue(ctx: AppContext, caller: Caller, institutionId: string) {
  await loadVisibleInstitution(ctx, caller, institutionId);
  const rows = await ctx.db
    .selectFrom('annual_revenue_filing')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .orderBy('year', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return { items: rows.map(present) };
}
