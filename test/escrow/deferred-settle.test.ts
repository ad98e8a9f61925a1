import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../support/app';
import { provider, type Provider } from './helpers';

/*
 * A batch statement settles its postings' balance changes once (migration
 * 2026-11-29T20.00.00-ledger-deferred-apply): ledger_apply notes its transfers while ledger_defer()
 * is on, and ledger_settle() posts them all, judging each posting's guards on the balances the
 * postings before it left. These calls are what a batch of posting functions makes, written out.
 */

let t: TestApp;
let p: Provider;
let custody: number;
let earned: number;
const ctx = JSON.stringify({ sub: 'test', role: 'system', requestId: 'test', at: '2026-09-01T02:00:00Z', policyVersion: 1, idempotency: null });

beforeAll(async () => {
  t = await startTestApp();
  p = await provider(t);
  const { rows } = await sql<{ custody: number; earned: number }>`
    select ledger_institution_account(${p.institutionId}::uuid, 'custody', now()) as custody,
           ledger_institution_account(${p.institutionId}::uuid, 'earned_unreleased', now()) as earned`.execute(t.ctx.db);
  ({ custody, earned } = rows[0]!);
});
afterAll(() => t.close());

async function entries(n: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    select ledger_open_entry(${ctx}::jsonb, 'deposit_topup', ${p.institutionId}::uuid, null, null, null, now()) as id
      from generate_series(1, ${n}::int)`.execute(t.ctx.db);
  return rows.map((r) => r.id);
}

async function balances() {
  const rows = await t.ctx.db.selectFrom('ledger_account').select(['id', 'debits_posted', 'credits_posted']).where('id', 'in', [custody, earned]).execute();
  const of = (id: number) => rows.find((r) => r.id === id)!;
  return { custody: of(custody), earned: of(earned) };
}

async function transfers(entryIds: number[]) {
  return t.ctx.db
    .selectFrom('ledger_transfer')
    .select(['entry_id', 'leg', 'debit_account_id', 'credit_account_id', 'amount'])
    .where('entry_id', 'in', entryIds)
    .orderBy('entry_id')
    .orderBy('leg')
    .execute();
}

/** `ledger_apply(entry, debits, credits, amounts)` as an element of a batch's array of outcomes. */
const apply = (entry: number, debits: number[], credits: number[], amounts: string[]) =>
  sql`jsonb_build_object('entry', ${entry}::bigint, 'applied', ledger_apply(${entry}::bigint, ${sql.raw(`array[${debits.join(', ')}]::bigint[]`)},
      ${sql.raw(`array[${credits.join(', ')}]::bigint[]`)}, ${sql.raw(`array[${amounts.join(', ')}]::numeric[]`)})::text)`;

async function refusal(statement: Promise<unknown>): Promise<{ message: string; detail: unknown }> {
  try {
    await statement;
  } catch (error) {
    const e = error as { message: string; detail?: string };
    return { message: e.message, detail: e.detail ? JSON.parse(e.detail) : undefined };
  }
  throw new Error('not refused');
}

it('posts nothing until the batch settles, then every transfer with each account changed once', async () => {
  const [e1, e2] = await entries(2);
  const { rows } = await sql<{ rs: Array<Record<string, unknown>> }>`
    select ledger_settle(ledger_defer(), array[
      ${apply(e1!, [custody], [earned], ['100.00'])},
      ${apply(e2!, [earned, earned], [custody, custody], ['30.00', '30.00'])}
        || jsonb_build_object('custodyMidBatch', (select debits_posted::text from ledger_account where id = ${custody}::bigint))
    ]::jsonb[]) as rs`.execute(t.ctx.db);
  // the outcomes come back as they went in, in order; mid-batch, nothing was posted yet
  expect(rows[0]!.rs).toEqual([
    { entry: e1, applied: '' },
    { entry: e2, applied: '', custodyMidBatch: '0.00' },
  ]);
  expect(await balances()).toEqual({
    custody: { id: custody, debits_posted: '100.00', credits_posted: '60.00' },
    earned: { id: earned, debits_posted: '60.00', credits_posted: '100.00' },
  });
  expect(await transfers([e1!, e2!])).toEqual([
    { entry_id: e1, leg: 1, debit_account_id: custody, credit_account_id: earned, amount: '100.00' },
    { entry_id: e2, leg: 1, debit_account_id: earned, credit_account_id: custody, amount: '30.00' },
    { entry_id: e2, leg: 2, debit_account_id: earned, credit_account_id: custody, amount: '30.00' },
  ]);
});

it('judges each posting on the balances the postings before it left: a later credit does not rescue an earlier debit', async () => {
  // custody (an asset) and earned_unreleased (a liability) stand at 40.00 each; 50.00 out of both
  // first, then 100.00 into both. The first account refused is the lower id, as posting alone.
  expect(custody).toBeLessThan(earned);
  const [e3, e4] = await entries(2);
  const before = await balances();
  const refused = await refusal(
    sql`select ledger_settle(ledger_defer(), array[
          ${apply(e3!, [earned], [custody], ['50.00'])},
          ${apply(e4!, [custody], [earned], ['100.00'])}
        ]::jsonb[])`.execute(t.ctx.db),
  );
  expect(refused).toEqual({
    message: 'LEDGER_GUARD',
    detail: { rule: 'asset_not_negative', accountId: custody, kind: 'custody', limit: '40.00', value: '50.00' },
  });
  expect(await balances()).toEqual(before);
  expect(await transfers([e3!, e4!])).toEqual([]);

  // the other way round each posting finds enough: 140.00 after the first, 90.00 after the second
  await sql`select ledger_settle(ledger_defer(), array[
              ${apply(e4!, [custody], [earned], ['100.00'])},
              ${apply(e3!, [earned], [custody], ['50.00'])}
            ]::jsonb[])`.execute(t.ctx.db);
  expect(await balances()).toEqual({
    custody: { id: custody, debits_posted: '200.00', credits_posted: '110.00' },
    earned: { id: earned, debits_posted: '110.00', credits_posted: '200.00' },
  });
});

it('refuses the posting that takes a balance below zero with the balance it found, not the one the batch began with', async () => {
  // custody stands at 90.00: 60.00 out leaves 30.00, the next 40.00 out is refused against 30.00
  const [e5, e6] = await entries(2);
  const refused = await refusal(
    sql`select ledger_settle(ledger_defer(), array[
          ${apply(e5!, [earned], [custody], ['60.00'])},
          ${apply(e6!, [earned], [custody], ['40.00'])}
        ]::jsonb[])`.execute(t.ctx.db),
  );
  expect(refused.detail).toMatchObject({ rule: 'asset_not_negative', accountId: custody, limit: '30.00', value: '40.00' });
  expect(await transfers([e5!, e6!])).toEqual([]);
});

it('applies at once outside a batch, also right after one on the same connection', async () => {
  const [e7, e8] = await entries(2);
  await t.ctx.db.connection().execute(async (db) => {
    await sql`select ledger_settle(ledger_defer(), array[${apply(e7!, [custody], [earned], ['1.00'])}]::jsonb[])`.execute(db);
    await sql`select ledger_apply(${e8!}::bigint, array[${custody}::bigint], array[${earned}::bigint], array[2.00::numeric])`.execute(db);
  });
  expect((await balances()).custody.debits_posted).toBe('203.00');
  expect((await transfers([e7!, e8!])).map((r) => [r.entry_id, r.amount])).toEqual([
    [e7, '1.00'],
    [e8, '2.00'],
  ]);
});

it('refuses a transfer to an account that does not exist, and writes nothing', async () => {
  const [e9] = await entries(1);
  const before = await balances();
  const refused = await refusal(
    sql`select ledger_settle(ledger_defer(), array[${apply(e9!, [custody], [999_999_999], ['1.00'])}]::jsonb[])`.execute(t.ctx.db),
  );
  expect(refused.message).toMatch(/unknown account/);
  expect(await balances()).toEqual(before);
  expect(await transfers([e9!])).toEqual([]);
});

it('settles an empty batch (every posting a replay or a refusal answered as a value) to its outcomes unchanged', async () => {
  const { rows } = await sql<{ rs: unknown[] }>`select ledger_settle(ledger_defer(), array['{"replayed": true}'::jsonb]) as rs`.execute(t.ctx.db);
  expect(rows[0]!.rs).toEqual([{ replayed: true }]);
});
