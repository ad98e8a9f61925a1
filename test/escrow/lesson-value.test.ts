import fc from 'fast-check';
import { sql } from 'kysely';
import { consumptionValue, cumulativeLessonValue, refundableAmount } from '../../src/modules/escrow/lesson-value';
import { startTestApp, type TestApp } from '../support/app';
import { consume, key, prepay, provider } from './helpers';

/** Money as integer fen, for exact sums in the assertions. */
const fen = (m: string) => BigInt(m.replace('.', ''));
const money = (f: bigint) => `${f / 100n}.${(f % 100n).toString().padStart(2, '0')}`;

/** A charge: amount, paid and gift lessons, and a split of all lessons into consumptions. */
const charge = fc
  .record({
    amountFen: fc.bigInt({ min: 1n, max: 10_000_000_000n }),
    paid: fc.integer({ min: 1, max: 60 }),
    gift: fc.integer({ min: 0, max: 30 }),
    cuts: fc.array(fc.integer({ min: 1, max: 90 }), { maxLength: 90 }),
  })
  .map(({ amountFen, paid, gift, cuts }) => {
    const total = paid + gift;
    const steps: number[] = [];
    let left = total;
    for (const c of cuts) {
      if (left === 0) break;
      const n = Math.min(c, left);
      steps.push(n);
      left -= n;
    }
    if (left > 0) steps.push(left);
    return { amount: money(amountFen), total, steps };
  });

describe('the value of lessons (SPEC §3.4), exactly', () => {
  it('consumed values sum to exactly amountPaid, and the refund is exact at every step', () => {
    fc.assert(
      fc.property(charge, ({ amount, total, steps }) => {
        let consumed = 0;
        let sum = 0n;
        for (const n of steps) {
          const value = fen(consumptionValue(amount, consumed, n, total));
          expect(value >= 0n).toBe(true);
          sum += value;
          consumed += n;
          // amountPaid − everything consumed so far is what a refund now pays, to the fen
          expect(fen(refundableAmount(amount, consumed, total))).toBe(fen(amount) - sum);
          expect(fen(cumulativeLessonValue(amount, consumed, total))).toBe(sum);
        }
        expect(sum).toBe(fen(amount));
        expect(refundableAmount(amount, total, total)).toBe('0.00');
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds half up, with gifts valued at the price actually paid', () => {
    expect(cumulativeLessonValue('100.00', 1, 3)).toBe('33.33');
    expect(cumulativeLessonValue('100.00', 2, 3)).toBe('66.67');
    expect(cumulativeLessonValue('0.05', 1, 2)).toBe('0.03'); // 0.025 → 0.03
    expect(cumulativeLessonValue('3000.00', 2, 33)).toBe('181.82'); // 30 paid + 3 gift lessons
    expect(consumptionValue('0.01', 0, 1, 60)).toBe('0.00');
    expect(refundableAmount('5600.00', 0, 56)).toBe('5600.00');
  });
});

describe('the database applies the same rule', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('escrow_lesson_value agrees with lesson-value.ts', async () => {
    const cases = fc.sample(
      fc.record({ amountFen: fc.bigInt({ min: 1n, max: 999_999_999_999_999n }), total: fc.integer({ min: 1, max: 10_000 }), c: fc.nat() }),
      { numRuns: 500, seed: 42 },
    ).map(({ amountFen, total, c }) => ({ amount: money(amountFen), total, lessons: c % (total + 1) }));
    const { rows } = await sql<{ v: string }>`
      select escrow_lesson_value(a, l, t)::text as v
        from unnest(${cases.map((x) => x.amount)}::numeric[], ${cases.map((x) => x.lessons)}::int[], ${cases.map((x) => x.total)}::int[])
             with ordinality as u(a, l, t, n)
       order by n`.execute(t.ctx.db);
    expect(rows.map((r) => r.v)).toEqual(cases.map((x) => cumulativeLessonValue(x.amount, x.lessons, x.total)));
  });

  it('any sequence of consumptions through the API posts exactly amountPaid, and a refund at any step is exact', async () => {
    const p = await provider(t, {}, { pricePerLesson: '80.00' });
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          amountFen: fc.bigInt({ min: 1n, max: 480_000n }),
          paid: fc.integer({ min: 1, max: 60 }),
          gift: fc.integer({ min: 0, max: 10 }),
          cuts: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 }),
          refundAfter: fc.nat(),
        }),
        async ({ amountFen, paid, gift, cuts, refundAfter }) => {
          // within the charge limits: at most 60 lessons, at most the filed fee (80.00) per paid lesson
          const amount = money(amountFen > BigInt(paid) * 8000n ? BigInt(paid) * 8000n : amountFen);
          const e = await prepay(t, p, { lessonsPaid: paid, giftLessons: Math.min(gift, 60 - paid), amountPaid: amount });
          const stopAt = refundAfter % (cuts.length + 1);
          let sum = 0n;
          let consumed = 0;
          for (const [i, c] of cuts.entries()) {
            if (i === stopAt) break;
            const n = Math.min(c, e.totalLessons - consumed);
            if (n === 0) break;
            const res = await consume(t, p, e.id, n);
            expect(res.status).toBe(201);
            sum += fen(res.body.amount);
            consumed += n;
            expect(res.body.amount).toBe(consumptionValue(amount, consumed - n, n, e.totalLessons));
          }
          if (consumed === e.totalLessons) {
            expect(sum).toBe(fen(amount));
            return;
          }
          const refund = await t.http.post(`/api/v1/enrollments/${e.id}/refunds`).set(p.auth).set(key()).send({ reason: '属性测试' });
          if (sum === fen(amount)) {
            // a tiny charge can be worth nothing more before its last lesson: nothing to refund
            expect(refund.status).toBe(409);
            expect(refund.body.code).toBe('NOTHING_TO_REFUND');
            return;
          }
          expect(refund.status).toBe(201);
          expect(fen(refund.body.amount)).toBe(fen(amount) - sum);
          expect(refund.body.amount).toBe(refundableAmount(amount, consumed, e.totalLessons));
        },
      ),
      { numRuns: 25 },
    );
  });
});
