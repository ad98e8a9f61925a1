import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { CourseTable, InstitutionSiteTable, InstitutionTable } from '../../db/schema';
import type { Db, Tx } from '../../db/transaction';
import type { KeysetCursor } from '../../http/pagination';
import type { InstitutionScope } from './policy';

export type InstitutionRow = Selectable<InstitutionTable>;
export type CourseRow = Selectable<CourseTable>;
export type SiteRow = Selectable<InstitutionSiteTable>;

export interface InstitutionFilter {
  scope: InstitutionScope;
  districtCode?: string | undefined;
  status?: string | undefined;
  statusIn?: readonly string[] | undefined;
  category?: string | undefined;
  kind?: string | undefined;
  q?: string | undefined;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function institutionQuery(db: Db | Tx, filter: InstitutionFilter) {
  let q = db.selectFrom('institution').selectAll();
  const scope = filter.scope;
  if (scope.kind === 'none') q = q.where(({ lit }) => lit(false));
  if (scope.kind === 'district') q = q.where('district_code', '=', scope.district);
  if (scope.kind === 'own') q = q.where('id', '=', scope.institutionId);
  if (filter.districtCode) q = q.where('district_code', '=', filter.districtCode);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.statusIn) q = q.where('status', 'in', [...filter.statusIn]);
  if (filter.kind) q = q.where('kind', '=', filter.kind as InstitutionRow['kind']);
  if (filter.category) {
    q = q.where(sql<boolean>`${filter.category} = any(categories)`);
  }
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    q = q.where((eb) => eb.or([eb('name', 'ilike', pattern), eb('uscc', 'like', pattern.toUpperCase())]));
  }
  return q;
}

export async function listInstitutions(db: Db, filter: InstitutionFilter, limit: number, after: KeysetCursor | undefined) {
  let q = institutionQuery(db, filter).orderBy('created_at').orderBy('id').limit(limit + 1);
  if (after) {
    q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('created_at', 'id'), '>', tuple(after.createdAt, after.id)));
  }
  return q.execute();
}

export async function findInstitution(db: Db | Tx, id: string): Promise<InstitutionRow | undefined> {
  return db.selectFrom('institution').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockInstitution(trx: Tx, id: string): Promise<InstitutionRow | undefined> {
  return trx.selectFrom('institution').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function usccTaken(db: Db | Tx, uscc: string): Promise<boolean> {
  const row = await db.selectFrom('institution').select('id').where('uscc', '=', uscc).executeTakeFirst();
  return row !== undefined;
}

export async function insertInstitution(trx: Tx, row: Insertable<InstitutionTable>): Promise<InstitutionRow> {
  return trx.insertInto('institution').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateInstitution(trx: Tx, id: string, changes: Updateable<InstitutionTable>): Promise<InstitutionRow> {
  return trx.updateTable('institution').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function insertTransition(
  trx: Tx,
  row: {
    institutionId: string;
    from: string;
    to: string;
    reason: string;
    actorSub: string;
    policyVersion: number;
    requestId: string;
    at: Date;
  },
) {
  return trx
    .insertInto('institution_transition')
    .values({
      institution_id: row.institutionId,
      from_status: row.from,
      to_status: row.to,
      reason: row.reason,
      actor_sub: row.actorSub,
      policy_version: row.policyVersion,
      request_id: row.requestId,
      occurred_at: row.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listTransitions(db: Db, institutionId: string) {
  return db
    .selectFrom('institution_transition')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .orderBy('id')
    .execute();
}

export async function lastTransitionTo(db: Db | Tx, institutionId: string, status: string) {
  return db
    .selectFrom('institution_transition')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('to_status', '=', status)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertSites(trx: Tx, rows: Insertable<InstitutionSiteTable>[]): Promise<SiteRow[]> {
  if (rows.length === 0) return [];
  return trx.insertInto('institution_site').values(rows).returningAll().execute();
}

export async function listSites(db: Db, institutionId: string, limit: number, after: KeysetCursor | undefined) {
  let q = db
    .selectFrom('institution_site')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit + 1);
  if (after) q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('created_at', 'id'), '>', tuple(after.createdAt, after.id)));
  return q.execute();
}

export async function listCourses(db: Db, institutionId: string, limit: number, after: KeysetCursor | undefined) {
  let q = db
    .selectFrom('course')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit + 1);
  if (after) q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('created_at', 'id'), '>', tuple(after.createdAt, after.id)));
  return q.execute();
}

export async function findCourse(db: Db | Tx, institutionId: string, courseId: string): Promise<CourseRow | undefined> {
  return db
    .selectFrom('course')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', courseId)
    .executeTakeFirst();
}

export async function courseCodeTaken(db: Db | Tx, institutionId: string, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('course')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertCourse(trx: Tx, row: Insertable<CourseTable>): Promise<CourseRow> {
  return trx.insertInto('course').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateCoursePrice(
  trx: Tx,
  courseId: string,
  fee: { price: string; cap: string | null; policyVersion: number; at: Date },
): Promise<CourseRow> {
  return trx
    .updateTable('course')
    .set({ price_per_lesson: fee.price, price_cap: fee.cap, policy_version: fee.policyVersion, updated_at: fee.at })
    .where('id', '=', courseId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertFeeFiling(
  trx: Tx,
  row: { courseId: string; institutionId: string; price: string; cap: string | null; policyVersion: number; actorSub: string; at: Date },
) {
  return trx
    .insertInto('course_fee_filing')
    .values({
      course_id: row.courseId,
      institution_id: row.institutionId,
      price_per_lesson: row.price,
      price_cap: row.cap,
      policy_version: row.policyVersion,
      actor_sub: row.actorSub,
      filed_at: row.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listFeeFilings(db: Db, courseId: string) {
  return db.selectFrom('course_fee_filing').selectAll().where('course_id', '=', courseId).orderBy('id').execute();
}
