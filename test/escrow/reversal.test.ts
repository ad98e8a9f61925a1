import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../support/app';
import { consume, key, prepay, provider, verify, type Provider } from './helpers';

/*
 * Corrections (SPEC §3.3 invariant 5): a reversal is a new entry with the transfers swapped, once
 * only, by a regulator, refused when it would break a guard or undo value already used.
 */

let t: TestApp;
let p: Provider;
let regulator: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  p = await provider(t);
  regulator = await t.as.districtRegulator('310115');
});
afterAll(() => t.close());

function reverse(entryId: number, auth = regulator, k = randomUUID()) {
  return t.http.post(`/api/v1/ledger/entries/${entryId}/reversals`).set(auth).set('Idempotency-Key', k).send({ reason: '录入错误，更正' });
}

async function enrollment(id: string) {
  return (await t.http.get(`/api/v1/enrollments/${id}`).set(p.auth).expect(200)).body;
}

it('undoes the latest consumption exactly, once only', async () => {
  const e = await prepay(t, p, { lessonsPaid: 30, giftLessons: 3, amountPaid: '3000.00' });
  const first = await consume(t, p, e.id, 2);
  const second = await consume(t, p, e.id, 1);
  const refusedOlder = await reverse(first.body.entryId);
  expect(refusedOlder.status).toBe(409);
  expect(refusedOlder.body).toMatchObject({ code: 'REVERSAL_REFUSED', reason: 'not_latest_consumption' });

  const res = await reverse(second.body.entryId);
  expect(res.status).toBe(201);
  expect(res.body).toMatchObject({ kind: 'reversal', reversesEntryId: second.body.entryId, memo: '录入错误，更正' });
  expect(res.body.transfers).toEqual([
    expect.objectContaining({ debitAccountKind: 'earned_unreleased', creditAccountKind: 'enrollment_prepaid', amount: '90.91' }),
  ]);
  expect(await enrollment(e.id)).toMatchObject({ lessonsConsumed: 2, valueConsumed: '181.82', balance: '2818.18' });
  const original = await t.http.get(`/api/v1/ledger/entries/${second.body.entryId}`).set(regulator).expect(200);
  expect(original.body.reversedByEntryId).toBe(res.body.id);
  const list = await t.http.get(`/api/v1/enrollments/${e.id}/consumptions`).set(p.auth).expect(200);
  expect(list.body.items.map((c: { reversed: boolean }) => c.reversed)).toEqual([false, true]);

  const twice = await reverse(second.body.entryId);
  expect(twice.status).toBe(409);
  expect(twice.body.code).toBe('ENTRY_ALREADY_REVERSED');
  expect((await reverse(res.body.id)).body).toMatchObject({ code: 'REVERSAL_REFUSED', reason: 'is_reversal' });

  // the earlier one is now the latest, and consuming again prices the lesson as before
  expect((await reverse(first.body.entryId)).status).toBe(201);
  expect((await consume(t, p, e.id, 3)).body.amount).toBe('272.73');
  expect((await verify(t)).ok).toBe(true);
});

it('cancels an untouched prepayment, and refuses one whose lessons were used', async () => {
  const untouched = await prepay(t, p, { amountPaid: '1200.00', lessonsPaid: 12 });
  const res = await reverse(untouched.prepaymentEntryId);
  expect(res.status).toBe(201);
  expect(await enrollment(untouched.id)).toMatchObject({ status: 'cancelled', balance: '0.00', lessonsRemaining: 0 });
  const used = await prepay(t, p);
  await consume(t, p, used.id, 1);
  expect((await reverse(used.prepaymentEntryId)).body).toMatchObject({ code: 'REVERSAL_REFUSED', reason: 'enrollment_in_use' });
  expect((await verify(t)).ok).toBe(true);
});

it('restores a refunded enrollment when the refund is reversed', async () => {
  const e = await prepay(t, p, { lessonsPaid: 10, amountPaid: '1000.00' });
  await consume(t, p, e.id, 4);
  const refund = await t.http.post(`/api/v1/enrollments/${e.id}/refunds`).set(p.auth).set(key()).send({ reason: '误操作' }).expect(201);
  expect((await reverse(refund.body.id)).status).toBe(201);
  expect(await enrollment(e.id)).toMatchObject({ status: 'active', balance: '600.00', refunded: false, lessonsRemaining: 6 });
  expect((await verify(t)).ok).toBe(true);
});

it('refuses a reversal that would take an account below zero (the guard)', async () => {
  // A deposit top-up, then a withdrawal of all of it, posted the way the deposit module will:
  // reversing the top-up now would leave the deposit account negative.
  const ctx = JSON.stringify({ sub: 'test', role: 'system', requestId: 'test', at: '2026-09-01T02:00:00Z', policyVersion: 1, idempotency: null });
  const { rows } = await sql<{ topup: number }>`
    with a as (select ledger_institution_account(${p.institutionId}::uuid, 'deposit', now()) as deposit,
                      ledger_institution_account(${p.institutionId}::uuid, 'institution_bank', now()) as bank)
    select ledger_open_entry(${ctx}::jsonb, 'deposit_topup', ${p.institutionId}::uuid, null, null, null, now()) as topup, a.deposit, a.bank from a`.execute(t.ctx.db);
  const topup = rows[0]!.topup;
  const accounts = await t.ctx.db.selectFrom('ledger_account').select(['id', 'kind']).where('institution_id', '=', p.institutionId).where('kind', 'in', ['deposit', 'institution_bank']).execute();
  const deposit = accounts.find((a) => a.kind === 'deposit')!.id;
  const bank = accounts.find((a) => a.kind === 'institution_bank')!.id;
  await sql`select ledger_apply(${topup}::bigint, array[${deposit}::bigint], array[${bank}::bigint], array[5000.00::numeric])`.execute(t.ctx.db);
  await sql`select ledger_apply(ledger_open_entry(${ctx}::jsonb, 'deposit_withdrawal', ${p.institutionId}::uuid, null, null, null, now()),
                                array[${bank}::bigint], array[${deposit}::bigint], array[5000.00::numeric])`.execute(t.ctx.db);
  const res = await reverse(topup);
  expect(res.status).toBe(422);
  expect(res.body).toMatchObject({ code: 'LEDGER_GUARD', rule: 'asset_not_negative', kind: 'deposit', limit: '0.00', value: '5000.00' });
  const reversals = await t.ctx.db.selectFrom('ledger_entry').select('id').where('reverses_entry_id', '=', topup).execute();
  expect(reversals).toEqual([]);
});

it('is a regulator’s act, within its district', async () => {
  const e = await prepay(t, p);
  expect((await reverse(e.prepaymentEntryId, p.auth)).status).toBe(403);
  expect((await reverse(e.prepaymentEntryId, await t.as.districtRegulator('310104'))).status).toBe(404);
  expect((await reverse(999_999)).status).toBe(404);
});
