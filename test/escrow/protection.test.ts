import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/app';
import { key, prepay, provider, verify, type Provider } from './helpers';

/*
 * Insurance and guarantees (SPEC §3.5) and the risk deposit (SPEC §3.2): filing, status changes,
 * who sees what, top-ups and withdrawals through the ledger with Idempotency-Key, the requirement a
 * withdrawal must respect, the large-withdrawal alert, and bad input that writes nothing.
 */

let t: TestApp;
let city: Record<string, string>;
let district: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  city = await t.as.cityRegulator();
  district = await t.as.districtRegulator('310115');
});
afterAll(() => t.close());

const policyBody = (n: string, overrides: Record<string, unknown> = {}) => ({
  insurer: '中国某某财产保险股份有限公司上海市分公司',
  policyNumber: n,
  insuredAmount: '100000.00',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  ...overrides,
});

async function count(table: 'insurance_policy' | 'bank_guarantee' | 'ledger_entry' | 'idempotency_record' | 'alert'): Promise<number> {
  const row = await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('insurance policies and guarantees', () => {
  let p: Provider;
  beforeAll(async () => {
    p = await provider(t);
  });

  it('are filed by the institution, listed with whether they are active, and audited', async () => {
    const filed = await t.http.post(`/api/v1/institutions/${p.institutionId}/insurance-policies`).set(p.auth).send(policyBody('INS-1'));
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ institutionId: p.institutionId, policyNumber: 'INS-1', insuredAmount: '100000.00', status: 'active', active: true, filedBy: `staff-${p.institutionId}` });
    await t.http.post(`/api/v1/institutions/${p.institutionId}/insurance-policies`).set(district).send(policyBody('INS-FUTURE', { periodStart: '2026-10-01', periodEnd: '2027-09-30' })).expect(201);
    const list = await t.http.get(`/api/v1/institutions/${p.institutionId}/insurance-policies?limit=1`).set(p.auth).expect(200);
    expect(list.body.items).toHaveLength(1);
    const next = await t.http.get(`/api/v1/institutions/${p.institutionId}/insurance-policies?limit=1&cursor=${list.body.nextCursor}`).set(p.auth).expect(200);
    expect(next.body.nextCursor).toBeNull();
    const both = [...list.body.items, ...next.body.items].map((i: { policyNumber: string; active: boolean }) => [i.policyNumber, i.active]).sort();
    expect(both).toEqual([['INS-1', true], ['INS-FUTURE', false]]);
    const guarantee = await t.http
      .post(`/api/v1/institutions/${p.institutionId}/guarantees`)
      .set(p.auth)
      .send({ bank: '中国工商银行上海市分行', guaranteeNumber: 'BG-1', amount: '20000.00', periodStart: '2026-06-01', periodEnd: '2027-05-31' });
    expect(guarantee.status).toBe(201);
    expect(guarantee.body).toMatchObject({ bank: '中国工商银行上海市分行', guaranteeNumber: 'BG-1', amount: '20000.00', active: true });
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('institution_id', '=', p.institutionId).where('action', 'in', ['insurance_policy.filed', 'bank_guarantee.filed']).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['bank_guarantee.filed', 'insurance_policy.filed', 'insurance_policy.filed']);
  });

  it('cannot be filed twice, and a regulator in scope changes the status once', async () => {
    const dup = await t.http.post(`/api/v1/institutions/${p.institutionId}/insurance-policies`).set(p.auth).send(policyBody('INS-1'));
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('COVER_NUMBER_TAKEN');
    const other = await provider(t);
    expect((await t.http.post(`/api/v1/institutions/${other.institutionId}/insurance-policies`).set(other.auth).send(policyBody('INS-1'))).status).toBe(409);

    const policy = (await t.http.get(`/api/v1/institutions/${p.institutionId}/insurance-policies`).set(p.auth)).body.items[0];
    const byStaff = await t.http.patch(`/api/v1/institutions/${p.institutionId}/insurance-policies/${policy.id}`).set(p.auth).send({ status: 'cancelled', reason: '退保' });
    expect(byStaff.status).toBe(403);
    const outOfDistrict = await t.http.patch(`/api/v1/institutions/${p.institutionId}/insurance-policies/${policy.id}`).set(await t.as.districtRegulator('310101')).send({ status: 'cancelled', reason: '退保' });
    expect(outOfDistrict.status).toBe(404);
    const cancelled = await t.http.patch(`/api/v1/institutions/${p.institutionId}/insurance-policies/${policy.id}`).set(district).send({ status: 'cancelled', reason: '机构退保' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', statusReason: '机构退保', active: false });
    const again = await t.http.patch(`/api/v1/institutions/${p.institutionId}/insurance-policies/${policy.id}`).set(district).send({ status: 'claimed', reason: '理赔' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'COVER_STATUS_FINAL', from: 'cancelled', to: 'claimed' });
    const wrongInstitution = await t.http.patch(`/api/v1/institutions/${other.institutionId}/insurance-policies/${policy.id}`).set(district).send({ status: 'expired', reason: 'x' });
    expect(wrongInstitution.status).toBe(404);
  });

  it('are another institution’s business only as a 404', async () => {
    const other = await provider(t);
    for (const path of ['insurance-policies', 'guarantees', 'annual-revenue']) {
      expect((await t.http.get(`/api/v1/institutions/${p.institutionId}/${path}`).set(other.auth)).status).toBe(404);
    }
    const filed = await t.http.post(`/api/v1/institutions/${p.institutionId}/insurance-policies`).set(other.auth).send(policyBody('INS-INTRUDER'));
    expect(filed.status).toBe(404);
    expect((await t.http.get(`/api/v1/institutions/${p.institutionId}/guarantees`).set(await t.as.association())).status).toBe(403);
  });

  it('refuse bad input with a 400 and write nothing', async () => {
    const before = await count('insurance_policy');
    const bad = [
      policyBody('BAD-1', { insuredAmount: 100000 }),
      policyBody('BAD-2', { insuredAmount: '100.001' }),
      policyBody('BAD-3', { insuredAmount: '0.00' }),
      policyBody('BAD-4', { periodEnd: '2025-12-31' }),
      policyBody('BAD-5', { status: 'active' }),
    ];
    for (const body of bad) expect((await t.http.post(`/api/v1/institutions/${p.institutionId}/insurance-policies`).set(p.auth).send(body)).status).toBe(400);
    const guarantee = await t.http.post(`/api/v1/institutions/${p.institutionId}/guarantees`).set(p.auth).send({ bank: '银行', guaranteeNumber: 'G', amount: 5, periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    expect(guarantee.status).toBe(400);
    expect(await count('insurance_policy')).toBe(before);
  });
});

describe('the risk deposit', () => {
  let d: Provider;
  beforeAll(async () => {
    d = await provider(t, { supervisionMode: 'deposit' });
    await prepay(t, d, { lessonsPaid: 40, amountPaid: '4000.00' });
  });

  it('is topped up through the ledger, idempotently', async () => {
    const k = randomUUID();
    const body = { amount: '3000.00', bankReference: 'DEP-0001', memo: '首次缴存风险保证金' };
    const first = await t.http.post(`/api/v1/institutions/${d.institutionId}/deposit-topups`).set(d.auth).set('Idempotency-Key', k).send(body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ kind: 'deposit_topup', amount: '3000.00', balanceBefore: '0.00', balanceAfter: '3000.00', bankReference: 'DEP-0001', requiredDeposit: null, largeWithdrawal: false });
    const replay = await t.http.post(`/api/v1/institutions/${d.institutionId}/deposit-topups`).set(d.auth).set('Idempotency-Key', k).send(body);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    const reused = await t.http.post(`/api/v1/institutions/${d.institutionId}/deposit-topups`).set(d.auth).set('Idempotency-Key', k).send({ amount: '1.00' });
    expect(reused.status).toBe(409);
    const entry = (await t.http.get(`/api/v1/ledger/entries/${first.body.entryId}`).set(d.auth).expect(200)).body;
    expect(entry.transfers).toEqual([expect.objectContaining({ debitAccountKind: 'deposit', creditAccountKind: 'institution_bank', amount: '3000.00' })]);
    const sameReference = await t.http.post(`/api/v1/institutions/${d.institutionId}/deposit-topups`).set(d.auth).set(key()).send({ amount: '5.00', bankReference: 'DEP-0001' });
    expect(sameReference.status).toBe(409);
    expect(sameReference.body.code).toBe('BANK_REFERENCE_TAKEN');
    expect((await t.http.get(`/api/v1/institutions/${d.institutionId}/escrow`).set(d.auth)).body.depositBalance).toBe('3000.00');
  });

  it('cannot be withdrawn below the requirement net of insurance and guarantees', async () => {
    // Required: one charging period of fees, 4 000.00; the deposit holds 3 000.00.
    const refused = await t.http.post(`/api/v1/institutions/${d.institutionId}/deposit-withdrawals`).set(d.auth).set(key()).send({ amount: '0.01' });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'DEPOSIT_BELOW_REQUIREMENT', rule: 'deposit_requirement', limit: '0.00', value: '0.01', requiredDeposit: '4000.00', balance: '3000.00' });
    await t.http.post(`/api/v1/institutions/${d.institutionId}/insurance-policies`).set(d.auth).send(policyBody('DEP-INS', { insuredAmount: '1500.00' })).expect(201);
    const tooMuch = await t.http.post(`/api/v1/institutions/${d.institutionId}/deposit-withdrawals`).set(d.auth).set(key()).send({ amount: '500.01' });
    expect(tooMuch.body).toMatchObject({ code: 'DEPOSIT_BELOW_REQUIREMENT', limit: '500.00', requiredDeposit: '2500.00' });
    const ok = await t.http.post(`/api/v1/institutions/${d.institutionId}/deposit-withdrawals`).set(d.auth).set(key()).send({ amount: '250.00' });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ kind: 'deposit_withdrawal', balanceBefore: '3000.00', balanceAfter: '2750.00', requiredDeposit: '2500.00', largeWithdrawal: false });
  });

  it('raises a large_withdrawal alert for one withdrawal over 10 % of the balance', async () => {
    await t.http.post(`/api/v1/institutions/${d.institutionId}/deposit-topups`).set(d.auth).set(key()).send({ amount: '2250.00' }).expect(201);
    const large = await t.http.post(`/api/v1/institutions/${d.institutionId}/deposit-withdrawals`).set(d.auth).set(key()).send({ amount: '500.01' });
    expect(large.status).toBe(201);
    expect(large.body).toMatchObject({ balanceBefore: '5000.00', largeWithdrawal: true });
    const alerts = (await t.http.get(`/api/v1/alerts?kind=large_withdrawal&institutionId=${d.institutionId}`).set(city).expect(200)).body.items;
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ severity: 'warning', details: { entryId: large.body.entryId, amount: '500.01', balanceBefore: '5000.00', ratio: '0.10' } });
    const small = await t.http.post(`/api/v1/institutions/${d.institutionId}/deposit-withdrawals`).set(d.auth).set(key()).send({ amount: '400.00' }); // 10 % of 4 499.99 is 450.00
    expect(small.body).toMatchObject({ balanceBefore: '4499.99', largeWithdrawal: false });
    expect((await verify(t)).ok).toBe(true);
  });

  it('refuses a missing key, money as a number, or a stranger, and writes nothing', async () => {
    const [entries, records] = [await count('ledger_entry'), await count('idempotency_record')];
    expect((await t.http.post(`/api/v1/institutions/${d.institutionId}/deposit-topups`).set(d.auth).send({ amount: '10.00' })).status).toBe(400);
    expect((await t.http.post(`/api/v1/institutions/${d.institutionId}/deposit-topups`).set(d.auth).set(key()).send({ amount: 10 })).status).toBe(400);
    expect((await t.http.post(`/api/v1/institutions/${d.institutionId}/deposit-withdrawals`).set(d.auth).set(key()).send({ amount: '-1.00' })).status).toBe(400);
    expect(await count('ledger_entry')).toBe(entries);
    expect(await count('idempotency_record')).toBe(records);
    const stranger = await provider(t);
    expect((await t.http.post(`/api/v1/institutions/${d.institutionId}/deposit-withdrawals`).set(stranger.auth).set(key()).send({ amount: '1.00' })).status).toBe(404);
    expect(await count('ledger_entry')).toBe(entries);
  });

  it('is frozen while the institution winds down', async () => {
    const w = await provider(t, { supervisionMode: 'deposit' });
    await t.http.post(`/api/v1/institutions/${w.institutionId}/deposit-topups`).set(w.auth).set(key()).send({ amount: '100.00' }).expect(201);
    await t.http.post(`/api/v1/institutions/${w.institutionId}/transitions`).set(city).send({ to: 'closing', reason: '停业' }).expect(201);
    const frozen = await t.http.post(`/api/v1/institutions/${w.institutionId}/deposit-withdrawals`).set(city).set(key()).send({ amount: '1.00' });
    expect(frozen.status).toBe(409);
    expect(frozen.body.code).toBe('DEPOSIT_FROZEN');
  });
});

describe('bank references on postings', () => {
  it('are stored with a prepayment in the same statement, once per institution', async () => {
    const p = await provider(t);
    const first = await prepay(t, p, { bankReference: 'CMB-20260901-0001' });
    const stored = await t.ctx.db.selectFrom('ledger_bank_reference').selectAll().where('entry_id', '=', first.prepaymentEntryId).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ institution_id: p.institutionId, reference: 'CMB-20260901-0001' });
    const entries = await count('ledger_entry');
    const dup = await t.http.post('/api/v1/enrollments').set(p.auth).set(key()).send({
      institutionId: p.institutionId, courseId: p.courseId, studentRef: 'REF-DUP', lessonsPaid: 10, giftLessons: 0, amountPaid: '1000.00',
      paidAt: '2026-09-01T01:00:00+08:00', serviceStartsOn: '2026-09-07', serviceEndsOn: '2026-11-30', bankReference: 'CMB-20260901-0001',
    });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ code: 'BANK_REFERENCE_TAKEN', reference: 'CMB-20260901-0001' });
    expect(await count('ledger_entry')).toBe(entries);
    const other = await provider(t);
    await prepay(t, other, { bankReference: 'CMB-20260901-0001' });
  });
});
