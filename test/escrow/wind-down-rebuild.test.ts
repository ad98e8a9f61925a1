import type { Caller } from '../../src/http/api';
import { postItems, startExecution } from '../../src/modules/escrow/wind-down/execution';
import { startTestApp, type TestApp } from '../support/app';
import { testEngine } from '../support/engine';
import { consume, key, prepay, provider, verify } from './helpers';

/*
 * Wind-down plans the ledger moves away from (SPEC §3.7): a holder taught or refunded after the plan
 * was built makes it stale, before anything is posted or in the middle of an execution; a rebuild
 * picks up from the ledger as it is, never claiming a policy beyond its insured amount; racing
 * executions post each item once.
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

const money = (items: Array<Record<string, unknown>>) =>
  items.map((i) => ({ studentRef: i.studentRef, refundable: i.refundable, fromCustody: i.fromCustody, fromDeposit: i.fromDeposit, fromInsurance: i.fromInsurance, shortfall: i.shortfall }));

describe('a plan the ledger has moved away from', () => {
  it('is refused as stale before anything is posted, and a rebuilt plan executes', async () => {
    const q = await provider(t);
    const e = await prepay(t, q, { lessonsPaid: 10, amountPaid: '1000.00' });
    await t.http.post(`/api/v1/institutions/${q.institutionId}/transitions`).set(city).send({ to: 'closing', reason: '停业' }).expect(201);
    await t.http.post(`/api/v1/institutions/${q.institutionId}/wind-down/approval`).set(district).send({ note: '同意' }).expect(201);
    expect((await consume(t, q, e.id, 2)).status).toBe(201); // taught during the notice period
    const before = await entryCount();
    const stale = await t.http.post(`/api/v1/institutions/${q.institutionId}/wind-down/execution`).set(district).set(key()).send({});
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'WIND_DOWN_PLAN_STALE', planned: '1000.00', current: '800.00' });
    expect(await entryCount()).toBe(before);

    const rebuilt = await t.http.post(`/api/v1/institutions/${q.institutionId}/wind-down`).set(district).send({ reason: '公示期间继续消课' });
    expect(rebuilt.status).toBe(201);
    expect(rebuilt.body).toMatchObject({ status: 'draft', builtBy: 'district-regulator-310115', totals: { refundable: '800.00', fromCustody: '800.00', shortfall: '0.00' } });
    expect((await t.http.post(`/api/v1/institutions/${q.institutionId}/wind-down/approval`).set(district).send({ note: '同意' })).status).toBe(403);
    await t.http.post(`/api/v1/institutions/${q.institutionId}/wind-down/approval`).set(city).send({ note: '同意' }).expect(201);
    const done = await t.http.post(`/api/v1/institutions/${q.institutionId}/wind-down/execution`).set(district).set(key()).send({});
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ refundEntries: 1, claimEntries: 0, paid: { custody: '800.00' } });
    expect((await t.http.post(`/api/v1/institutions/${q.institutionId}/wind-down`).set(district).send({})).status).toBe(409);
    expect((await verify(t)).ok).toBe(true);
  });

  (testEngine() === 'postgres' ? it : it.skip)('posts each item once when executions race (PostgreSQL)', async () => {
    const r = await provider(t);
    for (let i = 0; i < 12; i++) await prepay(t, r, { lessonsPaid: 10, amountPaid: '1000.00' });
    await t.http.post(`/api/v1/institutions/${r.institutionId}/transitions`).set(city).send({ to: 'closing', reason: '停业' }).expect(201);
    await t.http.post(`/api/v1/institutions/${r.institutionId}/wind-down/approval`).set(district).send({ note: '同意' }).expect(201);
    const before = await entryCount();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => t.http.post(`/api/v1/institutions/${r.institutionId}/wind-down/execution`).set(district).set(key()).send({})),
    );
    expect(results.filter((x) => x.status === 201).length).toBeGreaterThanOrEqual(1);
    expect(results.every((x) => x.status === 201 || (x.status === 409 && x.body.currentStatus === 'executed'))).toBe(true);
    const posted = results.filter((x) => x.status === 201).reduce((n, x) => n + x.body.itemsPostedNow, 0);
    expect(posted).toBe(12);
    expect(await entryCount()).toBe(before + 12);
    expect((await verify(t)).ok).toBe(true);
  });

  it('stops an execution at an item that changed after it started, and a rebuild picks up from there', async () => {
    const q = await provider(t);
    const [first, second] = [await prepay(t, q, { lessonsPaid: 10, amountPaid: '1000.00' }), await prepay(t, q, { lessonsPaid: 10, amountPaid: '1000.00' })];
    await t.http.post(`/api/v1/institutions/${q.institutionId}/transitions`).set(city).send({ to: 'closing', reason: '停业' }).expect(201);
    await t.http.post(`/api/v1/institutions/${q.institutionId}/wind-down/approval`).set(district).send({ note: '同意' }).expect(201);
    const regulator: Caller = { actor: { role: 'regulator', sub: 'district-regulator-310115', district: '310115' }, requestId: 'partial', lang: 'zh' };
    const started = await startExecution(t.ctx, regulator, q.institutionId);
    const policy = await t.ctx.policies.current();
    expect(await postItems(t.ctx, regulator, started.planId, [1], policy)).toBe(1);
    const changed = first.id === (await planHolder(q.institutionId, 2)) ? first : second;
    expect((await consume(t, q, changed.id, 1)).status).toBe(201);
    await expect(postItems(t.ctx, regulator, started.planId, [2], policy)).rejects.toMatchObject({ code: 'WIND_DOWN_PLAN_STALE', params: { what: 'item 2', planned: '1000.00', current: '900.00' } });
    const rebuilt = (await t.http.post(`/api/v1/institutions/${q.institutionId}/wind-down`).set(city).send({ reason: '执行中途学员消课' }).expect(201)).body;
    expect(rebuilt).toMatchObject({ supersedes: started.planId, totals: { holders: 1, refundable: '900.00', fromCustody: '900.00' } });
    await t.http.post(`/api/v1/institutions/${q.institutionId}/wind-down/approval`).set(district).send({ note: '同意' }).expect(201);
    await t.http.post(`/api/v1/institutions/${q.institutionId}/wind-down/execution`).set(district).set(key()).send({}).expect(201);
    expect((await verify(t)).ok).toBe(true);
  });

  it('never claims a policy beyond its insured amount across a rebuild', async () => {
    const q = await provider(t, { supervisionMode: 'deposit' });
    await t.http.post(`/api/v1/institutions/${q.institutionId}/insurance-policies`).set(q.auth)
      .send({ insurer: '保险公司', policyNumber: 'PARTIAL-1', insuredAmount: '1000.00', periodStart: '2026-01-01', periodEnd: '2026-12-31' }).expect(201);
    const one = await prepay(t, q, { lessonsPaid: 10, amountPaid: '1000.00', paidAt: '2026-08-30T10:00:00+08:00' });
    const two = await prepay(t, q, { lessonsPaid: 10, amountPaid: '1000.00', paidAt: '2026-08-31T10:00:00+08:00' });
    await t.http.post(`/api/v1/institutions/${q.institutionId}/transitions`).set(city).send({ to: 'closing', reason: '停业' }).expect(201);
    const plan = (await t.http.post(`/api/v1/institutions/${q.institutionId}/wind-down/approval`).set(district).send({ note: '同意' }).expect(201)).body;
    expect(money(plan.items).map((i) => [i.fromInsurance, i.shortfall])).toEqual([['500.00', '500.00'], ['500.00', '500.00']]);
    const regulator: Caller = { actor: { role: 'regulator', sub: 'district-regulator-310115', district: '310115' }, requestId: 'partial', lang: 'zh' };
    const started = await startExecution(t.ctx, regulator, q.institutionId);
    await postItems(t.ctx, regulator, started.planId, [1], await t.ctx.policies.current());
    expect((await consume(t, q, two.id, 1)).status).toBe(201);
    const rebuilt = (await t.http.post(`/api/v1/institutions/${q.institutionId}/wind-down`).set(city).send({}).expect(201)).body;
    expect(rebuilt.sources.insurance).toMatchObject({ available: '500.00', paid: '500.00', policies: [expect.objectContaining({ insuredAmount: '1000.00', claimedBefore: '500.00', drawn: '500.00' })] });
    expect(money(rebuilt.items)).toEqual([{ studentRef: expect.any(String), refundable: '900.00', fromCustody: '0.00', fromDeposit: '0.00', fromInsurance: '500.00', shortfall: '400.00' }]);
    await t.http.post(`/api/v1/institutions/${q.institutionId}/wind-down/approval`).set(district).send({ note: '同意' }).expect(201);
    await t.http.post(`/api/v1/institutions/${q.institutionId}/wind-down/execution`).set(district).set(key()).send({}).expect(201);
    const insurer = await t.ctx.db.selectFrom('ledger_account').select('credits_posted').where('institution_id', '=', q.institutionId).where('kind', '=', 'insurer').executeTakeFirstOrThrow();
    expect(insurer.credits_posted).toBe('1000.00');
    const policies = (await t.http.get(`/api/v1/institutions/${q.institutionId}/insurance-policies`).set(q.auth).expect(200)).body.items;
    expect(policies[0].status).toBe('claimed');
    expect((await t.http.get(`/api/v1/enrollments/${one.id}`).set(q.auth).expect(200)).body).toMatchObject({ refundedAmount: '500.00', balance: '500.00' });
    expect((await verify(t)).ok).toBe(true);
  });

  it('is built only for a closing institution', async () => {
    const active = await provider(t);
    const res = await t.http.post(`/api/v1/institutions/${active.institutionId}/wind-down`).set(city).send({});
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('WIND_DOWN_NOT_CLOSING');
    expect((await t.http.get(`/api/v1/institutions/${active.institutionId}/wind-down`).set(city)).status).toBe(404);
  });
});

async function planHolder(institutionId: string, seq: number): Promise<string | null> {
  const row = await t.ctx.db
    .selectFrom('wind_down_item as w')
    .innerJoin('wind_down_plan as p', 'p.id', 'w.plan_id')
    .select('w.enrollment_id')
    .where('p.institution_id', '=', institutionId)
    .where('p.status', '<>', 'superseded')
    .where('w.seq', '=', seq)
    .executeTakeFirstOrThrow();
  return row.enrollment_id;
}

async function entryCount(): Promise<number> {
  const row = await t.ctx.db.selectFrom('ledger_entry').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
