import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/app';
import { key, prepay, provider, type Provider } from './helpers';

/*
 * SPEC §10: an institution never reads or writes another's data, route by route, over every route
 * of the escrow supervision work that names an institution: another institution's token gets a 404
 * (a regulator-only route refuses its role first: 403), and nothing is written.
 */

let t: TestApp;
let mine: Provider;
let theirs: Provider;
let ids: { policy: string; guarantee: string; run: string };

beforeAll(async () => {
  t = await startTestApp();
  mine = await provider(t);
  theirs = await provider(t);
  await prepay(t, theirs);
  const policy = await t.http.post(`/api/v1/institutions/${theirs.institutionId}/insurance-policies`).set(theirs.auth)
    .send({ insurer: '保险公司', policyNumber: 'ISO-1', insuredAmount: '1000.00', periodStart: '2026-01-01', periodEnd: '2026-12-31' }).expect(201);
  const guarantee = await t.http.post(`/api/v1/institutions/${theirs.institutionId}/guarantees`).set(theirs.auth)
    .send({ bank: '银行', guaranteeNumber: 'ISO-G-1', amount: '1000.00', periodStart: '2026-01-01', periodEnd: '2026-12-31' }).expect(201);
  const run = await t.http.post(`/api/v1/institutions/${theirs.institutionId}/reconciliations`).set(theirs.auth)
    .send({ csv: 'date,amount,direction\n2026-09-01,4000.00,credit' }).expect(201);
  ids = { policy: policy.body.id, guarantee: guarantee.body.id, run: run.body.id };
});
afterAll(() => t.close());

type Call = [string, 'get' | 'post' | 'patch', (id: string) => string, Record<string, unknown> | undefined, number];

const routes: Call[] = [
  ['read its escrow summary', 'get', (id) => `/api/v1/institutions/${id}/escrow`, undefined, 404],
  ['read its requirement', 'get', (id) => `/api/v1/institutions/${id}/escrow/requirement`, undefined, 404],
  ['read its insurance', 'get', (id) => `/api/v1/institutions/${id}/insurance-policies`, undefined, 404],
  ['file insurance for it', 'post', (id) => `/api/v1/institutions/${id}/insurance-policies`, { insurer: 'x', policyNumber: 'ISO-X', insuredAmount: '1.00', periodStart: '2026-01-01', periodEnd: '2026-12-31' }, 404],
  ['change its policy', 'patch', (id) => `/api/v1/institutions/${id}/insurance-policies/${ids.policy}`, { status: 'cancelled', reason: 'x' }, 403],
  ['read its guarantees', 'get', (id) => `/api/v1/institutions/${id}/guarantees`, undefined, 404],
  ['file a guarantee for it', 'post', (id) => `/api/v1/institutions/${id}/guarantees`, { bank: 'x', guaranteeNumber: 'ISO-GX', amount: '1.00', periodStart: '2026-01-01', periodEnd: '2026-12-31' }, 404],
  ['change its guarantee', 'patch', (id) => `/api/v1/institutions/${id}/guarantees/${ids.guarantee}`, { status: 'cancelled', reason: 'x' }, 403],
  ['read its revenue', 'get', (id) => `/api/v1/institutions/${id}/annual-revenue`, undefined, 404],
  ['file its revenue', 'post', (id) => `/api/v1/institutions/${id}/annual-revenue`, { year: 2025, revenue: '1.00' }, 404],
  ['top up its deposit', 'post', (id) => `/api/v1/institutions/${id}/deposit-topups`, { amount: '1.00' }, 404],
  ['withdraw its deposit', 'post', (id) => `/api/v1/institutions/${id}/deposit-withdrawals`, { amount: '1.00' }, 404],
  ['reconcile its statement', 'post', (id) => `/api/v1/institutions/${id}/reconciliations`, { csv: 'date,amount,direction\n2026-09-01,1.00,credit' }, 404],
  ['list its reconciliations', 'get', (id) => `/api/v1/institutions/${id}/reconciliations`, undefined, 404],
  ['read its reconciliation report', 'get', (id) => `/api/v1/institutions/${id}/reconciliations/${ids.run}`, undefined, 404],
  ['export its reconciliation report', 'get', (id) => `/api/v1/institutions/${id}/reconciliations/${ids.run}?format=csv`, undefined, 404],
  ['read its wind-down plan', 'get', (id) => `/api/v1/institutions/${id}/wind-down`, undefined, 404],
  ['export its wind-down plan', 'get', (id) => `/api/v1/institutions/${id}/wind-down?format=pdf`, undefined, 404],
  ['build its wind-down plan', 'post', (id) => `/api/v1/institutions/${id}/wind-down`, {}, 403],
  ['approve its wind-down plan', 'post', (id) => `/api/v1/institutions/${id}/wind-down/approval`, { note: 'x' }, 403],
  ['execute its wind-down plan', 'post', (id) => `/api/v1/institutions/${id}/wind-down/execution`, {}, 403],
];

async function snapshot(): Promise<string> {
  // idempotency_record is left out: a refused money-moving request is recorded under the caller's
  // own key (so a replay fails the same way), holding only the refusal, nothing of the other's data.
  const tables = ['insurance_policy', 'bank_guarantee', 'annual_revenue_filing', 'ledger_entry', 'reconciliation_run', 'wind_down_plan', 'audit_log'] as const;
  const counts = await Promise.all(tables.map((table) => t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()));
  const cover = await t.ctx.db.selectFrom('insurance_policy').select(['id', 'status']).where('institution_id', '=', theirs.institutionId).execute();
  return JSON.stringify({ counts: counts.map((c) => Number(c.n)), cover });
}

describe("another institution's token", () => {
  it.each(routes)('cannot %s, and writes nothing', async (_what, method, path, body, status) => {
    const before = await snapshot();
    const req = t.http[method](path(theirs.institutionId)).set(mine.auth).set('Idempotency-Key', randomUUID());
    const res = await (body ? req.send(body) : req);
    expect(res.status).toBe(status);
    if (status === 404) expect(res.body.code).toMatch(/_NOT_FOUND$/);
    expect(await snapshot()).toBe(before);
  });

  it('keeps a refused deposit request only as the caller’s own refusal', async () => {
    const records = await t.ctx.db.selectFrom('idempotency_record').select(['scope', 'status', 'entry_id', 'response']).where('operation', 'like', 'POST /institutions/%/deposit-%').execute();
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect(r).toMatchObject({ scope: `staff-${mine.institutionId}`, status: 404, entry_id: null, response: { code: 'INSTITUTION_NOT_FOUND' } });
  });

  it('does not reach another institution’s records through its own id either', async () => {
    const own = (path: string) => t.http.get(`/api/v1/institutions/${mine.institutionId}/${path}`).set(mine.auth);
    expect((await own(`reconciliations/${ids.run}`)).status).toBe(404);
    expect((await t.http.patch(`/api/v1/institutions/${mine.institutionId}/insurance-policies/${ids.policy}`).set(await t.as.cityRegulator()).send({ status: 'expired', reason: 'x' })).status).toBe(404);
    expect((await own('insurance-policies')).body.items).toEqual([]);
    await t.http.post(`/api/v1/institutions/${mine.institutionId}/deposit-topups`).set(mine.auth).set(key()).send({ amount: '1.00' }).expect(201);
  });
});
