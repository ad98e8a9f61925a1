import type { Db, Tx } from '../../db/transaction';
import type { CreditGrade } from './tables';

/*
 * Joint-measure effects other modules consult (SPEC §5: "the measures actually take effect in the
 * other modules"). They read the measures in force (credit_measure_application), which change in
 * the same transaction as the rating that triggers them, so an effect never lags its list.
 */

export const NO_NEW_PREPAYMENTS = 'BLACK_NO_NEW_PREPAYMENTS';

/**
 * The escrow module asks whether an institution may take new prepayments; a black-listed one may
 * not (教监管函〔2021〕2号, SPEC §3.1). Returns null when nothing blocks, or the reason.
 */
export async function prepaymentBlock(
  db: Db | Tx,
  institutionId: string,
): Promise<null | { list: 'black'; measureCode: string; since: string }> {
  const row = await db
    .selectFrom('credit_measure_application')
    .select(['measure_code', 'applied_at'])
    .where('institution_id', '=', institutionId)
    .where('measure_code', '=', NO_NEW_PREPAYMENTS)
    .where('lifted_at', 'is', null)
    .executeTakeFirst();
  return row ? { list: 'black', measureCode: row.measure_code, since: row.applied_at.toISOString() } : null;
}

/** The sampling measures and the grade whose inspection weight each one applies (SPEC §5, §6). */
const SAMPLING_MEASURES: Record<string, CreditGrade> = {
  RED_SAMPLING_REDUCED: 'A',
  WATCH_SAMPLING_INCREASED: 'C',
  BLACK_SAMPLING_X4_ONSITE: 'D',
};
const ONSITE_EXEMPT = 'RED_ONSITE_EXEMPT';
const ONSITE_MANDATORY = 'BLACK_SAMPLING_X4_ONSITE';

export type OnSiteRule = 'may_skip' | 'normal' | 'mandatory';

export interface InspectionTreatment {
  /** Multiplies the plan's base sampling ratio in the weighted draw. */
  samplingWeight: string;
  onSite: OnSiteRule;
  /** The measures that set these, for the draw's published explanation. */
  measures: string[];
}

/**
 * How the inspection draw treats each institution (国市监信发〔2022〕6号: lower sampling for low
 * risk, sharply higher with on-site visits for high risk). The weights are the inspection policy's
 * grade weights (A 0.5, B 1, C 2, D 4): red applies A's, watch C's, black D's, anything else B's.
 * Pass `policy.values.inspection.gradeWeights`.
 */
export async function inspectionTreatments(
  db: Db | Tx,
  institutionIds: readonly string[],
  gradeWeights: Record<CreditGrade, string>,
): Promise<Map<string, InspectionTreatment>> {
  const out = new Map<string, InspectionTreatment>();
  for (const id of institutionIds) out.set(id, { samplingWeight: gradeWeights.B, onSite: 'normal', measures: [] });
  if (institutionIds.length === 0) return out;
  const rows = await db
    .selectFrom('credit_measure_application')
    .select(['institution_id', 'measure_code'])
    .where('institution_id', 'in', [...institutionIds])
    .where('lifted_at', 'is', null)
    .where('measure_code', 'in', [...Object.keys(SAMPLING_MEASURES), ONSITE_EXEMPT])
    .execute();
  for (const row of rows) {
    const t = out.get(row.institution_id)!;
    t.measures.push(row.measure_code);
    const grade = SAMPLING_MEASURES[row.measure_code];
    if (grade) t.samplingWeight = gradeWeights[grade];
    if (row.measure_code === ONSITE_MANDATORY) t.onSite = 'mandatory';
    else if (row.measure_code === ONSITE_EXEMPT && t.onSite !== 'mandatory') t.onSite = 'may_skip';
  }
  return out;
}

/** The inspection draw's weight for each institution (see inspectionTreatments). */
export async function samplingWeights(
  db: Db | Tx,
  institutionIds: readonly string[],
  gradeWeights: Record<CreditGrade, string>,
): Promise<Map<string, string>> {
  const treatments = await inspectionTreatments(db, institutionIds, gradeWeights);
  return new Map([...treatments].map(([id, t]) => [id, t.samplingWeight]));
}

/** Red-list institutions may skip on-site checks unless there are complaints or data flags. */
export async function maySkipOnSiteCheck(db: Db | Tx, institutionId: string): Promise<boolean> {
  const t = await inspectionTreatments(db, [institutionId], { A: '1', B: '1', C: '1', D: '1' });
  return t.get(institutionId)!.onSite === 'may_skip';
}

/** Black-list institutions must be visited on site. */
export async function mustVisitOnSite(db: Db | Tx, institutionId: string): Promise<boolean> {
  const t = await inspectionTreatments(db, [institutionId], { A: '1', B: '1', C: '1', D: '1' });
  return t.get(institutionId)!.onSite === 'mandatory';
}
