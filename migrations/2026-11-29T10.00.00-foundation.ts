import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration, never an edit of this one.

export async function up(db: Kysely<any>): Promise<void> {
  // Append-only tables (audit, ledgers, credit events) share one trigger that refuses change.
  await sql`
    create function refuse_modification() returns trigger language plpgsql as $$
    begin
      raise exception '% on % is not allowed: the table is append-only', tg_op, tg_table_name
        using errcode = 'P0001';
    end $$`.execute(db);

  await sql`
    create table audit_log (
      id bigint generated always as identity primary key,
      occurred_at timestamptz not null,
      actor_sub text not null,
      actor_role text not null,
      actor_institution_id uuid,
      actor_district text,
      action text not null,
      subject_type text not null,
      subject_id text not null,
      institution_id uuid,
      request_id text not null,
      details jsonb not null default '{}'::jsonb
    )`.execute(db);
  await sql`create index audit_log_subject on audit_log (subject_type, subject_id, id)`.execute(db);
  await sql`create index audit_log_institution on audit_log (institution_id, id)`.execute(db);
  await sql`create trigger audit_log_append_only before update or delete on audit_log
            for each row execute function refuse_modification()`.execute(db);

  await sql`
    create table policy_version (
      version integer primary key,
      values jsonb not null,
      reason text not null,
      changed_by text not null,
      created_at timestamptz not null
    )`.execute(db);
  await sql`create trigger policy_version_append_only before update or delete on policy_version
            for each row execute function refuse_modification()`.execute(db);

  await sql`
    create table institution (
      id uuid primary key default gen_random_uuid(),
      uscc char(18) not null unique,
      name text not null,
      kind text not null check (kind in ('for_profit', 'non_profit')),
      legal_representative text not null,
      district_code char(6) not null,
      address text not null,
      contact_phone text,
      licence_number text,
      licence_expires_on date,
      icp_filing_number text,
      approval_authority text,
      registration_authority text,
      founded_on date not null,
      categories text[] not null,
      mode text not null check (mode in ('offline', 'online')),
      supervision_mode text not null check (supervision_mode in ('custody', 'deposit')),
      status text not null check (status in ('pending_review', 'active', 'rectifying', 'suspended',
                                             'closing', 'closed', 'rejected', 'revoked')),
      status_changed_at timestamptz not null,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`.execute(db);
  await sql`create index institution_list on institution (created_at, id)`.execute(db);
  await sql`create index institution_district on institution (district_code, created_at, id)`.execute(db);
  await sql`create index institution_status on institution (status)`.execute(db);

  await sql`
    create table institution_transition (
      id bigint generated always as identity primary key,
      institution_id uuid not null references institution (id),
      from_status text not null,
      to_status text not null,
      reason text not null,
      actor_sub text not null,
      policy_version integer not null references policy_version (version),
      request_id text not null,
      occurred_at timestamptz not null
    )`.execute(db);
  await sql`create index institution_transition_by_institution
            on institution_transition (institution_id, id)`.execute(db);
  await sql`create trigger institution_transition_append_only
            before update or delete on institution_transition
            for each row execute function refuse_modification()`.execute(db);

  await sql`
    create table institution_site (
      id uuid primary key default gen_random_uuid(),
      institution_id uuid not null references institution (id),
      name text not null,
      address text not null,
      district_code char(6) not null,
      capacity integer not null check (capacity > 0),
      created_at timestamptz not null
    )`.execute(db);
  await sql`create index institution_site_by_institution on institution_site (institution_id, created_at, id)`.execute(db);

  await sql`
    create table course (
      id uuid primary key default gen_random_uuid(),
      institution_id uuid not null references institution (id),
      code text not null,
      name text not null,
      category text not null,
      mode text not null check (mode in ('offline', 'online')),
      class_size integer not null check (class_size > 0),
      total_lessons integer not null check (total_lessons > 0),
      lesson_minutes integer not null check (lesson_minutes > 0),
      price_per_lesson numeric(18, 2) not null check (price_per_lesson >= 0),
      charging_mode text not null check (charging_mode in ('per_lesson', 'per_period')),
      period_days integer check (period_days > 0),
      price_cap numeric(18, 2),
      policy_version integer not null references policy_version (version),
      status text not null default 'filed' check (status in ('filed', 'withdrawn')),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (institution_id, code)
    )`.execute(db);
  await sql`create index course_by_institution on course (institution_id, created_at, id)`.execute(db);

  // Every fee an institution files is kept with the cap and policy version it was checked against.
  await sql`
    create table course_fee_filing (
      id bigint generated always as identity primary key,
      course_id uuid not null references course (id),
      institution_id uuid not null references institution (id),
      price_per_lesson numeric(18, 2) not null,
      price_cap numeric(18, 2),
      policy_version integer not null references policy_version (version),
      actor_sub text not null,
      filed_at timestamptz not null
    )`.execute(db);
  await sql`create index course_fee_filing_by_course on course_fee_filing (course_id, id)`.execute(db);
  await sql`create trigger course_fee_filing_append_only before update or delete on course_fee_filing
            for each row execute function refuse_modification()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['course_fee_filing', 'course', 'institution_site', 'institution_transition',
                       'institution', 'policy_version', 'audit_log']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
  await sql`drop function if exists refuse_modification()`.execute(db);
}
