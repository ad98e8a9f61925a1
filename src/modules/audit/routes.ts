import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Api } from '../../http/api';
import { AppError } from '../../http/errors';
import { listAuditRows } from './queries';
import { AuditPage, AuditQuery, type AuditEntry } from './schema';

/**
 * The audit trail, for city regulators (the whole city) and district regulators (records of
 * institutions in their district). Paged newest first by id.
 */
export function registerAuditRoutes(api: Api, ctx: AppContext): void {
  api.route({
    method: 'get',
    path: '/audit',
    summary: '审计日志 / Audit trail',
    tags: ['audit'],
    access: ['regulator'],
    query: AuditQuery,
    response: AuditPage,
    handler: async ({ query, caller }) => {
      if (caller.actor.role !== 'regulator') throw new AppError('FORBIDDEN', { role: caller.actor.role });
      const beforeId = query.cursor === undefined ? undefined : Number(query.cursor);
      if (beforeId !== undefined && !Number.isSafeInteger(beforeId)) throw new AppError('INVALID_CURSOR');
      const rows = await listAuditRows(ctx.db, { ...query, district: caller.actor.district, beforeId }, query.limit);
      const page = rows.slice(0, query.limit);
      const last = page[page.length - 1];
      const items: z.infer<typeof AuditEntry>[] = page.map((r) => ({
        id: r.id,
        occurredAt: r.occurred_at.toISOString(),
        actor: { sub: r.actor_sub, role: r.actor_role, institutionId: r.actor_institution_id, district: r.actor_district },
        action: r.action,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        institutionId: r.institution_id,
        requestId: r.request_id,
        details: (r.details ?? {}) as Record<string, unknown>,
      }));
      return { items, nextCursor: rows.length > query.limit && last ? String(last.id) : null };
    },
  });
}
