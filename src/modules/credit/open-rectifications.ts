import { sql, type RawBuilder } from 'kysely';
import type { Db, Tx } from '../../db/transaction';

/*
 * "Watch: grade C, or an open rectification" (SPEC §5). Rectification cases belong to other
 * modules (contracts now, inspections later), so the credit module does not read their tables:
 * a module registers a source, an SQL query yielding one row with an `institution_id` column per
 * open case, e.g.
 *
 *   registerOpenRectificationSource({
 *     name: 'contract_rectification',
 *     openCases: sql`select institution_id from rectification_case where closed_at is null`,
 *   });
 *
 * at start-up (in its register…Routes function). The single-institution rating and the set-based
 * recompute both read the union of every registered source, so they agree. When a case opens or
 * closes, the owning module calls refreshCreditRating(trx, …) (ratings.ts) in the same transaction
 * so lists and measures follow at once; the nightly recompute catches anything else. With no
 * source registered, every institution has zero open cases.
 */
export interface OpenRectificationSource {
  name: string;
  openCases: RawBuilder<unknown>;
}

const sources = new Map<string, OpenRectificationSource>();

export function registerOpenRectificationSource(source: OpenRectificationSource): void {
  sources.set(source.name, source);
}

export function unregisterOpenRectificationSource(name: string): void {
  sources.delete(name);
}

/** `(institution_id uuid, open_count int)`, one row per institution with at least one open case. */
export function openRectificationCounts(): RawBuilder<unknown> {
  const all = [...sources.values()];
  if (all.length === 0) return sql`select null::uuid as institution_id, 0 as open_count where false`;
  const union = sql.join(
    all.map((s) => sql`select institution_id::uuid as institution_id from (${s.openCases}) as ${sql.ref(`src_${all.indexOf(s)}`)}`),
    sql` union all `,
  );
  return sql`select institution_id, count(*)::int as open_count from (${union}) as open_cases group by institution_id`;
}

export async function countOpenRectifications(db: Db | Tx, institutionId: string): Promise<number> {
  if (sources.size === 0) return 0;
  const { rows } = await sql<{ open_count: number }>`
    select coalesce(sum(open_count), 0)::int as open_count
    from (${openRectificationCounts()}) as c where c.institution_id = ${institutionId}::uuid`.execute(db);
  return rows[0]?.open_count ?? 0;
}
