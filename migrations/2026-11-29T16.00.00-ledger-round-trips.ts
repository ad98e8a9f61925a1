import { type Kysely, sql } from 'kysely';
import { ENROLLMENT_FUNCTIONS } from './2026-11-29T12.00.00-escrow-ledger.functions';

// Frozen once landed: a later change is a new migration, never an edit of this one.
//
// Fewer round trips and less planning per posting (BENCHMARKS.md, Ledger), on the ledger of
// 2026-11-29T12.00.00-escrow-ledger; what a posting does and refuses is unchanged.
// - A prepayment is one call: escrow_prepay reads the facts it is judged on (institution, course,
//   the credit block, the student's charges) under its per-student lock and posts only if they are
//   the ones TypeScript judged; otherwise it writes nothing and answers 412 with the facts, which
//   are judged and sent back (src/modules/escrow/enrollment-service.ts). It used to take three: the
//   facts, the credit block and the posting.
// - ledger_apply checks each guard in the UPDATE that locks the account (one statement per
//   account instead of a locking SELECT and an UPDATE).
// - The enrollment locks use one statement per kind of caller: "p_scope is null or …" in one
//   statement was planned anew on every call.
// - The enrollment CHECK spells out the lesson-value formula instead of calling
//   escrow_lesson_value(): a table's CHECKs are prepared on every statement that writes it, and an
//   inlined SQL function's body is parsed each time (≈ 35 µs on every consumption).

const LIABILITIES = `'enrollment_prepaid', 'card_prepaid', 'earned_unreleased'`;
const ASSETS = `'custody', 'deposit'`;

// SPEC §3.4, as escrow_lesson_value() and src/modules/escrow/lesson-value.ts compute it.
const lessonValue = (amount: string, lessons: string, total: string) =>
  `(div(2 * ${amount} * 100 * ${lessons} + ${total}, 2 * ${total}) / 100)::numeric(18, 2)`;

const OLD_PREPAY = `escrow_prepay(jsonb, uuid, uuid, text, text, integer, integer, numeric, numeric, timestamptz, date, date, integer)`;
const OLD_FACTS = `escrow_prepayment_facts(uuid, uuid, text, text, text)`;
const NEW_PREPAY = `escrow_prepay(jsonb, uuid, uuid, text, integer, integer, numeric, numeric, timestamptz, date, date, text, jsonb)`;
const NEW_FACTS = `escrow_prepayment_facts(uuid, uuid, text, text)`;

/** ledger_apply as this migration leaves it (2026-11-29T20.00.00-ledger-deferred-apply restores it on the way down). */
export const LEDGER_APPLY = `create or replace function ledger_apply(p_entry bigint, p_debits bigint[], p_credits bigint[], p_amounts numeric[]) returns void
   language plpgsql as $$
   declare
     r record;
     v_ids bigint[];
     v_id bigint;
     v_dr numeric;
     v_cr numeric;
     n integer := cardinality(p_amounts);
   begin
     if n is null or n = 0 or cardinality(p_debits) is distinct from n or cardinality(p_credits) is distinct from n then
       raise exception 'ledger_apply: malformed transfers';
     end if;
     for i in 1..n loop
       if p_amounts[i] is null or p_amounts[i] <= 0 or p_debits[i] = p_credits[i] then
         raise exception 'ledger_apply: a transfer needs a positive amount between two accounts';
       end if;
     end loop;
     if n = 1 then
       v_ids := array[least(p_debits[1], p_credits[1]), greatest(p_debits[1], p_credits[1])];
     else
       select array_agg(distinct a order by a) into v_ids from unnest(p_debits || p_credits) a;
     end if;
     foreach v_id in array v_ids loop
       v_dr := 0;
       v_cr := 0;
       for i in 1..n loop
         if p_debits[i] = v_id then v_dr := v_dr + p_amounts[i]; end if;
         if p_credits[i] = v_id then v_cr := v_cr + p_amounts[i]; end if;
       end loop;
       update ledger_account set debits_posted = debits_posted + v_dr, credits_posted = credits_posted + v_cr
        where id = v_id
          and (kind not in (${LIABILITIES}) or credits_posted + v_cr >= debits_posted + v_dr)
          and (kind not in (${ASSETS}) or debits_posted + v_dr >= credits_posted + v_cr);
       if not found then
         select id, kind, debits_posted, credits_posted into r from ledger_account where id = v_id;
         if not found then raise exception 'ledger_apply: unknown account %', v_id; end if;
         if r.kind in (${LIABILITIES}) then
           perform escrow_refuse('LEDGER_GUARD', jsonb_build_object('rule', 'liability_not_negative', 'accountId', r.id, 'kind', r.kind,
             'limit', (r.credits_posted - r.debits_posted)::text, 'value', (v_dr - v_cr)::text));
         else
           perform escrow_refuse('LEDGER_GUARD', jsonb_build_object('rule', 'asset_not_negative', 'accountId', r.id, 'kind', r.kind,
             'limit', (r.debits_posted - r.credits_posted)::text, 'value', (v_cr - v_dr)::text));
         end if;
       end if;
     end loop;
     if n = 1 then
       insert into ledger_transfer (entry_id, leg, debit_account_id, credit_account_id, amount)
       values (p_entry, 1, p_debits[1], p_credits[1], p_amounts[1]);
     else
       insert into ledger_transfer (entry_id, leg, debit_account_id, credit_account_id, amount)
       select p_entry, t.n, t.d, t.c, t.a from unnest(p_debits, p_credits, p_amounts) with ordinality as t(d, c, a, n);
     end if;
   end $$`;

const STATEMENTS = [
  `alter table enrollment drop constraint enrollment_value_is_exact`,
  `alter table enrollment add constraint enrollment_value_is_exact
     check (value_consumed = ${lessonValue('amount_paid', 'lessons_consumed', 'total_lessons')})`,
  `drop function ${OLD_PREPAY}`,
  `drop function ${OLD_FACTS}`,
  LEDGER_APPLY,
  `create or replace function escrow_lock_enrollment(p_id uuid, p_scope_institution uuid, p_scope_district text) returns enrollment
   language plpgsql as $$
   declare h enrollment;
   begin
     -- One statement per kind of caller, not one with "p_scope is null or …": PostgreSQL plans that
     -- one anew on every call (its generic plan looks dearer than a custom plan for the given scope).
     if p_scope_district is null and p_scope_institution is not null then
       select en.* into h from enrollment en where en.id = p_id and en.institution_id = p_scope_institution for update;
     elsif p_scope_district is null then
       select en.* into h from enrollment en where en.id = p_id for update;
     else
       select en.* into h from enrollment en join institution i on i.id = en.institution_id
        where en.id = p_id and i.district_code = p_scope_district
          and (p_scope_institution is null or en.institution_id = p_scope_institution)
        for update of en;
     end if;
     if not found then perform escrow_refuse('ENROLLMENT_NOT_FOUND', jsonb_build_object('id', p_id)); end if;
     return h;
   end $$`,
  `create or replace function escrow_lock_card(p_id uuid, p_scope_institution uuid, p_scope_district text) returns prepaid_card
   language plpgsql as $$
   declare h prepaid_card;
   begin
     -- One statement per kind of caller, not one with "p_scope is null or …": PostgreSQL plans that
     -- one anew on every call (its generic plan looks dearer than a custom plan for the given scope).
     if p_scope_district is null and p_scope_institution is not null then
       select pc.* into h from prepaid_card pc where pc.id = p_id and pc.institution_id = p_scope_institution for update;
     elsif p_scope_district is null then
       select pc.* into h from prepaid_card pc where pc.id = p_id for update;
     else
       select pc.* into h from prepaid_card pc join institution i on i.id = pc.institution_id
        where pc.id = p_id and i.district_code = p_scope_district
          and (p_scope_institution is null or pc.institution_id = p_scope_institution)
        for update of pc;
     end if;
     if not found then perform escrow_refuse('CARD_NOT_FOUND', jsonb_build_object('id', p_id)); end if;
     return h;
   end $$`,
  `create function escrow_prepayment_facts(p_institution uuid, p_course uuid, p_student_ref text, p_block_measure text) returns jsonb
   language plpgsql stable as $$
   declare
     v jsonb;
   begin
     select jsonb_build_object('institution_id', i.id, 'institution_status', i.status, 'district_code', i.district_code,
              'supervision_mode', i.supervision_mode, 'course_id', c.id, 'course_status', c.status, 'category', c.category,
              'price_per_lesson', c.price_per_lesson::text)
       into v from institution i left join course c on c.id = p_course and c.institution_id = i.id where i.id = p_institution;
     return coalesce(v, '{}'::jsonb) || (
       select jsonb_build_object('prior_charges', count(*), 'open_charges', count(*) filter (where e.status = 'active'),
                'open_lessons_remaining', coalesce(sum(e.total_lessons - e.lessons_consumed) filter (where e.status = 'active'), 0))
         from enrollment e where e.institution_id = p_institution and e.course_id = p_course and e.student_ref = p_student_ref
     ) || jsonb_build_object('block', (
       select jsonb_build_object('measure_code', m.measure_code, 'applied_at', m.applied_at)
         from credit_measure_application m
        where m.institution_id = p_institution and m.measure_code = p_block_measure and m.lifted_at is null));
   end $$`,
  `create function escrow_prepay(p_ctx jsonb, p_institution uuid, p_course uuid, p_student_ref text,
                                 p_lessons_paid integer, p_gift_lessons integer, p_amount numeric, p_deposit numeric,
                                 p_paid_at timestamptz, p_starts_on date, p_ends_on date, p_block_measure text, p_assumed jsonb) returns jsonb
   language plpgsql as $$
   declare
     v_replay jsonb := escrow_replay(p_ctx);
     v_at timestamptz := (p_ctx->>'at')::timestamptz;
     v_facts jsonb;
     v_accounts record;
     v_prepaid bigint;
     v_entry bigint;
     v_id uuid := gen_random_uuid();
     e enrollment;
   begin
     if v_replay is not null then return v_replay; end if;
     perform pg_advisory_xact_lock(hashtextextended(p_institution::text || '/' || p_course::text || '/' || p_student_ref, 0));
     v_facts := escrow_prepayment_facts(p_institution, p_course, p_student_ref, p_block_measure);
     if p_assumed is null or v_facts <> p_assumed then
       return jsonb_build_object('replayed', false, 'status', 412, 'response', jsonb_build_object('facts', v_facts));
     end if;
     v_accounts := ledger_holder_accounts(p_institution, v_facts->>'supervision_mode', v_at);
     insert into ledger_account (institution_id, kind, created_at) values (p_institution, 'enrollment_prepaid', v_at)
     returning id into v_prepaid;
     v_entry := ledger_open_entry(p_ctx, 'prepayment', p_institution, v_id, null, null, p_paid_at);
     insert into enrollment (id, institution_id, course_id, student_ref, supervision_mode, lessons_paid, gift_lessons, total_lessons,
                             amount_paid, deposit_amount, paid_at, service_starts_on, service_ends_on, status, prepaid_account_id,
                             cash_account_id, earned_account_id, prepayment_entry_id, policy_version, created_at, updated_at)
     values (v_id, p_institution, p_course, p_student_ref, v_facts->>'supervision_mode', p_lessons_paid, p_gift_lessons, p_lessons_paid + p_gift_lessons,
             p_amount, p_deposit, p_paid_at, p_starts_on, p_ends_on, 'active', v_prepaid, v_accounts.cash_id, v_accounts.earned_id, v_entry,
             (p_ctx->>'policyVersion')::integer, v_at, v_at)
     returning * into e;
     v_replay := escrow_finish(p_ctx, 201, escrow_enrollment_json(e), v_entry,
       'enrollment.prepaid', 'enrollment', e.id::text, p_institution,
       jsonb_build_object('amountPaid', p_amount::text, 'totalLessons', e.total_lessons, 'entryId', v_entry, 'policyVersion', e.policy_version));
     perform ledger_apply(v_entry, array[e.cash_account_id], array[v_prepaid], array[p_amount]);
     return v_replay;
   end $$`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

/** Back to the three-call prepayment of 12.00; the guard and lock rewrites behave the same and stay. */
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`drop function ${NEW_PREPAY}`).execute(db);
  await sql.raw(`drop function ${NEW_FACTS}`).execute(db);
  for (const statement of ENROLLMENT_FUNCTIONS.filter((s) => /^create function escrow_prepay(ment_facts)?\(/.test(s))) {
    await sql.raw(statement).execute(db);
  }
  await sql.raw(`alter table enrollment drop constraint enrollment_value_is_exact`).execute(db);
  await sql.raw(`alter table enrollment add constraint enrollment_value_is_exact
    check (value_consumed = escrow_lesson_value(amount_paid, lessons_consumed, total_lessons))`).execute(db);
}
