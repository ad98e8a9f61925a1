import { Migrator, sql } from 'kysely';
import { migrations } from '../../migrations';
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

  it('2026-11-29T16.00.00-ledger-round-trips goes down to the three-call prepayment of 12.00 and up again', async () => {
    expect(await prepaySignatures(t)).toEqual([expect.stringContaining('p_block_measure text, p_assumed jsonb')]);
    expect(await valueCheck(t)).not.toContain('escrow_lesson_value');

    const down = await migrator(t).migrateDown();
    expect(down.error).toBeUndefined();
    expect(down.results?.map((r) => [r.migrationName, r.status])).toEqual([['2026-11-29T16.00.00-ledger-round-trips', 'Success']]);
    expect(await prepaySignatures(t)).toEqual([expect.stringContaining('p_mode text')]);
    expect(await valueCheck(t)).toContain('escrow_lesson_value');

    const up = await migrator(t).migrateToLatest();
    expect(up.error).toBeUndefined();
    expect(await prepaySignatures(t)).toEqual([expect.stringContaining('p_assumed jsonb')]);
  });
});
