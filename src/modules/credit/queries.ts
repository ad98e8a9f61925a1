import { sql, type Insertable, type Selectable } from 'kysely';
import type { Db, Tx } from '../../db/transaction';
import type { ScoredFinding } from './scoring';
import type {
  CreditEventTable,
  CreditMeasureApplicationTable,
  CreditMeasureTable,
  CreditRatingChangeTable,
  CreditRatingTable,
  CreditRepairTable,
} from './tables';

export type CreditEventRow = Selectable<CreditEventTable>;
export type CreditRatingRow = Selectable<CreditRatingTable>;
export type CreditRatingChangeRow = Selectable<CreditRatingChangeTable>;
export type CreditMeasureRow = Selectable<CreditMeasureTable>;
export type CreditMeasureApplicationRow = Selectable<CreditMeasureApplicationTable>;
export type CreditRepairRow = Selectable<CreditRepairTable>;

export async function insertEvent(trx: Tx, row: Insertable<CreditEventTable>): Promise<CreditEventRow> {
  return trx.insertInto('credit_event').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findEvent(db: Db | Tx, id: string): Promise<CreditEventRow | undefined> {
  return db.selectFrom('credit_event').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The events that end another event: its reversal and its repair, if any. */
export async function findEndingEvents(db: Db | Tx, eventId: string) {
  return db
    .selectFrom('credit_event')
    .select(['id', 'kind', 'recorded_at'])
    .where((eb) => eb.or([eb('reverses', '=', eventId), eb('repairs', '=', eventId)]))
    .execute();
}

/** One institution's findings with when (if ever) a reversal or a repair ended them. */
export async function findingsForScoring(db: Db | Tx, institutionId: string): Promise<ScoredFinding[]> {
  const rows = await db
    .selectFrom('credit_event as e')
    .leftJoin('credit_event as r', 'r.reverses', 'e.id')
    .leftJoin('credit_event as p', 'p.repairs', 'e.id')
    .select([
      'e.id',
      'e.sequence',
      'e.severity',
      'e.source',
      'e.points',
      'e.recorded_at',
      'e.publication_ends_on',
      'r.recorded_at as reversed_at',
      'p.recorded_at as repaired_at',
    ])
    .where('e.institution_id', '=', institutionId)
    .where('e.kind', '=', 'finding')
    .orderBy('e.sequence')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sequence: r.sequence,
    severity: r.severity,
    source: r.source,
    points: r.points,
    recordedAt: r.recorded_at,
    publicationEndsOn: r.publication_ends_on!,
    reversedAt: r.reversed_at,
    repairedAt: r.repaired_at,
  }));
}

export interface EventWithEnding extends CreditEventRow {
  reversed_by: string | null;
  reversed_at: Date | null;
  repaired_by: string | null;
  repaired_at: Date | null;
}

export async function listEvents(
  db: Db,
  institutionId: string,
  filter: { kind?: string | undefined; severity?: string | undefined },
  limit: number,
  afterSequence: number | undefined,
): Promise<EventWithEnding[]> {
  let q = db
    .selectFrom('credit_event as e')
    .leftJoin('credit_event as r', 'r.reverses', 'e.id')
    .leftJoin('credit_event as p', 'p.repairs', 'e.id')
    .selectAll('e')
    .select(['r.id as reversed_by', 'r.recorded_at as reversed_at', 'p.id as repaired_by', 'p.recorded_at as repaired_at'])
    .where('e.institution_id', '=', institutionId)
    .orderBy('e.sequence')
    .limit(limit + 1);
  if (filter.kind) q = q.where('e.kind', '=', filter.kind as CreditEventRow['kind']);
  if (filter.severity) q = q.where('e.severity', '=', filter.severity as CreditEventRow['severity']);
  if (afterSequence !== undefined) q = q.where('e.sequence', '>', afterSequence);
  return q.execute();
}

export async function eventsByIds(db: Db | Tx, ids: readonly string[]): Promise<CreditEventRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('credit_event').selectAll().where('id', 'in', [...ids]).execute();
}

export async function findRating(db: Db | Tx, institutionId: string): Promise<CreditRatingRow | undefined> {
  return db.selectFrom('credit_rating').selectAll().where('institution_id', '=', institutionId).executeTakeFirst();
}

export async function ratingsFor(db: Db | Tx, institutionIds: readonly string[]): Promise<CreditRatingRow[]> {
  if (institutionIds.length === 0) return [];
  return db.selectFrom('credit_rating').selectAll().where('institution_id', 'in', [...institutionIds]).execute();
}

export async function ratingHistory(db: Db, institutionId: string, limit: number, beforeSeq: number | undefined) {
  let q = db
    .selectFrom('credit_rating_change')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .orderBy('seq', 'desc')
    .limit(limit + 1);
  if (beforeSeq !== undefined) q = q.where('seq', '<', beforeSeq);
  return q.execute();
}

export async function measureCatalogue(db: Db | Tx): Promise<CreditMeasureRow[]> {
  return db.selectFrom('credit_measure').selectAll().orderBy('position').execute();
}

export type MeasureInForce = CreditMeasureApplicationRow & CreditMeasureRow;

/** The measures in force for these institutions, with their catalogue entries. */
export async function measuresInForce(db: Db | Tx, institutionIds: readonly string[]): Promise<MeasureInForce[]> {
  if (institutionIds.length === 0) return [];
  return db
    .selectFrom('credit_measure_application as a')
    .innerJoin('credit_measure as m', 'm.code', 'a.measure_code')
    .selectAll('a')
    .selectAll('m')
    .where('a.institution_id', 'in', [...institutionIds])
    .where('a.lifted_at', 'is', null)
    .orderBy('m.position')
    .execute();
}

export async function measureInForce(db: Db | Tx, institutionId: string, code: string) {
  return db
    .selectFrom('credit_measure_application')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('measure_code', '=', code)
    .where('lifted_at', 'is', null)
    .executeTakeFirst();
}

/** Applications and liftings made by these rating changes (for the export feed). */
export async function measureChangesBy(db: Db | Tx, changeSeqs: readonly number[]) {
  if (changeSeqs.length === 0) return [];
  return db
    .selectFrom('credit_measure_application as a')
    .innerJoin('credit_measure as m', 'm.code', 'a.measure_code')
    .selectAll('a')
    .selectAll('m')
    .where((eb) => eb.or([eb('a.applied_by_change', 'in', [...changeSeqs]), eb('a.lifted_by_change', 'in', [...changeSeqs])]))
    .orderBy('m.position')
    .execute();
}

export async function maxChangeSeq(db: Db | Tx): Promise<number> {
  const row = await db
    .selectFrom('credit_rating_change')
    .select(sql<number>`coalesce(max(seq), 0)::bigint`.as('seq'))
    .executeTakeFirstOrThrow();
  return Number(row.seq);
}
