import { transitionInstitution } from '../../src/modules/institutions/service';
import { startTestApp, type TestApp } from '../support/app';
import { consume, enrollmentBody, key, prepay, provider, type Provider } from './helpers';

/*
 * SPEC §3.1, every limit at its boundary: the last accepted value and the first refused one. Each
 * refusal is a 422 naming rule, limit, value and policyVersion, and writes nothing.
 */

let t: TestApp;
let arts: Provider;
beforeAll(async () => {
  t = await startTestApp();
  arts = await provider(t, {}, { pricePerLesson: '200.00' });
});
afterAll(() => t.close());

async function charge(p: Provider, overrides: Record<string, unknown>) {
  return t.http.post('/api/v1/enrollments').set(p.auth).set(key()).send(enrollmentBody(p, overrides));
}

async function counts() {
  const [e, l] = await Promise.all([
    t.ctx.db.selectFrom('enrollment').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    t.ctx.db.selectFrom('ledger_entry').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { enrollments: Number(e.n), entries: Number(l.n) };
}

async function expectRefused(p: Provider, overrides: Record<string, unknown>, code: string, rule: string, limit: unknown, value: unknown) {
  const before = await counts();
  const res = await charge(p, overrides);
  expect(res.status).toBe(422);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  expect(res.body).toMatchObject({ code, rule, limit, value, policyVersion: expect.any(Number) });
  expect(await counts()).toEqual(before);
  return res.body;
}

it('covers at most 60 lessons, gift lessons included', async () => {
  expect((await charge(arts, { lessonsPaid: 24, giftLessons: 36, amountPaid: '4800.00' })).status).toBe(201);
  await expectRefused(arts, { lessonsPaid: 24, giftLessons: 37, amountPaid: '4800.00' }, 'CHARGE_TOO_MANY_LESSONS', 'max_lessons_per_charge', 60, 61);
});

it('covers at most 92 days of service, both ends counted', async () => {
  expect((await charge(arts, { serviceStartsOn: '2026-09-07', serviceEndsOn: '2026-12-07' })).status).toBe(201);
  await expectRefused(arts, { serviceStartsOn: '2026-09-07', serviceEndsOn: '2026-12-08' }, 'CHARGE_PERIOD_TOO_LONG', 'max_days_per_charge', 92, 93);
});

it('takes at most 5 000.00 yuan for non-subject training', async () => {
  expect((await charge(arts, { lessonsPaid: 30, amountPaid: '5000.00' })).status).toBe(201);
  await expectRefused(arts, { lessonsPaid: 30, amountPaid: '5000.01' }, 'CHARGE_AMOUNT_OVER_LIMIT', 'max_amount_non_subject', '5000.00', '5000.01');
});

it('has no amount limit for subject training (its fee is capped per lesson instead)', async () => {
  const subject = await provider(t, { kind: 'non_profit', categories: ['subject'] }, { category: 'subject', classSize: 8, lessonMinutes: 90, pricePerLesson: '170.00' });
  const res = await charge(subject, { lessonsPaid: 40, amountPaid: '6800.00' });
  expect(res.status).toBe(201);
});

it('never charges more than the filed fee for the paid lessons', async () => {
  expect((await charge(arts, { lessonsPaid: 10, amountPaid: '2000.00' })).status).toBe(201);
  await expectRefused(arts, { lessonsPaid: 10, amountPaid: '2000.01' }, 'CHARGE_ABOVE_FILED_PRICE', 'filed_price', '2000.00', '2000.01');
});

it('accepts a deposit (定金) of at most 20 % of the price', async () => {
  const ok = await charge(arts, { lessonsPaid: 5, amountPaid: '1000.00', depositAmount: '200.00' });
  expect(ok.status).toBe(201);
  expect(ok.body.depositAmount).toBe('200.00');
  const body = await expectRefused(arts, { lessonsPaid: 5, amountPaid: '1000.00', depositAmount: '200.10' }, 'CHARGE_DEPOSIT_OVER_LIMIT', 'max_deposit_ratio', '200.00', '200.10');
  expect(body.ratio).toBe('0.20');
});

describe('renewal for the same student and course', () => {
  const later = { serviceStartsOn: '2026-12-01', serviceEndsOn: '2027-02-28' };

  async function withRemaining(remaining: number) {
    const first = await prepay(t, arts, { lessonsPaid: 24, giftLessons: 16, amountPaid: '4800.00' });
    expect((await consume(t, arts, first.id, 40 - remaining)).status).toBe(201);
    return (await t.ctx.db.selectFrom('enrollment').select('student_ref').where('id', '=', first.id).executeTakeFirstOrThrow()).student_ref;
  }

  it('is accepted with 20 lessons remaining and refused with 21', async () => {
    const at20 = await withRemaining(20);
    expect((await charge(arts, { studentRef: at20, ...later })).status).toBe(201);
    const at21 = await withRemaining(21);
    const refused = await expectRefused(arts, { studentRef: at21, ...later }, 'CHARGE_RENEWAL_TOO_EARLY', 'renewal_window', 20, 21);
    expect(refused.windowDays).toBe(31);
  });

  it('is accepted with more left when the new period starts within 31 days of the payment', async () => {
    const student = await withRemaining(30);
    expect((await charge(arts, { studentRef: student, serviceStartsOn: '2026-10-02', serviceEndsOn: '2026-12-01' })).status).toBe(201);
    const other = await withRemaining(30);
    await expectRefused(arts, { studentRef: other, serviceStartsOn: '2026-10-03', serviceEndsOn: '2026-12-01' }, 'CHARGE_RENEWAL_TOO_EARLY', 'renewal_window', 20, 30);
  });

  it('does not apply once the earlier charge is refunded', async () => {
    const student = await withRemaining(30);
    const first = await t.ctx.db.selectFrom('enrollment').select('id').where('student_ref', '=', student).executeTakeFirstOrThrow();
    await t.http.post(`/api/v1/enrollments/${first.id}/refunds`).set(arts.auth).set(key()).send({ reason: '退课' }).expect(201);
    expect((await charge(arts, { studentRef: student, ...later })).status).toBe(201);
  });
});

it('takes prepayments only while the institution is active or rectifying', async () => {
  const p = await provider(t);
  await transitionInstitution(t.ctx, t.system, p.institutionId, { to: 'rectifying', reason: '整改' });
  expect((await charge(p, {})).status).toBe(201);
  await transitionInstitution(t.ctx, t.system, p.institutionId, { to: 'suspended', reason: '停业整顿' });
  await expectRefused(p, {}, 'CHARGE_INSTITUTION_STATUS', 'institution_status', ['active', 'rectifying'], 'suspended');
});

it('takes no prepayments for a black-listed institution (joint penalties, SPEC §5)', async () => {
  const p = await provider(t);
  await t.http
    .post(`/api/v1/institutions/${p.institutionId}/credit-events`)
    .set(await t.as.cityRegulator())
    .send({ type: 'prepaid_fund_misuse', severity: 'serious', source: 'regulator', basis: '教监管函〔2021〕2号', occurredAt: '2026-08-30T10:00:00+08:00' })
    .expect(201);
  await expectRefused(p, {}, 'CHARGE_BLOCKED', 'credit_black_list', null, 'BLACK_NO_NEW_PREPAYMENTS');
});

it('takes its numbers from the policy in force and names the version', async () => {
  const city = await t.as.cityRegulator();
  const changed = await t.http.patch('/api/v1/policies').set(city).send({ reason: '测试：一次收费不超过50课时', values: { charges: { maxLessonsPerCharge: 50 } } }).expect(201);
  t.ctx.policies.invalidate();
  try {
    const body = await expectRefused(arts, { lessonsPaid: 24, giftLessons: 27, amountPaid: '4800.00' }, 'CHARGE_TOO_MANY_LESSONS', 'max_lessons_per_charge', 50, 51);
    expect(body.policyVersion).toBe(changed.body.version);
  } finally {
    await t.http.patch('/api/v1/policies').set(city).send({ reason: '恢复', values: { charges: { maxLessonsPerCharge: 60 } } }).expect(201);
    t.ctx.policies.invalidate();
  }
});

it('names every rule a charge breaks, the first at the top', async () => {
  const body = await expectRefused(arts, { lessonsPaid: 31, giftLessons: 30, amountPaid: '6000.00' }, 'CHARGE_TOO_MANY_LESSONS', 'max_lessons_per_charge', 60, 61);
  expect(body.violations.map((v: { rule: string }) => v.rule)).toEqual(['max_lessons_per_charge', 'max_amount_non_subject']);
});
