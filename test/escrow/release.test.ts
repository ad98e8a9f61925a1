import { randomUUID } from 'node:crypto';
import { releaseConsumedFunds } from '../../src/modules/escrow/release-service';
import { startTestApp, type TestApp } from '../support/app';
import { consume, key, prepay, provider, verify, type Provider } from './helpers';

/*
 * Custody release (SPEC §3.2): consumed value is paid out of custody to the institution after the
 * settlement delay (T+1 by default), never while a refund or a complaint pauses the enrollment,
 * and running the release twice releases nothing twice.
 */

let t: TestApp;
let p: Provider;
beforeAll(async () => {
  t = await startTestApp();
  p = await provider(t);
});
afterAll(() => t.close());

async function accounts(institutionId: string) {
  const rows = await t.ctx.db.selectFrom('ledger_account').selectAll().where('institution_id', '=', institutionId).where('kind', 'in', ['custody', 'earned_unreleased']).execute();
  const of = (kind: string) => rows.find((r) => r.kind === kind)!;
  return {
    custody: (Number(of('custody').debits_posted) - Number(of('custody').credits_posted)).toFixed(2),
    earned: (Number(of('earned_unreleased').credits_posted) - Number(of('earned_unreleased').debits_posted)).toFixed(2),
  };
}

/** Runs `work` with the clock at `time`, then puts it back. */
async function at<T>(time: string, work: () => Promise<T>): Promise<T> {
  t.clock.set(time);
  try {
    return await work();
  } finally {
    t.clock.set('2026-09-01T02:00:00Z');
  }
}

it('releases consumed value only once the settlement delay has passed, and only once', async () => {
  const e = await prepay(t, p, { lessonsPaid: 20, amountPaid: '2000.00' });
  await consume(t, p, e.id, 4); // recorded 2026-09-01T02:00Z: 400.00
  expect(await accounts(p.institutionId)).toEqual({ custody: '2000.00', earned: '400.00' });

  const early = await at('2026-09-02T01:59:59Z', () => releaseConsumedFunds(t.ctx, {}));
  expect(early.total).toBe('0.00');

  t.clock.set('2026-09-02T03:00:00Z');
  try {
    await consume(t, p, e.id, 2); // recorded today: not yet releasable
    const run = await releaseConsumedFunds(t.ctx, {});
    expect(run).toMatchObject({ entries: 1, enrollments: 1, total: '400.00', cutoff: '2026-09-01T03:00:00.000Z' });
    expect(await accounts(p.institutionId)).toEqual({ custody: '1600.00', earned: '200.00' });
    expect((await releaseConsumedFunds(t.ctx, {})).total).toBe('0.00');

    t.clock.set('2026-09-03T03:00:00Z');
    expect((await releaseConsumedFunds(t.ctx, {})).total).toBe('200.00');
    expect(await accounts(p.institutionId)).toEqual({ custody: '1400.00', earned: '0.00' });
  } finally {
    t.clock.set('2026-09-01T02:00:00Z');
  }
  expect((await verify(t)).ok).toBe(true);
});

it('skips enrollments paused by a refund or a complaint until a regulator resumes them', async () => {
  const q = await provider(t);
  const refunded = await prepay(t, q, { lessonsPaid: 10, amountPaid: '1000.00' });
  const complained = await prepay(t, q, { lessonsPaid: 10, amountPaid: '1000.00' });
  const plain = await prepay(t, q, { lessonsPaid: 10, amountPaid: '1000.00' });
  for (const e of [refunded, complained, plain]) await consume(t, q, e.id, 2);
  await t.http.post(`/api/v1/enrollments/${refunded.id}/refunds`).set(q.auth).set(key()).send({ reason: '退费' }).expect(201);
  const regulator = await t.as.districtRegulator('310115');
  const complaint = await t.http.post(`/api/v1/enrollments/${complained.id}/complaints`).set(regulator).send({ summary: '12345 热线投诉：消课记录与实际不符' });
  expect(complaint.status).toBe(201);
  expect((await t.http.get(`/api/v1/enrollments/${complained.id}`).set(q.auth).expect(200)).body).toMatchObject({ releasesPaused: true, releasePauseReason: 'complaint' });
  expect((await t.http.post(`/api/v1/enrollments/${complained.id}/complaints`).set(q.auth).send({ summary: '机构自行登记' })).status).toBe(403);

  const run = await at('2026-09-02T03:00:00Z', () => releaseConsumedFunds(t.ctx, {}));
  expect(run).toMatchObject({ enrollments: 1, total: '200.00' });
  // 3 000 in, 800 refunded, 200 released; 400 earned stays paused
  expect(await accounts(q.institutionId)).toEqual({ custody: '2000.00', earned: '400.00' });

  const resumed = await t.http.post(`/api/v1/enrollments/${complained.id}/release-resumptions`).set(regulator).send({ reason: '投诉已调查处理，消课属实' });
  expect(resumed.status).toBe(201);
  expect(resumed.body).toMatchObject({ releasesPaused: false, releasePauseReason: null });
  const notPaused = await t.http.post(`/api/v1/enrollments/${plain.id}/release-resumptions`).set(regulator).send({ reason: '无' });
  expect(notPaused.status).toBe(409);
  expect((await at('2026-09-02T03:00:00Z', () => releaseConsumedFunds(t.ctx, {}))).total).toBe('200.00');
  expect(await accounts(q.institutionId)).toEqual({ custody: '1800.00', earned: '200.00' });
  expect((await t.http.get(`/api/v1/enrollments/${refunded.id}`).set(q.auth).expect(200)).body.releasesPaused).toBe(true);
  expect((await verify(t)).ok).toBe(true);
});

it('leaves deposit-mode value alone: it is with the institution already', async () => {
  const d = await provider(t, { supervisionMode: 'deposit' });
  const e = await prepay(t, d, { lessonsPaid: 10, amountPaid: '1000.00' });
  await consume(t, d, e.id, 5);
  const run = await at('2026-09-03T00:00:00Z', () => releaseConsumedFunds(t.ctx, {}));
  const entries = await t.ctx.db.selectFrom('ledger_entry').select('id').where('kind', '=', 'release').where('institution_id', '=', d.institutionId).execute();
  expect(entries).toEqual([]);
  expect(run.total).toBe('0.00');
});

describe('POST /escrow/releases', () => {
  it('runs the release for the city, idempotently', async () => {
    const r = await provider(t);
    const e = await prepay(t, r, { lessonsPaid: 10, amountPaid: '1000.00' });
    await consume(t, r, e.id, 1);
    const city = await t.as.cityRegulator();
    const k = randomUUID();
    await at('2026-09-03T00:00:00Z', async () => {
      const first = await t.http.post('/api/v1/escrow/releases').set(city).set('Idempotency-Key', k).send({ asOf: '2026-09-02T12:00:00+08:00' });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ asOf: '2026-09-02T04:00:00.000Z', cutoff: '2026-09-01T04:00:00.000Z', total: '100.00', entries: 1 });
      const again = await t.http.post('/api/v1/escrow/releases').set(city).set('Idempotency-Key', k).send({ asOf: '2026-09-02T12:00:00+08:00' });
      expect(again.body).toEqual(first.body);
      expect(again.headers['idempotent-replayed']).toBe('true');
      const fresh = await t.http.post('/api/v1/escrow/releases').set(city).set(key()).send({});
      expect(fresh.body.total).toBe('0.00');
    });
  });

  it('refuses a future cut-off, district regulators and institutions', async () => {
    const city = await t.as.cityRegulator();
    const future = await t.http.post('/api/v1/escrow/releases').set(city).set(key()).send({ asOf: '2026-09-05T00:00:00+08:00' });
    expect(future.status).toBe(422);
    expect(future.body.code).toBe('RELEASE_IN_FUTURE');
    expect((await t.http.post('/api/v1/escrow/releases').set(await t.as.districtRegulator('310115')).set(key()).send({})).status).toBe(403);
    expect((await t.http.post('/api/v1/escrow/releases').set(p.auth).set(key()).send({})).status).toBe(403);
  });
});
