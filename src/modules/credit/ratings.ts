import { sql, type RawBuilder } from 'kysely';
import type { Clock } from '../../clock';
import type { Tx } from '../../db/transaction';
import { dateInZone } from '../../lib/dates';
import { latestPolicyRow } from '../policies/queries';
import type { Policy } from '../policies/store';
import { PolicyValues } from '../policies/values';
import { lockChainHead } from './hash-chain';
import { countOpenRectifications } from './open-rectifications';
import { findingsForScoring } from './queries';
import { computeRating, type Rating } from './scoring';

/*
 * The derived rating (credit_rating), its history (credit_rating_change) and the joint measures
 * in force (credit_measure_application) are written by one statement, applyRatingChanges, for
 * one institution (after an event, from the JavaScript rating) or for all (the set-based
 * recompute, from SQL). Rules for measures therefore live in exactly one place.
 *
 * Every caller holds the ledger lock (the chain-head row): rating changes are then numbered in
 * commit order, which the export's ?since= cursor relies on.
 */

/** What other modules need to pass: the business clock and the service's time zone. */
export interface CreditDeps {
  clock: Clock;
  config: { timeZone: string };
}

export interface NextRating {
  institution_id: string;
  score: string;
  grade: string;
  list: string | null;
  list_reason: string | null;
  live_serious: number;
  live_breaches: number;
  open_rectifications: number;
}

export interface RatingWrite {
  now: Date;
  asOf: Date;
  policyVersion: number;
  cause: 'event' | 'recompute' | 'refresh';
  eventId: string | null;
}

export interface RatingWriteResult {
  changed: number;
  stored: number;
  applied: number;
  lifted: number;
}

/** A relation of next ratings from JavaScript values (one institution, or a few). */
export function nextRatingsFromValues(rows: readonly NextRating[]): RawBuilder<unknown> {
  return sql`select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(
    institution_id uuid, score numeric(8, 2), grade text, list text, list_reason text,
    live_serious int, live_breaches int, open_rectifications int)`;
}

/**
 * Diffs `next` against the stored ratings; for each institution whose score, grade, list or list
 * reason moved: a history row, the new rating, measures no longer triggered lifted and newly
 * triggered ones applied, each naming the rating change that caused it.
 */
export async function applyRatingChanges(trx: Tx, next: RawBuilder<unknown>, write: RatingWrite): Promise<RatingWriteResult> {
  const { rows } = await sql<RatingWriteResult>`
    with next as (${next}),
    prior as (
      select n.institution_id, n.score, n.grade, n.list, n.list_reason,
             n.live_serious, n.live_breaches, n.open_rectifications,
             r.institution_id is not null as had, r.score as r_score, r.grade as r_grade, r.list as r_list,
             r.list_reason as r_reason, r.list_since as r_since,
             r.live_serious as r_serious, r.live_breaches as r_breaches, r.open_rectifications as r_open
      from next n left join credit_rating r on r.institution_id = n.institution_id
    ),
    changed as (
      insert into credit_rating_change (institution_id, from_score, from_grade, from_list, to_score, to_grade, to_list,
                                        list_reason, cause, event_id, as_of, changed_at, policy_version)
      select institution_id, r_score, r_grade, r_list, score, grade, list, list_reason,
             ${write.cause}, ${write.eventId}::uuid, ${write.asOf}::timestamptz, ${write.now}::timestamptz, ${write.policyVersion}::int
      from prior
      where not had or (score, grade::text, list, list_reason) is distinct from (r_score, r_grade::text, r_list, r_reason)
      returning seq, institution_id
    ),
    stored as (
      insert into credit_rating as cr (institution_id, score, grade, list, list_reason, list_since, live_serious, live_breaches,
                                       open_rectifications, as_of, computed_at, policy_version, last_change_seq)
      select p.institution_id, p.score, p.grade, p.list, p.list_reason,
             case when p.list is null then null
                  when p.had and p.list = p.r_list then p.r_since
                  else ${write.now}::timestamptz end,
             p.live_serious, p.live_breaches, p.open_rectifications,
             ${write.asOf}::timestamptz, ${write.now}::timestamptz, ${write.policyVersion}::int, c.seq
      from prior p left join changed c on c.institution_id = p.institution_id
      where c.seq is not null
         or (p.live_serious, p.live_breaches, p.open_rectifications) is distinct from (p.r_serious, p.r_breaches, p.r_open)
      on conflict (institution_id) do update set
        score = excluded.score, grade = excluded.grade, list = excluded.list, list_reason = excluded.list_reason,
        list_since = excluded.list_since, live_serious = excluded.live_serious, live_breaches = excluded.live_breaches,
        open_rectifications = excluded.open_rectifications, as_of = excluded.as_of, computed_at = excluded.computed_at,
        policy_version = excluded.policy_version, last_change_seq = coalesce(excluded.last_change_seq, cr.last_change_seq)
      returning institution_id
    ),
    lifted as (
      update credit_measure_application a set lifted_at = ${write.now}::timestamptz, lifted_by_change = c.seq
      from changed c join prior p on p.institution_id = c.institution_id, credit_measure m
      where a.institution_id = c.institution_id and a.lifted_at is null and m.code = a.measure_code
        and (m.active and (m.trigger_list = p.list or m.trigger_grade::text = p.grade)) is not true
      returning a.id
    ),
    applied as (
      insert into credit_measure_application (measure_code, institution_id, reason, applied_at, applied_by_change)
      select m.code, p.institution_id,
             case when m.trigger_list is not null then 'list:' || p.list || ':' || p.list_reason else 'grade:' || p.grade end,
             ${write.now}::timestamptz, c.seq
      from changed c
      join prior p on p.institution_id = c.institution_id
      join credit_measure m on m.active and (m.trigger_list = p.list or m.trigger_grade::text = p.grade)
      where not exists (select 1 from credit_measure_application x
                        where x.institution_id = p.institution_id and x.measure_code = m.code and x.lifted_at is null)
      returning id
    )
    select (select count(*) from changed)::int as changed, (select count(*) from stored)::int as stored,
           (select count(*) from applied)::int as applied, (select count(*) from lifted)::int as lifted`.execute(trx);
  return rows[0]!;
}

/** The policy in force, read inside the transaction (ctx.policies would wait on PGlite). */
export async function policyInTransaction(trx: Tx): Promise<Policy> {
  const row = await latestPolicyRow(trx);
  if (!row) throw new Error('no policy version: ensureCurrentPolicy() runs at boot');
  return { version: row.version, values: PolicyValues.parse(row.values) };
}

export interface InstitutionRatingResult extends RatingWriteResult {
  rating: Rating;
  changeSeq: number | null;
}

/**
 * Recomputes one institution's rating as of `now` with the JavaScript rules and stores it.
 * The caller holds the ledger lock.
 */
export async function rateInstitution(
  trx: Tx,
  institutionId: string,
  policy: Policy,
  write: Omit<RatingWrite, 'asOf' | 'policyVersion'> & { timeZone: string },
): Promise<InstitutionRatingResult> {
  const findings = await findingsForScoring(trx, institutionId);
  const open = await countOpenRectifications(trx, institutionId);
  const rating = computeRating(findings, policy.values.credit, { asOf: write.now, asOfDate: dateInZone(write.now, write.timeZone) }, open);
  const result = await applyRatingChanges(
    trx,
    nextRatingsFromValues([
      {
        institution_id: institutionId,
        score: rating.score,
        grade: rating.grade,
        list: rating.list,
        list_reason: rating.listReason,
        live_serious: rating.liveSerious,
        live_breaches: rating.liveBreaches,
        open_rectifications: rating.openRectifications,
      },
    ]),
    { now: write.now, asOf: write.now, policyVersion: policy.version, cause: write.cause, eventId: write.eventId },
  );
  let changeSeq: number | null = null;
  if (result.changed > 0) {
    const row = await trx
      .selectFrom('credit_rating')
      .select('last_change_seq')
      .where('institution_id', '=', institutionId)
      .executeTakeFirst();
    changeSeq = row?.last_change_seq ?? null;
  }
  return { ...result, rating, changeSeq };
}

/**
 * For other modules (contracts, inspections): re-rate an institution inside their transaction
 * after something the rating depends on changed, e.g. a rectification case opened or closed.
 */
export async function refreshCreditRating(trx: Tx, institutionId: string, deps: CreditDeps): Promise<InstitutionRatingResult> {
  await lockChainHead(trx);
  const policy = await policyInTransaction(trx);
  return rateInstitution(trx, institutionId, policy, { now: deps.clock.now(), cause: 'refresh', eventId: null, timeZone: deps.config.timeZone });
}
