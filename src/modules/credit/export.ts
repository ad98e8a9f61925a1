import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import type { Caller } from '../../http/api';
import { AppError } from '../../http/errors';
import type { Lang } from '../../http/i18n';
import { decodeCursor, encodeCursor } from '../../http/pagination';
import { districtName } from '../institutions/mapper';
import { listEntryRows, toListEntry } from './lists';
import * as queries from './queries';
import type { ExportChange, ExportChangesQuery, ExportSnapshotPage, ExportSnapshotQuery } from './schema';

/*
 * Export for other departments (SPEC §5: "lists and measures as JSON and CSV, with a cursor so a
 * receiving system can sync incrementally"). Two reads:
 *
 * - /credit/export/snapshot: who is on which list now, with the measures in force, and
 *   `changeCursor`, the last change number at the time of reading;
 * - /credit/export/changes?since=N: every rating change numbered after N, with the list it moved
 *   from and to and the measures it applied and lifted.
 *
 * A receiving system takes a snapshot once, then polls changes from its changeCursor. The cursor
 * is a change number, not a timestamp: every rating change is written under the ledger lock, so
 * numbers are assigned in commit order and a change can never appear behind a cursor already
 * handed out. Replaying a change already reflected in a snapshot is harmless (applying an applied
 * measure is a no-op for the receiver).
 *
 * Access: regulators (a district bureau receives its district only) and the `system` actor (jobs
 * pushing to other departments). A department's own system signs in through the identity
 * provider as a machine client holding a city-regulator (read) role; no other role may export.
 */

function districtOf(actor: Actor): string | undefined {
  if (actor.role === 'regulator') return actor.district ?? undefined;
  if (actor.role === 'system') return undefined;
  throw new AppError('FORBIDDEN', { role: actor.role });
}

export async function exportChanges(ctx: AppContext, caller: Caller, query: z.infer<typeof ExportChangesQuery>) {
  const district = districtOf(caller.actor);
  let q = ctx.db
    .selectFrom('credit_rating_change as c')
    .innerJoin('institution as i', 'i.id', 'c.institution_id')
    .selectAll('c')
    .select(['i.uscc', 'i.name', 'i.district_code'])
    .where('c.seq', '>', query.since)
    .orderBy('c.seq')
    .limit(query.limit + 1);
  if (district) q = q.where('i.district_code', '=', district);
  const rows = await q.execute();
  const page = rows.slice(0, query.limit);
  const moved = await queries.measureChangesBy(ctx.db, page.map((r) => r.seq));
  const lang = caller.lang;
  const items: z.infer<typeof ExportChange>[] = page.map((r) => ({
    seq: r.seq,
    institution: { id: r.institution_id, uscc: r.uscc, name: r.name, districtCode: r.district_code, districtName: districtName(r.district_code, lang) },
    changedAt: r.changed_at.toISOString(),
    asOf: r.as_of.toISOString(),
    cause: r.cause,
    eventId: r.event_id,
    from: r.from_score !== null && r.from_grade !== null ? { score: r.from_score, grade: r.from_grade, list: r.from_list } : null,
    to: { score: r.to_score, grade: r.to_grade, list: r.to_list, reason: r.list_reason },
    measures: moved
      .filter((m) => m.applied_by_change === r.seq || m.lifted_by_change === r.seq)
      .map((m) => ({
        action: m.lifted_by_change === r.seq ? ('lifted' as const) : ('applied' as const),
        code: m.code,
        kind: m.kind,
        department: m.department,
        departmentName: lang === 'zh' ? m.department_zh : m.department_en,
        effect: lang === 'zh' ? m.effect_zh : m.effect_en,
        at: (m.lifted_by_change === r.seq ? m.lifted_at! : m.applied_at).toISOString(),
      })),
  }));
  const last = page[page.length - 1];
  return { items, nextSince: last ? last.seq : query.since, hasMore: rows.length > query.limit };
}

export function changesCsv(page: Awaited<ReturnType<typeof exportChanges>>, lang: Lang): string {
  const header =
    lang === 'zh'
      ? ['变更序号', '变更时间', '机构编号', '统一社会信用代码', '机构名称', '所属区', '原因', '原等级', '新等级', '原名单', '新名单', '列名理由', '措施动作', '措施代码', '措施类型', '实施部门', '措施内容']
      : ['seq', 'changedAt', 'institutionId', 'uscc', 'name', 'district', 'cause', 'fromGrade', 'toGrade', 'fromList', 'toList', 'listReason', 'action', 'measureCode', 'measureKind', 'department', 'effect'];
  const lines: string[][] = [];
  for (const c of page.items) {
    const base = [String(c.seq), c.changedAt, c.institution.id, c.institution.uscc, c.institution.name, c.institution.districtName, c.cause,
      c.from?.grade ?? '', c.to.grade, c.from?.list ?? '', c.to.list ?? '', c.to.reason ?? ''];
    if (c.measures.length === 0) lines.push([...base, 'rating_changed', '', '', '', '']);
    for (const m of c.measures) lines.push([...base, m.action, m.code, m.kind, m.departmentName, m.effect]);
  }
  // UTF-8 with BOM so spreadsheet programs read the Chinese correctly.
  return '\ufeff' + stringify([header, ...lines]);
}

export async function exportSnapshot(ctx: AppContext, caller: Caller, query: z.infer<typeof ExportSnapshotQuery>): Promise<z.infer<typeof ExportSnapshotPage>> {
  const district = districtOf(caller.actor);
  // Read the cursor first: anything that changes while the pages are read is replayed from it.
  const changeCursor = await queries.maxChangeSeq(ctx.db);
  const policy = await ctx.policies.current();
  const rows = await listEntryRows(ctx.db, { list: query.list, districtCode: district, publicOnly: false }, query.limit, decodeCursor(query.cursor));
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => {
      const entry = toListEntry(r, caller.lang, policy.values.credit);
      return { ...entry, measures: entry.measures.map((m, i) => ({ ...m, kind: r.measures[i]!.kind })) };
    }),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null,
    changeCursor,
  };
}

export function snapshotCsv(page: z.infer<typeof ExportSnapshotPage>, lang: Lang): string {
  const header =
    lang === 'zh'
      ? ['机构编号', '统一社会信用代码', '机构名称', '所属区', '名单', '信用等级', '信用分', '列名理由', '列入时间', '在执行措施']
      : ['institutionId', 'uscc', 'name', 'district', 'list', 'grade', 'score', 'reason', 'since', 'measures'];
  const lines = page.items.map((e) => [
    e.institution.id,
    e.institution.uscc,
    e.institution.name,
    e.institution.districtName,
    e.list,
    e.grade,
    e.score,
    e.reason.message,
    e.since,
    e.measures.map((m) => m.code).join(';'),
  ]);
  return '\ufeff' + stringify([header, ...lines]);
}
