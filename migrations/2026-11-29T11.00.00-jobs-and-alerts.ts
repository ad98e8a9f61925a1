import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table job_run (
      id bigint generated always as identity primary key,
      job_name text not null,
      trigger text not null check (trigger in ('schedule', 'manual', 'cli')),
      status text not null check (status in ('running', 'succeeded', 'failed')),
      actor_sub text not null,
      request_id text,
      started_at timestamptz not null,
      finished_at timestamptz,
      progress jsonb not null default '{}'::jsonb,
      outcome jsonb,
      error text
    )`.execute(db);
  await sql`create index job_run_by_name on job_run (job_name, id desc)`.execute(db);

  // Early warnings (SPEC §3.8): at most one open alert per dedupe key; a scan that no longer sees
  // the condition resolves it, so the open list is always the current picture.
  await sql`
    create table alert (
      id bigint generated always as identity primary key,
      kind text not null,
      severity text not null check (severity in ('info', 'warning', 'critical')),
      institution_id uuid references institution (id),
      dedupe_key text not null,
      details jsonb not null default '{}'::jsonb,
      raised_at timestamptz not null,
      last_seen_at timestamptz not null,
      resolved_at timestamptz,
      resolved_by text,
      resolution text
    )`.execute(db);
  await sql`create unique index alert_one_open_per_key on alert (dedupe_key) where resolved_at is null`.execute(db);
  await sql`create index alert_by_institution on alert (institution_id, id desc)`.execute(db);
  await sql`create index alert_open_by_kind on alert (kind, id desc) where resolved_at is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists alert`.execute(db);
  await sql`drop table if exists job_run`.execute(db);
}
