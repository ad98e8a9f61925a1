import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db, Tx } from '../../db/transaction';
import type { KeysetCursor } from '../../http/pagination';
import type { InstitutionScope } from '../institutions/policy';
import type { RectificationCaseTable, RectificationReplyTable, RectificationStatus } from './tables';

/** SQL of rectification cases and their replies. */
export type CaseRow = Selectable<RectificationCaseTable>;
export type ReplyRow = Selectable<RectificationReplyTable>;

/** A case with what a list or a notice shows of its institution and contract. */
export interface CaseListRow extends CaseRow {
  institution_name: string;
  institution_uscc: string;
  district_code: string;
  contract_title: string;
  contract_current_version: number;
}

export interface CaseFilter {
  scope: InstitutionScope;
  status?: RectificationStatus | undefined;
  districtCode?: string | undefined;
  institutionId?: string | undefined;
  contractId?: string | undefined;
}

export async function insertCase(trx: Tx, row: Insertable<RectificationCaseTable>): Promise<CaseRow> {
  return trx.insertInto('rectification_case').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateCase(trx: Tx, id: string, changes: Updateable<RectificationCaseTable>): Promise<CaseRow> {
  return trx.updateTable('rectification_case').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** The contract's unrectified (open or overdue) case, locked; at most one exists (unique index). */
export async function lockUnrectifiedCase(trx: Tx, contractId: string): Promise<CaseRow | undefined> {
  return trx.selectFrom('rectification_case').selectAll().where('contract_id', '=', contractId).where('status', '<>', 'closed').forUpdate().executeTakeFirst();
}

export async function lockCase(trx: Tx, id: string): Promise<CaseRow | undefined> {
  return trx.selectFrom('rectification_case').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function caseQuery(db: Db | Tx, filter: CaseFilter) {
  let q = db
    .selectFrom('rectification_case as rc')
    .innerJoin('institution as i', 'i.id', 'rc.institution_id')
    .innerJoin('contract as c', 'c.id', 'rc.contract_id')
    .selectAll('rc')
    .select([
      'i.name as institution_name',
      'i.uscc as institution_uscc',
      'i.district_code',
      'c.title as contract_title',
      'c.current_version as contract_current_version',
    ]);
  const scope = filter.scope;
  if (scope.kind === 'none') q = q.where(({ lit }) => lit(false));
  if (scope.kind === 'district') q = q.where('i.district_code', '=', scope.district);
  if (scope.kind === 'own') q = q.where('rc.institution_id', '=', scope.institutionId);
  if (filter.status) q = q.where('rc.status', '=', filter.status);
  if (filter.districtCode) q = q.where('i.district_code', '=', filter.districtCode);
  if (filter.institutionId) q = q.where('rc.institution_id', '=', filter.institutionId);
  if (filter.contractId) q = q.where('rc.contract_id', '=', filter.contractId);
  return q;
}

export async function listCases(db: Db, filter: CaseFilter, limit: number, after: KeysetCursor | undefined): Promise<CaseListRow[]> {
  let q = caseQuery(db, filter).orderBy('rc.opened_at').orderBy('rc.id').limit(limit + 1);
  if (after) q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('rc.opened_at', 'rc.id'), '>', tuple(after.createdAt, after.id)));
  return (await q.execute()) as CaseListRow[];
}

export async function findCase(db: Db | Tx, filter: CaseFilter, id: string): Promise<CaseListRow | undefined> {
  return (await caseQuery(db, filter).where('rc.id', '=', id).executeTakeFirst()) as CaseListRow | undefined;
}

export async function insertReply(trx: Tx, row: Insertable<RectificationReplyTable>): Promise<ReplyRow> {
  return trx.insertInto('rectification_reply').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listReplies(db: Db, caseId: string): Promise<ReplyRow[]> {
  return db.selectFrom('rectification_reply').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute();
}

/** Open cases whose deadline day has passed, in id order (the escalation job pages through them). */
export async function dueCaseIds(db: Db, today: string, limit: number, afterId: string | undefined): Promise<string[]> {
  let q = db.selectFrom('rectification_case').select('id').where('status', '=', 'open').where('deadline', '<', today).orderBy('id').limit(limit);
  if (afterId) q = q.where('id', '>', afterId);
  return (await q.execute()).map((r) => r.id);
}
