import type { Db } from '../../db/transaction';

export interface AuditFilter {
  district: string | null;
  beforeId: number | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  institutionId?: string | undefined;
  action?: string | undefined;
}

/** Newest first; a district regulator sees the records of its district's institutions only. */
export async function listAuditRows(db: Db, filter: AuditFilter, limit: number) {
  let q = db.selectFrom('audit_log').selectAll('audit_log').orderBy('audit_log.id', 'desc').limit(limit + 1);
  if (filter.district) {
    q = q.innerJoin('institution', 'institution.id', 'audit_log.institution_id').where('institution.district_code', '=', filter.district);
  }
  if (filter.beforeId !== undefined) q = q.where('audit_log.id', '<', filter.beforeId);
  if (filter.subjectType) q = q.where('audit_log.subject_type', '=', filter.subjectType);
  if (filter.subjectId) q = q.where('audit_log.subject_id', '=', filter.subjectId);
  if (filter.institutionId) q = q.where('audit_log.institution_id', '=', filter.institutionId);
  if (filter.action) q = q.where('audit_log.action', '=', filter.action);
  return q.execute();
}
