import { sql } from 'kysely';
import { scanEscrowWarnings } from '../../src/modules/escrow/warnings/scan';
import { startTestApp, type TestApp } from '../support/app';
import { consume, key, prepay, provider, type Provider } from './helpers';

/*
 * The early warnings of SPEC §3.8, each raised by the scan and resolved when the condition has
 * gone; the late refund is also one credit event, once; the jobs that run them.
 * The test clock is 2026-09-01T02:00Z (10:00 in Shanghai).
 */

let t: TestApp;
let city: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  city = await t.as.cityRegulator();
});
afterAll(() => t.close());

type Alert = { severity: string; details: Record<string, unknown>; resolvedAt: string | null };

async function alerts(kind: string, institutionId: string, status: 'open' | 'resolved' = 'open'): Promise<Alert[]> {
  return (await t.http.get(`/api/v1/alerts?kind=${kind}&institutionId=${institutionId}&status=${status}`).set(city).expect(200)).body.items;
}

const scan = (asOf = '2026-09-01T02:00:00Z') => scanEscrowWarnings(t.ctx, { asOf: new Date(asOf) });

describe('coverage under the requirement', () => {
  it('is raised for a deposit-mode institution without its deposit, and resolved by a top-up', async () => {
    const d = await provider(t, { supervisionMode: 'deposit' });
    await prepay(t, d, { lessonsPaid: 40, amountPaid: '4000.00' });
    await scan();
    const [raised] = await alerts('coverage_below_requirement', d.institutionId);
    expect(raised).toMatchObject({ severity: 'critical', details: { supervisionMode: 'deposit', requiredProtection: '4000.00', counted: '0.00', missing: '4000.00' } });
    await t.http.post(`/api/v1/institutions/${d.institutionId}/deposit-topups`).set(d.auth).set(key()).send({ amount: '2500.00' }).expect(201);
    await scan();
    expect((await alerts('coverage_below_requirement', d.institutionId))[0]).toMatchObject({ severity: 'warning', details: { missing: '1500.00' } });
    await t.http.post(`/api/v1/institutions/${d.institutionId}/deposit-topups`).set(d.auth).set(key()).send({ amount: '1500.00' }).expect(201);
    const run = await scan();
    expect(run.coverage.resolved).toBeGreaterThanOrEqual(1);
    expect(await alerts('coverage_below_requirement', d.institutionId)).toHaveLength(0);
    expect(await alerts('coverage_below_requirement', d.institutionId, 'resolved')).toHaveLength(1);
  });
});

describe('prepayment surge', () => {
  it('is raised when the last 30 days exceed 3 × the monthly average of the 90 days before, and resolved when they no longer do', async () => {
    const s = await provider(t);
    // Baseline (3 May – 2 August): 900.00, a monthly average of 300.00; the limit is 900.00.
    await prepay(t, s, { lessonsPaid: 9, amountPaid: '900.00', paidAt: '2026-06-15T10:00:00+08:00', serviceStartsOn: '2026-06-16', serviceEndsOn: '2026-09-10' });
    await prepay(t, s, { lessonsPaid: 9, amountPaid: '900.00' });
    await scan();
    expect(await alerts('prepayment_surge', s.institutionId)).toHaveLength(0);
    await prepay(t, s, { lessonsPaid: 1, amountPaid: '0.01' });
    await scan();
    const [surge] = await alerts('prepayment_surge', s.institutionId);
    expect(surge).toMatchObject({ details: { recent: '900.01', monthlyAverage: '300.00', baseline: '900.00', windowDays: 30, baselineDays: 90, multiple: '3' } });
    await scan('2026-10-15T02:00:00Z');
    expect(await alerts('prepayment_surge', s.institutionId)).toHaveLength(0);
  });

  it('is never raised without a baseline', async () => {
    const fresh = await provider(t);
    await prepay(t, fresh, { lessonsPaid: 40, amountPaid: '4000.00' });
    await scan();
    expect(await alerts('prepayment_surge', fresh.institutionId)).toHaveLength(0);
  });
});

describe('consumption stalled', () => {
  it('is raised while prepayments continue and no lesson is taught, and resolved by a consumption', async () => {
    const c = await provider(t);
    const started = await prepay(t, c, { paidAt: '2026-08-10T10:00:00+08:00', serviceStartsOn: '2026-08-12', serviceEndsOn: '2026-11-01' });
    await scan();
    expect(await alerts('consumption_stalled', c.institutionId)).toEqual([expect.objectContaining({ details: expect.objectContaining({ prepaymentsInWindow: '4000.00', prepaymentCount: 1 }) })]);
    expect((await consume(t, c, started.id, 2, '2026-08-31T18:00:00+08:00')).status).toBe(201);
    await scan();
    expect(await alerts('consumption_stalled', c.institutionId)).toHaveLength(0);
  });

  it('is not raised before any service has begun', async () => {
    const early = await provider(t);
    await prepay(t, early, { serviceStartsOn: '2026-09-07' });
    await scan();
    expect(await alerts('consumption_stalled', early.institutionId)).toHaveLength(0);
  });
});

describe('refunds overdue', () => {
  let r: Provider;
  beforeAll(async () => {
    r = await provider(t);
  });

  it('turns a refund recorded after its due date into one credit event and an alert', async () => {
    const e = await prepay(t, r, { paidAt: '2026-08-01T10:00:00+08:00' });
    // Asked for on 10 August, before the course started: due within 5 working days (17 August).
    const refund = await t.http.post(`/api/v1/enrollments/${e.id}/refunds`).set(r.auth).set(key()).send({ reason: '家长 8 月 10 日申请退费', requestedOn: '2026-08-10' });
    expect(refund.status).toBe(201);
    expect(refund.body).toMatchObject({ dueBy: '2026-08-17', basis: 'before_start', amount: '4000.00' });
    const onTime = await prepay(t, r);
    await t.http.post(`/api/v1/enrollments/${onTime.id}/refunds`).set(r.auth).set(key()).send({ reason: '按时退费' }).expect(201);
    const future = await t.http.post(`/api/v1/enrollments/${onTime.id}/refunds`).set(r.auth).set(key()).send({ reason: 'x', requestedOn: '2026-09-02' });
    expect(future.status).toBe(422);

    const first = await scan();
    expect(first.lateRefundsRecorded).toBe(1);
    expect((await alerts('refund_overdue', r.institutionId))[0]).toMatchObject({ details: { lateRefunds: 1, lastRecordedOn: '2026-09-01', worstDaysLate: 15 } });
    const events = (await t.http.get(`/api/v1/institutions/${r.institutionId}/credit-events`).set(city).expect(200)).body.items;
    expect(events).toEqual([
      expect.objectContaining({ type: 'late_refund', severity: 'general', source: 'escrow', evidence: expect.objectContaining({ refundEntryId: refund.body.id, dueBy: '2026-08-17', recordedOn: '2026-09-01', amount: '4000.00' }) }),
    ]);
    expect(events[0].occurredAt).toBe('2026-08-17T16:00:00.000Z');
  });

  it('records the credit event only once, and resolves the alert once the window has passed', async () => {
    expect((await scan()).lateRefundsRecorded).toBe(0);
    const events = (await t.http.get(`/api/v1/institutions/${r.institutionId}/credit-events`).set(city).expect(200)).body.items;
    expect(events).toHaveLength(1);
    await scan('2026-10-05T02:00:00Z');
    expect(await alerts('refund_overdue', r.institutionId)).toHaveLength(0);
  });
});

describe('insurance expiring', () => {
  it('warns 30 days ahead, turns critical after the end, and resolves on renewal or a status change', async () => {
    const i = await provider(t);
    const file = (n: string, start: string, end: string, insuredAmount = '10000.00') =>
      t.http.post(`/api/v1/institutions/${i.institutionId}/insurance-policies`).set(i.auth).send({ insurer: '保险公司', policyNumber: n, insuredAmount, periodStart: start, periodEnd: end }).expect(201);
    const soon = await file('EXP-SOON', '2025-10-01', '2026-09-30');
    // Ends the day after the 30-day window: no warning yet, and too small to count as a renewal.
    await file('EXP-LATER', '2025-10-02', '2026-10-02', '5000.00');
    const ended = await file('EXP-ENDED', '2025-09-01', '2026-08-31');
    await scan();
    const open = await alerts('insurance_expiring', i.institutionId);
    expect(open.map((a) => [a.details.policyNumber, a.severity]).sort()).toEqual([['EXP-ENDED', 'critical'], ['EXP-SOON', 'warning']]);
    await file('EXP-RENEWAL', '2026-10-01', '2027-09-30');
    await t.http.patch(`/api/v1/institutions/${i.institutionId}/insurance-policies/${ended.body.id}`).set(city).send({ status: 'expired', reason: '保险期满' }).expect(200);
    await scan();
    expect(await alerts('insurance_expiring', i.institutionId)).toHaveLength(0);
    expect((await alerts('insurance_expiring', i.institutionId, 'resolved')).map((a) => a.details.policyId).sort()).toEqual([ended.body.id, soon.body.id].sort());
  });
});

describe('the jobs', () => {
  it('are listed, and escrow-warnings and release-consumed-funds run by hand', async () => {
    const jobs = (await t.http.get('/api/v1/jobs').set(city).expect(200)).body.items.map((j: { name: string; schedule: string }) => [j.name, j.schedule]);
    expect(jobs).toEqual(expect.arrayContaining([['escrow-warnings', '5 * * * *'], ['release-consumed-funds', '0 3 * * *'], ['ledger-verify', '30 4 * * *']]));
    const warnings = await t.http.post('/api/v1/jobs/escrow-warnings/runs').set(city).expect(201);
    expect(warnings.body).toMatchObject({ status: 'succeeded', outcome: { lateRefundsRecorded: 0 } });
    const release = await t.http.post('/api/v1/jobs/release-consumed-funds/runs').set(city).expect(201);
    expect(release.body).toMatchObject({ status: 'succeeded', outcome: { total: expect.any(String) } });
  });

  it('ledger-verify raises ledger_invariant_broken when an invariant fails and resolves it once clean', async () => {
    const v = await provider(t);
    const e = await prepay(t, v);
    const verifyAlerts = async () => (await t.http.get('/api/v1/alerts?kind=ledger_invariant_broken').set(city).expect(200)).body.items;
    expect((await t.http.post('/api/v1/jobs/ledger-verify/runs').set(city).expect(201)).body.outcome).toMatchObject({ ok: true, failed: [] });
    await sql.raw('alter table ledger_transfer disable trigger ledger_transfer_append_only').execute(t.ctx.db);
    try {
      await sql.raw(`update ledger_transfer set amount = amount - 1 where entry_id = ${e.prepaymentEntryId}`).execute(t.ctx.db);
      const broken = await t.http.post('/api/v1/jobs/ledger-verify/runs').set(city).expect(201);
      expect(broken.body.outcome).toMatchObject({ ok: false, failed: ['append_only'] });
      expect(await verifyAlerts()).toEqual([expect.objectContaining({ severity: 'critical', institutionId: null })]);
      await sql.raw(`update ledger_transfer set amount = amount + 1 where entry_id = ${e.prepaymentEntryId}`).execute(t.ctx.db);
    } finally {
      await sql.raw('alter table ledger_transfer enable trigger ledger_transfer_append_only').execute(t.ctx.db);
    }
    expect((await t.http.post('/api/v1/jobs/ledger-verify/runs').set(city).expect(201)).body.outcome.ok).toBe(true);
    expect(await verifyAlerts()).toHaveLength(0);
  });
});
