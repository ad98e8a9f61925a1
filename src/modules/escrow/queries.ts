import { sql, type Selectable } from 'kysely';
import type { Db } from '../../db/transaction';
import type { KeysetCursor } from '../../http/pagination';
import { withinScope, type HolderScope } from './policy';
import type { CardStatus, EnrollmentStatus, EnrollmentTable } from './tables';

export type EnrollmentRow = Selectable<EnrollmentTable>;

/** What escrow_prepay judges a prepayment on, as it returns them (a 412 outcome) and checks them. */
export interface PrepaymentFacts {
  institution_id?: string;
  institution_status?: string;
  district_code?: string;
  supervision_mode?: 'custody' | 'deposit';
  course_id?: string | null;
  course_status?: string | null;
  category?: string | null;
  price_per_lesson?: string | null;
  prior_charges: number;
  open_charges: number;
  open_lessons_remaining: number;
  /** The credit module's measure in force that blocks new prepayments, if any. */
  block: { measure_code: string; applied_at: string } | null;
}

/** Enrollments the scope covers. */
function enrollmentsIn(db: Db, scope: HolderScope) {
  return db.selectFrom('enrollment').selectAll('enrollment').where(withinScope(scope, 'enrollment.institution_id'));
}

export async function findEnrollment(db: Db, scope: HolderScope, id: string): Promise<EnrollmentRow | undefined> {
  return enrollmentsIn(db, scope).where('enrollment.id', '=', id).executeTakeFirst();
}

export interface EnrollmentFilter {
  institutionId?: string | undefined;
  courseId?: string | undefined;
  studentRef?: string | undefined;
  status?: EnrollmentStatus | undefined;
}

export async function listEnrollments(db: Db, scope: HolderScope, filter: EnrollmentFilter, limit: number, after: KeysetCursor | undefined) {
  let q = enrollmentsIn(db, scope).orderBy('enrollment.created_at').orderBy('enrollment.id').limit(limit + 1);
  if (filter.institutionId) q = q.where('enrollment.institution_id', '=', filter.institutionId);
  if (filter.courseId) q = q.where('enrollment.course_id', '=', filter.courseId);
  if (filter.studentRef) q = q.where('enrollment.student_ref', '=', filter.studentRef);
  if (filter.status) q = q.where('enrollment.status', '=', filter.status);
  if (after) {
    q = q.where(({ eb, refTuple, tuple }) =>
      eb(refTuple('enrollment.created_at', 'enrollment.id'), '>', tuple(after.createdAt, after.id)),
    );
  }
  return q.execute();
}

/** An entry is reversed when a reversal names it (at most one: a unique index). */
function reversed(table: 'lesson_consumption' | 'prepaid_refund' | 'card_spend') {
  return sql<boolean>`exists (select 1 from ledger_entry x where x.reverses_entry_id = ${sql.ref(`${table}.entry_id`)})`;
}

export async function listConsumptions(db: Db, enrollmentId: string) {
  return db
    .selectFrom('lesson_consumption')
    .selectAll()
    .select(reversed('lesson_consumption').as('reversed'))
    .where('enrollment_id', '=', enrollmentId)
    .orderBy('id')
    .execute();
}

export async function listRefunds(db: Db, holder: { enrollmentId: string } | { cardId: string }) {
  let q = db.selectFrom('prepaid_refund').selectAll().select(reversed('prepaid_refund').as('reversed'));
  q = 'enrollmentId' in holder ? q.where('enrollment_id', '=', holder.enrollmentId) : q.where('card_id', '=', holder.cardId);
  return q.orderBy('entry_id').execute();
}

export async function findCard(db: Db, scope: HolderScope, id: string) {
  return db.selectFrom('prepaid_card').selectAll().where('id', '=', id).where(withinScope(scope, 'prepaid_card.institution_id')).executeTakeFirst();
}

export async function listCards(
  db: Db,
  scope: HolderScope,
  filter: { institutionId?: string | undefined; status?: string | undefined },
  limit: number,
  after: KeysetCursor | undefined,
) {
  let q = db
    .selectFrom('prepaid_card')
    .selectAll()
    .where(withinScope(scope, 'prepaid_card.institution_id'))
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit + 1);
  if (filter.institutionId) q = q.where('institution_id', '=', filter.institutionId);
  if (filter.status) q = q.where('status', '=', filter.status as CardStatus);
  if (after) q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('created_at', 'id'), '>', tuple(after.createdAt, after.id)));
  return q.execute();
}

export async function listCardSpends(db: Db, cardId: string) {
  return db
    .selectFrom('card_spend')
    .selectAll()
    .select(reversed('card_spend').as('reversed'))
    .where('card_id', '=', cardId)
    .orderBy('entry_id')
    .execute();
}
