import type { z } from 'zod';
import type { AppContext } from '../../context';
import type { Api } from '../../http/api';
import { AppError } from '../../http/errors';
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
      const before = query.cursor ? Number(Buffer.from(query.cursor, 'base64url').toString('utf8')) : undefined;
      if (before !== undefined && !Number.isSafeInteger(before)) throw new AppError('INVALID_CURSOR');
      const district = caller.actor.district;
      let q = ctx.db.selectFrom('audit_log').selectAll('audit_log').orderBy('audit_log.id', 'desc').limit(query.limit + 1);
      if (district) {
        q = q
          .innerJoin('institution', 'institution.id', 'audit_log.institution_id')
          .where('institution.district_code', '=', district);
      }
      if (before !== undefined) q = q.where('audit_log.id', '<', before);
      if (query.subjectType) q = q.where('audit_log.subject_type', '=', query.subjectType);
      if (query.subjectId) q = q.where('audit_log.subject_id', '=', query.subjectId);
      if (query.institutionId) q = q.where('audit_log.institution_id', '=', query.institutionId);
      if (query.action) q = q.where('audit_log.action', '=', query.action);
      const rows = await q.execute();
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
      return {
        items,
        nextCursor: rows.length > query.limit && last ? Buffer.from(String(last.id)).toString('base64url') : null,
      };
    },
  });
}
