import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Db } from '../../db/transaction';
import type { Lang } from '../../http/i18n';
import { decodeCursor, toPage, type KeysetCursor } from '../../http/pagination';
import { districtName } from '../institutions/mapper';
import { listReason } from './mapper';
import * as queries from './queries';
import type { ListEntry, ListQuery } from './schema';
import type { CreditPolicyValues } from './scoring';
import type { CreditList } from './tables';

/*
 * The red, watch and black lists (SPEC §5), read from the stored ratings, which change in the
 * same transaction as the events and recomputes that move them. The public sees institutions that
 * passed review (as on the public institution page: never one under review or rejected), each
 * with the measures in force — the black list is itself a measure (public listing, 发改办财金
 * 〔2019〕527号).
 */
export const PUBLICLY_LISTED_STATUSES = ['active', 'rectifying', 'suspended', 'closing', 'closed', 'revoked'] as const;

export interface ListFilter {
  list?: CreditList | undefined;
  districtCode?: string | undefined;
  publicOnly: boolean;
}

export async function listEntryRows(db: Db, filter: ListFilter, limit: number, after: KeysetCursor | undefined) {
  let q = db
    .selectFrom('credit_rating as r')
    .innerJoin('institution as i', 'i.id', 'r.institution_id')
    .select(['r.institution_id', 'r.score', 'r.grade', 'r.list', 'r.list_reason', 'r.list_since', 'r.open_rectifications', 'i.uscc', 'i.name', 'i.district_code'])
    .where('r.list', 'is not', null)
    .orderBy('r.list_since')
    .orderBy('r.institution_id')
    .limit(limit + 1);
  if (filter.list) q = q.where('r.list', '=', filter.list);
  if (filter.districtCode) q = q.where('i.district_code', '=', filter.districtCode);
  if (filter.publicOnly) q = q.where('i.status', 'in', [...PUBLICLY_LISTED_STATUSES]);
  if (after) q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('r.list_since', 'r.institution_id'), '>', tuple(after.createdAt, after.id)));
  const rows = await q.execute();
  const measures = await queries.measuresInForce(db, rows.map((r) => r.institution_id));
  const byInstitution = new Map<string, queries.MeasureInForce[]>();
  for (const m of measures) byInstitution.set(m.institution_id, [...(byInstitution.get(m.institution_id) ?? []), m]);
  return rows.map((r) => ({ ...r, id: r.institution_id, created_at: r.list_since!, measures: byInstitution.get(r.institution_id) ?? [] }));
}

type EntryRow = Awaited<ReturnType<typeof listEntryRows>>[number];

export function toListEntry(row: EntryRow, lang: Lang, policy: CreditPolicyValues): z.infer<typeof ListEntry> {
  return {
    institution: {
      id: row.institution_id,
      uscc: row.uscc,
      name: row.name,
      districtCode: row.district_code,
      districtName: districtName(row.district_code, lang),
    },
    score: row.score,
    grade: row.grade,
    list: row.list!,
    reason: listReason(row.list_reason ?? '', lang, policy, row.open_rectifications),
    since: row.list_since!.toISOString(),
    measures: row.measures.map((m) => ({
      code: m.code,
      department: m.department,
      departmentName: lang === 'zh' ? m.department_zh : m.department_en,
      effect: lang === 'zh' ? m.effect_zh : m.effect_en,
      appliedAt: m.applied_at.toISOString(),
    })),
  };
}

/** GET /credit/lists/{list}: public, no token. */
export async function publicList(ctx: AppContext, lang: Lang, list: CreditList, query: z.infer<typeof ListQuery>) {
  const policy = await ctx.policies.current();
  const rows = await listEntryRows(ctx.db, { list, districtCode: query.districtCode, publicOnly: true }, query.limit, decodeCursor(query.cursor));
  return toPage(rows, query.limit, (r) => toListEntry(r, lang, policy.values.credit));
}

/** Grade and list for the public institution page (null until the institution is first rated). */
export async function publicRatings(db: Db, institutionIds: readonly string[]): Promise<Map<string, { grade: 'A' | 'B' | 'C' | 'D'; list: CreditList | null }>> {
  const rows = await queries.ratingsFor(db, institutionIds);
  return new Map(rows.map((r) => [r.institution_id, { grade: r.grade, list: r.list }]));
}
