import { startTestApp, type TestApp } from '../support/app';
import { describeOnServer } from '../support/engine';
import { consume, custodyPosted, enrollmentBody, key, prepay, provider, verify, type Provider } from './helpers';

/*
 * SPEC §10: the ledger invariants hold under concurrency. PGlite runs one transaction at a time
 * (STACK-NOTES: it hides race bugs), so these run on the PostgreSQL server only
 * (TEST_DATABASE_URL=postgres://…); on PGlite the suite is skipped, saying why.
 */
describeOnServer('runs its concurrency tests on the PostgreSQL server only (PGlite serialises every transaction)')('concurrent postings on the PostgreSQL server', () => {
  let t: TestApp;
  let p: Provider;
  beforeAll(async () => {
    t = await startTestApp({ poolSize: 20 });
    p = await provider(t);
  });
  afterAll(() => t?.close());

  it('200 concurrent consumptions of one enrollment with 40 lessons left: exactly 40 succeed', async () => {
    const e = await prepay(t, p, { lessonsPaid: 50, amountPaid: '4000.00' });
    expect((await consume(t, p, e.id, 10)).status).toBe(201);
    const answers = await Promise.all(Array.from({ length: 200 }, () => consume(t, p, e.id, 1)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(40);
    expect(statuses.filter((s) => s === 409 || s === 422)).toHaveLength(160);
    // refused as over the lessons remaining, or (once the last lesson is taken) as completed
    for (const a of answers.filter((x) => x.status !== 201)) expect(['LESSONS_EXCEED_REMAINING', 'ENROLLMENT_NOT_ACTIVE']).toContain(a.body.code);
    const got = await t.http.get(`/api/v1/enrollments/${e.id}`).set(p.auth).expect(200);
    expect(got.body).toMatchObject({ lessonsConsumed: 50, lessonsRemaining: 0, valueConsumed: '4000.00', balance: '0.00', status: 'completed' });
    const amounts = answers.filter((a) => a.status === 201).map((a) => Math.round(Number(a.body.amount) * 100));
    expect(amounts.reduce((x, y) => x + y, 0)).toBe(320_000);
    expect((await verify(t)).ok).toBe(true);
  });

  it('20 concurrent charges for one student and course, which the renewal rule allows only once: exactly one posts', async () => {
    // Each is judged on "no charges yet"; escrow_prepay re-reads the facts under its lock, so all
    // but the first are sent back, judged again on the first charge, and refused (SPEC §3.1).
    const p = await provider(t);
    const body = enrollmentBody(p, { lessonsPaid: 40, serviceStartsOn: '2026-12-01', serviceEndsOn: '2027-02-28' });
    const answers = await Promise.all(Array.from({ length: 20 }, () => t.http.post('/api/v1/enrollments').set(p.auth).set(key()).send(body)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    for (const a of answers.filter((x) => x.status !== 201)) expect(a.body).toMatchObject({ code: 'CHARGE_RENEWAL_TOO_EARLY', value: 40 });
    const charges = await t.ctx.db.selectFrom('enrollment').select('id').where('student_ref', '=', body.studentRef).execute();
    expect(charges).toHaveLength(1);
    expect((await verify(t)).ok).toBe(true);
  });

  it('prepayments, consumptions and refunds hammering one institution’s custody: no deadlock reaches a client', async () => {
    const hot = await provider(t);
    const seeded = await Promise.all(Array.from({ length: 20 }, () => prepay(t, hot, { lessonsPaid: 30, amountPaid: '3000.00' })));
    const work: Array<Promise<{ status: number }>> = [];
    for (let i = 0; i < 60; i++) {
      work.push(t.http.post('/api/v1/enrollments').set(hot.auth).set(key()).send(enrollmentBody(hot, { lessonsPaid: 20, amountPaid: '1500.00' })));
      const target = seeded[i % seeded.length]!;
      work.push(consume(t, hot, target.id, 1));
      if (i % 6 === 0) work.push(t.http.post(`/api/v1/enrollments/${seeded[(i / 6) % seeded.length]!.id}/refunds`).set(hot.auth).set(key()).send({ reason: '并发退费' }));
    }
    const answers = await Promise.all(work);
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    // consumptions of an enrollment refunded a moment earlier are refused (409); nothing else is
    expect(statuses.filter((s) => s !== 201 && s !== 409)).toEqual([]);
    const report = await verify(t);
    expect(report.invariants.filter((i) => !i.ok)).toEqual([]);
    const custody = await custodyPosted(t, hot.institutionId);
    const held = await t.ctx.db
      .selectFrom('enrollment')
      .select((eb) => eb.fn.sum<string>(eb.ref('amount_paid')).as('paid'))
      .where('institution_id', '=', hot.institutionId)
      .executeTakeFirstOrThrow();
    const refunded = await t.ctx.db
      .selectFrom('prepaid_refund')
      .select((eb) => eb.fn.sum<string>(eb.ref('amount')).as('out'))
      .where('institution_id', '=', hot.institutionId)
      .executeTakeFirstOrThrow();
    expect((Number(custody.debits_posted) - Number(custody.credits_posted)).toFixed(2)).toBe((Number(held.paid) - Number(refunded.out)).toFixed(2));
  });
});
