import { type Kysely, sql } from 'kysely';
import { CARD_FUNCTIONS, ENROLLMENT_FUNCTIONS, RELEASE_FUNCTIONS, REVERSAL_FUNCTIONS } from './2026-11-29T12.00.00-escrow-ledger.functions';

// Frozen once landed: a later change is a new migration, never an edit of this one.
//
// The escrow ledger (SPEC §3.3), TigerBeetle style: accounts carry debits_posted/credits_posted,
// transfers move a positive amount from a debit account to a credit account, and transfers are
// grouped into entries that post atomically. Entries and transfers are append-only. Every posting
// is ONE call of a PL/pgSQL function (STACK-NOTES "Ledger throughput": round trips decide the
// rate): it locks the accounts in ascending id order, checks the balance guards, updates the
// balances and writes entry, transfers, audit row and idempotency record in the same commit. The
// domain rules (charge limits, refund deadlines) stay in TypeScript; the functions only enforce
// what must be decided under the lock (lessons remaining, balances).

const LIABILITIES = `'enrollment_prepaid', 'card_prepaid', 'earned_unreleased'`;
const ASSETS = `'custody', 'deposit'`;
const HOLDER_ACCOUNTS = `'enrollment_prepaid', 'card_prepaid'`;

const TABLES = [
  `create table ledger_account (
     id bigint generated always as identity primary key,
     institution_id uuid not null references institution (id),
     kind text not null check (kind in ('custody', 'deposit', 'enrollment_prepaid', 'card_prepaid', 'earned_unreleased',
                                        'payer', 'institution_bank', 'refunds_paid', 'insurer')),
     debits_posted numeric(18, 2) not null default 0 check (debits_posted >= 0),
     credits_posted numeric(18, 2) not null default 0 check (credits_posted >= 0),
     created_at timestamptz not null,
     -- The last line of defence behind the guards in ledger_apply (SPEC §3.3 invariants 2 and 3).
     constraint ledger_account_liability_not_negative check (kind not in (${LIABILITIES}) or credits_posted >= debits_posted),
     constraint ledger_account_asset_not_negative check (kind not in (${ASSETS}) or debits_posted >= credits_posted)
   ) with (fillfactor = 70)`,
  `create index ledger_account_by_institution on ledger_account (institution_id, kind)`,
  `create unique index ledger_account_one_per_institution on ledger_account (institution_id, kind)
     where kind not in (${HOLDER_ACCOUNTS})`,
  // No foreign key to institution or policy_version: every posting would take a KEY SHARE lock on
  // those rows, and on a hot institution that turns into MultiXact churn. The accounts an entry
  // touches carry the institution's key already.
  `create table ledger_entry (
     id bigint generated always as identity primary key,
     kind text not null check (kind in ('prepayment', 'consumption', 'release', 'refund', 'deposit_topup', 'deposit_withdrawal',
                                        'insurance_claim', 'card_issue', 'card_spend', 'reversal')),
     institution_id uuid not null,
     enrollment_id uuid,
     card_id uuid,
     reverses_entry_id bigint references ledger_entry (id),
     policy_version integer not null,
     occurred_at timestamptz not null,
     recorded_at timestamptz not null,
     actor_sub text not null,
     request_id text not null,
     memo text,
     constraint ledger_entry_reversal_names_its_entry check ((kind = 'reversal') = (reverses_entry_id is not null))
   )`,
  `create unique index ledger_entry_reversed_once on ledger_entry (reverses_entry_id) where reverses_entry_id is not null`,
  `create index ledger_entry_by_institution on ledger_entry (institution_id, id)`,
  `create table ledger_transfer (
     entry_id bigint not null references ledger_entry (id),
     leg smallint not null check (leg >= 1),
     debit_account_id bigint not null references ledger_account (id),
     credit_account_id bigint not null references ledger_account (id),
     amount numeric(18, 2) not null check (amount > 0),
     primary key (entry_id, leg),
     check (debit_account_id <> credit_account_id)
   )`,
  // Scope = the caller's subject: a key means something only to the client that made it up.
  `create table idempotency_record (
     scope text not null,
     key text not null,
     operation text not null,
     request_hash text not null,
     status smallint not null,
     response jsonb not null,
     entry_id bigint references ledger_entry (id),
     created_at timestamptz not null,
     primary key (scope, key)
   )`,
  `create table enrollment (
     id uuid primary key default gen_random_uuid(),
     institution_id uuid not null references institution (id),
     course_id uuid not null references course (id),
     student_ref text not null,
     supervision_mode text not null check (supervision_mode in ('custody', 'deposit')),
     lessons_paid integer not null check (lessons_paid > 0),
     gift_lessons integer not null check (gift_lessons >= 0),
     total_lessons integer not null,
     amount_paid numeric(18, 2) not null check (amount_paid > 0),
     deposit_amount numeric(18, 2) check (deposit_amount > 0 and deposit_amount <= amount_paid),
     paid_at timestamptz not null,
     service_starts_on date not null,
     service_ends_on date not null,
     lessons_consumed integer not null default 0,
     value_consumed numeric(18, 2) not null default 0,
     value_released numeric(18, 2) not null default 0,
     refunded_amount numeric(18, 2),
     status text not null check (status in ('active', 'completed', 'refunded', 'cancelled')),
     releases_paused_at timestamptz,
     release_pause_reason text check (release_pause_reason in ('refund', 'complaint')),
     prepaid_account_id bigint not null unique references ledger_account (id),
     -- The institution's accounts this enrollment posts against (no foreign key: a KEY SHARE lock on
     -- a hot custody row per prepayment would queue behind every posting holding it).
     cash_account_id bigint not null,
     earned_account_id bigint not null,
     prepayment_entry_id bigint not null references ledger_entry (id),
     policy_version integer not null,
     created_at timestamptz not null,
     updated_at timestamptz not null,
     check (total_lessons = lessons_paid + gift_lessons),
     check (service_ends_on >= service_starts_on),
     check (lessons_consumed between 0 and total_lessons),
     check (value_released between 0 and value_consumed),
     -- The exact lesson-value rule of SPEC §3.4, held by the database too.
     constraint enrollment_value_is_exact check (value_consumed = escrow_lesson_value(amount_paid, lessons_consumed, total_lessons))
   ) with (fillfactor = 80)`,
  `create index enrollment_list on enrollment (created_at, id)`,
  `create index enrollment_by_institution on enrollment (institution_id, created_at, id)`,
  `create index enrollment_by_student on enrollment (institution_id, course_id, student_ref)`,
  `create table lesson_consumption (
     id bigint generated always as identity,
     enrollment_id uuid not null references enrollment (id),
     institution_id uuid not null,
     entry_id bigint references ledger_entry (id),
     lessons integer not null check (lessons > 0),
     lessons_before integer not null check (lessons_before >= 0),
     amount numeric(18, 2) not null check (amount >= 0),
     occurred_at timestamptz not null,
     recorded_at timestamptz not null,
     policy_version integer not null,
     primary key (enrollment_id, id),
     -- A consumption worth less than a fen (tiny charges) posts no entry; any other posts one.
     check ((amount > 0) = (entry_id is not null))
   )`,
  `create table prepaid_card (
     id uuid primary key default gen_random_uuid(),
     institution_id uuid not null references institution (id),
     kind text not null check (kind in ('named', 'anonymous')),
     holder_ref text,
     supervision_mode text not null check (supervision_mode in ('custody', 'deposit')),
     face_value numeric(18, 2) not null check (face_value > 0),
     value_spent numeric(18, 2) not null default 0,
     value_released numeric(18, 2) not null default 0,
     refunded_amount numeric(18, 2),
     status text not null check (status in ('active', 'exhausted', 'refunded', 'cancelled')),
     account_id bigint not null unique references ledger_account (id),
     cash_account_id bigint not null,
     earned_account_id bigint not null,
     issue_entry_id bigint not null references ledger_entry (id),
     issued_at timestamptz not null,
     policy_version integer not null,
     created_at timestamptz not null,
     updated_at timestamptz not null,
     check ((kind = 'named') = (holder_ref is not null)),
     check (value_spent between 0 and face_value),
     check (value_released between 0 and value_spent)
   ) with (fillfactor = 80)`,
  `create index prepaid_card_by_institution on prepaid_card (institution_id, created_at, id)`,
  `create index prepaid_card_list on prepaid_card (created_at, id)`,
  `create table card_spend (
     card_id uuid not null references prepaid_card (id),
     entry_id bigint not null references ledger_entry (id),
     institution_id uuid not null,
     amount numeric(18, 2) not null check (amount > 0),
     occurred_at timestamptz not null,
     recorded_at timestamptz not null,
     primary key (card_id, entry_id)
   )`,
  `create table prepaid_refund (
     entry_id bigint primary key references ledger_entry (id),
     institution_id uuid not null,
     enrollment_id uuid references enrollment (id),
     card_id uuid references prepaid_card (id),
     amount numeric(18, 2) not null check (amount > 0),
     reason text not null,
     basis text not null check (basis in ('before_start', 'after_start')),
     lessons_consumed integer,
     value_consumed numeric(18, 2) not null,
     requested_at timestamptz not null,
     due_by date not null,
     policy_version integer not null,
     check (num_nonnulls(enrollment_id, card_id) = 1)
   )`,
  `create index prepaid_refund_by_enrollment on prepaid_refund (enrollment_id) where enrollment_id is not null`,
  `create index prepaid_refund_by_card on prepaid_refund (card_id) where card_id is not null`,
  `create table release_item (
     entry_id bigint not null references ledger_entry (id),
     enrollment_id uuid references enrollment (id),
     card_id uuid references prepaid_card (id),
     amount numeric(18, 2) not null check (amount > 0),
     check (num_nonnulls(enrollment_id, card_id) = 1)
   )`,
  `create index release_item_by_entry on release_item (entry_id)`,
  // Scratch space of escrow_release (runs are serialised and leave it empty; never crash-relevant).
  `create unlogged table escrow_release_work (
     institution_id uuid not null, enrollment_id uuid, card_id uuid, amount numeric(18, 2), entry_id bigint
   )`,
  `create table enrollment_complaint (
     id uuid primary key default gen_random_uuid(),
     enrollment_id uuid not null references enrollment (id),
     institution_id uuid not null references institution (id),
     summary text not null,
     received_at timestamptz not null,
     actor_sub text not null,
     created_at timestamptz not null
   )`,
  `create index enrollment_complaint_by_enrollment on enrollment_complaint (enrollment_id, created_at)`,
  `create index enrollment_complaint_by_institution on enrollment_complaint (institution_id, created_at)`,
];

const APPEND_ONLY = ['ledger_entry', 'ledger_transfer', 'idempotency_record', 'lesson_consumption', 'card_spend',
                     'prepaid_refund', 'release_item', 'enrollment_complaint'];

function triggers(): string[] {
  const out = APPEND_ONLY.map(
    (t) => `create trigger ${t}_append_only before update or delete on ${t} for each row execute function refuse_modification()`,
  );
  for (const t of ['ledger_entry', 'ledger_transfer']) {
    out.push(`create trigger ${t}_no_truncate before truncate on ${t} for each statement execute function refuse_modification()`);
  }
  // Balances change in place, but an account never changes owner or kind and is never deleted;
  // holders (enrollments, cards) are derived state that is never deleted either. Column-specific
  // triggers cost nothing on the balance updates of the hot path.
  out.push(`create trigger ledger_account_identity_fixed before update of institution_id, kind or delete on ledger_account
            for each row execute function refuse_modification()`);
  out.push(`create trigger enrollment_never_deleted before delete on enrollment for each row execute function refuse_modification()`);
  out.push(`create trigger prepaid_card_never_deleted before delete on prepaid_card for each row execute function refuse_modification()`);
  return out;
}

/** Helpers every posting function uses. */
const CORE_FUNCTIONS = [
  // A domain refusal: TypeScript turns ES000 into AppError(message, detail as params).
  `create function escrow_refuse(p_code text, p_params jsonb) returns void language plpgsql as $$
   begin
     raise exception using errcode = 'ES000', message = p_code, detail = p_params::text;
   end $$`,
  // SPEC §3.4: value of the first c lessons = round_half_up(amountPaid × c ÷ totalLessons, 2), in
  // integer fen so no intermediate rounding can move a half-fen. Mirrors lesson-value.ts.
  `create function escrow_lesson_value(p_amount numeric, p_lessons integer, p_total integer) returns numeric
   language sql immutable strict parallel safe as $$
     select (div(2 * p_amount * 100 * p_lessons + p_total, 2 * p_total) / 100)::numeric(18, 2)
   $$`,
  `create function ledger_institution_account(p_institution uuid, p_kind text, p_at timestamptz) returns bigint
   language plpgsql as $$
   declare v_id bigint;
   begin
     if p_kind in (${HOLDER_ACCOUNTS}) then raise exception 'ledger_institution_account: % is per holder', p_kind; end if;
     select id into v_id from ledger_account where institution_id = p_institution and kind = p_kind;
     if v_id is null then
       insert into ledger_account (institution_id, kind, created_at) values (p_institution, p_kind, p_at)
       on conflict (institution_id, kind) where kind not in (${HOLDER_ACCOUNTS}) do nothing
       returning id into v_id;
       if v_id is null then
         select id into v_id from ledger_account where institution_id = p_institution and kind = p_kind;
       end if;
     end if;
     return v_id;
   end $$`,
  `create function ledger_open_entry(p_ctx jsonb, p_kind text, p_institution uuid, p_enrollment uuid, p_card uuid,
                                     p_reverses bigint, p_occurred_at timestamptz, p_memo text default null) returns bigint
   language plpgsql as $$
   declare v_id bigint;
   begin
     insert into ledger_entry (kind, institution_id, enrollment_id, card_id, reverses_entry_id, policy_version,
                               occurred_at, recorded_at, actor_sub, request_id, memo)
     values (p_kind, p_institution, p_enrollment, p_card, p_reverses, (p_ctx->>'policyVersion')::integer,
             p_occurred_at, (p_ctx->>'at')::timestamptz, p_ctx->>'sub', p_ctx->>'requestId', p_memo)
     returning id into v_id;
     return v_id;
   end $$`,
  // Locks the accounts in ascending id order (no two postings can deadlock), checks the guards of
  // SPEC §3.3 (liabilities and assets never below zero) on the locked balances, applies the net
  // change of each account and writes the transfers. Called last, so a hot custody account is held
  // only for this and the commit. Plain statements (no CTE): this runs on every posting.
  `create function ledger_apply(p_entry bigint, p_debits bigint[], p_credits bigint[], p_amounts numeric[]) returns void
   language plpgsql as $$
   declare
     r record;
     v_ids bigint[];
     v_dr numeric;
     v_cr numeric;
     v_found integer := 0;
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
     for r in select id, kind, debits_posted, credits_posted from ledger_account where id = any(v_ids) order by id for update loop
       v_found := v_found + 1;
       v_dr := 0;
       v_cr := 0;
       for i in 1..n loop
         if p_debits[i] = r.id then v_dr := v_dr + p_amounts[i]; end if;
         if p_credits[i] = r.id then v_cr := v_cr + p_amounts[i]; end if;
       end loop;
       if r.kind in (${LIABILITIES}) and r.credits_posted + v_cr < r.debits_posted + v_dr then
         perform escrow_refuse('LEDGER_GUARD', jsonb_build_object('rule', 'liability_not_negative', 'accountId', r.id, 'kind', r.kind,
           'limit', (r.credits_posted - r.debits_posted)::text, 'value', (v_dr - v_cr)::text));
       elsif r.kind in (${ASSETS}) and r.debits_posted + v_dr < r.credits_posted + v_cr then
         perform escrow_refuse('LEDGER_GUARD', jsonb_build_object('rule', 'asset_not_negative', 'accountId', r.id, 'kind', r.kind,
           'limit', (r.debits_posted - r.credits_posted)::text, 'value', (v_cr - v_dr)::text));
       end if;
       update ledger_account set debits_posted = debits_posted + v_dr, credits_posted = credits_posted + v_cr where id = r.id;
     end loop;
     if v_found <> cardinality(v_ids) then raise exception 'ledger_apply: unknown account among %', v_ids; end if;
     if n = 1 then
       insert into ledger_transfer (entry_id, leg, debit_account_id, credit_account_id, amount)
       values (p_entry, 1, p_debits[1], p_credits[1], p_amounts[1]);
     else
       insert into ledger_transfer (entry_id, leg, debit_account_id, credit_account_id, amount)
       select p_entry, t.n, t.d, t.c, t.a from unnest(p_debits, p_credits, p_amounts) with ordinality as t(d, c, a, n);
     end if;
   end $$`,
  // The institution's accounts a holder posts against: where its money sits (custody, or in deposit
  // mode the institution's own bank) and where consumed value goes (earned_unreleased, or again the
  // institution's bank). Created on first use; kept on the holder so later postings need no look-up.
  `create function ledger_holder_accounts(p_institution uuid, p_mode text, p_at timestamptz, out cash_id bigint, out earned_id bigint)
   language plpgsql as $$
   declare
     v_cash text := case when p_mode = 'custody' then 'custody' else 'institution_bank' end;
     v_earned text := case when p_mode = 'custody' then 'earned_unreleased' else 'institution_bank' end;
   begin
     select max(id) filter (where kind = v_cash), max(id) filter (where kind = v_earned) into cash_id, earned_id
       from ledger_account where institution_id = p_institution and kind in (v_cash, v_earned);
     if cash_id is null then cash_id := ledger_institution_account(p_institution, v_cash, p_at); end if;
     if earned_id is null then earned_id := ledger_institution_account(p_institution, v_earned, p_at); end if;
   end $$`,
  // The stored outcome of an earlier request with the same key (same scope), if any.
  `create function escrow_replay(p_ctx jsonb) returns jsonb language plpgsql stable as $$
   declare v jsonb;
   begin
     if jsonb_typeof(p_ctx->'idempotency') is distinct from 'object' then return null; end if;
     select jsonb_build_object('replayed', true, 'status', status, 'response', response, 'requestHash', request_hash)
       into v from idempotency_record
      where scope = p_ctx #>> '{idempotency,scope}' and key = p_ctx #>> '{idempotency,key}';
     return v;
   end $$`,
  // The audit row (SPEC §8) and the idempotency record, in the posting's own commit.
  `create function escrow_finish(p_ctx jsonb, p_status integer, p_response jsonb, p_entry bigint, p_action text,
                                 p_subject_type text, p_subject_id text, p_institution uuid, p_details jsonb) returns jsonb
   language plpgsql as $$
   declare v_at timestamptz := (p_ctx->>'at')::timestamptz;
   begin
     insert into audit_log (occurred_at, actor_sub, actor_role, actor_institution_id, actor_district, action, subject_type,
                            subject_id, institution_id, request_id, details)
     values (v_at, p_ctx->>'sub', p_ctx->>'role', (p_ctx->>'actorInstitutionId')::uuid, p_ctx->>'actorDistrict', p_action,
             p_subject_type, p_subject_id, p_institution, p_ctx->>'requestId', p_details);
     if jsonb_typeof(p_ctx->'idempotency') = 'object' then
       insert into idempotency_record (scope, key, operation, request_hash, status, response, entry_id, created_at)
       values (p_ctx #>> '{idempotency,scope}', p_ctx #>> '{idempotency,key}', p_ctx #>> '{idempotency,operation}',
               p_ctx #>> '{idempotency,hash}', p_status, p_response, p_entry, v_at);
     end if;
     return jsonb_build_object('replayed', false, 'status', p_status, 'response', p_response);
   end $$`,
  // Snapshots with money as text (a JSON number would lose fen in JavaScript).
  `create function escrow_enrollment_json(e enrollment) returns jsonb language sql stable as $$
     select jsonb_build_object('id', e.id, 'institution_id', e.institution_id, 'course_id', e.course_id,
       'student_ref', e.student_ref, 'supervision_mode', e.supervision_mode, 'lessons_paid', e.lessons_paid,
       'gift_lessons', e.gift_lessons, 'total_lessons', e.total_lessons, 'amount_paid', e.amount_paid::text,
       'deposit_amount', e.deposit_amount::text, 'paid_at', e.paid_at, 'service_starts_on', e.service_starts_on,
       'service_ends_on', e.service_ends_on, 'lessons_consumed', e.lessons_consumed, 'value_consumed', e.value_consumed::text,
       'value_released', e.value_released::text, 'refunded_amount', e.refunded_amount::text, 'status', e.status,
       'releases_paused_at', e.releases_paused_at, 'release_pause_reason', e.release_pause_reason,
       'prepaid_account_id', e.prepaid_account_id, 'prepayment_entry_id', e.prepayment_entry_id, 'policy_version', e.policy_version, 'created_at', e.created_at)
   $$`,
  `create function escrow_card_json(c prepaid_card) returns jsonb language sql stable as $$
     select jsonb_build_object('id', c.id, 'institution_id', c.institution_id, 'kind', c.kind, 'holder_ref', c.holder_ref,
       'supervision_mode', c.supervision_mode, 'face_value', c.face_value::text, 'value_spent', c.value_spent::text,
       'value_released', c.value_released::text, 'refunded_amount', c.refunded_amount::text, 'status', c.status,
       'account_id', c.account_id, 'issue_entry_id', c.issue_entry_id, 'issued_at', c.issued_at, 'policy_version', c.policy_version, 'created_at', c.created_at)
   $$`,
  // An enrollment the caller may act on, locked; a record outside the caller's scope is "not found".
  `create function escrow_lock_enrollment(p_id uuid, p_scope_institution uuid, p_scope_district text) returns enrollment
   language plpgsql as $$
   declare e enrollment;
   begin
     select en.* into e from enrollment en
      where en.id = p_id
        and (p_scope_institution is null or en.institution_id = p_scope_institution)
        and (p_scope_district is null or exists (select 1 from institution i where i.id = en.institution_id and i.district_code = p_scope_district))
      for update of en;
     if not found then perform escrow_refuse('ENROLLMENT_NOT_FOUND', jsonb_build_object('id', p_id)); end if;
     return e;
   end $$`,
  `create function escrow_lock_card(p_id uuid, p_scope_institution uuid, p_scope_district text) returns prepaid_card
   language plpgsql as $$
   declare c prepaid_card;
   begin
     select pc.* into c from prepaid_card pc
      where pc.id = p_id
        and (p_scope_institution is null or pc.institution_id = p_scope_institution)
        and (p_scope_district is null or exists (select 1 from institution i where i.id = pc.institution_id and i.district_code = p_scope_district))
      for update of pc;
     if not found then perform escrow_refuse('CARD_NOT_FOUND', jsonb_build_object('id', p_id)); end if;
     return c;
   end $$`,
];

export async function up(db: Kysely<any>): Promise<void> {
  // escrow_lesson_value first: the enrollment table's CHECK calls it.
  const [refuse, lessonValue, ...core] = CORE_FUNCTIONS;
  for (const statement of [refuse!, lessonValue!, ...TABLES, ...triggers(), ...core]) {
    await sql.raw(statement).execute(db);
  }
  for (const statement of [...ENROLLMENT_FUNCTIONS, ...CARD_FUNCTIONS, ...RELEASE_FUNCTIONS, ...REVERSAL_FUNCTIONS]) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const fn of ['escrow_reverse', 'escrow_release', 'escrow_card_refund', 'escrow_card_spend', 'escrow_card_issue',
                    'escrow_refund', 'escrow_consume', 'escrow_prepay', 'escrow_prepayment_facts', 'escrow_refund_json',
                    'escrow_lock_card', 'escrow_lock_enrollment', 'escrow_card_json', 'escrow_enrollment_json', 'escrow_finish',
                    'escrow_replay', 'ledger_holder_accounts', 'ledger_apply', 'ledger_open_entry', 'ledger_institution_account']) {
    await sql.raw(`drop function if exists ${fn} cascade`).execute(db);
  }
  for (const table of ['escrow_release_work', 'enrollment_complaint', 'release_item', 'prepaid_refund', 'card_spend', 'prepaid_card',
                       'lesson_consumption', 'idempotency_record', 'enrollment', 'ledger_transfer', 'ledger_entry', 'ledger_account']) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
  await sql.raw('drop function if exists escrow_lesson_value').execute(db);
  await sql.raw('drop function if exists escrow_refuse').execute(db);
}
