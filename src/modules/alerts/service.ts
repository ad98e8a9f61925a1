import { sql, type RawBuilder } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Db, Tx } from '../../db/transaction';
import { inTransaction } from '../../db/transaction';
import type { Caller } from '../../http/api';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit/service';
import { inScope, readScope } from '../institutions/policy';
import { ALERT_KINDS, type AlertKind, type AlertSeverity } from './kinds';
import type { AlertListQuery, AlertView } from './schema';

export interface AlertInput {
  kind: AlertKind;
  severity: AlertSeverity;
  institutionId: string | null;
  /** One open alert per key: raising it again refreshes it instead of duplicating it. */
  dedupeKey: string;
  details: Record<string, unknown>;
  at: Date;
}

/** Raises (or refreshes) an alert; callable inside the transaction that found the condition. */
export async function raiseAlert(db: Db | Tx, alert: AlertInput): Promise<void> {
  await sql`
    insert into alert (kind, severity, institution_id, dedupe_key, details, raised_at, last_seen_at)
    values (${alert.kind}, ${alert.severity}, ${alert.institutionId}, ${alert.dedupeKey},
            ${JSON.stringify(alert.details)}::jsonb, ${alert.at}, ${alert.at})
    on conflict (dedupe_key) where resolved_at is null
    do update set last_seen_at = excluded.last_seen_at, details = excluded.details, severity = excluded.severity`.execute(db);
}

/**
 * After a scan: resolves the open alerts of `kind` whose key the scan no longer produces (a
 * licence renewed, a ratio restored), so the open list always shows the present picture.
 * `currentKeys` is a query selecting the keys still present (one column, `dedupe_key`).
 */
export async function resolveAlertsNoLongerPresent(
  db: Db | Tx,
  kind: AlertKind,
  currentKeys: RawBuilder<unknown>,
  at: Date,
): Promise<number> {
  const result = await sql`
    update alert set resolved_at = ${at}, resolved_by = 'system', resolution = 'condition no longer present'
    where kind = ${kind} and resolved_at is null and dedupe_key not in (${currentKeys})`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Resolves the open alert with this key, if any (an event-driven condition that has cleared). */
export async function resolveAlertByKey(db: Db | Tx, dedupeKey: string, at: Date, resolution: string): Promise<number> {
  const result = await sql`
    update alert set resolved_at = ${at}, resolved_by = 'system', resolution = ${resolution}
    where dedupe_key = ${dedupeKey} and resolved_at is null`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

type AlertRow = Awaited<ReturnType<typeof listQuery>>[number];

function listQuery(ctx: AppContext, caller: Caller, query: z.infer<typeof AlertListQuery>) {
  const scope = readScope(caller.actor);
  let q = ctx.db
    .selectFrom('alert')
    .leftJoin('institution', 'institution.id', 'alert.institution_id')
    .select([
      'alert.id',
      'alert.kind',
      'alert.severity',
      'alert.institution_id',
      'alert.details',
      'alert.raised_at',
      'alert.last_seen_at',
      'alert.resolved_at',
      'alert.resolved_by',
      'alert.resolution',
      'institution.name as institution_name',
      'institution.district_code',
    ])
    .orderBy('alert.id', 'desc')
    .limit(query.limit + 1);
  if (scope.kind === 'district') q = q.where('institution.district_code', '=', scope.district);
  if (scope.kind === 'own') q = q.where('alert.institution_id', '=', scope.institutionId);
  if (query.kind) q = q.where('alert.kind', '=', query.kind);
  if (query.severity) q = q.where('alert.severity', '=', query.severity);
  if (query.institutionId) q = q.where('alert.institution_id', '=', query.institutionId);
  if (query.status === 'open') q = q.where('alert.resolved_at', 'is', null);
  if (query.status === 'resolved') q = q.where('alert.resolved_at', 'is not', null);
  if (query.cursor) {
    const before = Number(query.cursor);
    if (!Number.isSafeInteger(before)) throw new AppError('INVALID_CURSOR');
    q = q.where('alert.id', '<', before);
  }
  return q.execute();
}

function toView(row: AlertRow, lang: 'zh' | 'en'): z.infer<typeof AlertView> {
  return {
    id: row.id,
    kind: row.kind as AlertKind,
    title: ALERT_KINDS[row.kind as AlertKind]?.[lang] ?? row.kind,
    severity: row.severity,
    institutionId: row.institution_id,
    institutionName: row.institution_name,
    details: row.details as Record<string, unknown>,
    raisedAt: row.raised_at.toISOString(),
    lastSeenAt: row.last_seen_at.toISOString(),
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    resolvedBy: row.resolved_by,
    resolution: row.resolution,
  };
}

export async function listAlerts(ctx: AppContext, caller: Caller, query: z.infer<typeof AlertListQuery>) {
  const rows = await listQuery(ctx, caller, query);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return { items: page.map((r) => toView(r, caller.lang)), nextCursor: rows.length > query.limit && last ? String(last.id) : null };
}

/** A regulator closes an alert by hand, with the reason (e.g. the institution explained it). */
export async function resolveAlert(ctx: AppContext, caller: Caller, id: number, resolution: string) {
  const at = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .selectFrom('alert')
      .leftJoin('institution', 'institution.id', 'alert.institution_id')
      .select(['alert.id', 'alert.resolved_at', 'alert.institution_id', 'institution.district_code'])
      .where('alert.id', '=', id)
      .forUpdate('alert')
      .executeTakeFirst();
    const scope = readScope(caller.actor);
    const visible = row && (row.institution_id === null ? scope.kind === 'all' : inScope(scope, { id: row.institution_id, district_code: row.district_code ?? '' }));
    if (!row || !visible) throw new AppError('ALERT_NOT_FOUND', { id });
    if (row.resolved_at) throw new AppError('ALERT_ALREADY_RESOLVED', { id });
    await trx.updateTable('alert').set({ resolved_at: at, resolved_by: caller.actor.sub, resolution }).where('id', '=', id).execute();
    await recordAudit(trx, caller, { action: 'alert.resolved', subjectType: 'alert', subjectId: String(id), institutionId: row.institution_id, details: { resolution }, at });
    return { id, resolvedAt: at.toISOString(), resolvedBy: caller.actor.sub, resolution };
  });
}
