import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Caller } from '../../src/http/api';
import { postItems, startExecution } from '../../src/modules/escrow/wind-down/execution';
import { startTestApp, type TestApp } from '../support/app';
import { consume, key, prepay, provider, verify, type Provider } from './helpers';

/*
 * The wind-down of SPEC §3.7 on a worked example where custody, the deposit and insurance each pay
 * part and a shortfall remains. The institution took one charge under custody (A), then switched to
 * the deposit mode and took two charges and a card whose money went to the institution (B, C, D):
 *
 *   A  custody  4 000.00 paid, 10/40 lessons taught   refundable 3 000.00  (custody also holds 1 000.00 earned)
 *   B  deposit  3 000.00 paid,  5/30 lessons taught   refundable 2 500.00
 *   C  deposit  2 000.00 paid, nothing taught         refundable 2 000.00
 *   D  deposit  card of 1 000.00, 200.00 spent        refundable   800.00
 *   risk deposit 1 500.00; insurance policy insured for 2 000.00
 *
 * Custody pays A in full (3 000.00; the 1 000.00 earned is the institution's). B, C, D are owed
 * 5 300.00: the deposit's 1 500.00 is shared pro rata (707.5471… / 566.0377… / 226.4150… → floors
 * 707.54 / 566.03 / 226.41, the 2 fen left go to the largest remainders C then B), then the
 * insurer's 2 000.00 pro rata to what is still owed (1 792.45 / 1 433.96 / 573.59 → 943.3947… /
 * 754.7157… / 301.8894… → floors 943.39 / 754.71 / 301.88, 2 fen to D then C). The rest is the
 * shortfall: 849.06 + 679.24 + 271.70 = 1 800.00 = 5 300.00 − 1 500.00 − 2 000.00.
 */

let t: TestApp;
let p: Provider;
let city: Record<string, string>;
let district: Record<string, string>;
let ids: { a: string; b: string; c: string; d: string };
const dir = mkdtempSync(path.join(os.tmpdir(), 'wind-down-pdf-'));

beforeAll(async () => {
  t = await startTestApp();
  city = await t.as.cityRegulator();
  district = await t.as.districtRegulator('310115');
  p = await provider(t);
  const a = await prepay(t, p, { studentRef: 'WD-A', lessonsPaid: 40, amountPaid: '4000.00', paidAt: '2026-08-20T10:00:00+08:00' });
  expect((await consume(t, p, a.id, 10)).status).toBe(201);
  await t.http.patch(`/api/v1/institutions/${p.institutionId}`).set(city).send({ supervisionMode: 'deposit' }).expect(200);
  await t.http.post(`/api/v1/institutions/${p.institutionId}/deposit-topups`).set(p.auth).set(key()).send({ amount: '1500.00' }).expect(201);
  await t.http
    .post(`/api/v1/institutions/${p.institutionId}/insurance-policies`)
    .set(p.auth)
    .send({ insurer: '某某财产保险股份有限公司上海分公司', policyNumber: 'LY-2026-0001', insuredAmount: '2000.00', periodStart: '2026-01-01', periodEnd: '2026-12-31' })
    .expect(201);
  const b = await prepay(t, p, { studentRef: 'WD-B', lessonsPaid: 30, amountPaid: '3000.00', paidAt: '2026-08-25T10:00:00+08:00' });
  expect((await consume(t, p, b.id, 5)).status).toBe(201);
  const c = await prepay(t, p, { studentRef: 'WD-C', lessonsPaid: 20, amountPaid: '2000.00', paidAt: '2026-08-28T10:00:00+08:00' });
  const card = await t.http
    .post('/api/v1/prepaid-cards')
    .set(p.auth)
    .set(key())
    .send({ institutionId: p.institutionId, kind: 'named', holderRef: 'WD-D', amount: '1000.00', issuedAt: '2026-08-30T10:00:00+08:00' })
    .expect(201);
  await t.http.post(`/api/v1/prepaid-cards/${card.body.id}/spends`).set(p.auth).set(key()).send({ amount: '200.00', occurredAt: '2026-08-31T10:00:00+08:00' }).expect(201);
  ids = { a: a.id, b: b.id, c: c.id, d: card.body.id };
  await t.http.post(`/api/v1/institutions/${p.institutionId}/transitions`).set(city).send({ to: 'closing', reason: '举办者申请停业' }).expect(201);
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await t.close();
});

const money = (items: Array<Record<string, unknown>>) =>
  items.map((i) => ({ studentRef: i.studentRef, refundable: i.refundable, fromCustody: i.fromCustody, fromDeposit: i.fromDeposit, fromInsurance: i.fromInsurance, shortfall: i.shortfall }));

describe('the plan built when the institution moves to closing', () => {
  it('allocates custody → deposit → insurance → shortfall, every figure as worked out', async () => {
    const res = await t.http.get(`/api/v1/institutions/${p.institutionId}/wind-down`).set(district).expect(200);
    const plan = res.body;
    expect(plan).toMatchObject({ status: 'draft', builtBy: 'city-regulator', asOf: '2026-09-01', approvedBy: null });
    expect(money(plan.items)).toEqual([
      { studentRef: 'WD-A', refundable: '3000.00', fromCustody: '3000.00', fromDeposit: '0.00', fromInsurance: '0.00', shortfall: '0.00' },
      { studentRef: 'WD-B', refundable: '2500.00', fromCustody: '0.00', fromDeposit: '707.55', fromInsurance: '943.39', shortfall: '849.06' },
      { studentRef: 'WD-C', refundable: '2000.00', fromCustody: '0.00', fromDeposit: '566.04', fromInsurance: '754.72', shortfall: '679.24' },
      { studentRef: 'WD-D', refundable: '800.00', fromCustody: '0.00', fromDeposit: '226.41', fromInsurance: '301.89', shortfall: '271.70' },
    ]);
    expect(plan.items.map((i: { holderType: string; supervisionMode: string }) => [i.holderType, i.supervisionMode])).toEqual([
      ['enrollment', 'custody'],
      ['enrollment', 'deposit'],
      ['enrollment', 'deposit'],
      ['card', 'deposit'],
    ]);
    expect(plan.sources).toEqual({
      custody: { available: '4000.00', paid: '3000.00' },
      deposit: { available: '1500.00', paid: '1500.00' },
      insurance: {
        available: '2000.00',
        paid: '2000.00',
        policies: [expect.objectContaining({ policyNumber: 'LY-2026-0001', insuredAmount: '2000.00', drawn: '2000.00' })],
      },
    });
    expect(plan.totals).toEqual({ holders: 4, refundable: '8300.00', fromCustody: '3000.00', fromDeposit: '1500.00', fromInsurance: '2000.00', shortfall: '1800.00' });
    expect(plan.shortfalls).toEqual([
      { studentRef: 'WD-B', cardId: null, holders: 1, refundable: '2500.00', shortfall: '849.06' },
      { studentRef: 'WD-C', cardId: null, holders: 1, refundable: '2000.00', shortfall: '679.24' },
      { studentRef: 'WD-D', cardId: null, holders: 1, refundable: '800.00', shortfall: '271.70' },
    ]);
  });

  it('is the institution’s to read, nobody else’s', async () => {
    await t.http.get(`/api/v1/institutions/${p.institutionId}/wind-down`).set(p.auth).expect(200);
    const other = await provider(t);
    expect((await t.http.get(`/api/v1/institutions/${p.institutionId}/wind-down`).set(other.auth)).status).toBe(404);
    expect((await t.http.get(`/api/v1/institutions/${p.institutionId}/wind-down?format=csv`).set(other.auth)).status).toBe(404);
    expect((await t.http.get(`/api/v1/institutions/${p.institutionId}/wind-down`).set(await t.as.districtRegulator('310101'))).status).toBe(404);
    expect((await t.http.get(`/api/v1/institutions/${p.institutionId}/wind-down`).set(await t.as.association())).status).toBe(403);
    expect((await t.http.post(`/api/v1/institutions/${p.institutionId}/wind-down/approval`).set(p.auth).send({ note: '自批' })).status).toBe(403);
  });

  it('exports the plan as CSV and as a Chinese PDF with the figures', async () => {
    const csv = await t.http.get(`/api/v1/institutions/${p.institutionId}/wind-down?format=csv`).set(district).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text).toContain('学员编号');
    expect(csv.text).toContain('WD-B,报名');
    expect(csv.text).toContain('2500.00,0.00,707.55,943.39,849.06,否');
    expect(csv.text).toContain('合计,,,,,,8300.00,3000.00,1500.00,2000.00,1800.00');
    const pdf = await t.http.get(`/api/v1/institutions/${p.institutionId}/wind-down?format=pdf`).set(district).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const file = path.join(dir, 'plan.pdf');
    writeFileSync(file, pdf.body as Buffer);
    const script = path.join(__dirname, '..', 'support', 'pdf-text.mjs');
    const out = JSON.parse(execFileSync(process.execPath, [script, file], { encoding: 'utf8' })) as { pages: string[] };
    const text = out.pages.join('').replace(/\s+/g, '');
    for (const s of ['校外培训机构停业清退退费方案', '测试培训机构', '未覆盖缺口1,800.00元', 'WD-B', '849.06', '943.39', '707.55', '企业破产法']) expect(text).toContain(s);
  });
});

describe('approval and execution', () => {
  it('needs a second regulator to approve (four eyes)', async () => {
    const self = await t.http.post(`/api/v1/institutions/${p.institutionId}/wind-down/approval`).set(city).send({ note: '同意' });
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('WIND_DOWN_FOUR_EYES');
    const early = await t.http.post(`/api/v1/institutions/${p.institutionId}/wind-down/execution`).set(district).set(key()).send({});
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('WIND_DOWN_STATUS');
    const approved = await t.http.post(`/api/v1/institutions/${p.institutionId}/wind-down/approval`).set(district).send({ note: '经复核同意执行' });
    expect(approved.status).toBe(201);
    expect(approved.body).toMatchObject({ status: 'approved', approvedBy: 'district-regulator-310115', approvalNote: '经复核同意执行' });
  });

  it('refuses an execution without an Idempotency-Key and writes nothing', async () => {
    const before = await entryCount();
    const res = await t.http.post(`/api/v1/institutions/${p.institutionId}/wind-down/execution`).set(district).send({});
    expect(res.status).toBe(400);
    expect(await entryCount()).toBe(before);
  });

  it('resumes an execution that stopped halfway, posts each entry exactly once, and replays', async () => {
    const before = await entryCount();
    // A process that died after posting two items: the plan is executing, items 1 and 2 posted.
    const regulator: Caller = { actor: { role: 'regulator', sub: 'district-regulator-310115', district: '310115' }, requestId: 'crashed', lang: 'zh' };
    const started = await startExecution(t.ctx, regulator, p.institutionId);
    expect(started.pending).toEqual([1, 2, 3, 4]);
    expect(await postItems(t.ctx, regulator, started.planId, started.pending.slice(0, 2), await t.ctx.policies.current())).toBe(2);
    expect(await entryCount()).toBe(before + 3); // A refund; B refund + B claim

    const k = randomUUID();
    const first = await t.http.post(`/api/v1/institutions/${p.institutionId}/wind-down/execution`).set(district).set('Idempotency-Key', k).send({});
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      planId: started.planId,
      status: 'executed',
      items: 4,
      itemsPostedNow: 2,
      refundEntries: 4,
      claimEntries: 3,
      paid: { custody: '3000.00', deposit: '1500.00', insurance: '2000.00' },
      shortfall: '1800.00',
      executedAt: '2026-09-01T02:00:00.000Z',
    });
    expect(await entryCount()).toBe(before + 7);

    const again = await t.http.post(`/api/v1/institutions/${p.institutionId}/wind-down/execution`).set(district).set('Idempotency-Key', k).send({});
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    const fresh = await t.http.post(`/api/v1/institutions/${p.institutionId}/wind-down/execution`).set(district).set(key()).send({});
    expect(fresh.status).toBe(409);
    expect(fresh.body).toMatchObject({ code: 'WIND_DOWN_STATUS', currentStatus: 'executed' });
    expect(await entryCount()).toBe(before + 7);
  });

  it('posted exactly the planned entries, left the shortfalls owed, and the ledger verifies', async () => {
    const plan = (await t.http.get(`/api/v1/institutions/${p.institutionId}/wind-down`).set(district).expect(200)).body;
    expect(plan.status).toBe('executed');
    const transfers = async (entryId: number | null) => {
      if (entryId === null) return null;
      const e = (await t.http.get(`/api/v1/ledger/entries/${entryId}`).set(district).expect(200)).body;
      return [e.kind, ...e.transfers.map((x: { debitAccountKind: string; creditAccountKind: string; amount: string }) => `${x.debitAccountKind}→${x.creditAccountKind} ${x.amount}`)];
    };
    const posted = [];
    for (const i of plan.items) posted.push([i.studentRef, await transfers(i.refundEntryId), await transfers(i.claimEntryId)]);
    expect(posted).toEqual([
      ['WD-A', ['refund', 'enrollment_prepaid→custody 3000.00'], null],
      ['WD-B', ['refund', 'enrollment_prepaid→deposit 707.55'], ['insurance_claim', 'enrollment_prepaid→insurer 943.39']],
      ['WD-C', ['refund', 'enrollment_prepaid→deposit 566.04'], ['insurance_claim', 'enrollment_prepaid→insurer 754.72']],
      ['WD-D', ['refund', 'card_prepaid→deposit 226.41'], ['insurance_claim', 'card_prepaid→insurer 301.89']],
    ]);
    const balance = async (id: string, kind: 'enrollments' | 'prepaid-cards') => (await t.http.get(`/api/v1/${kind}/${id}`).set(p.auth).expect(200)).body;
    expect(await balance(ids.a, 'enrollments')).toMatchObject({ status: 'refunded', refundedAmount: '3000.00', balance: '0.00' });
    expect(await balance(ids.b, 'enrollments')).toMatchObject({ status: 'refunded', refundedAmount: '1650.94', balance: '849.06' });
    expect(await balance(ids.c, 'enrollments')).toMatchObject({ status: 'refunded', refundedAmount: '1320.76', balance: '679.24' });
    expect(await balance(ids.d, 'prepaid-cards')).toMatchObject({ status: 'refunded', refundedAmount: '528.30', balance: '271.70' });
    const summary = (await t.http.get(`/api/v1/institutions/${p.institutionId}/escrow`).set(district).expect(200)).body;
    expect(summary).toMatchObject({ custodyBalance: '1000.00', depositBalance: '0.00', earnedUnreleased: '1000.00', exposure: '1800.00', insuranceCoverage: '0.00' });
    const policies = (await t.http.get(`/api/v1/institutions/${p.institutionId}/insurance-policies`).set(district).expect(200)).body.items;
    expect(policies[0]).toMatchObject({ status: 'claimed', active: false });
    const report = await verify(t);
    expect(report.invariants.filter((i) => !i.ok)).toEqual([]);
    // A settled refund is not reopened by a reversal.
    const reversal = await t.http.post(`/api/v1/ledger/entries/${plan.items[1].refundEntryId}/reversals`).set(city).set(key()).send({ reason: '误操作' });
    expect(reversal.status).toBe(409);
    expect(reversal.body).toMatchObject({ code: 'REVERSAL_REFUSED', reason: 'wind_down' });
  });

  it('lets the institution close only once the notice period has run and the plan is executed', async () => {
    const open = await provider(t);
    await prepay(t, open, { lessonsPaid: 10, amountPaid: '1000.00' });
    await t.http.post(`/api/v1/institutions/${open.institutionId}/transitions`).set(city).send({ to: 'closing', reason: '停业' }).expect(201);
    t.clock.advanceDays(31);
    try {
      const refused = await t.http.post(`/api/v1/institutions/${open.institutionId}/transitions`).set(city).send({ to: 'closed', reason: '公示期满' });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'WIND_DOWN_NOT_EXECUTED', planStatus: 'draft', openHolders: 1 });
      await t.http.post(`/api/v1/institutions/${p.institutionId}/transitions`).set(city).send({ to: 'closed', reason: '公示期满，退费完毕' }).expect(201);
    } finally {
      t.clock.set('2026-09-01T02:00:00Z');
    }
  });
});

async function entryCount(): Promise<number> {
  const row = await t.ctx.db.selectFrom('ledger_entry').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
