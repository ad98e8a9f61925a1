import { actorColumns } from '../../auth/actor';
import type { Tx } from '../../db/transaction';
import type { Caller } from '../../http/api';

export interface AuditRecord {
  action: string;
  subjectType: string;
  subjectId: string;
  /** The tenant the record belongs to, so an institution's trail can be listed. */
  institutionId?: string | null;
  details?: Record<string, unknown>;
  at: Date;
}

/** Written inside the caller's transaction: a write and its audit row commit or fail together. */
export async function recordAudit(trx: Tx, caller: Pick<Caller, 'actor' | 'requestId'>, record: AuditRecord): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      ...actorColumns(caller.actor),
      occurred_at: record.at,
      action: record.action,
      subject_type: record.subjectType,
      subject_id: record.subjectId,
      institution_id: record.institutionId ?? null,
      request_id: caller.requestId,
      details: JSON.stringify(record.details ?? {}),
    })
    .execute();
}
