import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration, never an edit of this one.
//
// SPEC §4: filed contracts, their scanned versions, rescans under a newer rule library, and
// rectification cases with numbered notices. A version and its scan are evidence for a notice
// (and through it for a credit event), so versions, rescans and replies are append-only; the
// contract and the case carry the derived state (current version, open/overdue/closed), updated
// in the same transaction as the row that changes it.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table contract (
      id uuid primary key default gen_random_uuid(),
      institution_id uuid not null references institution (id),
      course_id uuid references course (id),
      title text not null,
      current_version integer not null check (current_version > 0),
      status text not null check (status in ('filed', 'under_rectification')),
      filed_by text not null,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`.execute(db);
  await sql`create index contract_by_institution on contract (institution_id, created_at, id)`.execute(db);

  await sql`
    create table contract_version (
      id uuid primary key default gen_random_uuid(),
      contract_id uuid not null references contract (id),
      institution_id uuid not null references institution (id),
      version integer not null check (version > 0),
      title text not null,
      source text not null check (source in ('text', 'template')),
      template_id text,
      template_version text,
      template_language text check (template_language in ('zh-CN', 'en')),
      template_values jsonb,
      language text not null check (language in ('zh', 'en')),
      text text not null,
      text_sha256 char(64) not null,
      rule_library_version text not null,
      findings jsonb not null,
      high_count integer not null check (high_count >= 0),
      medium_count integer not null check (medium_count >= 0),
      low_count integer not null check (low_count >= 0),
      scanned_at timestamptz not null,
      policy_version integer not null references policy_version (version),
      filed_by text not null,
      filed_by_role text not null,
      filed_at timestamptz not null,
      unique (contract_id, version),
      check ((source = 'template') = (template_id is not null)),
      check ((template_id is null) = (template_version is null)),
      check ((template_id is null) = (template_language is null)),
      check ((template_id is null) = (template_values is null))
    )`.execute(db);
  await sql`create trigger contract_version_append_only before update or delete on contract_version
            for each row execute function refuse_modification()`.execute(db);

  // A version's own scan is never rewritten: a newer rule library's verdict is a row here, once
  // per (version, library version), which is what makes the rescan job idempotent.
  await sql`
    create table contract_rescan (
      id uuid primary key default gen_random_uuid(),
      contract_version_id uuid not null references contract_version (id),
      contract_id uuid not null references contract (id),
      institution_id uuid not null references institution (id),
      rule_library_version text not null,
      previous_rule_library_version text not null,
      findings jsonb not null,
      high_count integer not null check (high_count >= 0),
      medium_count integer not null check (medium_count >= 0),
      low_count integer not null check (low_count >= 0),
      policy_version integer not null references policy_version (version),
      scanned_at timestamptz not null,
      unique (contract_version_id, rule_library_version)
    )`.execute(db);
  await sql`create index contract_rescan_by_contract on contract_rescan (contract_id, scanned_at)`.execute(db);
  await sql`create trigger contract_rescan_append_only before update or delete on contract_rescan
            for each row execute function refuse_modification()`.execute(db);

  // Notice numbers are gapless per year: the counter row is locked by the upsert that takes the
  // next number and released at commit, so a rolled-back opening gives its number back.
  await sql`
    create table rectification_notice_counter (
      year integer primary key,
      last_number integer not null check (last_number > 0)
    )`.execute(db);

  await sql`
    create table rectification_case (
      id uuid primary key default gen_random_uuid(),
      institution_id uuid not null references institution (id),
      contract_id uuid not null references contract (id),
      opened_on_version integer not null,
      opened_by text not null check (opened_by in ('filing', 'rescan')),
      rescan_id uuid references contract_rescan (id),
      notice_year integer not null,
      notice_seq integer not null check (notice_seq > 0),
      number text not null unique,
      findings jsonb not null,
      rule_library_version text not null,
      status text not null check (status in ('open', 'overdue', 'closed')),
      deadline date not null,
      policy_version integer not null references policy_version (version),
      opened_at timestamptz not null,
      overdue_at timestamptz,
      overdue_event_id uuid unique references credit_event (id),
      closed_at timestamptz,
      closed_by_version integer,
      unique (notice_year, notice_seq),
      foreign key (contract_id, opened_on_version) references contract_version (contract_id, version),
      foreign key (contract_id, closed_by_version) references contract_version (contract_id, version),
      check ((opened_by = 'rescan') = (rescan_id is not null)),
      check ((status = 'closed') = (closed_at is not null)),
      check ((closed_at is null) = (closed_by_version is null)),
      check ((overdue_at is null) = (overdue_event_id is null)),
      check (status <> 'overdue' or overdue_at is not null)
    )`.execute(db);
  // SPEC §4: one unrectified case per contract; a second high finding joins the open case.
  await sql`create unique index rectification_case_one_open on rectification_case (contract_id) where status <> 'closed'`.execute(db);
  await sql`create index rectification_case_listing on rectification_case (opened_at, id)`.execute(db);
  await sql`create index rectification_case_by_institution on rectification_case (institution_id, opened_at, id)`.execute(db);
  await sql`create index rectification_case_due on rectification_case (deadline, id) where status = 'open'`.execute(db);

  await sql`
    create table rectification_reply (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references rectification_case (id),
      institution_id uuid not null references institution (id),
      text text not null,
      author_sub text not null,
      author_role text not null,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index rectification_reply_by_case on rectification_reply (case_id, created_at, id)`.execute(db);
  await sql`create trigger rectification_reply_append_only before update or delete on rectification_reply
            for each row execute function refuse_modification()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['rectification_reply', 'rectification_case', 'rectification_notice_counter', 'contract_rescan', 'contract_version', 'contract']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
}
