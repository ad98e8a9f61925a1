import { startTestApp, type TestApp } from '../support/app';
import { key, provider, verify, type Provider } from './helpers';

/* Single-use prepaid cards (SPEC §3.4): named ≤ 5 000, anonymous ≤ 1 000, spent by amount, same ledger. */

let t: TestApp;
let p: Provider;
beforeAll(async () => {
  t = await startTestApp();
  p = await provider(t);
});
afterAll(() => t.close());

function issue(body: Record<string, unknown>, auth = p.auth) {
  return t.http.post('/api/v1/prepaid-cards').set(auth).set(key()).send({ institutionId: p.institutionId, issuedAt: '2026-09-01T09:00:00+08:00', ...body });
}

it('holds a named card to 5 000.00 and an anonymous one to 1 000.00', async () => {
  expect((await issue({ kind: 'named', holderRef: 'CARD-HOLDER-1', amount: '5000.00' })).status).toBe(201);
  const named = await issue({ kind: 'named', holderRef: 'CARD-HOLDER-2', amount: '5000.01' });
  expect(named.status).toBe(422);
  expect(named.body).toMatchObject({ code: 'CARD_OVER_LIMIT', rule: 'named_card_max', limit: '5000.00', value: '5000.01', policyVersion: expect.any(Number) });
  expect((await issue({ kind: 'anonymous', amount: '1000.00' })).status).toBe(201);
  const anonymous = await issue({ kind: 'anonymous', amount: '1000.01' });
  expect(anonymous.body).toMatchObject({ code: 'CARD_OVER_LIMIT', rule: 'anonymous_card_max', limit: '1000.00', value: '1000.01' });
  expect((await issue({ kind: 'anonymous', holderRef: 'X-1', amount: '10.00' })).status).toBe(400);
  expect((await issue({ kind: 'named', amount: '10.00' })).status).toBe(400);
});

it('is issued into custody, spent by amount, and refunded for its balance', async () => {
  const card = await issue({ kind: 'named', holderRef: 'CARD-HOLDER-3', amount: '800.00' });
  expect(card.body).toMatchObject({ faceValue: '800.00', spent: '0.00', balance: '800.00', status: 'active', supervisionMode: 'custody' });
  const id = card.body.id as string;
  const spend = await t.http.post(`/api/v1/prepaid-cards/${id}/spends`).set(p.auth).set(key()).send({ amount: '300.50', occurredAt: '2026-09-01T09:30:00+08:00' });
  expect(spend.status).toBe(201);
  expect(spend.body).toMatchObject({ amount: '300.50', balance: '499.50' });
  const over = await t.http.post(`/api/v1/prepaid-cards/${id}/spends`).set(p.auth).set(key()).send({ amount: '499.51', occurredAt: '2026-09-01T09:40:00+08:00' });
  expect(over.status).toBe(422);
  expect(over.body).toMatchObject({ code: 'CARD_BALANCE_INSUFFICIENT', rule: 'card_balance', limit: '499.50', value: '499.51' });
  const refund = await t.http.post(`/api/v1/prepaid-cards/${id}/refunds`).set(p.auth).set(key()).send({ reason: '不再使用' });
  expect(refund.status).toBe(201);
  expect(refund.body).toMatchObject({ cardId: id, amount: '499.50', basis: 'after_start', dueBy: '2026-09-15' });
  const got = await t.http.get(`/api/v1/prepaid-cards/${id}`).set(p.auth).expect(200);
  expect(got.body).toMatchObject({ status: 'refunded', balance: '0.00', refundedAmount: '499.50' });
  const spends = await t.http.get(`/api/v1/prepaid-cards/${id}/spends`).set(p.auth).expect(200);
  expect(spends.body.items).toHaveLength(1);
  const refunds = await t.http.get(`/api/v1/prepaid-cards/${id}/refunds`).set(p.auth).expect(200);
  expect(refunds.body.items).toHaveLength(1);
  expect((await t.http.post(`/api/v1/prepaid-cards/${id}/spends`).set(p.auth).set(key()).send({ amount: '1.00', occurredAt: '2026-09-01T09:50:00+08:00' })).status).toBe(409);
  expect((await verify(t)).ok).toBe(true);
});

it('becomes exhausted when spent to zero', async () => {
  const card = await issue({ kind: 'anonymous', amount: '100.00' });
  const spend = await t.http.post(`/api/v1/prepaid-cards/${card.body.id}/spends`).set(p.auth).set(key()).send({ amount: '100.00', occurredAt: '2026-09-01T09:30:00+08:00' });
  expect(spend.body.balance).toBe('0.00');
  expect((await t.http.get(`/api/v1/prepaid-cards/${card.body.id}`).set(p.auth)).body.status).toBe('exhausted');
  expect((await t.http.post(`/api/v1/prepaid-cards/${card.body.id}/refunds`).set(p.auth).set(key()).send({ reason: '退' })).status).toBe(409);
});

it('is another institution’s business only as a 404', async () => {
  const card = await issue({ kind: 'anonymous', amount: '50.00' });
  const other = await provider(t);
  expect((await t.http.get(`/api/v1/prepaid-cards/${card.body.id}`).set(other.auth)).status).toBe(404);
  expect((await t.http.post(`/api/v1/prepaid-cards/${card.body.id}/spends`).set(other.auth).set(key()).send({ amount: '1.00', occurredAt: '2026-09-01T09:30:00+08:00' })).status).toBe(404);
  expect((await issue({ kind: 'anonymous', amount: '50.00' }, other.auth)).status).toBe(404);
  const list = await t.http.get('/api/v1/prepaid-cards').set(other.auth).expect(200);
  expect(list.body.items).toEqual([]);
  const mine = await t.http.get(`/api/v1/prepaid-cards?institutionId=${p.institutionId}&status=active`).set(p.auth).expect(200);
  expect(mine.body.items.length).toBeGreaterThan(0);
});
