import { sql } from 'kysely';
import { SYSTEM } from '../../auth/actor';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { dateInZone } from '../../lib/dates';
import { recordAudit } from '../audit/service';
import { lockChainHead } from './hash-chain';
import type { CreditCaller } from './ledger';
import { openRectificationCounts } from './open-rectifications';
import { applyRatingChanges } from './ratings';

/*
 * The nightly recompute (SPEC §6 schedules it; §10: 20 000 institutions in seconds): every
 * institution's rating as of `asOf`, in set-based SQL — one statement computes all ratings into a
 * temporary table, one statement (applyRatingChanges) writes the history rows, the ratings and the
 * measure applications and liftings of those that changed. No per-institution round trip.
 *
 * The rules are those of scoring.ts, restated in SQL (a test checks both agree on random data):
 * a finding counts if recorded by asOf, not reversed or repaired by asOf, and asOf's day is before
 * its publication end; association findings are weighted; the score is rounded half up to 2
 * decimals before grading; black before watch before red.
 */
export interface RecomputeResult {
  asOf: string;
  policyVersion: number;
  institutions: number;
  changed: number;
  applied: number;
  lifted: number;
  durationMs: number;
}

export async function recomputeAllRatings(
  ctx: Pick<AppContext, 'db' | 'clock' | 'config' | 'policies'>,
  options: { asOf?: Date; caller?: CreditCaller } = {},
): Promise<RecomputeResult> {
  const started = performance.now();
  const policy = await ctx.policies.current();
  const credit = policy.values.credit;
  const now = ctx.clock.now();
  const asOf = options.asOf ?? now;
  const asOfDate = dateInZone(asOf, ctx.config.timeZone);
  const caller = options.caller ?? { actor: SYSTEM, requestId: 'credit-recompute' };
  return inTransaction(ctx.db, async (trx) => {
    // The ledger lock: no event is appended meanwhile, and change numbers stay in commit order.
    await lockChainHead(trx);
    await sql`
      create temp table credit_rating_next on commit drop as
      with live as (
        select e.institution_id,
               sum(e.points * case when e.source = 'association' then ${credit.associationWeight}::numeric else 1 end) as delta,
               count(*) filter (where e.severity = 'serious')::int as live_serious,
               count(*) filter (where e.severity <> 'commendation')::int as live_breaches
        from credit_event e
        where e.kind = 'finding'
          and e.recorded_at <= ${asOf}::timestamptz
          and e.publication_ends_on > ${asOfDate}::date
          and not exists (select 1 from credit_event r where r.reverses = e.id and r.recorded_at <= ${asOf}::timestamptz)
          and not exists (select 1 from credit_event p where p.repairs = e.id and p.recorded_at <= ${asOf}::timestamptz)
        group by e.institution_id
      ),
      open_cases as (${openRectificationCounts()}),
      scored as (
        select i.id as institution_id,
               round(${credit.startScore}::numeric + coalesce(l.delta, 0), 2) as score,
               coalesce(l.live_serious, 0) as live_serious,
               coalesce(l.live_breaches, 0) as live_breaches,
               coalesce(o.open_count, 0)::int as open_rectifications
        from institution i
        left join live l on l.institution_id = i.id
        left join open_cases o on o.institution_id = i.id
      ),
      graded as (
        select s.*,
               case when s.score >= ${credit.gradeA}::numeric then 'A'
                    when s.score >= ${credit.gradeB}::numeric then 'B'
                    when s.score >= ${credit.gradeC}::numeric then 'C'
                    else 'D' end as grade
        from scored s
      )
      select institution_id, score::numeric(8, 2) as score, grade,
             case when live_serious > 0 or grade = 'D' then 'black'
                  when grade = 'C' or open_rectifications > 0 then 'watch'
                  when grade = 'A' and live_breaches = 0 then 'red' end as list,
             case when live_serious > 0 then 'live_serious_breach'
                  when grade = 'D' then 'grade_d'
                  when grade = 'C' then 'grade_c'
                  when open_rectifications > 0 then 'open_rectification'
                  when grade = 'A' and live_breaches = 0 then 'grade_a_clean' end as list_reason,
             live_serious, live_breaches, open_rectifications
      from graded`.execute(trx);
    await sql`analyze credit_rating_next`.execute(trx);
    const written = await applyRatingChanges(trx, sql`select * from credit_rating_next`, {
      now,
      asOf,
      policyVersion: policy.version,
      cause: 'recompute',
      eventId: null,
    });
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from credit_rating_next`.execute(trx);
    const result: RecomputeResult = {
      asOf: asOf.toISOString(),
      policyVersion: policy.version,
      institutions: rows[0]?.n ?? 0,
      changed: written.changed,
      applied: written.applied,
      lifted: written.lifted,
      durationMs: 0,
    };
    await recordAudit(trx, caller, {
      action: 'credit.ratings_recomputed',
      subjectType: 'credit_rating',
      subjectId: 'all',
      details: { ...result },
      at: now,
    });
    result.durationMs = Math.round(performance.now() - started);
    return result;
  });
}
