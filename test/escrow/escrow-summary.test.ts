import { startTestApp, type TestApp } from '../support/app';
import { consume, key, prepay, provider, verify, type Provider } from './helpers';

/*
 * GET /institutions/{id}/escrow (SPEC §8) on worked examples, in both supervision modes.
 *
 * Custody mode: charges of 4 000.00 (10 of 40 lessons taught) and 2 000.00, a card of 1 000.00
 * with 300.00 spent, a risk deposit of 200.00, insurance of 1 000.00 and a guarantee of 500.00 in
 * force (an expired policy and a cancelled guarantee do not count):
 *   custody 7 000.00 = exposure 5 700.00 (3 000 + 2 000 + 700) + earned 1 300.00 (1 000 + 300)
 *   coverage 8 700.00 = 7 000 + 200 + 1 000 + 500; ratio 8 700 ÷ 5 700 = 1.5263
 *   required 5 700.00 (exposure × 1.00): compliant; at a required ratio of 1.60, 9 120.00: not.
 *
 * Deposit mode, the Shanghai rule at its boundaries: 40 charges of 5 000.00 paid in May (outside
 * the 92-day charging period) are 200 000.00 outstanding: nothing required. One more charge of
 * 0.01: 200 000.01, and without a revenue filing 100 % (200 000.01); with last year's revenue of
 * 5 000 000.00 filed (special threshold 1 000 000.00) 40 %: 80 000.00, met exactly by insurance
 * of 50 000.00 and a guarantee of 30 000.00. Founded under a year ago: 100 % again. A later
 * filing of 900 000.00 (20 % is below 200 000, so the threshold is 200 000): 100 %. A charge of
 * 5 000.00 in the charging period adds (a) = 5 000.00 but (b) still binds: 40 % of 205 000.01.
 */

let t: TestApp;
let city: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  city = await t.as.cityRegulator();
});
afterAll(() => t.close());

const summaryOf = async (p: Provider, headers = p.auth) => (await t.http.get(`/api/v1/institutions/${p.institutionId}/escrow`).set(headers).expect(200)).body;
const requirementOf = async (p: Provider) => (await t.http.get(`/api/v1/institutions/${p.institutionId}/escrow/requirement`).set(p.auth).expect(200)).body;

describe('custody mode', () => {
  let p: Provider;
  beforeAll(async () => {
    p = await provider(t);
    const e1 = await prepay(t, p, { lessonsPaid: 40, amountPaid: '4000.00' });
    await prepay(t, p, { lessonsPaid: 20, amountPaid: '2000.00' });
    expect((await consume(t, p, e1.id, 10)).status).toBe(201);
    const card = await t.http.post('/api/v1/prepaid-cards').set(p.auth).set(key()).send({ institutionId: p.institutionId, kind: 'named', holderRef: 'CARD-1', amount: '1000.00', issuedAt: '2026-08-30T10:00:00+08:00' }).expect(201);
    await t.http.post(`/api/v1/prepaid-cards/${card.body.id}/spends`).set(p.auth).set(key()).send({ amount: '300.00', occurredAt: '2026-08-31T10:00:00+08:00' }).expect(201);
    await t.http.post(`/api/v1/institutions/${p.institutionId}/deposit-topups`).set(p.auth).set(key()).send({ amount: '200.00' }).expect(201);
    const cover = (what: string, body: Record<string, string>) => t.http.post(`/api/v1/institutions/${p.institutionId}/${what}`).set(p.auth).send(body).expect(201);
    await cover('insurance-policies', { insurer: '甲保险公司', policyNumber: 'P-IN-FORCE', insuredAmount: '1000.00', periodStart: '2026-01-01', periodEnd: '2027-06-30' });
    await cover('insurance-policies', { insurer: '甲保险公司', policyNumber: 'P-ENDED', insuredAmount: '9999.00', periodStart: '2025-09-01', periodEnd: '2026-08-31' });
    await cover('guarantees', { bank: '乙银行', guaranteeNumber: 'G-IN-FORCE', amount: '500.00', periodStart: '2026-09-01', periodEnd: '2026-12-31' });
    const cancelled = await cover('guarantees', { bank: '乙银行', guaranteeNumber: 'G-CANCELLED', amount: '8888.00', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    await t.http.patch(`/api/v1/institutions/${p.institutionId}/guarantees/${cancelled.body.id}`).set(city).send({ status: 'cancelled', reason: '银行撤销保函' }).expect(200);
  });

  it('sums balances, exposure and active cover into SPEC §8’s summary', async () => {
    const summary = await summaryOf(p);
    expect(summary).toEqual({
      supervisionMode: 'custody',
      custodyBalance: '7000.00',
      depositBalance: '200.00',
      earnedUnreleased: '1300.00',
      exposure: '5700.00',
      insuranceCoverage: '1000.00',
      guarantees: '500.00',
      coverage: '8700.00',
      coverageRatio: '1.5263',
      requiredProtection: '5700.00',
      compliant: true,
      policyVersion: expect.any(Number),
      asOf: '2026-09-01T02:00:00.000Z',
    });
    expect(await summaryOf(p, city)).toEqual(summary);
    expect((await verify(t)).ok).toBe(true);
  });

  it('follows the policy’s required coverage ratio', async () => {
    await t.http.patch('/api/v1/policies').set(city).send({ reason: '提高覆盖要求', values: { escrow: { requiredCoverageRatio: '1.60' } } }).expect(201);
    try {
      expect(await summaryOf(p, city)).toMatchObject({ requiredProtection: '9120.00', compliant: false, coverageRatio: '1.5263' });
      expect(await requirementOf(p)).toMatchObject({ requiredProtection: '9120.00', minimumDeposit: '620.00' });
    } finally {
      await t.http.patch('/api/v1/policies').set(city).send({ reason: '恢复', values: { escrow: { requiredCoverageRatio: '1.00' } } }).expect(201);
    }
  });

  it('has no ratio when nothing is owed', async () => {
    const empty = await provider(t);
    expect(await summaryOf(empty)).toMatchObject({ exposure: '0.00', coverage: '0.00', coverageRatio: null, requiredProtection: '0.00', compliant: true });
  });
});

describe('deposit mode at the 200 000 / 40 % / 100 % boundaries', () => {
  let p: Provider;
  const may = { paidAt: '2026-05-10T10:00:00+08:00', serviceStartsOn: '2026-05-11', serviceEndsOn: '2026-08-09' };
  beforeAll(async () => {
    p = await provider(t, { supervisionMode: 'deposit', foundedOn: '2018-03-01' });
    for (let i = 0; i < 40; i++) await prepay(t, p, { lessonsPaid: 50, amountPaid: '5000.00', ...may });
  });

  const rule = async () => {
    const r = await requirementOf(p);
    return { required: r.requiredProtection, tier: r.deposit.prepaidCardRule.tier, threshold: r.deposit.prepaidCardRule.specialThreshold, fees: r.deposit.chargingPeriod.feesCollected, binding: r.deposit.binding, compliant: r.compliant };
  };

  it('asks nothing up to 200 000.00', async () => {
    expect(await summaryOf(p)).toMatchObject({ supervisionMode: 'deposit', exposure: '200000.00', custodyBalance: '0.00', requiredProtection: '0.00', compliant: true });
    expect(await rule()).toEqual({ required: '0.00', tier: 'none', threshold: '200000.00', fees: '0.00', binding: 'charging_period', compliant: true });
  });

  it('asks 100 % of 200 000.01 without a revenue filing, 40 % with one', async () => {
    await prepay(t, p, { lessonsPaid: 1, amountPaid: '0.01', ...may });
    expect(await rule()).toMatchObject({ required: '200000.01', tier: 'special', threshold: '200000.00' });
    const filed = await t.http.post(`/api/v1/institutions/${p.institutionId}/annual-revenue`).set(p.auth).send({ year: 2025, revenue: '5000000.00', note: '2025 年度审计报告' });
    expect(filed.status).toBe(201);
    expect(await rule()).toEqual({ required: '80000.00', tier: 'general', threshold: '1000000.00', fees: '0.00', binding: 'prepaid_card_rule', compliant: false });
    expect(await summaryOf(p)).toMatchObject({ exposure: '200000.01', requiredProtection: '80000.00', compliant: false, coverageRatio: '0.0000' });
  });

  it('counts insurance and guarantees against the required deposit', async () => {
    await t.http.post(`/api/v1/institutions/${p.institutionId}/insurance-policies`).set(p.auth).send({ insurer: '丙保险', policyNumber: 'B-1', insuredAmount: '50000.00', periodStart: '2026-06-01', periodEnd: '2027-05-31' }).expect(201);
    await t.http.post(`/api/v1/institutions/${p.institutionId}/guarantees`).set(p.auth).send({ bank: '丁银行', guaranteeNumber: 'B-G-1', amount: '30000.00', periodStart: '2026-06-01', periodEnd: '2027-05-31' }).expect(201);
    expect(await summaryOf(p)).toMatchObject({ insuranceCoverage: '50000.00', guarantees: '30000.00', coverage: '80000.00', coverageRatio: '0.4000', requiredProtection: '80000.00', compliant: true });
  });

  it('asks 100 % of an institution under one year old', async () => {
    await t.http.patch(`/api/v1/institutions/${p.institutionId}`).set(city).send({ foundedOn: '2025-09-02' }).expect(200);
    try {
      expect(await rule()).toMatchObject({ required: '200000.01', tier: 'young', compliant: false });
    } finally {
      await t.http.patch(`/api/v1/institutions/${p.institutionId}`).set(city).send({ foundedOn: '2018-03-01' }).expect(200);
    }
  });

  it('asks 100 % above 20 % of last year’s revenue (the latest filing counts)', async () => {
    await t.http.post(`/api/v1/institutions/${p.institutionId}/annual-revenue`).set(city).send({ year: 2025, revenue: '900000.00', note: '更正' }).expect(201);
    expect(await rule()).toMatchObject({ required: '200000.01', tier: 'special', threshold: '200000.00' });
    await t.http.post(`/api/v1/institutions/${p.institutionId}/annual-revenue`).set(p.auth).send({ year: 2025, revenue: '5000000.00', note: '再次更正' }).expect(201);
    const filings = (await t.http.get(`/api/v1/institutions/${p.institutionId}/annual-revenue`).set(p.auth).expect(200)).body.items;
    expect(filings.map((f: { revenue: string }) => f.revenue)).toEqual(['5000000.00', '900000.00', '5000000.00']);
    const thisYear = await t.http.post(`/api/v1/institutions/${p.institutionId}/annual-revenue`).set(p.auth).send({ year: 2026, revenue: '1.00' });
    expect(thisYear.status).toBe(422);
    expect(thisYear.body).toMatchObject({ code: 'REVENUE_YEAR_INVALID', limit: 2025 });
  });

  it('takes the larger of one charging period of fees and the card rule', async () => {
    await prepay(t, p, { lessonsPaid: 50, amountPaid: '5000.00' }); // paid 2026-09-01: in the period
    expect(await rule()).toMatchObject({ required: '82000.00', tier: 'general', fees: '5000.00', binding: 'prepaid_card_rule' });
    const small = await provider(t, { supervisionMode: 'deposit' });
    await prepay(t, small, { lessonsPaid: 40, amountPaid: '4000.00' });
    await prepay(t, small, { lessonsPaid: 30, amountPaid: '3000.00' });
    const r = (await t.http.get(`/api/v1/institutions/${small.institutionId}/escrow/requirement`).set(small.auth).expect(200)).body;
    expect(r).toMatchObject({ requiredProtection: '7000.00', compliant: false, minimumDeposit: '7000.00', deposit: { binding: 'charging_period', chargingPeriod: { days: 92, feesCollected: '7000.00' } } });
  });
});

describe('who may read it', () => {
  it('is the institution’s own and its regulators’; anyone else gets a 404 or a 403', async () => {
    const p = await provider(t);
    const other = await provider(t);
    expect((await t.http.get(`/api/v1/institutions/${p.institutionId}/escrow`).set(other.auth)).status).toBe(404);
    expect((await t.http.get(`/api/v1/institutions/${p.institutionId}/escrow/requirement`).set(other.auth)).status).toBe(404);
    expect((await t.http.get(`/api/v1/institutions/${p.institutionId}/escrow`).set(await t.as.districtRegulator('310101'))).status).toBe(404);
    expect((await t.http.get(`/api/v1/institutions/${p.institutionId}/escrow`).set(await t.as.districtRegulator('310115'))).status).toBe(200);
    expect((await t.http.get(`/api/v1/institutions/${p.institutionId}/escrow`).set(await t.as.association())).status).toBe(403);
    expect((await t.http.get(`/api/v1/institutions/${p.institutionId}/escrow`)).status).toBe(401);
  });
});
