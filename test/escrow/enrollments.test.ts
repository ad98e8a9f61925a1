import { accountBalance } from '../../src/modules/escrow/ledger/accounts';
import type { AccountKind } from '../../src/modules/escrow/tables';
import { startTestApp, type TestApp } from '../support/app';
import { consume, enrollmentBody, key, prepay, provider, verify, type Provider } from './helpers';

let t: TestApp;
let custody: Provider;
beforeAll(async () => {
  t = await startTestApp();
  custody = await provider(t);
});
afterAll(() => t.close());

async function balances(institutionId: string) {
  const rows = await t.ctx.db.selectFrom('ledger_account').selectAll().where('institution_id', '=', institutionId).execute();
  const out: Partial<Record<AccountKind, string>> = {};
  for (const r of rows) {
    const b = accountBalance(r.kind, r.debits_posted, r.credits_posted);
    out[r.kind] = out[r.kind] ? (Number(out[r.kind]) + Number(b)).toFixed(2) : b;
  }
  return out;
}

describe('a prepayment (SPEC §3.4)', () => {
  it('lands in custody as the student’s liability', async () => {
    const p = await provider(t);
    const res = await t.http.post('/api/v1/enrollments').set(p.auth).set(key()).send(enrollmentBody(p, { lessonsPaid: 36, giftLessons: 4, amountPaid: '3600.00' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'active',
      supervisionMode: 'custody',
      totalLessons: 40,
      lessonsConsumed: 0,
      lessonsRemaining: 40,
      balance: '3600.00',
      valueConsumed: '0.00',
      refunded: false,
      releasesPaused: false,
    });
    expect(await balances(p.institutionId)).toEqual({ custody: '3600.00', enrollment_prepaid: '3600.00', earned_unreleased: '0.00' });
    const entry = await t.http.get(`/api/v1/ledger/entries/${res.body.prepaymentEntryId}`).set(p.auth).expect(200);
    expect(entry.body.transfers).toEqual([
      expect.objectContaining({ debitAccountKind: 'custody', creditAccountKind: 'enrollment_prepaid', amount: '3600.00' }),
    ]);
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('subject_id', '=', res.body.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['enrollment.prepaid']);
  });

  it('in deposit mode stays with the institution but is still a liability', async () => {
    const p = await provider(t, { supervisionMode: 'deposit' });
    const e = await prepay(t, p, { amountPaid: '2000.00', lessonsPaid: 20 });
    expect(await balances(p.institutionId)).toEqual({ institution_bank: '2000.00', enrollment_prepaid: '2000.00' });
    await consume(t, p, e.id, 5);
    expect(await balances(p.institutionId)).toEqual({ institution_bank: '1500.00', enrollment_prepaid: '1500.00' });
  });

  it('documents the Idempotency-Key header in the OpenAPI document', async () => {
    const doc = await t.http.get('/openapi.json').expect(200);
    const params = doc.body.paths['/api/v1/enrollments'].post.parameters as Array<{ name: string; in: string; required: boolean }>;
    expect(params).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }));
  });
});

describe('consumption', () => {
  it('moves the exact value of the lessons to earned-unreleased', async () => {
    const p = await provider(t);
    const e = await prepay(t, p, { lessonsPaid: 30, giftLessons: 3, amountPaid: '3000.00' });
    const first = await consume(t, p, e.id, 2);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ lessons: 2, lessonsBefore: 0, lessonsAfter: 2, amount: '181.82', lessonsRemaining: 31, balance: '2818.18' });
    const second = await consume(t, p, e.id, 1);
    expect(second.body.amount).toBe('90.91'); // 272.73 − 181.82
    expect(await balances(p.institutionId)).toEqual({ custody: '3000.00', enrollment_prepaid: '2727.27', earned_unreleased: '272.73' });
    const list = await t.http.get(`/api/v1/enrollments/${e.id}/consumptions`).set(p.auth).expect(200);
    expect(list.body.items.map((c: { amount: string }) => c.amount)).toEqual(['181.82', '90.91']);
  });

  it('never exceeds the lessons remaining, and completes the enrollment at the last one', async () => {
    const e = await prepay(t, custody, { lessonsPaid: 10, amountPaid: '1000.00' });
    const over = await consume(t, custody, e.id, 11);
    expect(over.status).toBe(422);
    expect(over.body).toMatchObject({ code: 'LESSONS_EXCEED_REMAINING', rule: 'lessons_remaining', limit: 10, value: 11 });
    expect((await consume(t, custody, e.id, 10)).body).toMatchObject({ lessonsRemaining: 0, balance: '0.00' });
    const got = await t.http.get(`/api/v1/enrollments/${e.id}`).set(custody.auth).expect(200);
    expect(got.body).toMatchObject({ status: 'completed', valueConsumed: '1000.00', balance: '0.00' });
    const after = await consume(t, custody, e.id, 1);
    expect([after.status, after.body.code]).toEqual([409, 'ENROLLMENT_NOT_ACTIVE']);
  });

  it('refuses lessons taught in the future', async () => {
    const e = await prepay(t, custody);
    const res = await consume(t, custody, e.id, 1, '2026-09-02T10:00:00+08:00');
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('OCCURRED_IN_FUTURE');
  });
});

describe('refunds', () => {
  it('before the course starts: the full amount within 5 working days', async () => {
    const p = await provider(t);
    const e = await prepay(t, p, { amountPaid: '4000.00', serviceStartsOn: '2026-09-07' });
    const res = await t.http.post(`/api/v1/enrollments/${e.id}/refunds`).set(p.auth).set(key()).send({ reason: '家长改变主意' });
    expect(res.status).toBe(201);
    // requested Tue 2026-09-01 (Asia/Shanghai): 5 working days later is Tue 09-08
    expect(res.body).toMatchObject({ amount: '4000.00', basis: 'before_start', dueBy: '2026-09-08', lessonsConsumed: 0 });
    expect(await balances(p.institutionId)).toEqual({ custody: '0.00', enrollment_prepaid: '0.00', earned_unreleased: '0.00' });
    const got = await t.http.get(`/api/v1/enrollments/${e.id}`).set(p.auth).expect(200);
    expect(got.body).toMatchObject({ status: 'refunded', refunded: true, refundedAmount: '4000.00', balance: '0.00', lessonsRemaining: 0, releasesPaused: true, releasePauseReason: 'refund' });
    const again = await t.http.post(`/api/v1/enrollments/${e.id}/refunds`).set(p.auth).set(key()).send({ reason: '再退一次' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ENROLLMENT_NOT_REFUNDABLE');
    expect((await consume(t, p, e.id, 1)).body.code).toBe('ENROLLMENT_NOT_ACTIVE');
  });

  it('after the start: amount paid − value consumed, no fee, within 10 working days skipping holidays', async () => {
    const p = await provider(t);
    const e = await prepay(t, p, { lessonsPaid: 20, giftLessons: 4, amountPaid: '2000.00', serviceStartsOn: '2026-09-01' });
    await consume(t, p, e.id, 5);
    t.clock.set('2026-09-24T02:00:00Z'); // Thu; Fri 09-25 (Mid-Autumn) and 10-01…10-03 are holidays
    try {
      const res = await t.http.post(`/api/v1/enrollments/${e.id}/refunds`).set(p.auth).set(key()).send({ reason: '搬家' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ amount: '1583.33', basis: 'after_start', lessonsConsumed: 5, valueConsumed: '416.67', dueBy: '2026-10-13' });
      const list = await t.http.get(`/api/v1/enrollments/${e.id}/refunds`).set(p.auth).expect(200);
      expect(list.body.items).toEqual([expect.objectContaining({ id: res.body.id, amount: '1583.33', reversed: false })]);
    } finally {
      t.clock.set('2026-09-01T02:00:00Z');
    }
  });
});

describe('who sees what (SPEC §10: tenant isolation)', () => {
  let mine: { id: string };
  let other: Provider;
  beforeAll(async () => {
    mine = await prepay(t, custody);
    other = await provider(t, { districtCode: '310104' });
  });

  it('another institution gets 404 for every enrollment route and sees none in its list', async () => {
    const id = mine.id;
    expect((await t.http.get(`/api/v1/enrollments/${id}`).set(other.auth)).status).toBe(404);
    expect((await t.http.get(`/api/v1/enrollments/${id}/consumptions`).set(other.auth)).status).toBe(404);
    expect((await t.http.get(`/api/v1/enrollments/${id}/refunds`).set(other.auth)).status).toBe(404);
    const c = await t.http.post(`/api/v1/enrollments/${id}/consumptions`).set(other.auth).set(key()).send({ lessons: 1, occurredAt: '2026-09-01T08:00:00+08:00' });
    expect(c.status).toBe(404);
    const r = await t.http.post(`/api/v1/enrollments/${id}/refunds`).set(other.auth).set(key()).send({ reason: '冒充' });
    expect(r.status).toBe(404);
    const list = await t.http.get(`/api/v1/enrollments?institutionId=${custody.institutionId}`).set(other.auth).expect(200);
    expect(list.body.items).toEqual([]);
    const charge = await t.http.post('/api/v1/enrollments').set(other.auth).set(key()).send(enrollmentBody(custody));
    expect(charge.status).toBe(404);
    const entry = await t.http.get(`/api/v1/ledger/entries/1`).set(other.auth);
    expect(entry.status).toBe(404);
  });

  it('a district regulator sees its district only; the association and inspectors see no charges', async () => {
    const pudong = await t.as.districtRegulator('310115');
    const xuhui = await t.as.districtRegulator('310104');
    expect((await t.http.get(`/api/v1/enrollments/${mine.id}`).set(pudong)).status).toBe(200);
    expect((await t.http.get(`/api/v1/enrollments/${mine.id}`).set(xuhui)).status).toBe(404);
    const listed = await t.http.get('/api/v1/enrollments?limit=200').set(xuhui).expect(200);
    expect(listed.body.items.every((e: { institutionId: string }) => e.institutionId === other.institutionId)).toBe(true);
    expect((await t.http.get(`/api/v1/enrollments/${mine.id}`).set(await t.as.association())).status).toBe(403);
    expect((await t.http.get('/api/v1/enrollments').set(await t.as.inspector())).status).toBe(403);
    expect((await t.http.get(`/api/v1/enrollments/${mine.id}`)).status).toBe(401);
  });

  it('lists page with a cursor and filter by the obvious fields', async () => {
    const p = await provider(t);
    const made = [await prepay(t, p), await prepay(t, p), await prepay(t, p)];
    const page1 = await t.http.get(`/api/v1/enrollments?institutionId=${p.institutionId}&limit=2`).set(p.auth).expect(200);
    expect(page1.body.items).toHaveLength(2);
    const page2 = await t.http.get(`/api/v1/enrollments?institutionId=${p.institutionId}&limit=2&cursor=${page1.body.nextCursor}`).set(p.auth).expect(200);
    expect(page2.body.nextCursor).toBeNull();
    expect([...page1.body.items, ...page2.body.items].map((e: { id: string }) => e.id).sort()).toEqual(made.map((e) => e.id).sort());
    const one = await t.http.get(`/api/v1/enrollments?courseId=${p.courseId}&status=active&studentRef=${encodeURIComponent((page1.body.items[0] as { studentRef: string }).studentRef)}`).set(p.auth).expect(200);
    expect(one.body.items).toHaveLength(1);
  });
});

describe('bad input is refused at the edge and writes nothing', () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ['a number for money', { amountPaid: 4000 }],
    ['three decimals', { amountPaid: '4000.001' }],
    ['a negative amount', { amountPaid: '-4000.00' }],
    ['a zero amount', { amountPaid: '0.00' }],
    ['an 18-digit identity number as the student', { studentRef: '31010119900101123X' }],
    ['a student reference containing an identity number', { studentRef: 'S-310101199001011234' }],
    ['a name as the student', { studentRef: '张小明' }],
    ['an end before the start', { serviceStartsOn: '2026-10-01', serviceEndsOn: '2026-09-30' }],
    ['an unknown field', { discount: '10.00' }],
    ['fractional lessons', { lessonsPaid: 10.5 }],
  ];

  async function entries() {
    return Number((await t.ctx.db.selectFrom('ledger_entry').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  }

  it.each(cases)('%s → 400', async (_name, overrides) => {
    const before = await entries();
    const res = await t.http.post('/api/v1/enrollments').set(custody.auth).set(key()).send(enrollmentBody(custody, overrides));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(await entries()).toBe(before);
  });

  it('a missing or malformed Idempotency-Key → 400, nothing posted', async () => {
    const before = await entries();
    const none = await t.http.post('/api/v1/enrollments').set(custody.auth).send(enrollmentBody(custody));
    expect(none.status).toBe(400);
    expect(none.body.errors).toContainEqual(expect.objectContaining({ path: 'headers.Idempotency-Key' }));
    const short = await t.http.post('/api/v1/enrollments').set(custody.auth).set('Idempotency-Key', 'abc').send(enrollmentBody(custody));
    expect(short.status).toBe(400);
    const e = await prepay(t, custody);
    const consumption = await t.http.post(`/api/v1/enrollments/${e.id}/consumptions`).set(custody.auth).send({ lessons: 1, occurredAt: '2026-09-01T08:00:00+08:00' });
    expect(consumption.status).toBe(400);
    expect(await entries()).toBe(before + 1);
  });

  it('the ledger still verifies', async () => {
    expect((await verify(t)).ok).toBe(true);
  });
});
