/*
 * Credit recompute benchmark (SPEC §10: nightly jobs over 20 000 institutions in seconds).
 *
 *   npm run bench -- credit            (through bench/run.ts)
 *   npx tsx bench/credit.ts            (directly)
 *   options: --institutions N --events N --no-verify; BENCH_DATABASE_URL (default
 *   postgres://postgres@127.0.0.1:5432/postgres) names the server; a fresh database is created
 *   on it and dropped at the end.
 *
 * Data are made with set-based SQL (generate_series, seeded random()): 20 000 institutions and
 * 400 000 credit events — 1 % serious, 25 % commendations, the rest general breaches, a fifth of
 * them association-sourced, spread over the last 3 years, plus 1 % reversals and 1 % repairs of
 * earlier findings. The events carry a REAL hash chain: the canonical content of each event is
 * built in SQL in exactly the form canonicalJson gives it, and a PL/pgSQL loop chains SHA-256
 * over them in sequence order; the chain is then checked with the service's own verifier
 * (verifyChain, in JavaScript), so the bench data would pass GET /credit/verify.
 *
 * Timed: recomputeAllRatings three times — cold (every institution rated for the first time,
 * every measure applied), warm (same moment: nothing changes) and 90 days later (publications end,
 * ratings and measures move) — and the chain verification.
 */
import os from 'node:os';
import pg from 'pg';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../src/db/schema';
import pino from 'pino';
import { generateLocalKeys } from '../src/auth/local-identity-provider';
import { boot } from '../src/boot';
import { FixedClock } from '../src/clock';
import { loadConfig } from '../src/config';
import { verifyChain } from '../src/modules/credit/hash-chain';
import { recomputeAllRatings, type RecomputeResult } from '../src/modules/credit/recompute';

function option(argv: readonly string[], name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

let INSTITUTIONS = 20_000;
let EVENTS = 400_000;
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const NOW = new Date('2026-09-01T02:00:00Z');

function urlFor(database: string): string {
  const u = new URL(SERVER);
  u.pathname = `/${database}`;
  return u.toString();
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  process.stdout.write(`  ${label.padEnd(48)} ${(ms / 1000).toFixed(2).padStart(7)} s\n`);
  return { result, ms };
}

/** The entry point bench/run.ts calls (`npm run bench -- credit`). */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  INSTITUTIONS = option(argv, 'institutions', 20_000);
  EVENTS = option(argv, 'events', 400_000);
  const verify = !argv.includes('--no-verify');
  const name = `tms_bench_credit_${process.pid}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const clock = new FixedClock(NOW);
  const config = loadConfig({ DATABASE_URL: urlFor(name), NODE_ENV: 'development', LOG_LEVEL: 'silent', JOBS: 'off', SEED_DEMO: 'off', DATA_DIR: os.tmpdir() });
  const { ctx, close } = await boot(config, { clock, logger: pino({ level: 'silent' }), localKeys: await generateLocalKeys() });
  try {
    const { rows: version } = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(ctx.db);
    process.stdout.write(
      `credit recompute bench: ${INSTITUTIONS} institutions, ${EVENTS} events; PostgreSQL ${version[0]!.v}; ` +
        `${os.cpus().length} CPUs (nproc ${os.availableParallelism()}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM\n`,
    );
    await timed('setup: institutions', () => insertInstitutions(ctx.db));
    // Temporary tables and the chaining function live in one session: pin one connection.
    await timed('setup: events with their hash chain', () => ctx.db.connection().execute((conn) => insertEvents(conn)));
    const cold = await timed('recompute, cold (all rated for the first time)', () => recomputeAllRatings(ctx, { asOf: NOW }));
    const warm = await timed('recompute, warm (nothing changed)', () => recomputeAllRatings(ctx, { asOf: NOW }));
    clock.set(new Date(NOW.getTime() + 90 * 86_400_000));
    const later = await timed('recompute, 90 days later (expiries)', () => recomputeAllRatings(ctx));
    let verified: { ok: boolean; checked: number } | undefined;
    if (verify) verified = (await timed('verify the hash chain (GET /credit/verify)', () => verifyChain(ctx.db))).result;
    const { rows: lists } = await sql<{ list: string | null; n: number }>`
      select list, count(*)::int as n from credit_rating group by list order by list nulls last`.execute(ctx.db);
    const { rows: measures } = await sql<{ n: number }>`
      select count(*)::int as n from credit_measure_application where lifted_at is null`.execute(ctx.db);
    const summary = (r: RecomputeResult) => `${r.changed} changed, ${r.applied} measures applied, ${r.lifted} lifted`;
    process.stdout.write(
      `  cold: ${summary(cold.result)}\n  warm: ${summary(warm.result)}\n  later: ${summary(later.result)}\n` +
        `  lists now: ${lists.map((l) => `${l.list ?? 'none'} ${l.n}`).join(', ')}; measures in force: ${measures[0]!.n}\n` +
        (verified ? `  chain: ${verified.ok ? 'intact' : 'BROKEN'}, ${verified.checked} events checked\n` : ''),
    );
    if (verified && !verified.ok) process.exitCode = 1;
  } finally {
    await close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function insertInstitutions(db: Kysely<Database>): Promise<void> {
  const districts = ['310101', '310104', '310105', '310106', '310107', '310109', '310110', '310112', '310113', '310114', '310115', '310116', '310117', '310118', '310120', '310151'];
  await sql`
    insert into institution (uscc, name, kind, legal_representative, district_code, address, founded_on, categories, mode,
                             supervision_mode, status, status_changed_at, created_at, updated_at)
    select '9131' || lpad(i::text, 14, '0'), '基准测试培训机构' || i, 'for_profit', '张三',
           (${districts}::text[])[1 + i % 16], '上海市测试路' || i || '号', date '2015-01-01' + (i % 3000),
           array['arts'], 'offline', 'custody', 'active', ${NOW}::timestamptz, ${NOW}::timestamptz, ${NOW}::timestamptz
    from generate_series(1, ${INSTITUTIONS}::int) as i`.execute(db);
}

/**
 * Findings first, then reversals and repairs of distinct earlier findings; sequence follows the
 * recording time, as appends do. The canonical string is built around the previous hash
 * (prefix || prev_hash || suffix) in canonicalJson's key order and number formats.
 */
async function insertEvents(db: Kysely<Database>): Promise<void> {
  const endings = Math.floor(EVENTS / 100);
  const findings = EVENTS - 2 * endings;
  await sql`select setseed(0.42)`.execute(db);
  await sql`create temp table bench_inst as select row_number() over (order by id)::int as n, id from institution`.execute(db);
  await sql`
    create temp table bench_draft as
    with raw as (
      select i, random() as r_sev, random() as r_src, random() as r_inst, random() as r_pts,
             ${NOW}::timestamptz - make_interval(secs => floor(random() * 1095 * 86400)) as occurred_at,
             floor(random() * 3 * 86400) as delay
      from generate_series(1, ${findings}::int) as i
    )
    select gen_random_uuid() as id, b.id as institution_id, 'finding'::text as kind,
           case when r_sev < 0.01 then 'serious' when r_sev < 0.26 then 'commendation' else 'general' end as severity,
           case when r_src < 0.2 then 'association' else (array['inspection', 'escrow', 'contract', 'complaint', 'court', 'regulator'])[1 + floor(r_src * 6)::int % 6] end as source,
           occurred_at,
           least(occurred_at + make_interval(secs => delay), ${NOW}::timestamptz) as recorded_at,
           null::uuid as reverses, null::uuid as repairs
    from raw join bench_inst b on b.n = 1 + floor(r_inst * ${INSTITUTIONS}::int)::int`.execute(db);
  await sql`
    alter table bench_draft add column points numeric(8, 2), add column type text, add column publication_ends_on date`.execute(db);
  await sql`
    update bench_draft set
      points = case severity when 'serious' then -50 when 'general' then -5 else 1 + floor(random() * 5) end,
      type = case severity when 'serious' then 'funds_misappropriation' when 'general' then 'late_refund' else 'commendation' end,
      publication_ends_on = (occurred_at at time zone 'Asia/Shanghai')::date
                            + case severity when 'serious' then 1095 else 365 end`.execute(db);
  // Every 7th finding reversed, every 7th + 3 repaired (distinct targets), some time after recording.
  await sql`
    insert into bench_draft (id, institution_id, kind, severity, source, occurred_at, recorded_at, reverses, repairs, points, type, publication_ends_on)
    select gen_random_uuid(), d.institution_id, k.kind, d.severity, 'regulator', t.at, t.at,
           case when k.kind = 'reversal' then d.id end, case when k.kind = 'repair' then d.id end, 0, k.type, null
    from (select *, row_number() over (order by recorded_at, id) as n from bench_draft) d
    join (values ('reversal', 'reversal', 0), ('repair', 'credit_repair', 3)) as k(kind, type, offset_)
      on d.n % 7 = k.offset_ and d.n / 7 < ${endings}::int
    cross join lateral (select least(d.recorded_at + make_interval(secs => floor(random() * 200 * 86400)), ${NOW}::timestamptz) as at) t`.execute(db);
  const { rows: pv } = await sql<{ v: number }>`select max(version) as v from policy_version`.execute(db);
  await sql`
    create temp table bench_event as
    select d.*, row_number() over (order by recorded_at, kind <> 'finding', id)::bigint as sequence,
           '{"basis":' || to_json(case when kind = 'finding' then '《校外培训行政处罚暂行办法》（基准测试）' else '基准测试更正或修复' end)::text
             || ',"evidence":{},"id":"' || id || '","institutionId":"' || institution_id || '","kind":"' || kind
             || '","occurredAt":"' || to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
             || '","points":"' || points::text || '","policyVersion":' || ${pv[0]!.v}::int || ',"prevHash":"' as prefix,
           case when kind = 'finding' then '《校外培训行政处罚暂行办法》（基准测试）' else '基准测试更正或修复' end as basis
    from bench_draft d`.execute(db);
  await sql`
    alter table bench_event add column suffix text`.execute(db);
  await sql`
    update bench_event set suffix =
      '","publicationEndsOn":' || coalesce('"' || publication_ends_on::text || '"', 'null')
      || ',"recordedAt":"' || to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
      || '","recordedBy":"bench","recorderRole":"system","repairs":' || coalesce('"' || repairs || '"', 'null')
      || ',"reverses":' || coalesce('"' || reverses || '"', 'null') || ',"sequence":' || sequence
      || ',"severity":"' || severity || '","source":"' || source || '","type":"' || type || '"}'`.execute(db);
  await sql`
    create function pg_temp.bench_chain() returns void language plpgsql as $$
    declare
      r record;
      h text := repeat('0', 64);
      prevs text[] := '{}';
      hashes text[] := '{}';
      i int := 0;
    begin
      for r in select prefix, suffix from bench_event order by sequence loop
        i := i + 1;
        prevs[i] := h;
        h := encode(sha256(convert_to(r.prefix || h || r.suffix, 'UTF8')), 'hex');
        hashes[i] := h;
      end loop;
      create temp table bench_hash as
        select u.seq::bigint as sequence, u.prev_hash, u.hash from unnest(prevs, hashes) with ordinality as u(prev_hash, hash, seq);
    end $$`.execute(db);
  await sql`select pg_temp.bench_chain()`.execute(db);
  // A bulk load of data built consistent above: foreign-key triggers are skipped for it (replica
  // mode); unique indexes and check constraints still apply.
  await sql`set session_replication_role = replica`.execute(db);
  await sql`
    insert into credit_event (id, sequence, institution_id, kind, type, severity, source, points, basis, evidence, occurred_at,
                              recorded_at, publication_ends_on, reverses, repairs, recorded_by, recorder_role, policy_version,
                              prev_hash, hash)
    select e.id, e.sequence, e.institution_id, e.kind, e.type, e.severity, e.source, e.points, e.basis, '{}'::jsonb, e.occurred_at,
           e.recorded_at, e.publication_ends_on, e.reverses, e.repairs, 'bench', 'system', ${pv[0]!.v}::int, h.prev_hash, h.hash
    from bench_event e join bench_hash h using (sequence)
    order by e.sequence`.execute(db);
  await sql`set session_replication_role = default`.execute(db);
  await sql`
    update credit_chain_head set last_sequence = h.sequence, last_hash = h.hash, updated_at = ${NOW}::timestamptz
    from (select sequence, hash from bench_hash order by sequence desc limit 1) h where id = 1`.execute(db);
  await sql`analyze`.execute(db);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
