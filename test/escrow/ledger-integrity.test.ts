import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../support/app';
import { consume, prepay, provider, verify } from './helpers';

/*
 * SPEC §3.3 invariant 5 and the guards behind invariants 2 and 3: ledger rows cannot be changed from
 * SQL, the CHECK constraints stop a negative balance even if a guard were bypassed, and
 * GET /ledger/verify notices a ledger that was tampered with behind the triggers' back.
 */

let t: TestApp;
let entryId: number;
let accountId: number;
beforeAll(async () => {
  t = await startTestApp();
  const p = await provider(t);
  const e = await prepay(t, p);
  await consume(t, p, e.id, 3);
  entryId = e.prepaymentEntryId;
  accountId = (await t.ctx.db.selectFrom('enrollment').select('prepaid_account_id').where('id', '=', e.id).executeTakeFirstOrThrow()).prepaid_account_id;
});
afterAll(() => t.close());

async function refused(statement: string): Promise<string> {
  try {
    await sql.raw(statement).execute(t.ctx.db);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`not refused: ${statement}`);
}

it.each([
  ['update ledger_entry set memo = $$x$$ where id = ENTRY'],
  ['delete from ledger_entry where id = ENTRY'],
  ['update ledger_transfer set amount = amount + 1 where entry_id = ENTRY'],
  ['delete from ledger_transfer where entry_id = ENTRY'],
  ['truncate ledger_transfer cascade'],
  ['truncate ledger_entry cascade'],
  ['update idempotency_record set status = 500'],
  ['delete from idempotency_record'],
  ['delete from lesson_consumption'],
  ['update ledger_account set kind = $$deposit$$ where id = ACCOUNT'],
  ['delete from ledger_account where id = ACCOUNT'],
  ['delete from enrollment'],
])('refuses %s', async (statement) => {
  const message = await refused(statement.replace('ENTRY', String(entryId)).replace('ACCOUNT', String(accountId)));
  expect(message).toMatch(/append-only|not allowed/);
});

it('refuses a liability below zero even from raw SQL (CHECK constraint)', async () => {
  const message = await refused(`update ledger_account set debits_posted = credits_posted + 1 where id = ${accountId}`);
  expect(message).toMatch(/ledger_account_liability_not_negative/);
  const custody = await refused(`update ledger_account set credits_posted = debits_posted + 1 where kind = 'custody'`);
  expect(custody).toMatch(/ledger_account_asset_not_negative/);
});

it('refuses a consumption value that breaks the exact lesson-value rule (CHECK constraint)', async () => {
  const message = await refused(`update enrollment set value_consumed = value_consumed + 0.01 where lessons_consumed > 0`);
  expect(message).toMatch(/enrollment_value_is_exact/);
});

describe('GET /ledger/verify', () => {
  it('is for the city regulator and the scheduler', async () => {
    expect((await t.http.get('/api/v1/ledger/verify').set(await t.as.districtRegulator('310115'))).status).toBe(403);
    const p = await provider(t);
    expect((await t.http.get('/api/v1/ledger/verify').set(p.auth)).status).toBe(403);
    const report = await verify(t);
    expect(report.ok).toBe(true);
    expect(report.invariants.map((i) => i.name)).toEqual([
      'entries_balance',
      'liabilities_not_negative',
      'assets_not_negative',
      'custody_matches_liabilities',
      'append_only',
      'idempotency_consistent',
      'wind_down_as_planned',
      'holders_match_ledger',
    ]);
  });

  it('names the offending accounts when a transfer was altered behind the triggers', async () => {
    await sql.raw('alter table ledger_transfer disable trigger ledger_transfer_append_only').execute(t.ctx.db);
    try {
      await sql.raw(`update ledger_transfer set amount = amount - 1 where entry_id = ${entryId}`).execute(t.ctx.db);
      const report = await verify(t);
      expect(report.ok).toBe(false);
      const byName = Object.fromEntries(report.invariants.map((i) => [i.name, i]));
      expect(byName['append_only']!.ok).toBe(false);
      expect(byName['append_only']!.offenders).toContainEqual(expect.objectContaining({ problem: 'append_only_trigger_missing', kind: 'ledger_transfer' }));
      expect(byName['append_only']!.offenders).toContainEqual(expect.objectContaining({ problem: 'posted_totals_differ', accountId }));
      expect(byName['liabilities_not_negative']!.ok).toBe(true);
      await sql.raw(`update ledger_transfer set amount = amount + 1 where entry_id = ${entryId}`).execute(t.ctx.db);
    } finally {
      await sql.raw('alter table ledger_transfer enable trigger ledger_transfer_append_only').execute(t.ctx.db);
    }
    expect((await verify(t)).ok).toBe(true);
  });

  it('reports an idempotency record that points at the wrong kind of entry', async () => {
    await sql.raw('alter table idempotency_record disable trigger idempotency_record_append_only').execute(t.ctx.db);
    try {
      await sql.raw(`update idempotency_record set operation = 'POST /prepaid-cards' where entry_id = ${entryId}`).execute(t.ctx.db);
      const report = await verify(t);
      const check = report.invariants.find((i) => i.name === 'idempotency_consistent')!;
      expect(check.ok).toBe(false);
      expect(check.offenders).toContainEqual(expect.objectContaining({ entryId, problem: 'record_for_card_issue_points_at_prepayment' }));
      await sql.raw(`update idempotency_record set operation = 'POST /enrollments' where entry_id = ${entryId}`).execute(t.ctx.db);
    } finally {
      await sql.raw('alter table idempotency_record enable trigger idempotency_record_append_only').execute(t.ctx.db);
    }
  });
});
