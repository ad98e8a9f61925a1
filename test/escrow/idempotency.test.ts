import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/app';
import { enrollmentBody, prepay, provider, verify, type Provider } from './helpers';

/*
 * SPEC §3.3 invariant 6: the same Idempotency-Key with the same body returns the first result;
 * with a different body it is a 409; a refused request replayed fails the same way; concurrent
 * requests with one key post once. Keys are scoped to the caller.
 */

let t: TestApp;
let p: Provider;
beforeAll(async () => {
  t = await startTestApp();
  p = await provider(t);
});
afterAll(() => t.close());

async function entries() {
  return Number((await t.ctx.db.selectFrom('ledger_entry').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
}

function post(path: string, k: string, body: object, auth = p.auth) {
  return t.http.post(path).set(auth).set('Idempotency-Key', k).send(body);
}

it('same key and body → the first response, status and body, once posted', async () => {
  const k = randomUUID();
  const body = enrollmentBody(p);
  const first = await post('/api/v1/enrollments', k, body);
  expect(first.status).toBe(201);
  expect(first.headers['idempotent-replayed']).toBeUndefined();
  const before = await entries();
  t.clock.set('2026-09-01T03:00:00Z');
  try {
    const again = await post('/api/v1/enrollments', k, { ...body });
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
  } finally {
    t.clock.set('2026-09-01T02:00:00Z');
  }
  expect(await entries()).toBe(before);
});

it('replays the state of the first response even after the enrollment moved on', async () => {
  const e = await prepay(t, p);
  const k = randomUUID();
  const body = { lessons: 2, occurredAt: '2026-09-01T08:00:00+08:00' };
  const first = await post(`/api/v1/enrollments/${e.id}/consumptions`, k, body);
  await post(`/api/v1/enrollments/${e.id}/consumptions`, randomUUID(), body).expect(201);
  const again = await post(`/api/v1/enrollments/${e.id}/consumptions`, k, body);
  expect(again.body).toEqual(first.body);
  expect(again.body.lessonsRemaining).toBe(38);
});

it('same key, other body → 409, nothing posted', async () => {
  const k = randomUUID();
  const body = enrollmentBody(p);
  await post('/api/v1/enrollments', k, body).expect(201);
  const before = await entries();
  const other = await post('/api/v1/enrollments', k, { ...body, amountPaid: '3999.00' });
  expect(other.status).toBe(409);
  expect(other.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', key: k });
  const e = await prepay(t, p);
  const elsewhere = await post(`/api/v1/enrollments/${e.id}/consumptions`, k, { lessons: 1, occurredAt: '2026-09-01T08:00:00+08:00' });
  expect(elsewhere.status).toBe(409);
  expect(await entries()).toBe(before + 1);
});

it('a refused request replayed → the same failure, even when it would now succeed', async () => {
  const e = await prepay(t, p, { lessonsPaid: 10, amountPaid: '1000.00' });
  const k = randomUUID();
  const tooMany = { lessons: 11, occurredAt: '2026-09-01T08:00:00+08:00' };
  const first = await post(`/api/v1/enrollments/${e.id}/consumptions`, k, tooMany);
  expect(first.status).toBe(422);
  const again = await post(`/api/v1/enrollments/${e.id}/consumptions`, k, tooMany);
  expect(again.status).toBe(422);
  expect(again.body).toMatchObject({ code: first.body.code, rule: 'lessons_remaining', limit: 10, value: 11 });

  // a charge refused by the limits, replayed after the policy would allow it: still refused
  const city = await t.as.cityRegulator();
  const k2 = randomUUID();
  const body = enrollmentBody(p, { lessonsPaid: 24, giftLessons: 37, amountPaid: '2400.00' });
  expect((await post('/api/v1/enrollments', k2, body)).status).toBe(422);
  await t.http.patch('/api/v1/policies').set(city).send({ reason: '测试', values: { charges: { maxLessonsPerCharge: 61 } } }).expect(201);
  t.ctx.policies.invalidate();
  try {
    const replay = await post('/api/v1/enrollments', k2, body);
    expect(replay.status).toBe(422);
    expect(replay.body.code).toBe('CHARGE_TOO_MANY_LESSONS');
    expect((await post('/api/v1/enrollments', randomUUID(), body)).status).toBe(201);
  } finally {
    await t.http.patch('/api/v1/policies').set(city).send({ reason: '恢复', values: { charges: { maxLessonsPerCharge: 60 } } }).expect(201);
    t.ctx.policies.invalidate();
  }
});

it('keys are scoped to the caller: another caller’s identical key is its own', async () => {
  const other = await provider(t);
  const k = randomUUID();
  const mine = await post('/api/v1/enrollments', k, enrollmentBody(p));
  const theirs = await post('/api/v1/enrollments', k, enrollmentBody(other), other.auth);
  expect([mine.status, theirs.status]).toEqual([201, 201]);
  expect(theirs.body.id).not.toBe(mine.body.id);
});

it('concurrent requests with one key post once and all answer alike', async () => {
  const e = await prepay(t, p);
  const k = randomUUID();
  const body = { lessons: 1, occurredAt: '2026-09-01T08:00:00+08:00' };
  const before = await entries();
  const answers = await Promise.all(Array.from({ length: 12 }, () => post(`/api/v1/enrollments/${e.id}/consumptions`, k, body)));
  expect(answers.map((a) => a.status)).toEqual(Array(12).fill(201));
  expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
  expect(answers.filter((a) => a.headers['idempotent-replayed'] !== 'true')).toHaveLength(1);
  expect(await entries()).toBe(before + 1);
  const got = await t.http.get(`/api/v1/enrollments/${e.id}`).set(p.auth).expect(200);
  expect(got.body.lessonsConsumed).toBe(1);
  expect((await verify(t)).ok).toBe(true);
});

it('concurrent prepayments with one key create one enrollment', async () => {
  const k = randomUUID();
  const body = enrollmentBody(p);
  const before = await entries();
  const answers = await Promise.all(Array.from({ length: 8 }, () => post('/api/v1/enrollments', k, body)));
  expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201));
  expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
  expect(await entries()).toBe(before + 1);
  const same = await t.ctx.db.selectFrom('enrollment').select('id').where('student_ref', '=', body.studentRef).execute();
  expect(same).toHaveLength(1);
});
