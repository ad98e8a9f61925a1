import { sql, type RawBuilder } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../../context';
import type { Tx } from '../../../db/transaction';
import type { Lang } from '../../../http/i18n';
import type { InvariantReport, VerifyReport } from './schema';

/*
 * GET /api/v1/ledger/verify: the six invariants of SPEC §3.3, each a set-based query, all read in
 * one REPEATABLE READ snapshot so postings that continue meanwhile cannot make a sound ledger look
 * broken. Each reports ok/failed with the offenders (at most 100 shown, all counted). Two more
 * checks: every wind-down item posted exactly as planned and once (SPEC §3.7), and the holders'
 * derived state (enrollments, cards) held to their ledger accounts, which is what catches a
 * half-applied posting if one could ever commit.
 */

const SHOWN = 100;
const KEYED_KINDS = ['prepayment', 'consumption', 'refund', 'card_issue', 'card_spend', 'reversal', 'deposit_topup', 'deposit_withdrawal'];

interface Check {
  name: string;
  description: Record<Lang, string>;
  /** Rows are the offenders, worst first. */
  query: RawBuilder<Record<string, unknown>>;
}

const CHECKS: Check[] = [
  {
    name: 'entries_balance',
    description: {
      zh: '每笔分录至少有一条转账且借贷平衡；全部账户借方合计等于贷方合计。',
      en: 'Every entry has transfers and balances; total debits equal total credits over all accounts.',
    },
    query: sql`
      select * from (
        select e.id as "entryId", e.kind, e.institution_id as "institutionId", 'entry_without_transfers' as problem
          from ledger_entry e where not exists (select 1 from ledger_transfer t where t.entry_id = e.id)
        union all
        select null, null, null, 'total_debits_' || sum(debits_posted)::text || '_total_credits_' || sum(credits_posted)::text
          from ledger_account having sum(debits_posted) <> sum(credits_posted)
      ) o order by "entryId" nulls first`,
  },
  {
    name: 'liabilities_not_negative',
    description: { zh: '负债账户（学员预收款、预付卡、待拨付）余额不为负。', en: 'No liability account (prepaid, card, earned-unreleased) is below zero.' },
    query: sql`
      select id as "accountId", institution_id as "institutionId", kind, (credits_posted - debits_posted)::text as balance
        from ledger_account where kind in ('enrollment_prepaid', 'card_prepaid', 'earned_unreleased') and credits_posted < debits_posted
       order by credits_posted - debits_posted`,
  },
  {
    name: 'assets_not_negative',
    description: { zh: '资产账户（托管、保证金）余额不为负。', en: 'No asset account (custody, deposit) is below zero.' },
    query: sql`
      select id as "accountId", institution_id as "institutionId", kind, (debits_posted - credits_posted)::text as balance
        from ledger_account where kind in ('custody', 'deposit') and debits_posted < credits_posted
       order by debits_posted - credits_posted`,
  },
  {
    name: 'custody_matches_liabilities',
    description: {
      zh: '托管账户余额 = 托管模式下学员预收款与预付卡余额之和 + 待拨付余额（逐机构）。',
      en: 'Per institution, custody = Σ custody-mode prepaid and card balances + earned-unreleased.',
    },
    query: sql`
      with held as (
        select a.institution_id, sum(a.credits_posted - a.debits_posted) as amount
          from ledger_account a
          left join enrollment e on e.prepaid_account_id = a.id
          left join prepaid_card c on c.account_id = a.id
         where a.kind in ('enrollment_prepaid', 'card_prepaid') and coalesce(e.supervision_mode, c.supervision_mode) = 'custody'
         group by a.institution_id
      ), earned as (
        select institution_id, credits_posted - debits_posted as amount from ledger_account where kind = 'earned_unreleased'
      ), custody as (
        select institution_id, debits_posted - credits_posted as amount from ledger_account where kind = 'custody'
      ), joined as (
        select coalesce(cu.institution_id, h.institution_id, er.institution_id) as institution_id,
               coalesce(cu.amount, 0) as custody, coalesce(h.amount, 0) as held, coalesce(er.amount, 0) as earned
          from custody cu
          full join held h on h.institution_id = cu.institution_id
          full join earned er on er.institution_id = coalesce(cu.institution_id, h.institution_id)
      )
      select institution_id as "institutionId", custody::text as custody, held::text as "holderLiabilities", earned::text as "earnedUnreleased",
             (custody - held - earned)::text as difference
        from joined where custody <> held + earned order by abs(custody - held - earned) desc`,
  },
  {
    name: 'append_only',
    description: {
      zh: '分录与转账表的只追加触发器存在且启用；由转账重算的每个账户借贷合计与账户记录一致（无分录被改动）。',
      en: 'The append-only triggers on entries and transfers are present and enabled; every account’s totals recomputed from its transfers match its posted columns (no entry was changed).',
    },
    query: sql`
      with guarded as (
        select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
         where p.proname = 'refuse_modification' and t.tgenabled <> 'D' and (t.tgtype & 8) <> 0 and (t.tgtype & 16) <> 0
      ), d as (select debit_account_id as id, sum(amount) as s from ledger_transfer group by debit_account_id),
         k as (select credit_account_id as id, sum(amount) as s from ledger_transfer group by credit_account_id)
      select * from (
        select null::bigint as "accountId", null::uuid as "institutionId", t.name as kind, 'append_only_trigger_missing' as problem,
               null::text as "debitsPosted", null::text as "debitsRecomputed", null::text as "creditsPosted", null::text as "creditsRecomputed"
          from (values ('ledger_entry'), ('ledger_transfer')) as t(name) where t.name not in (select relname from guarded)
        union all
        select a.id, a.institution_id, a.kind, 'posted_totals_differ', a.debits_posted::text, coalesce(d.s, 0)::text,
               a.credits_posted::text, coalesce(k.s, 0)::text
          from ledger_account a left join d on d.id = a.id left join k on k.id = a.id
         where a.debits_posted <> coalesce(d.s, 0) or a.credits_posted <> coalesce(k.s, 0)
      ) o order by "accountId" nulls first`,
  },
  {
    name: 'idempotency_consistent',
    description: {
      zh: '每笔带幂等键的分录恰有一条幂等记录，且记录的操作与分录类型相符；失败记录不指向任何分录。',
      en: 'Every keyed entry has exactly one idempotency record whose operation matches its kind; failure records point at no entry.',
    },
    query: sql`
      with expected as (
        select r.scope, r.key, r.status, r.entry_id, r.operation,
               case
                 when r.operation = 'POST /enrollments' then 'prepayment'
                 when r.operation like 'POST /enrollments/%/consumptions' then 'consumption'
                 when r.operation like 'POST /enrollments/%/refunds' or r.operation like 'POST /prepaid-cards/%/refunds' then 'refund'
                 when r.operation = 'POST /prepaid-cards' then 'card_issue'
                 when r.operation like 'POST /prepaid-cards/%/spends' then 'card_spend'
                 when r.operation like 'POST /ledger/entries/%/reversals' then 'reversal'
                 when r.operation like 'POST /institutions/%/deposit-topups' then 'deposit_topup'
                 when r.operation like 'POST /institutions/%/deposit-withdrawals' then 'deposit_withdrawal'
               end as kind
          from idempotency_record r
      )
      select * from (
        select e.id as "entryId", e.kind, count(x.key)::int as records, 'keyed_entry_records_' || count(x.key) as problem
          from ledger_entry e left join expected x on x.entry_id = e.id
         where e.kind in (${sql.join(KEYED_KINDS)})
           -- a wind-down refund is keyed by its plan item instead (check wind_down_as_planned)
           and not exists (select 1 from wind_down_item w where w.refund_entry_id = e.id)
         group by e.id, e.kind having count(x.key) <> 1
        union all
        select x.entry_id, e.kind, 1, 'record_for_' || coalesce(x.kind, x.operation) || '_points_at_' || e.kind
          from expected x join ledger_entry e on e.id = x.entry_id where x.kind is distinct from e.kind
        union all
        select x.entry_id, null, 1, 'failure_record_with_entry' from expected x where x.status >= 400 and x.entry_id is not null
      ) o order by "entryId"`,
  },
  {
    name: 'wind_down_as_planned',
    description: {
      zh: '（附加检查）清退方案每一项恰好过账一次：退费分录与保险理赔分录的金额等于方案所列，且每位学员的预收款只按一项清退。',
      en: '(additional) Every wind-down item posted exactly once: its refund and insurance-claim entries carry the planned amounts, and no holder is settled by two items.',
    },
    query: sql`
      with posted as (
        select plan_id, seq, coalesce(enrollment_id, card_id) as holder, refund_entry_id, claim_entry_id,
               from_custody + from_deposit as refund_planned, from_insurance as claim_planned
          from wind_down_item where posted_at is not null
      ), sums as (
        select t.entry_id, sum(t.amount) as amount from ledger_transfer t
         where t.entry_id in (select refund_entry_id from posted union all select claim_entry_id from posted)
         group by t.entry_id
      )
      select * from (
        select p.plan_id as "planId", p.seq, p.holder as "holderId", 'posted_amount_differs' as problem,
               p.refund_planned::text as "refundPlanned", coalesce(r.amount, 0)::text as "refundPosted",
               p.claim_planned::text as "claimPlanned", coalesce(c.amount, 0)::text as "claimPosted"
          from posted p left join sums r on r.entry_id = p.refund_entry_id left join sums c on c.entry_id = p.claim_entry_id
         where coalesce(r.amount, 0) <> p.refund_planned or coalesce(c.amount, 0) <> p.claim_planned
        union all
        select null, null, holder, 'holder_settled_' || count(*) || '_times', null, null, null, null
          from posted group by holder having count(*) > 1
      ) o order by "planId" nulls last, seq`,
  },
  {
    name: 'holders_match_ledger',
    description: {
      zh: '（附加检查）每个报名与预付卡的余额与其负债账户一致。',
      en: '(additional) Every enrollment’s and card’s balance equals its liability account.',
    },
    query: sql`
      select * from (
        select e.id as "holderId", 'enrollment' as holder, a.id as "accountId",
               (case when e.status = 'cancelled' then 0 else e.amount_paid - e.value_consumed - coalesce(e.refunded_amount, 0) end)::text as expected,
               (a.credits_posted - a.debits_posted)::text as "ledgerBalance"
          from enrollment e join ledger_account a on a.id = e.prepaid_account_id
         where a.credits_posted - a.debits_posted
               <> case when e.status = 'cancelled' then 0 else e.amount_paid - e.value_consumed - coalesce(e.refunded_amount, 0) end
        union all
        select c.id, 'card', a.id,
               (case when c.status = 'cancelled' then 0 else c.face_value - c.value_spent - coalesce(c.refunded_amount, 0) end)::text,
               (a.credits_posted - a.debits_posted)::text
          from prepaid_card c join ledger_account a on a.id = c.account_id
         where a.credits_posted - a.debits_posted
               <> case when c.status = 'cancelled' then 0 else c.face_value - c.value_spent - coalesce(c.refunded_amount, 0) end
      ) o`,
  },
];

async function runCheck(trx: Tx, check: Check, index: number, lang: Lang): Promise<z.infer<typeof InvariantReport>> {
  const { rows } = await sql<Record<string, unknown> & { __total: number }>`
    select o.*, (count(*) over ())::int as __total from (${check.query}) o limit ${sql.lit(SHOWN)}`.execute(trx);
  const offenders = rows.map(({ __total: _, ...offender }) => offender);
  return {
    id: index + 1,
    name: check.name,
    description: check.description[lang],
    ok: rows.length === 0,
    offenderCount: rows[0]?.__total ?? 0,
    offenders,
  };
}

export async function verifyLedger(ctx: AppContext, lang: Lang): Promise<z.infer<typeof VerifyReport>> {
  const checkedAt = ctx.clock.now().toISOString();
  return ctx.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const invariants: Array<z.infer<typeof InvariantReport>> = [];
      // One after another: a transaction is one connection.
      for (const [i, check] of CHECKS.entries()) invariants.push(await runCheck(trx, check, i, lang));
      const { rows } = await sql<{ accounts: number; entries: number; transfers: number }>`
        select (select count(*) from ledger_account)::int as accounts, (select count(*) from ledger_entry)::int as entries,
               (select count(*) from ledger_transfer)::int as transfers`.execute(trx);
      const counts = rows[0]!;
      return { ok: invariants.every((i) => i.ok), checkedAt, ...counts, invariants };
    });
}
