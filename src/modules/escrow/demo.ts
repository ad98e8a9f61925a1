import { Decimal } from 'decimal.js';
import { SYSTEM } from '../../auth/actor';
import { FixedClock } from '../../clock';
import type { AppContext } from '../../context';
import type { Caller } from '../../http/api';
import { addDays, dateInZone } from '../../lib/dates';
import { prepaymentBlock } from '../credit/effects';
import { PREPAYMENT_STATUSES } from '../institutions/lifecycle';
import { issueCard, spendCard } from './cards/service';
import { consumeLessons } from './consumption-service';
import { createEnrollment } from './enrollment-service';
import { requestRefund } from './refund-service';
import { fileComplaint } from './release-holds';
import { releaseConsumedFunds } from './release-service';
import { prng } from '../../lib/prng';

/*
 * Demo escrow history for the demo institutions (SPEC §9), made through the services so every rule
 * and invariant holds: prepayments over the last weeks, lessons consumed since, one refund, one
 * complaint that pauses releases, a few prepaid cards, and a release run, so GET
 * /institutions/{id}/escrow shows real custody, earned and exposure figures. Deterministic.
 */

const DAY = 86_400_000;
const caller: Caller = { actor: SYSTEM, requestId: 'demo-seed', lang: 'zh' };


export interface EscrowDemoSummary {
  enrollments: number;
  consumptions: number;
  refunds: number;
  cards: number;
  released: string;
}

export async function seedEscrowDemo(ctx: AppContext): Promise<EscrowDemoSummary> {
  const random = prng(20260901);
  const now = ctx.clock.now();
  const clock = new FixedClock(now);
  const past: AppContext = { ...ctx, clock };
  const at = (daysAgo: number, hour = 10) => new Date(Math.floor((now.getTime() - daysAgo * DAY) / DAY) * DAY + (hour - 8) * 3_600_000);
  const institutions = await ctx.db
    .selectFrom('institution')
    .innerJoin('course', 'course.institution_id', 'institution.id')
    .select(['institution.id as institutionId', 'institution.status', 'course.id as courseId', 'course.category', 'course.price_per_lesson as price', 'course.total_lessons as courseLessons'])
    .where('institution.status', 'in', [...PREPAYMENT_STATUSES])
    .orderBy('institution.created_at')
    .orderBy('course.code')
    .execute();
  const summary: EscrowDemoSummary = { enrollments: 0, consumptions: 0, refunds: 0, cards: 0, released: '0.00' };
  const enrolled: Array<{ id: string; total: number }> = [];
  let n = 0;
  for (const c of institutions) {
    if (await prepaymentBlock(ctx.db, c.institutionId)) continue;
    const price = new Decimal(c.price);
    for (let k = 0; k < 3; k++) {
      n++;
      // Within §3.1: ≤ 60 lessons, ≤ 5 000 yuan outside subject training, ≤ the filed fee.
      const lessonsPaid = Math.max(8, Math.min(c.courseLessons, 60, new Decimal(4800).dividedToIntegerBy(price).toNumber()));
      const gifts = k === 1 ? Math.min(2, 60 - lessonsPaid) : 0;
      const discount = new Decimal(100 - Math.floor(random() * 10)).dividedBy(100);
      const amount = price.times(lessonsPaid).times(discount).toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed(2);
      const daysAgo = 20 + Math.floor(random() * 40);
      clock.set(at(daysAgo));
      const paidOn = dateInZone(clock.now(), ctx.config.timeZone);
      const startsOn = addDays(paidOn, 3);
      const { body } = await createEnrollment(past, caller, {
        institutionId: c.institutionId,
        courseId: c.courseId,
        studentRef: `DEMO-${String(n).padStart(4, '0')}`,
        lessonsPaid,
        giftLessons: gifts,
        amountPaid: amount,
        paidAt: at(daysAgo, 9).toISOString(),
        serviceStartsOn: startsOn,
        serviceEndsOn: addDays(startsOn, 80),
      }, `demo-enrollment-${n}`);
      summary.enrollments++;
      enrolled.push({ id: body.id, total: body.totalLessons });
      // Two lessons a week since the start, recorded on the day they were taught.
      const weeks = Math.floor((daysAgo - 3) / 7);
      for (let w = 0; w < weeks && (w + 1) * 2 <= body.totalLessons; w++) {
        const taughtDaysAgo = daysAgo - 3 - w * 7;
        clock.set(at(taughtDaysAgo, 19));
        await consumeLessons(past, caller, body.id, { lessons: 2, occurredAt: at(taughtDaysAgo, 18).toISOString() }, `demo-consumption-${n}-${w}`);
        summary.consumptions++;
      }
    }
  }
  clock.set(now);
  const [refunded, complained] = enrolled;
  if (refunded) {
    await requestRefund(past, caller, refunded.id, { reason: '家长工作调动，申请退费' }, 'demo-refund-1');
    summary.refunds++;
  }
  if (complained) {
    await fileComplaint(past, caller, complained.id, { summary: '家长投诉：实际上课次数少于机构登记的消课次数' });
  }
  for (const [i, c] of institutions.slice(0, 4).entries()) {
    if (await prepaymentBlock(ctx.db, c.institutionId)) continue;
    clock.set(at(15 - i));
    const card = await issueCard(past, caller, {
      institutionId: c.institutionId,
      kind: i % 2 === 0 ? 'named' : 'anonymous',
      ...(i % 2 === 0 ? { holderRef: `DEMO-CARD-${i + 1}` } : {}),
      amount: i % 2 === 0 ? '2000.00' : '500.00',
      issuedAt: at(15 - i, 9).toISOString(),
    }, `demo-card-${i}`);
    clock.set(at(5 - i));
    await spendCard(past, caller, card.body.id, { amount: i % 2 === 0 ? '360.00' : '120.00', occurredAt: at(5 - i, 9).toISOString() }, `demo-card-spend-${i}`);
    summary.cards++;
  }
  const run = await releaseConsumedFunds(ctx, { asOf: now });
  summary.released = run.total;
  return summary;
}
