// Part of the migration 2026-11-29T12.00.00-escrow-ledger (frozen with it): one PL/pgSQL function
// per posting operation. Each is a single round trip: replay check, holder state under its lock,
// entry, audit row and idempotency record, and last the account locks and balance changes
// (ledger_apply), so a hot custody account is held only for that tail and the commit.
//
// p_ctx (built by src/modules/escrow/ledger/posting.ts): { sub, role, actorInstitutionId,
// actorDistrict, requestId, at, policyVersion, idempotency: { scope, key, operation, hash } | null }.

export const ENROLLMENT_FUNCTIONS = [
  `create function escrow_refund_json(r prepaid_refund) returns jsonb language sql stable as $$
     select jsonb_build_object('entry_id', r.entry_id, 'institution_id', r.institution_id, 'enrollment_id', r.enrollment_id,
       'card_id', r.card_id, 'amount', r.amount::text, 'reason', r.reason, 'basis', r.basis,
       'lessons_consumed', r.lessons_consumed, 'value_consumed', r.value_consumed::text, 'requested_at', r.requested_at,
       'due_by', r.due_by, 'policy_version', r.policy_version)
   $$`,
  // What a prepayment is judged on, in one round trip with a cached plan (see enrollment-service.ts):
  // the institution, the course if it is the institution's, the same student's charges on the
  // course, and the idempotency key's stored outcome if the key is taken.
  `create function escrow_prepayment_facts(p_institution uuid, p_course uuid, p_student_ref text, p_scope text, p_key text) returns jsonb
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
     ) || jsonb_build_object('stored', (
       select jsonb_build_object('status', r.status, 'response', r.response, 'request_hash', r.request_hash)
         from idempotency_record r where r.scope = p_scope and r.key = p_key));
   end $$`,
  // The prepayment (SPEC §3.4, §8). Custody mode: Dr custody / Cr enrollment_prepaid. Deposit mode
  // (SPEC §3.2): the money is at the institution's own bank, so Dr institution_bank (what the
  // institution holds for students, outside supervision) / Cr enrollment_prepaid: the student's
  // claim is a liability either way (教监管厅函〔2023〕2号: prepaid fees are liabilities).
  `create function escrow_prepay(p_ctx jsonb, p_institution uuid, p_course uuid, p_student_ref text, p_mode text,
                                 p_lessons_paid integer, p_gift_lessons integer, p_amount numeric, p_deposit numeric,
                                 p_paid_at timestamptz, p_starts_on date, p_ends_on date, p_prior integer) returns jsonb
   language plpgsql as $$
   declare
     v_replay jsonb := escrow_replay(p_ctx);
     v_at timestamptz := (p_ctx->>'at')::timestamptz;
     v_accounts record;
     v_prepaid bigint;
     v_entry bigint;
     v_id uuid := gen_random_uuid();
     e enrollment;
   begin
     if v_replay is not null then return v_replay; end if;
     -- The renewal rule (SPEC §3.1) was judged in TypeScript on the charges it saw: charges for one
     -- student and course are serialised here, and one that appeared meanwhile sends the request back.
     perform pg_advisory_xact_lock(hashtextextended(p_institution::text || '/' || p_course::text || '/' || p_student_ref, 0));
     if (select count(*) from enrollment
          where institution_id = p_institution and course_id = p_course and student_ref = p_student_ref) <> p_prior then
       perform escrow_refuse('PREPAYMENT_RACE', '{}'::jsonb);
     end if;
     v_accounts := ledger_holder_accounts(p_institution, p_mode, v_at);
     insert into ledger_account (institution_id, kind, created_at) values (p_institution, 'enrollment_prepaid', v_at)
     returning id into v_prepaid;
     v_entry := ledger_open_entry(p_ctx, 'prepayment', p_institution, v_id, null, null, p_paid_at);
     insert into enrollment (id, institution_id, course_id, student_ref, supervision_mode, lessons_paid, gift_lessons, total_lessons,
                             amount_paid, deposit_amount, paid_at, service_starts_on, service_ends_on, status, prepaid_account_id,
                             cash_account_id, earned_account_id, prepayment_entry_id, policy_version, created_at, updated_at)
     values (v_id, p_institution, p_course, p_student_ref, p_mode, p_lessons_paid, p_gift_lessons, p_lessons_paid + p_gift_lessons,
             p_amount, p_deposit, p_paid_at, p_starts_on, p_ends_on, 'active', v_prepaid, v_accounts.cash_id, v_accounts.earned_id, v_entry,
             (p_ctx->>'policyVersion')::integer, v_at, v_at)
     returning * into e;
     v_replay := escrow_finish(p_ctx, 201, escrow_enrollment_json(e), v_entry,
       'enrollment.prepaid', 'enrollment', e.id::text, p_institution,
       jsonb_build_object('amountPaid', p_amount::text, 'totalLessons', e.total_lessons, 'entryId', v_entry, 'policyVersion', e.policy_version));
     perform ledger_apply(v_entry, array[e.cash_account_id], array[v_prepaid], array[p_amount]);
     return v_replay;
   end $$`,
  // A consumption (SPEC §3.4): Dr enrollment_prepaid / Cr earned_unreleased (deposit mode: Cr
  // institution_bank, the money is already there). The value is cumulative(after) − cumulative(before),
  // decided under the enrollment's lock so concurrent consumptions can never over-consume.
  `create function escrow_consume(p_ctx jsonb, p_enrollment uuid, p_scope_institution uuid, p_scope_district text,
                                  p_lessons integer, p_occurred_at timestamptz) returns jsonb
   language plpgsql as $$
   declare
     v_replay jsonb := escrow_replay(p_ctx);
     v_at timestamptz := (p_ctx->>'at')::timestamptz;
     e enrollment;
     v_before integer;
     v_amount numeric;
     v_entry bigint;
     v_id bigint;
   begin
     if v_replay is not null then return v_replay; end if;
     e := escrow_lock_enrollment(p_enrollment, p_scope_institution, p_scope_district);
     if e.status <> 'active' then
       perform escrow_refuse('ENROLLMENT_NOT_ACTIVE', jsonb_build_object('id', e.id, 'currentStatus', e.status));
     end if;
     if p_lessons > e.total_lessons - e.lessons_consumed then
       perform escrow_refuse('LESSONS_EXCEED_REMAINING', jsonb_build_object('rule', 'lessons_remaining',
         'limit', e.total_lessons - e.lessons_consumed, 'value', p_lessons, 'id', e.id));
     end if;
     v_before := e.lessons_consumed;
     v_amount := escrow_lesson_value(e.amount_paid, v_before + p_lessons, e.total_lessons) - e.value_consumed;
     update enrollment
        set lessons_consumed = v_before + p_lessons,
            value_consumed = value_consumed + v_amount,
            value_released = value_released + case when supervision_mode = 'deposit' then v_amount else 0 end,
            status = case when v_before + p_lessons = total_lessons then 'completed' else 'active' end,
            updated_at = v_at
      where id = e.id
     returning * into e;
     if v_amount > 0 then
       v_entry := ledger_open_entry(p_ctx, 'consumption', e.institution_id, e.id, null, null, p_occurred_at);
     end if;
     insert into lesson_consumption (enrollment_id, institution_id, entry_id, lessons, lessons_before, amount, occurred_at,
                                     recorded_at, policy_version)
     values (e.id, e.institution_id, v_entry, p_lessons, v_before, v_amount, p_occurred_at, v_at, (p_ctx->>'policyVersion')::integer)
     returning id into v_id;
     v_replay := escrow_finish(p_ctx, 201,
       jsonb_build_object('id', v_id, 'enrollment_id', e.id, 'entry_id', v_entry, 'lessons', p_lessons, 'lessons_before', v_before,
         'amount', v_amount::text, 'occurred_at', p_occurred_at, 'recorded_at', v_at,
         'policy_version', (p_ctx->>'policyVersion')::integer,
         'enrollment', jsonb_build_object('status', e.status, 'total_lessons', e.total_lessons, 'lessons_consumed', e.lessons_consumed,
           'amount_paid', e.amount_paid::text, 'value_consumed', e.value_consumed::text, 'refunded_amount', e.refunded_amount::text)),
       v_entry, 'enrollment.consumed', 'enrollment', e.id::text, e.institution_id,
       jsonb_build_object('lessons', p_lessons, 'amount', v_amount::text, 'entryId', v_entry));
     if v_entry is not null then
       perform ledger_apply(v_entry, array[e.prepaid_account_id], array[e.earned_account_id], array[v_amount]);
     end if;
     return v_replay;
   end $$`,
  // A refund (SPEC §3.4): the whole unconsumed value, no fee, no forfeited gift lessons. It pays out
  // now (Dr enrollment_prepaid / Cr custody, or Cr institution_bank in deposit mode, which pays it)
  // and pauses the enrollment's releases (SPEC §3.2). The due date is chosen under the lock from the
  // two TypeScript worked out: 5 working days before the course starts, 10 after.
  `create function escrow_refund(p_ctx jsonb, p_enrollment uuid, p_scope_institution uuid, p_scope_district text,
                                 p_reason text, p_today date, p_due_before_start date, p_due_after_start date) returns jsonb
   language plpgsql as $$
   declare
     v_replay jsonb := escrow_replay(p_ctx);
     v_at timestamptz := (p_ctx->>'at')::timestamptz;
     e enrollment;
     r prepaid_refund;
     v_amount numeric;
     v_started boolean;
     v_entry bigint;
   begin
     if v_replay is not null then return v_replay; end if;
     e := escrow_lock_enrollment(p_enrollment, p_scope_institution, p_scope_district);
     if e.status not in ('active', 'completed') then
       perform escrow_refuse('ENROLLMENT_NOT_REFUNDABLE', jsonb_build_object('id', e.id, 'currentStatus', e.status));
     end if;
     v_amount := e.amount_paid - e.value_consumed;
     if v_amount <= 0 then perform escrow_refuse('NOTHING_TO_REFUND', jsonb_build_object('id', e.id)); end if;
     v_started := e.lessons_consumed > 0 or p_today >= e.service_starts_on;
     update enrollment
        set status = 'refunded', refunded_amount = v_amount, updated_at = v_at,
            releases_paused_at = coalesce(releases_paused_at, v_at), release_pause_reason = coalesce(release_pause_reason, 'refund')
      where id = e.id
     returning * into e;
     v_entry := ledger_open_entry(p_ctx, 'refund', e.institution_id, e.id, null, null, v_at, p_reason);
     insert into prepaid_refund (entry_id, institution_id, enrollment_id, amount, reason, basis, lessons_consumed, value_consumed,
                                 requested_at, due_by, policy_version)
     values (v_entry, e.institution_id, e.id, v_amount, p_reason, case when v_started then 'after_start' else 'before_start' end,
             e.lessons_consumed, e.value_consumed, v_at, case when v_started then p_due_after_start else p_due_before_start end,
             (p_ctx->>'policyVersion')::integer)
     returning * into r;
     v_replay := escrow_finish(p_ctx, 201, escrow_refund_json(r) || jsonb_build_object('enrollment', escrow_enrollment_json(e)), v_entry,
       'enrollment.refunded', 'enrollment', e.id::text, e.institution_id,
       jsonb_build_object('amount', v_amount::text, 'dueBy', r.due_by, 'basis', r.basis, 'entryId', v_entry, 'reason', p_reason));
     perform ledger_apply(v_entry, array[e.prepaid_account_id], array[e.cash_account_id], array[v_amount]);
     return v_replay;
   end $$`,
];

export const CARD_FUNCTIONS = [
  // A single-use prepaid card (SPEC §3.4): issue = Dr custody (or institution_bank) / Cr card_prepaid.
  `create function escrow_card_issue(p_ctx jsonb, p_institution uuid, p_mode text, p_kind text, p_holder_ref text,
                                     p_amount numeric, p_issued_at timestamptz) returns jsonb
   language plpgsql as $$
   declare
     v_replay jsonb := escrow_replay(p_ctx);
     v_at timestamptz := (p_ctx->>'at')::timestamptz;
     v_accounts record;
     v_account bigint;
     v_entry bigint;
     v_id uuid := gen_random_uuid();
     c prepaid_card;
   begin
     if v_replay is not null then return v_replay; end if;
     v_accounts := ledger_holder_accounts(p_institution, p_mode, v_at);
     insert into ledger_account (institution_id, kind, created_at) values (p_institution, 'card_prepaid', v_at) returning id into v_account;
     v_entry := ledger_open_entry(p_ctx, 'card_issue', p_institution, null, v_id, null, p_issued_at);
     insert into prepaid_card (id, institution_id, kind, holder_ref, supervision_mode, face_value, status, account_id, cash_account_id,
                               earned_account_id, issue_entry_id, issued_at, policy_version, created_at, updated_at)
     values (v_id, p_institution, p_kind, p_holder_ref, p_mode, p_amount, 'active', v_account, v_accounts.cash_id, v_accounts.earned_id,
             v_entry, p_issued_at,
             (p_ctx->>'policyVersion')::integer, v_at, v_at)
     returning * into c;
     v_replay := escrow_finish(p_ctx, 201, escrow_card_json(c), v_entry,
       'card.issued', 'prepaid_card', c.id::text, p_institution, jsonb_build_object('faceValue', p_amount::text, 'kind', p_kind, 'entryId', v_entry));
     perform ledger_apply(v_entry, array[c.cash_account_id], array[v_account], array[p_amount]);
     return v_replay;
   end $$`,
  // Spent by amount: Dr card_prepaid / Cr earned_unreleased (deposit mode: institution_bank).
  `create function escrow_card_spend(p_ctx jsonb, p_card uuid, p_scope_institution uuid, p_scope_district text,
                                     p_amount numeric, p_occurred_at timestamptz) returns jsonb
   language plpgsql as $$
   declare
     v_replay jsonb := escrow_replay(p_ctx);
     v_at timestamptz := (p_ctx->>'at')::timestamptz;
     c prepaid_card;
     v_entry bigint;
   begin
     if v_replay is not null then return v_replay; end if;
     c := escrow_lock_card(p_card, p_scope_institution, p_scope_district);
     if c.status <> 'active' then perform escrow_refuse('CARD_NOT_ACTIVE', jsonb_build_object('id', c.id, 'currentStatus', c.status)); end if;
     if p_amount > c.face_value - c.value_spent then
       perform escrow_refuse('CARD_BALANCE_INSUFFICIENT', jsonb_build_object('rule', 'card_balance', 'limit', (c.face_value - c.value_spent)::text,
         'value', p_amount::text, 'id', c.id));
     end if;
     update prepaid_card
        set value_spent = value_spent + p_amount,
            value_released = value_released + case when supervision_mode = 'deposit' then p_amount else 0 end,
            status = case when value_spent + p_amount = face_value then 'exhausted' else 'active' end,
            updated_at = v_at
      where id = c.id
     returning * into c;
     v_entry := ledger_open_entry(p_ctx, 'card_spend', c.institution_id, null, c.id, null, p_occurred_at);
     insert into card_spend (card_id, entry_id, institution_id, amount, occurred_at, recorded_at)
     values (c.id, v_entry, c.institution_id, p_amount, p_occurred_at, v_at);
     v_replay := escrow_finish(p_ctx, 201,
       jsonb_build_object('entry_id', v_entry, 'card_id', c.id, 'amount', p_amount::text, 'occurred_at', p_occurred_at,
         'recorded_at', v_at, 'card', escrow_card_json(c)),
       v_entry, 'card.spent', 'prepaid_card', c.id::text, c.institution_id, jsonb_build_object('amount', p_amount::text, 'entryId', v_entry));
     perform ledger_apply(v_entry, array[c.account_id], array[c.earned_account_id], array[p_amount]);
     return v_replay;
   end $$`,
  // The card's whole balance back to its holder; an unused card is refunded like a course not yet started.
  `create function escrow_card_refund(p_ctx jsonb, p_card uuid, p_scope_institution uuid, p_scope_district text,
                                      p_reason text, p_due_unused date, p_due_used date) returns jsonb
   language plpgsql as $$
   declare
     v_replay jsonb := escrow_replay(p_ctx);
     v_at timestamptz := (p_ctx->>'at')::timestamptz;
     c prepaid_card;
     r prepaid_refund;
     v_amount numeric;
     v_entry bigint;
   begin
     if v_replay is not null then return v_replay; end if;
     c := escrow_lock_card(p_card, p_scope_institution, p_scope_district);
     if c.status <> 'active' then perform escrow_refuse('CARD_NOT_REFUNDABLE', jsonb_build_object('id', c.id, 'currentStatus', c.status)); end if;
     v_amount := c.face_value - c.value_spent;
     update prepaid_card set status = 'refunded', refunded_amount = v_amount, updated_at = v_at where id = c.id returning * into c;
     v_entry := ledger_open_entry(p_ctx, 'refund', c.institution_id, null, c.id, null, v_at, p_reason);
     insert into prepaid_refund (entry_id, institution_id, card_id, amount, reason, basis, lessons_consumed, value_consumed,
                                 requested_at, due_by, policy_version)
     values (v_entry, c.institution_id, c.id, v_amount, p_reason, case when c.value_spent > 0 then 'after_start' else 'before_start' end,
             null, c.value_spent, v_at, case when c.value_spent > 0 then p_due_used else p_due_unused end, (p_ctx->>'policyVersion')::integer)
     returning * into r;
     v_replay := escrow_finish(p_ctx, 201, escrow_refund_json(r) || jsonb_build_object('card', escrow_card_json(c)), v_entry,
       'card.refunded', 'prepaid_card', c.id::text, c.institution_id,
       jsonb_build_object('amount', v_amount::text, 'dueBy', r.due_by, 'entryId', v_entry, 'reason', p_reason));
     perform ledger_apply(v_entry, array[c.account_id], array[c.cash_account_id], array[v_amount]);
     return v_replay;
   end $$`,
];

export const RELEASE_FUNCTIONS = [
  // Custody release (SPEC §3.2): value consumed (recorded) before the cutoff, not yet released and
  // not paused, goes from earned_unreleased out of custody to the institution's bank; one release
  // entry per institution, itemised per holder in release_item. Set-based; one run at a time; a
  // second run finds nothing left, so running twice is safe.
  `create function escrow_release(p_ctx jsonb, p_as_of timestamptz, p_cutoff timestamptz) returns jsonb
   language plpgsql as $$
   declare
     v_replay jsonb := escrow_replay(p_ctx);
     v_at timestamptz := (p_ctx->>'at')::timestamptz;
     v_summary jsonb;
     v_entry bigint;
     r record;
   begin
     if v_replay is not null then return v_replay; end if;
     -- One run at a time; its scratch rows live and die inside its own transaction.
     perform pg_advisory_xact_lock(hashtextextended('escrow_release', 0));
     delete from escrow_release_work;
     -- Holders first, in id order, then accounts (the order every posting keeps): no deadlock.
     insert into escrow_release_work (institution_id, enrollment_id)
     select e.institution_id, e.id from enrollment e
      where e.supervision_mode = 'custody' and e.releases_paused_at is null and e.value_consumed > e.value_released
      order by e.id for update of e;
     insert into escrow_release_work (institution_id, card_id)
     select c.institution_id, c.id from prepaid_card c
      where c.supervision_mode = 'custody' and c.value_spent > c.value_released
      order by c.id for update of c;
     -- Under the locks, with a fresh snapshot: releasable = earned − earned after the cutoff − released.
     update escrow_release_work w
        set amount = e.value_consumed - e.value_released - coalesce((
              select sum(c.amount) from lesson_consumption c
               where c.enrollment_id = e.id and c.recorded_at > p_cutoff and c.entry_id is not null
                 and not exists (select 1 from ledger_entry x where x.reverses_entry_id = c.entry_id)), 0)
       from enrollment e where w.enrollment_id = e.id;
     update escrow_release_work w
        set amount = pc.value_spent - pc.value_released - coalesce((
              select sum(s.amount) from card_spend s
               where s.card_id = pc.id and s.recorded_at > p_cutoff
                 and not exists (select 1 from ledger_entry x where x.reverses_entry_id = s.entry_id)), 0)
       from prepaid_card pc where w.card_id = pc.id;
     delete from escrow_release_work where amount <= 0;
     for r in select w.institution_id, sum(w.amount) as amount from escrow_release_work w group by w.institution_id order by w.institution_id loop
       v_entry := ledger_open_entry(p_ctx, 'release', r.institution_id, null, null, null, v_at);
       update escrow_release_work set entry_id = v_entry where institution_id = r.institution_id;
       perform ledger_apply(v_entry, array[ledger_institution_account(r.institution_id, 'earned_unreleased', v_at)],
                            array[ledger_institution_account(r.institution_id, 'custody', v_at)], array[r.amount]);
     end loop;
     update enrollment e set value_released = e.value_released + w.amount, updated_at = v_at
       from escrow_release_work w where w.enrollment_id = e.id;
     update prepaid_card c set value_released = c.value_released + w.amount, updated_at = v_at
       from escrow_release_work w where w.card_id = c.id;
     insert into release_item (entry_id, enrollment_id, card_id, amount)
     select entry_id, enrollment_id, card_id, amount from escrow_release_work;
     insert into audit_log (occurred_at, actor_sub, actor_role, actor_institution_id, actor_district, action, subject_type,
                            subject_id, institution_id, request_id, details)
     select v_at, p_ctx->>'sub', p_ctx->>'role', (p_ctx->>'actorInstitutionId')::uuid, p_ctx->>'actorDistrict', 'escrow.released',
            'ledger_entry', w.entry_id::text, w.institution_id, p_ctx->>'requestId',
            jsonb_build_object('amount', sum(w.amount)::text, 'holders', count(*), 'cutoff', p_cutoff)
       from escrow_release_work w group by w.entry_id, w.institution_id;
     select jsonb_build_object('as_of', p_as_of, 'cutoff', p_cutoff, 'policy_version', (p_ctx->>'policyVersion')::integer, 'entries', count(distinct entry_id), 'enrollments', count(enrollment_id),
                               'cards', count(card_id), 'total', coalesce(sum(amount), 0)::numeric(18, 2)::text)
       into v_summary from escrow_release_work;
     delete from escrow_release_work;
     return escrow_finish(p_ctx, 201, v_summary, null, 'escrow.release_run', 'release_run', p_cutoff::text, null, v_summary);
   end $$`,
];

export const REVERSAL_FUNCTIONS = [
  // A reversal (SPEC §3.3 invariant 5): a new entry with the original's transfers swapped, once
  // only, refused if it would break a guard. The holder state the original changed is undone
  // first, under the holder's lock; consumptions are undone latest first, so the exact cumulative
  // lesson values still hold.
  `create function escrow_reverse(p_ctx jsonb, p_entry bigint, p_scope_district text, p_reason text) returns jsonb
   language plpgsql as $$
   declare
     v_replay jsonb := escrow_replay(p_ctx);
     v_at timestamptz := (p_ctx->>'at')::timestamptz;
     o ledger_entry;
     e enrollment;
     c prepaid_card;
     lc lesson_consumption;
     v_amount numeric;
     v_debits bigint[];
     v_credits bigint[];
     v_amounts numeric[];
     v_entry bigint;
   begin
     if v_replay is not null then return v_replay; end if;
     select * into o from ledger_entry where id = p_entry;
     if not found or (p_scope_district is not null and not exists (
         select 1 from institution i where i.id = o.institution_id and i.district_code = p_scope_district)) then
       perform escrow_refuse('ENTRY_NOT_FOUND', jsonb_build_object('id', p_entry));
     end if;
     if o.kind = 'reversal' then perform escrow_refuse('REVERSAL_REFUSED', jsonb_build_object('id', o.id, 'reason', 'is_reversal')); end if;
     if exists (select 1 from ledger_entry where reverses_entry_id = o.id) then
       perform escrow_refuse('ENTRY_ALREADY_REVERSED', jsonb_build_object('id', o.id));
     end if;
     if o.kind = 'prepayment' then
       e := escrow_lock_enrollment(o.enrollment_id, null, null);
       if e.status <> 'active' or e.lessons_consumed > 0 then
         perform escrow_refuse('REVERSAL_REFUSED', jsonb_build_object('id', o.id, 'reason', 'enrollment_in_use'));
       end if;
       update enrollment set status = 'cancelled', updated_at = v_at where id = e.id;
     elsif o.kind = 'consumption' then
       e := escrow_lock_enrollment(o.enrollment_id, null, null);
       select * into lc from lesson_consumption where enrollment_id = e.id and entry_id = o.id;
       if e.status not in ('active', 'completed') or lc.lessons_before + lc.lessons <> e.lessons_consumed then
         perform escrow_refuse('REVERSAL_REFUSED', jsonb_build_object('id', o.id, 'reason', 'not_latest_consumption'));
       end if;
       if e.supervision_mode = 'custody' and e.value_consumed - lc.amount < e.value_released then
         perform escrow_refuse('REVERSAL_REFUSED', jsonb_build_object('id', o.id, 'reason', 'value_released'));
       end if;
       update enrollment
          set lessons_consumed = lc.lessons_before, value_consumed = value_consumed - lc.amount, status = 'active', updated_at = v_at,
              value_released = value_released - case when supervision_mode = 'deposit' then lc.amount else 0 end
        where id = e.id;
     elsif o.kind = 'refund' and o.enrollment_id is not null then
       e := escrow_lock_enrollment(o.enrollment_id, null, null);
       update enrollment
          set status = case when lessons_consumed = total_lessons then 'completed' else 'active' end, refunded_amount = null, updated_at = v_at
        where id = e.id;
     elsif o.kind = 'refund' then
       c := escrow_lock_card(o.card_id, null, null);
       update prepaid_card
          set status = case when value_spent = face_value then 'exhausted' else 'active' end, refunded_amount = null, updated_at = v_at
        where id = c.id;
     elsif o.kind = 'card_issue' then
       c := escrow_lock_card(o.card_id, null, null);
       if c.status <> 'active' or c.value_spent > 0 then
         perform escrow_refuse('REVERSAL_REFUSED', jsonb_build_object('id', o.id, 'reason', 'card_in_use'));
       end if;
       update prepaid_card set status = 'cancelled', updated_at = v_at where id = c.id;
     elsif o.kind = 'card_spend' then
       c := escrow_lock_card(o.card_id, null, null);
       select amount into v_amount from card_spend where card_id = c.id and entry_id = o.id;
       if c.status not in ('active', 'exhausted') or (c.supervision_mode = 'custody' and c.value_spent - v_amount < c.value_released) then
         perform escrow_refuse('REVERSAL_REFUSED', jsonb_build_object('id', o.id, 'reason', 'value_released'));
       end if;
       update prepaid_card
          set value_spent = value_spent - v_amount, status = 'active', updated_at = v_at,
              value_released = value_released - case when supervision_mode = 'deposit' then v_amount else 0 end
        where id = c.id;
     elsif o.kind = 'release' then
       perform 1 from enrollment where id in (select enrollment_id from release_item where entry_id = o.id) order by id for update;
       perform 1 from prepaid_card where id in (select card_id from release_item where entry_id = o.id) order by id for update;
       update enrollment en set value_released = en.value_released - ri.amount, updated_at = v_at
         from release_item ri where ri.entry_id = o.id and ri.enrollment_id = en.id;
       update prepaid_card pc set value_released = pc.value_released - ri.amount, updated_at = v_at
         from release_item ri where ri.entry_id = o.id and ri.card_id = pc.id;
     end if;
     select array_agg(credit_account_id order by leg), array_agg(debit_account_id order by leg), array_agg(amount order by leg)
       into v_debits, v_credits, v_amounts from ledger_transfer where entry_id = o.id;
     v_entry := ledger_open_entry(p_ctx, 'reversal', o.institution_id, o.enrollment_id, o.card_id, o.id, v_at, p_reason);
     v_replay := escrow_finish(p_ctx, 201,
       jsonb_build_object('id', v_entry, 'kind', 'reversal', 'institution_id', o.institution_id, 'enrollment_id', o.enrollment_id,
         'card_id', o.card_id, 'reverses_entry_id', o.id, 'reversed_by_entry_id', null, 'policy_version', (p_ctx->>'policyVersion')::integer,
         'occurred_at', v_at, 'recorded_at', v_at, 'actor_sub', p_ctx->>'sub', 'memo', p_reason,
         'transfers', (select jsonb_agg(jsonb_build_object('leg', t.n, 'debit_account_id', t.d, 'debit_account_kind', da.kind,
                                          'credit_account_id', t.c, 'credit_account_kind', ca.kind, 'amount', t.a::text) order by t.n)
                         from unnest(v_debits, v_credits, v_amounts) with ordinality as t(d, c, a, n)
                         join ledger_account da on da.id = t.d join ledger_account ca on ca.id = t.c)),
       v_entry, 'ledger.reversed', 'ledger_entry', o.id::text, o.institution_id,
       jsonb_build_object('reversalEntryId', v_entry, 'kind', o.kind, 'reason', p_reason));
     perform ledger_apply(v_entry, v_debits, v_credits, v_amounts);
     return v_replay;
   end $$`,
];
