import { type Kysely, sql } from 'kysely';
import { LEDGER_APPLY } from './2026-11-29T16.00.00-ledger-round-trips';

// Frozen once landed: a later change is a new migration, never an edit of this one.
//
// A batch of postings settles its balance changes once (BENCHMARKS.md, Ledger). In a batch
// statement (src/modules/escrow/ledger/batches.ts) each posting used to lock and update its
// accounts and write its transfers itself: three or four write statements a posting, each paying
// executor start-up and the table's CHECKs compiled anew, and for transfers three foreign-key
// look-ups; a hot custody account was rewritten once per posting. Now the batch
// statement is
//
//   select ledger_settle(ledger_defer(), array[f(…), g(…), …]::jsonb[])
//
// (its answer one jsonb array of the postings' outcomes: a jsonb[] would reach the client as an
// array literal with every quote escaped, far dearer to parse than JSON)
//
// ledger_defer(), the first argument and so evaluated before the array (PostgreSQL evaluates a
// call's arguments in order; were it ever not, each posting would apply at once, as outside a batch:
// correct, only slower), turns deferral on for the statement's transaction; ledger_apply() then checks
// its arguments as before and notes its transfers instead of posting them; ledger_settle() runs
// after every posting in the array (a function's arguments are evaluated before it) and posts
// them all: it locks every account the batch touches in ascending id order, judges each posting's
// guards in order on the balances the postings before it left (exactly what posting one by one
// would have judged), applies the net change of each account with one UPDATE and writes all the
// transfers with one INSERT. A guard that fails raises LEDGER_GUARD and undoes the whole batch,
// which then goes again through the `_try` twins, posting by posting (they never defer), so the
// refusal reaches the posting that caused it with the figures it always had.
//
// Only the batch statement turns deferral on, and a transaction-local setting ends with its
// transaction: a posting outside a batch, or a twin, applies at once as before.

const LIABILITIES = `'enrollment_prepaid', 'card_prepaid', 'earned_unreleased'`;
const ASSETS = `'custody', 'deposit'`;

const LEDGER_DEFER = `create function ledger_defer() returns boolean language plpgsql as $$
   begin
     perform set_config('ledger.pending', '', true);
     perform set_config('ledger.defer', 'on', true);
     return true;
   end $$`;

// The pending transfers are text: a call per '|'-terminated chunk, a transfer per ';'-terminated
// "entry,leg,debit,credit,amount" line. Appending text is cheap where a jsonb would be parsed and
// rebuilt on every call.
const LEDGER_APPLY_DEFERRABLE = `create or replace function ledger_apply(p_entry bigint, p_debits bigint[], p_credits bigint[], p_amounts numeric[]) returns void
   language plpgsql as $$
   declare
     r record;
     v_ids bigint[];
     v_id bigint;
     v_dr numeric;
     v_cr numeric;
     v_legs text := '';
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
     if current_setting('ledger.defer', true) = 'on' then
       for i in 1..n loop
         v_legs := v_legs || p_entry || ',' || i || ',' || p_debits[i] || ',' || p_credits[i] || ',' || p_amounts[i] || ';';
       end loop;
       perform set_config('ledger.pending', current_setting('ledger.pending') || v_legs || '|', true);
       return;
     end if;
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
         perform ledger_refuse_guard(r.id, r.kind, r.debits_posted, r.credits_posted, v_dr, v_cr);
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

// The refusal of SPEC §3.3's guards, with the figures a client is shown: the balance there was
// (limit) and what the posting would have taken from it (value).
const LEDGER_REFUSE_GUARD = `create function ledger_refuse_guard(p_id bigint, p_kind text, p_debits numeric, p_credits numeric,
                                                   p_dr numeric, p_cr numeric) returns void
   language plpgsql as $$
   begin
     if p_kind in (${LIABILITIES}) then
       perform escrow_refuse('LEDGER_GUARD', jsonb_build_object('rule', 'liability_not_negative', 'accountId', p_id, 'kind', p_kind,
         'limit', (p_credits - p_debits)::text, 'value', (p_dr - p_cr)::text));
     else
       perform escrow_refuse('LEDGER_GUARD', jsonb_build_object('rule', 'asset_not_negative', 'accountId', p_id, 'kind', p_kind,
         'limit', (p_debits - p_credits)::text, 'value', (p_cr - p_dr)::text));
     end if;
   end $$`;

const LEDGER_SETTLE = `create function ledger_settle(p_deferred boolean, p_outcomes jsonb[]) returns jsonb
   language plpgsql as $$
   declare
     v_pending text := current_setting('ledger.pending', true);
     v_calls integer[];
     v_entries bigint[];
     v_legs integer[];
     v_debits bigint[];
     v_credits bigint[];
     v_amounts numeric[];
     v_ids bigint[];
     v_locked integer;
     r record;
   begin
     perform set_config('ledger.defer', '', true);
     perform set_config('ledger.pending', '', true);
     if v_pending is null or v_pending = '' then return to_jsonb(p_outcomes); end if;
     select array_agg(c.n order by c.n, l.n), array_agg(split_part(l.t, ',', 1)::bigint order by c.n, l.n),
            array_agg(split_part(l.t, ',', 2)::integer order by c.n, l.n), array_agg(split_part(l.t, ',', 3)::bigint order by c.n, l.n),
            array_agg(split_part(l.t, ',', 4)::bigint order by c.n, l.n), array_agg(split_part(l.t, ',', 5)::numeric order by c.n, l.n)
       into v_calls, v_entries, v_legs, v_debits, v_credits, v_amounts
       from unnest(string_to_array(left(v_pending, -1), '|')) with ordinality as c(t, n),
            unnest(string_to_array(left(c.t, -1), ';')) with ordinality as l(t, n);
     select array_agg(distinct a order by a) into v_ids from unnest(v_debits || v_credits) a;
     perform 1 from ledger_account where id = any(v_ids) order by id for update;
     get diagnostics v_locked = row_count;
     if v_locked <> cardinality(v_ids) then raise exception 'ledger_settle: unknown account among %', v_ids; end if;
     -- Each call's guards on the balances that the calls before it left; the first refusal, in the
     -- order of the calls and then of the accounts (as ledger_apply judges them), is the one raised.
     select a.id, a.kind, a.debits_posted + s.dr_before as debits, a.credits_posted + s.cr_before as credits, s.dr, s.cr into r
       from (select m.call, m.acc, m.dr, m.cr, coalesce(sum(m.dr) over w, 0) as dr_before, coalesce(sum(m.cr) over w, 0) as cr_before
               from (select t.call, t.acc, sum(t.dr) as dr, sum(t.cr) as cr
                       from (select u.call, u.d as acc, u.a as dr, 0::numeric as cr from unnest(v_calls, v_debits, v_amounts) as u(call, d, a)
                             union all
                             select u.call, u.c, 0, u.a from unnest(v_calls, v_credits, v_amounts) as u(call, c, a)) t
                      group by t.call, t.acc) m
             window w as (partition by m.acc order by m.call rows between unbounded preceding and 1 preceding)) s
       join ledger_account a on a.id = s.acc
      where (a.kind in (${LIABILITIES}) and a.credits_posted + s.cr_before + s.cr < a.debits_posted + s.dr_before + s.dr)
         or (a.kind in (${ASSETS}) and a.debits_posted + s.dr_before + s.dr < a.credits_posted + s.cr_before + s.cr)
      order by s.call, s.acc
      limit 1;
     if found then perform ledger_refuse_guard(r.id, r.kind, r.debits, r.credits, r.dr, r.cr); end if;
     update ledger_account a set debits_posted = a.debits_posted + d.dr, credits_posted = a.credits_posted + d.cr
       from (select t.acc, sum(t.dr) as dr, sum(t.cr) as cr
               from (select u.d as acc, u.a as dr, 0::numeric as cr from unnest(v_debits, v_amounts) as u(d, a)
                     union all
                     select u.c, 0, u.a from unnest(v_credits, v_amounts) as u(c, a)) t
              group by t.acc) d
      where a.id = d.acc;
     insert into ledger_transfer (entry_id, leg, debit_account_id, credit_account_id, amount)
     select * from unnest(v_entries, v_legs, v_debits, v_credits, v_amounts);
     return to_jsonb(p_outcomes);
   end $$`;

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [LEDGER_REFUSE_GUARD, LEDGER_APPLY_DEFERRABLE, LEDGER_DEFER, LEDGER_SETTLE]) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(LEDGER_APPLY).execute(db);
  for (const fn of ['ledger_settle(boolean, jsonb[])', 'ledger_defer()', 'ledger_refuse_guard(bigint, text, numeric, numeric, numeric, numeric)']) {
    await sql.raw(`drop function ${fn}`).execute(db);
  }
}
