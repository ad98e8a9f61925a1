import { Migrator, sql } from 'kysely';
import { migrations } from '../../migrations';
import { BATCHED_FUNCTIONS } from '../../migrations/2026-11-29T17.00.00-ledger-batches';
import { createTestDatabase, type TestDatabase } from '../support/database';

/*
 * Landed migrations are frozen; later changes come as new migrations that must apply to a database
 * the earlier ones built, and undo cleanly. The per-file test database is migrated to the latest.
 */

const migrator = (t: TestDatabase) => new Migrator({ db: t.db, provider: { getMigrations: async () => migrations } });

async function prepaySignatures(t: TestDatabase): Promise<string[]> {
  const { rows } = await sql<{ args: string }>`
    select pg_get_function_identity_arguments(p.oid) as args from pg_proc p where p.proname = 'escrow_prepay'`.execute(t.db);
  return rows.map((r) => r.args);
}

async function batchTwins(t: TestDatabase): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select proname as name from pg_proc where proname like 'escrow\\_%\\_try' order by proname`.execute(t.db);
  return rows.map((r) => r.name);
}

async function valueCheck(t: TestDatabase): Promise<string> {
  const { rows } = await sql<{ def: string }>`
    select pg_get_constraintdef(oid) as def from pg_constraint where conname = 'enrollment_value_is_exact'`.execute(t.db);
  return rows[0]!.def;
}

describe('migrations', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.close();
  });

  it('every listed migration has run, in name order', async () => {
    const names = Object.keys(migrations);
    expect([...names].sort()).toEqual(names);
    const ran = await t.db.selectFrom('kysely_migration' as never).select('name' as never).orderBy('name' as never).execute();
    expect(ran.map((r) => (r as { name: string }).name)).toEqual(names);
  });

  it('2026-11-29T17.00.00-ledger-batches gives each batched posting function a twin of the same parameters, and takes them back', async () => {
    expect(await batchTwins(t)).toEqual(BATCHED_FUNCTIONS.map((f) => `${f}_try`).sort());
    const { rows } = await sql<{ fn: string; twin: string }>`
      select f.proname as fn, w.proname as twin
        from pg_proc f join pg_proc w on w.proname = f.proname || '_try' and pg_get_function_identity_arguments(w.oid) = pg_get_function_identity_arguments(f.oid)`.execute(t.db);
    expect(rows.map((r) => r.fn).sort()).toEqual([...BATCHED_FUNCTIONS].sort());

    const down = await migrator(t).migrateTo('2026-11-29T16.00.00-ledger-round-trips');
    expect(down.results?.map((r) => [r.migrationName, r.status])).toEqual([
      ['2026-11-29T20.00.00-ledger-deferred-apply', 'Success'],
      ['2026-11-29T17.00.00-ledger-batches', 'Success'],
    ]);
    expect(await batchTwins(t)).toEqual([]);
    expect((await migrator(t).migrateToLatest()).error).toBeUndefined();
    expect(await batchTwins(t)).toHaveLength(BATCHED_FUNCTIONS.length);
  });

  it('2026-11-29T20.00.00-ledger-deferred-apply adds deferred settling and goes back to ledger_apply as 16.00 left it', async () => {
    const settling = async () => {
      const { rows } = await sql<{ name: string }>`
        select proname as name from pg_proc where proname in ('ledger_defer', 'ledger_settle', 'ledger_refuse_guard') order by proname`.execute(t.db);
      const apply = await sql<{ body: string }>`select prosrc as body from pg_proc where proname = 'ledger_apply'`.execute(t.db);
      return { functions: rows.map((r) => r.name), applyDefers: apply.rows[0]!.body.includes('ledger.defer') };
    };
    expect(await settling()).toEqual({ functions: ['ledger_defer', 'ledger_refuse_guard', 'ledger_settle'], applyDefers: true });
    const down = await migrator(t).migrateDown();
    expect(down.results?.map((r) => [r.migrationName, r.status])).toEqual([['2026-11-29T20.00.00-ledger-deferred-apply', 'Success']]);
    expect(await settling()).toEqual({ functions: [], applyDefers: false });
    expect((await migrator(t).migrateToLatest()).error).toBeUndefined();
    expect(await settling()).toEqual({ functions: ['ledger_defer', 'ledger_refuse_guard', 'ledger_settle'], applyDefers: true });
  });

  it('2026-11-29T16.00.00-ledger-round-trips goes down to the three-call prepayment of 12.00 and up again', async () => {
    expect(await prepaySignatures(t)).toEqual([expect.stringContaining('p_block_measure text, p_assumed jsonb')]);
    expect(await valueCheck(t)).not.toContain('escrow_lesson_value');

    const down = await migrator(t).migrateTo('2026-11-29T15.00.00-escrow-supervision');
    expect(down.error).toBeUndefined();
    expect(down.results?.map((r) => [r.migrationName, r.status])).toEqual([
      ['2026-11-29T20.00.00-ledger-deferred-apply', 'Success'],
      ['2026-11-29T17.00.00-ledger-batches', 'Success'],
      ['2026-11-29T16.00.00-ledger-round-trips', 'Success'],
    ]);
    expect(await prepaySignatures(t)).toEqual([expect.stringContaining('p_mode text')]);
    expect(await valueCheck(t)).toContain('escrow_lesson_value');

    const up = await migrator(t).migrateToLatest();
    expect(up.error).toBeUndefined();
    expect(await prepaySignatures(t)).toEqual([expect.stringContaining('p_assumed jsonb')]);
  });
});
