import { type Kysely, sql } from 'kysely';
import { SUPERVISION_FUNCTIONS, SUPERVISION_TRIGGERS } from './2026-11-29T15.00.00-escrow-supervision.functions';

// Frozen once landed: a later change is a new migration, never an edit of this one.
//
// The rest of SPEC §3 around the escrow ledger (2026-11-29T12.00.00-escrow-ledger, untouched):
// performance-guarantee insurance and bank guarantees (§3.5), filed annual revenue for the Shanghai
// deposit rule (§3.2), bank references on ledger entries and custodian-bank reconciliation (§3.6),
// the wind-down refund plan (§3.7) and the late refunds already turned into credit events (§3.8).
// Money moves only through PL/pgSQL posting functions (the .functions.ts part), one call each.

const TABLES = [
  // 履约保证保险 (SPEC §3.5). (insurer, policy_number) is unique across institutions: one policy
  // cannot be filed twice to cover two institutions.
  `create table insurance_policy (
     id uuid primary key default gen_random_uuid(),
     institution_id uuid not null references institution (id),
     insurer text not null,
     policy_number text not null,
     insured_amount numeric(18, 2) not null check (insured_amount > 0),
     period_start date not null,
     period_end date not null,
     status text not null check (status in ('active', 'expired', 'cancelled', 'claimed')),
     status_reason text,
     status_changed_at timestamptz not null,
     filed_by text not null,
     created_at timestamptz not null,
     updated_at timestamptz not null,
     check (period_end >= period_start),
     constraint insurance_policy_number_unique unique (insurer, policy_number)
   )`,
  `create index insurance_policy_by_institution on insurance_policy (institution_id, created_at, id)`,
  // 保函 (SPEC §3.5), the same shape.
  `create table bank_guarantee (
     id uuid primary key default gen_random_uuid(),
     institution_id uuid not null references institution (id),
     bank text not null,
     guarantee_number text not null,
     amount numeric(18, 2) not null check (amount > 0),
     period_start date not null,
     period_end date not null,
     status text not null check (status in ('active', 'expired', 'cancelled', 'claimed')),
     status_reason text,
     status_changed_at timestamptz not null,
     filed_by text not null,
     created_at timestamptz not null,
     updated_at timestamptz not null,
     check (period_end >= period_start),
     constraint bank_guarantee_number_unique unique (bank, guarantee_number)
   )`,
  `create index bank_guarantee_by_institution on bank_guarantee (institution_id, created_at, id)`,
  // Last year's main-business revenue (上海单用途卡实施办法: the special threshold is 20 % of it).
  // Append-only: a correction is a later filing for the same year, and the latest one counts.
  `create table annual_revenue_filing (
     id bigint generated always as identity primary key,
     institution_id uuid not null references institution (id),
     year integer not null check (year between 1990 and 2200),
     revenue numeric(18, 2) not null check (revenue >= 0),
     note text,
     filed_by text not null,
     filed_at timestamptz not null
   )`,
  `create index annual_revenue_filing_latest on annual_revenue_filing (institution_id, year, id desc)`,
  // The custodian bank's reference of the transfer behind an entry, for reconciliation (SPEC §3.6).
  // One bank transfer funds one entry: a reference is unique per institution.
  `create table ledger_bank_reference (
     entry_id bigint primary key references ledger_entry (id),
     institution_id uuid not null,
     reference text not null,
     recorded_at timestamptz not null,
     constraint ledger_bank_reference_unique unique (institution_id, reference)
   )`,
  `create table reconciliation_run (
     id uuid primary key default gen_random_uuid(),
     institution_id uuid not null references institution (id),
     period_start date not null,
     period_end date not null,
     statement_lines integer not null,
     matched_by_reference integer not null,
     matched_by_amount_date integer not null,
     unmatched_statement integer not null,
     unmatched_ledger integer not null,
     statement_net numeric(18, 2) not null,
     ledger_net numeric(18, 2) not null,
     net_difference numeric(18, 2) not null,
     closing_balance numeric(18, 2),
     ledger_closing_balance numeric(18, 2) not null,
     closing_difference numeric(18, 2),
     clean boolean not null,
     statement_name text,
     actor_sub text not null,
     request_id text not null,
     created_at timestamptz not null,
     check (period_end >= period_start)
   )`,
  `create index reconciliation_run_by_institution on reconciliation_run (institution_id, created_at, id)`,
  // One row per statement line (matched or not) and per ledger entry left unmatched.
  `create table reconciliation_item (
     run_id uuid not null references reconciliation_run (id),
     seq integer not null,
     match text not null check (match in ('reference', 'amount_date', 'statement_only', 'ledger_only')),
     line_no integer,
     booked_on date not null,
     direction text not null check (direction in ('credit', 'debit')),
     amount numeric(18, 2) not null check (amount > 0),
     counterparty text,
     bank_reference text,
     entry_id bigint references ledger_entry (id),
     entry_kind text,
     entry_on date,
     note text,
     primary key (run_id, seq),
     check ((match = 'ledger_only') = (line_no is null)),
     check ((match = 'statement_only') = (entry_id is null))
   )`,
  `create index reconciliation_item_by_entry on reconciliation_item (entry_id) where entry_id is not null`,
  // The refund plan of a wind-down (SPEC §3.7). At most one live (not superseded) plan per institution.
  `create table wind_down_plan (
     id uuid primary key default gen_random_uuid(),
     institution_id uuid not null references institution (id),
     status text not null check (status in ('draft', 'approved', 'executing', 'executed', 'superseded')),
     as_of date not null,
     policy_version integer not null,
     custody_available numeric(18, 2) not null,
     deposit_available numeric(18, 2) not null,
     insurance_available numeric(18, 2) not null,
     insurance_policies jsonb not null,
     refundable numeric(18, 2) not null,
     from_custody numeric(18, 2) not null,
     from_deposit numeric(18, 2) not null,
     from_insurance numeric(18, 2) not null,
     shortfall numeric(18, 2) not null,
     item_count integer not null,
     supersedes uuid references wind_down_plan (id),
     built_by text not null,
     built_at timestamptz not null,
     approved_by text,
     approved_at timestamptz,
     approval_note text,
     execution_started_at timestamptz,
     executed_by text,
     executed_at timestamptz,
     check (refundable = from_custody + from_deposit + from_insurance + shortfall)
   )`,
  `create unique index wind_down_plan_one_live on wind_down_plan (institution_id) where status <> 'superseded'`,
  `create index wind_down_plan_by_institution on wind_down_plan (institution_id, built_at)`,
  `create table wind_down_item (
     plan_id uuid not null references wind_down_plan (id),
     seq integer not null,
     institution_id uuid not null,
     enrollment_id uuid references enrollment (id),
     card_id uuid references prepaid_card (id),
     holder_ref text,
     supervision_mode text not null check (supervision_mode in ('custody', 'deposit')),
     paid_at timestamptz not null,
     refundable numeric(18, 2) not null check (refundable > 0),
     from_custody numeric(18, 2) not null check (from_custody >= 0),
     from_deposit numeric(18, 2) not null check (from_deposit >= 0),
     from_insurance numeric(18, 2) not null check (from_insurance >= 0),
     shortfall numeric(18, 2) not null check (shortfall >= 0),
     refund_entry_id bigint unique references ledger_entry (id),
     claim_entry_id bigint unique references ledger_entry (id),
     posted_at timestamptz,
     primary key (plan_id, seq),
     check (num_nonnulls(enrollment_id, card_id) = 1),
     check (refundable = from_custody + from_deposit + from_insurance + shortfall),
     check ((from_custody + from_deposit > 0 and posted_at is not null) = (refund_entry_id is not null)),
     check ((from_insurance > 0 and posted_at is not null) = (claim_entry_id is not null))
   )`,
  // A refund recorded after its due date is one credit event, exactly once (SPEC §3.4, §3.8): the
  // primary key is the refund's entry.
  `create table escrow_late_refund (
     refund_entry_id bigint primary key references ledger_entry (id),
     institution_id uuid not null,
     due_by date not null,
     recorded_on date not null,
     credit_event_id uuid not null,
     detected_at timestamptz not null
   )`,
];

const APPEND_ONLY = ['annual_revenue_filing', 'ledger_bank_reference', 'reconciliation_run', 'reconciliation_item', 'escrow_late_refund'];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of TABLES) await sql.raw(statement).execute(db);
  for (const t of APPEND_ONLY) {
    await sql.raw(`create trigger ${t}_append_only before update or delete on ${t} for each row execute function refuse_modification()`).execute(db);
  }
  // Plans and items are derived state (their status moves), but never deleted.
  for (const t of ['wind_down_plan', 'wind_down_item']) {
    await sql.raw(`create trigger ${t}_never_deleted before delete on ${t} for each row execute function refuse_modification()`).execute(db);
  }
  for (const statement of [...SUPERVISION_FUNCTIONS, ...SUPERVISION_TRIGGERS]) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('drop trigger if exists ledger_entry_no_wind_down_reversal on ledger_entry').execute(db);
  for (const fn of ['escrow_refuse_wind_down_reversal', 'escrow_wind_down_item', 'escrow_attach_bank_reference', 'escrow_deposit_move']) {
    await sql.raw(`drop function if exists ${fn} cascade`).execute(db);
  }
  for (const table of ['escrow_late_refund', 'wind_down_item', 'wind_down_plan', 'reconciliation_item', 'reconciliation_run',
                       'ledger_bank_reference', 'annual_revenue_filing', 'bank_guarantee', 'insurance_policy']) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
}
