// Part of the migration 2026-11-29T15.00.00-escrow-supervision (frozen with it). Posting functions in
// the style of the ledger's own (2026-11-29T12.00.00-escrow-ledger.functions): one call is one
// round trip and one transaction; replay check, state under its lock, entry, audit row and
// idempotency record, and last the account locks and balances (ledger_apply).

export const SUPERVISION_FUNCTIONS = [
  // Risk deposit top-up and withdrawal (SPEC §3.2). The deposit is a supervised asset account; the
  // institution's own bank is the counterparty:
  //   deposit_topup       Dr deposit          / Cr institution_bank
  //   deposit_withdrawal  Dr institution_bank / Cr deposit
  // A withdrawal may not leave less than p_min_balance (the required deposit net of insurance and
  // guarantees, worked out in TypeScript), decided here under the deposit account's lock; none while
  // the institution winds down (the deposit pays refunds, SPEC §3.7). One over p_large_ratio of the
  // balance raises a large_withdrawal alert in the same commit (广东: 单笔超过专户余额10%预警).
  `create function escrow_deposit_move(p_ctx jsonb, p_institution uuid, p_kind text, p_amount numeric, p_occurred_at timestamptz,
                                       p_min_balance numeric, p_large_ratio numeric, p_bank_reference text, p_memo text) returns jsonb
   language plpgsql as $$
   declare
     v_replay jsonb := escrow_replay(p_ctx);
     v_at timestamptz := (p_ctx->>'at')::timestamptz;
     v_deposit bigint;
     v_bank bigint;
     v_balance numeric;
     v_entry bigint;
     v_large boolean := false;
     v_response jsonb;
   begin
     if v_replay is not null then return v_replay; end if;
     if p_kind not in ('deposit_topup', 'deposit_withdrawal') then raise exception 'escrow_deposit_move: unknown kind %', p_kind; end if;
     if p_kind = 'deposit_withdrawal' and (select status from institution where id = p_institution) = 'closing' then
       perform escrow_refuse('DEPOSIT_FROZEN', jsonb_build_object('id', p_institution, 'currentStatus', 'closing'));
     end if;
     v_deposit := ledger_institution_account(p_institution, 'deposit', v_at);
     v_bank := ledger_institution_account(p_institution, 'institution_bank', v_at);
     -- Both accounts now, in ascending id order (the order ledger_apply keeps): the balance checked
     -- below is the balance the posting changes.
     perform 1 from ledger_account where id in (v_deposit, v_bank) order by id for update;
     select debits_posted - credits_posted into v_balance from ledger_account where id = v_deposit;
     if p_kind = 'deposit_withdrawal' then
       if v_balance - p_amount < coalesce(p_min_balance, 0) then
         perform escrow_refuse('DEPOSIT_BELOW_REQUIREMENT', jsonb_build_object('rule', 'deposit_requirement',
           'limit', greatest(v_balance - coalesce(p_min_balance, 0), 0)::numeric(18, 2)::text, 'value', p_amount::text,
           'balance', v_balance::text, 'requiredDeposit', coalesce(p_min_balance, 0)::numeric(18, 2)::text));
       end if;
       v_large := p_large_ratio is not null and p_amount > v_balance * p_large_ratio;
     end if;
     v_entry := ledger_open_entry(p_ctx, p_kind, p_institution, null, null, null, p_occurred_at, p_memo);
     if p_bank_reference is not null then
       insert into ledger_bank_reference (entry_id, institution_id, reference, recorded_at)
       values (v_entry, p_institution, p_bank_reference, v_at) on conflict do nothing;
       if not found then perform escrow_refuse('BANK_REFERENCE_TAKEN', jsonb_build_object('reference', p_bank_reference)); end if;
     end if;
     v_response := jsonb_build_object('entry_id', v_entry, 'institution_id', p_institution, 'kind', p_kind,
       'amount', p_amount::numeric(18, 2)::text, 'occurred_at', p_occurred_at, 'recorded_at', v_at, 'bank_reference', p_bank_reference,
       'memo', p_memo, 'balance_before', v_balance::numeric(18, 2)::text,
       'balance_after', (case when p_kind = 'deposit_topup' then v_balance + p_amount else v_balance - p_amount end)::numeric(18, 2)::text,
       'required_deposit', case when p_kind = 'deposit_withdrawal' then coalesce(p_min_balance, 0)::numeric(18, 2)::text end,
       'large_withdrawal', v_large, 'policy_version', (p_ctx->>'policyVersion')::integer);
     if v_large then
       insert into alert (kind, severity, institution_id, dedupe_key, details, raised_at, last_seen_at)
       values ('large_withdrawal', 'warning', p_institution, 'large_withdrawal:' || v_entry,
               jsonb_build_object('entryId', v_entry, 'account', 'deposit', 'amount', p_amount::numeric(18, 2)::text, 'balanceBefore', v_balance::numeric(18, 2)::text,
                                  'ratio', p_large_ratio::text, 'policyVersion', (p_ctx->>'policyVersion')::integer), v_at, v_at);
     end if;
     v_replay := escrow_finish(p_ctx, 201, v_response, v_entry, 'escrow.' || p_kind, 'ledger_entry', v_entry::text, p_institution,
       jsonb_build_object('amount', p_amount::numeric(18, 2)::text, 'entryId', v_entry, 'balanceAfter', v_response->>'balance_after', 'largeWithdrawal', v_large));
     if p_kind = 'deposit_topup' then
       perform ledger_apply(v_entry, array[v_deposit], array[v_bank], array[p_amount]);
     else
       perform ledger_apply(v_entry, array[v_bank], array[v_deposit], array[p_amount]);
     end if;
     return v_replay;
   end $$`,
  // Wraps a posting function's outcome in the same statement (so the same transaction): stores the
  // custodian bank's reference of the transfer behind the new entry. A reference already used for
  // another entry of the institution refuses the whole posting: one bank transfer funds one entry.
  // Replays and refusals pass through untouched.
  `create function escrow_attach_bank_reference(p_outcome jsonb, p_reference text, p_at timestamptz) returns jsonb
   language plpgsql as $$
   declare
     r jsonb := p_outcome->'response';
     v_entry bigint;
   begin
     if p_reference is null or coalesce((p_outcome->>'replayed')::boolean, false) or (p_outcome->>'status')::integer >= 400 then
       return p_outcome;
     end if;
     v_entry := coalesce(r->>'prepayment_entry_id', r->>'issue_entry_id', r->>'entry_id')::bigint;
     if v_entry is null then raise exception 'escrow_attach_bank_reference: the outcome names no entry'; end if;
     insert into ledger_bank_reference (entry_id, institution_id, reference, recorded_at)
     values (v_entry, (r->>'institution_id')::uuid, p_reference, p_at) on conflict do nothing;
     if not found then perform escrow_refuse('BANK_REFERENCE_TAKEN', jsonb_build_object('reference', p_reference)); end if;
     return p_outcome;
   end $$`,
  // One item of an approved wind-down plan (SPEC §3.7), exactly once: the item row is locked and
  // marked posted in the same commit as its entries, so a retried or resumed execution skips it.
  // The holder must still owe exactly what the plan says (else the plan is stale: rebuild it).
  //   refund entry           custody part  Dr holder_prepaid / Cr custody   (custody-mode holders: their own money)
  //                          deposit part  Dr holder_prepaid / Cr deposit
  //   insurance_claim entry                Dr holder_prepaid / Cr insurer   (the insurer pays the family)
  // The shortfall stays on the holder's account: still owed, uncovered. The holder becomes refunded
  // with refunded_amount = what was paid, so its balance (and the ledger's) is the shortfall.
  `create function escrow_wind_down_item(p_ctx jsonb, p_plan uuid, p_seq integer, p_today date, p_reason text) returns jsonb
   language plpgsql as $$
   declare
     v_at timestamptz := (p_ctx->>'at')::timestamptz;
     p wind_down_plan;
     w wind_down_item;
     e enrollment;
     c prepaid_card;
     v_prepaid bigint;
     v_cash bigint;
     v_mode text;
     v_balance numeric;
     v_started boolean;
     v_paid numeric;
     v_refund numeric;
     v_entry bigint;
     v_claim bigint;
     v_debits bigint[] := '{}';
     v_credits bigint[] := '{}';
     v_amounts numeric[] := '{}';
   begin
     -- Shared: many items post at once, while a rebuild (FOR UPDATE) waits for them, and after it
     -- a superseded plan posts nothing more.
     select * into p from wind_down_plan where id = p_plan for share;
     if not found or p.status not in ('executing', 'executed') then
       perform escrow_refuse('WIND_DOWN_NOT_EXECUTING', jsonb_build_object('id', p_plan, 'currentStatus', coalesce(p.status, 'none')));
     end if;
     select * into w from wind_down_item where plan_id = p_plan and seq = p_seq for update;
     if not found then raise exception 'escrow_wind_down_item: no item % in plan %', p_seq, p_plan; end if;
     -- Posted already (by a concurrent or earlier run of the execution): nothing to do.
     if w.posted_at is not null then
       return jsonb_build_object('seq', w.seq, 'posted', false, 'refund_entry_id', w.refund_entry_id, 'claim_entry_id', w.claim_entry_id);
     end if;
     if p.status <> 'executing' then
       perform escrow_refuse('WIND_DOWN_NOT_EXECUTING', jsonb_build_object('id', p_plan, 'currentStatus', p.status));
     end if;
     if w.enrollment_id is not null then
       e := escrow_lock_enrollment(w.enrollment_id, null, null);
       v_balance := case when e.status in ('active', 'completed') then e.amount_paid - e.value_consumed else 0 end;
       v_prepaid := e.prepaid_account_id; v_cash := e.cash_account_id; v_mode := e.supervision_mode;
       v_started := e.lessons_consumed > 0 or p_today >= e.service_starts_on;
     else
       c := escrow_lock_card(w.card_id, null, null);
       v_balance := case when c.status in ('active', 'exhausted') then c.face_value - c.value_spent else 0 end;
       v_prepaid := c.account_id; v_cash := c.cash_account_id; v_mode := c.supervision_mode;
       v_started := c.value_spent > 0;
     end if;
     if v_balance <> w.refundable then
       perform escrow_refuse('WIND_DOWN_PLAN_STALE', jsonb_build_object('id', p_plan, 'what', 'item ' || w.seq, 'seq', w.seq,
         'planned', w.refundable::text, 'current', v_balance::numeric(18, 2)::text));
     end if;
     if w.from_custody > 0 and v_mode <> 'custody' then
       raise exception 'escrow_wind_down_item: custody pays only custody-mode holders (item %)', w.seq;
     end if;
     v_paid := w.from_custody + w.from_deposit + w.from_insurance;
     v_refund := w.from_custody + w.from_deposit;
     if w.enrollment_id is not null then
       update enrollment
          set status = 'refunded', refunded_amount = v_paid, updated_at = v_at,
              releases_paused_at = coalesce(releases_paused_at, v_at), release_pause_reason = coalesce(release_pause_reason, 'refund')
        where id = e.id;
     else
       update prepaid_card set status = 'refunded', refunded_amount = v_paid, updated_at = v_at where id = c.id;
     end if;
     if v_refund > 0 then
       v_entry := ledger_open_entry(p_ctx, 'refund', w.institution_id, w.enrollment_id, w.card_id, null, v_at, p_reason);
       if w.from_custody > 0 then
         v_debits := v_debits || v_prepaid; v_credits := v_credits || v_cash; v_amounts := v_amounts || w.from_custody;
       end if;
       if w.from_deposit > 0 then
         v_debits := v_debits || v_prepaid;
         v_credits := v_credits || ledger_institution_account(w.institution_id, 'deposit', v_at);
         v_amounts := v_amounts || w.from_deposit;
       end if;
       insert into prepaid_refund (entry_id, institution_id, enrollment_id, card_id, amount, reason, basis, lessons_consumed, value_consumed,
                                   requested_at, due_by, policy_version)
       values (v_entry, w.institution_id, w.enrollment_id, w.card_id, v_refund, p_reason,
               case when v_started then 'after_start' else 'before_start' end,
               case when w.enrollment_id is not null then e.lessons_consumed end,
               case when w.enrollment_id is not null then e.value_consumed else c.value_spent end,
               v_at, p_today, (p_ctx->>'policyVersion')::integer);
     end if;
     if w.from_insurance > 0 then
       v_claim := ledger_open_entry(p_ctx, 'insurance_claim', w.institution_id, w.enrollment_id, w.card_id, null, v_at, p_reason);
     end if;
     update wind_down_item set refund_entry_id = v_entry, claim_entry_id = v_claim, posted_at = v_at where plan_id = p_plan and seq = p_seq;
     perform escrow_finish(p_ctx, 201, '{}'::jsonb, null, 'wind_down.item_posted', 'wind_down_plan', p_plan::text, w.institution_id,
       jsonb_build_object('seq', w.seq, 'enrollmentId', w.enrollment_id, 'cardId', w.card_id, 'fromCustody', w.from_custody::text,
         'fromDeposit', w.from_deposit::text, 'fromInsurance', w.from_insurance::text, 'shortfall', w.shortfall::text,
         'refundEntryId', v_entry, 'claimEntryId', v_claim));
     if v_entry is not null then perform ledger_apply(v_entry, v_debits, v_credits, v_amounts); end if;
     if v_claim is not null then
       perform ledger_apply(v_claim, array[v_prepaid], array[ledger_institution_account(w.institution_id, 'insurer', v_at)], array[w.from_insurance]);
     end if;
     return jsonb_build_object('seq', w.seq, 'posted', true, 'refund_entry_id', v_entry, 'claim_entry_id', v_claim);
   end $$`,
  // A wind-down refund or claim is settled with the family; it is not corrected by reversal (that
  // would reopen a holder the plan closed). Fired only for reversal entries (the WHEN clause costs
  // the other postings nothing).
  `create function escrow_refuse_wind_down_reversal() returns trigger language plpgsql as $$
   begin
     if exists (select 1 from wind_down_item where refund_entry_id = new.reverses_entry_id or claim_entry_id = new.reverses_entry_id) then
       perform escrow_refuse('REVERSAL_REFUSED', jsonb_build_object('id', new.reverses_entry_id, 'reason', 'wind_down'));
     end if;
     return new;
   end $$`,
];

export const SUPERVISION_TRIGGERS = [
  `create trigger ledger_entry_no_wind_down_reversal before insert on ledger_entry
     for each row when (new.reverses_entry_id is not null) execute function escrow_refuse_wind_down_reversal()`,
];
