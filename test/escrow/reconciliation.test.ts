import { startTestApp, type TestApp } from '../support/app';
import { key, prepay, provider, type Provider } from './helpers';

/*
 * Reconciliation of a custodian bank's statement (SPEC §3.6). The custody account of one
 * institution over 20–31 August 2026:
 *   E1 prepayment 4 000.00 on the 20th, bank reference BR-001 stored with it
 *   E2 prepayment 2 000.00 on the 21st, refunded in full on the 26th
 *   E3 prepayment 1 500.00 on the 25th
 * The bank's statement: 4 000.00 in on the 20th (BR-001) → by reference; 2 000.00 in on the 21st →
 * by amount and date; 2 000.00 out on the 27th → by amount and date, a day apart; 300.00 in on
 * the 28th that the ledger lacks. E3 is missing from the statement.
 *   statement net 4 000 + 2 000 − 2 000 + 300 = 4 300.00; ledger net 4 000 + 2 000 − 2 000 + 1 500
 *   = 5 500.00; difference −1 200.00 (= 300 − 1 500); the bank's closing 4 300.00 vs the ledger's
 *   5 500.00: −1 200.00.
 */

let t: TestApp;
let p: Provider;
let city: Record<string, string>;

async function at<T>(time: string, work: () => Promise<T>): Promise<T> {
  t.clock.set(time);
  try {
    return await work();
  } finally {
    t.clock.set('2026-09-01T02:00:00Z');
  }
}

beforeAll(async () => {
  t = await startTestApp();
  city = await t.as.cityRegulator();
  p = await provider(t);
  await at('2026-08-20T03:00:00Z', () => prepay(t, p, { studentRef: 'R-E1', paidAt: '2026-08-20T10:00:00+08:00', bankReference: 'BR-001' }));
  const e2 = await at('2026-08-21T03:00:00Z', () => prepay(t, p, { studentRef: 'R-E2', lessonsPaid: 20, amountPaid: '2000.00', paidAt: '2026-08-21T10:00:00+08:00' }));
  await at('2026-08-25T03:00:00Z', () => prepay(t, p, { studentRef: 'R-E3', lessonsPaid: 15, amountPaid: '1500.00', paidAt: '2026-08-25T10:00:00+08:00' }));
  await at('2026-08-26T03:00:00Z', () => t.http.post(`/api/v1/enrollments/${e2.id}/refunds`).set(p.auth).set(key()).send({ reason: '家长申请退费' }).expect(201));
});
afterAll(() => t.close());

const STATEMENT = [
  '\ufeff交易日期,金额,收付,对方户名,银行流水号',
  '2026-08-20,"4,000.00",收,家长甲,BR-001',
  '2026-08-21,2000.00,收,家长乙,',
  '2026-08-27,2000.00,付,家长乙,BK-OUT-9',
  '2026-08-28,300.00,收,不明来款,BK-IN-7',
].join('\r\n');

const openAlerts = async () =>
  (await t.http.get(`/api/v1/alerts?kind=reconciliation_mismatch&institutionId=${p.institutionId}`).set(city).expect(200)).body.items as Array<{ details: Record<string, unknown> }>;

describe('a statement with differences on both sides', () => {
  let report: Record<string, any>;
  beforeAll(async () => {
    const res = await t.http
      .post(`/api/v1/institutions/${p.institutionId}/reconciliations`)
      .set(p.auth)
      .send({ csv: STATEMENT, periodStart: '2026-08-20', periodEnd: '2026-08-31', closingBalance: '4300.00', statementName: '招商银行托管户 2026年8月' });
    expect(res.status).toBe(201);
    report = res.body;
  });

  it('matches by reference, then by amount and date within a day', () => {
    expect(report).toMatchObject({
      periodStart: '2026-08-20',
      periodEnd: '2026-08-31',
      statementLines: 4,
      matchedByReference: 1,
      matchedByAmountDate: 2,
      unmatchedStatementCount: 1,
      unmatchedLedgerCount: 1,
      clean: false,
    });
    expect(report.matched.map((m: any) => [m.match, m.lineNo, m.direction, m.amount, m.entryKind, m.entryOn, m.note])).toEqual([
      ['reference', 2, 'credit', '4000.00', 'prepayment', '2026-08-20', null],
      ['amount_date', 3, 'credit', '2000.00', 'prepayment', '2026-08-21', null],
      ['amount_date', 4, 'debit', '2000.00', 'refund', '2026-08-26', 'booked_one_day_apart'],
    ]);
  });

  it('reports what is unmatched on each side and the difference', () => {
    expect(report.unmatchedStatement).toEqual([expect.objectContaining({ match: 'statement_only', lineNo: 5, bookedOn: '2026-08-28', amount: '300.00', counterparty: '不明来款', bankReference: 'BK-IN-7', entryId: null })]);
    expect(report.unmatchedLedger).toEqual([expect.objectContaining({ match: 'ledger_only', lineNo: null, bookedOn: '2026-08-25', direction: 'credit', amount: '1500.00', entryKind: 'prepayment' })]);
    expect(report).toMatchObject({ statementNet: '4300.00', ledgerNet: '5500.00', difference: '-1200.00', closingBalance: '4300.00', ledgerClosingBalance: '5500.00', closingDifference: '-1200.00' });
  });

  it('keeps the run, serves it as JSON and CSV, and raises a mismatch alert', async () => {
    const list = await t.http.get(`/api/v1/institutions/${p.institutionId}/reconciliations`).set(city).expect(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ id: report.id, clean: false, statementName: '招商银行托管户 2026年8月' });
    const again = await t.http.get(`/api/v1/institutions/${p.institutionId}/reconciliations/${report.id}`).set(p.auth).expect(200);
    expect(again.body).toEqual(report);
    const csv = await t.http.get(`/api/v1/institutions/${p.institutionId}/reconciliations/${report.id}?format=csv`).set(p.auth).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text).toContain('匹配结果');
    expect(csv.text).toContain('银行有、账本无,5,2026-08-28,收,300.00,不明来款,BK-IN-7');
    expect(csv.text).toContain('差额,-1200.00');
    const alerts = await openAlerts();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.details).toMatchObject({ runId: report.id, unmatchedStatement: 1, unmatchedLedger: 1, difference: '-1200.00' });
  });
});

describe('a later clean statement', () => {
  it('matches everything, has no difference, and resolves the alert', async () => {
    const csv = ['date,amount,direction,counterparty,reference', '2026-08-20,4000.00,credit,,BR-001', '2026-08-21,2000.00,credit,,', '2026-08-25,1500.00,CR,,', '2026-08-26,2000.00,debit,,'].join('\n');
    const res = await t.http.post(`/api/v1/institutions/${p.institutionId}/reconciliations`).set(city).send({ csv, periodStart: '2026-08-20', periodEnd: '2026-08-31', closingBalance: '5500.00' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ clean: true, matchedByReference: 1, matchedByAmountDate: 3, unmatchedStatementCount: 0, unmatchedLedgerCount: 0, difference: '0.00', closingDifference: '0.00' });
    expect(await openAlerts()).toHaveLength(0);
    const resolved = (await t.http.get(`/api/v1/alerts?kind=reconciliation_mismatch&status=resolved&institutionId=${p.institutionId}`).set(city).expect(200)).body.items;
    expect(resolved[0]).toMatchObject({ resolvedBy: 'system', resolution: `clean reconciliation run ${res.body.id}` });
  });

  it('never matches one entry twice, nor two differing references', async () => {
    const csv = ['date,amount,direction,reference', '2026-08-21,2000.00,credit,', '2026-08-21,2000.00,credit,', '2026-08-20,4000.00,credit,OTHER-REF'].join('\n');
    const res = await t.http.post(`/api/v1/institutions/${p.institutionId}/reconciliations`).set(p.auth).send({ csv, periodStart: '2026-08-20', periodEnd: '2026-08-21' });
    expect(res.body).toMatchObject({ matchedByAmountDate: 1, unmatchedStatementCount: 2, unmatchedLedgerCount: 1, clean: false });
    expect(res.body.unmatchedLedger[0]).toMatchObject({ amount: '4000.00', bankReference: 'BR-001' });
  });
});

describe('malformed statements', () => {
  const runs = async () => Number((await t.ctx.db.selectFrom('reconciliation_run').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it.each([
    ['an unreadable amount', 'date,amount,direction\n2026-08-20,100.00,credit\n2026-08-21,12.345,credit', 3],
    ['a negative amount', 'date,amount,direction\n2026-08-20,-100.00,debit', 2],
    ['an unknown direction', '日期,金额,方向\n2026-08-20,100.00,转', 2],
    ['a bad date', 'date,amount,direction\n2026-02-30,100.00,credit', 2],
    ['a short row', 'date,amount,direction\n2026-08-20,100.00,credit\n2026-08-21,5', 3],
    ['a missing column', 'date,amount\n2026-08-20,100.00', 1],
    ['an open quote', 'date,amount,direction\n"2026-08-20,100.00,credit', 2],
  ])('refuses %s with a 400 naming the line, and keeps nothing', async (_what, csv, line) => {
    const before = await runs();
    const res = await t.http.post(`/api/v1/institutions/${p.institutionId}/reconciliations`).set(p.auth).send({ csv });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'STATEMENT_MALFORMED', line });
    expect(await runs()).toBe(before);
  });

  it('refuses the CSV as a bare body or with unknown fields', async () => {
    expect((await t.http.post(`/api/v1/institutions/${p.institutionId}/reconciliations`).set(p.auth).set('Content-Type', 'text/csv').send('date,amount,direction')).status).toBe(415);
    expect((await t.http.post(`/api/v1/institutions/${p.institutionId}/reconciliations`).set(p.auth).send({ csv: 'x', bank: 'y' })).status).toBe(400);
  });
});

describe('who may reconcile', () => {
  it('is the institution and its regulators; another institution gets a 404', async () => {
    const other = await provider(t);
    const runId = (await t.http.get(`/api/v1/institutions/${p.institutionId}/reconciliations`).set(p.auth)).body.items[0].id;
    expect((await t.http.get(`/api/v1/institutions/${p.institutionId}/reconciliations`).set(other.auth)).status).toBe(404);
    expect((await t.http.get(`/api/v1/institutions/${p.institutionId}/reconciliations/${runId}`).set(other.auth)).status).toBe(404);
    expect((await t.http.get(`/api/v1/institutions/${other.institutionId}/reconciliations/${runId}`).set(other.auth)).status).toBe(404);
    expect((await t.http.post(`/api/v1/institutions/${p.institutionId}/reconciliations`).set(other.auth).send({ csv: STATEMENT })).status).toBe(404);
    expect((await t.http.get(`/api/v1/institutions/${p.institutionId}/reconciliations`).set(await t.as.inspector())).status).toBe(403);
  });
});
