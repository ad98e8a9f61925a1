import { Decimal } from 'decimal.js';
import { FixedClock } from '../../clock';
import type { AppContext } from '../../context';
import type { Caller } from '../../http/api';
import { addDays, dateInZone } from '../../lib/dates';
import { fileContract, fileRevision } from './filing-service';

/*
 * Demo contracts (SPEC §4, §9), filed through the services so every scan, case and rating is
 * real: model contracts filed clean by three institutions, one institution's own text with unfair
 * clauses (an open rectification case, so it moves to the watch list), and one that was rectified
 * by a clean revision (a closed case). Deterministic: institutions are picked by their seeded
 * codes and credit lists, never by registration order (the demo registers them all at once).
 */

const DAY = 86_400_000;

const UNFAIR_CLAUSES = '学员一经缴费，概不退还。因学员个人原因缺课的，视为已上课，课时不予补回。本机构保留对本合同的最终解释权。';

function clientValues(today: string, course: { total_lessons: number; price_per_lesson: string }): Record<string, string | number> {
  return {
    'contract.number': `HT-${today.replace(/-/g, '')}-DEMO`,
    'contract.signedOn': today,
    'institution.contactPerson': '教务老师',
    'institution.supervisedAccount.bank': '上海银行（预收费资金监管专户）',
    'institution.supervisedAccount.name': '培训收费专用账户',
    'institution.supervisedAccount.number': '31680300000000000001',
    'student.name': '（签约时填写）',
    'guardian.name': '（签约时填写）',
    'guardian.relationship': '（签约时填写）',
    'guardian.phone': '（签约时填写）',
    'guardian.address': '（签约时填写）',
    'enrollment.lessonsPaid': course.total_lessons,
    'enrollment.giftLessons': 0,
    'enrollment.amountPaid': new Decimal(course.price_per_lesson).times(course.total_lessons).toFixed(2),
    'enrollment.schedule': '每周六上午',
    'enrollment.serviceStartsOn': addDays(today, 7),
    'enrollment.serviceEndsOn': addDays(today, 90),
  };
}

export async function seedContractsDemo(ctx: AppContext): Promise<{ contracts: number; openCases: number }> {
  const policy = await ctx.policies.current();
  const limits = policy.values.charges;
  // Demo institutions share a registration time, so they are ordered by their (seeded) codes.
  const rows = await ctx.db
    .selectFrom('institution as i')
    .innerJoin('course as c', 'c.institution_id', 'i.id')
    .leftJoin('credit_rating as r', 'r.institution_id', 'i.id')
    .select(['i.id', 'i.uscc', 'r.list', 'c.id as courseId', 'c.code', 'c.category', 'c.total_lessons', 'c.price_per_lesson'])
    .where('i.status', '=', 'active')
    .orderBy('i.uscc')
    .orderBy('c.code')
    .execute();
  // One course per institution that one charge covers whole within SPEC §3.1, so the model contract is clean.
  const candidates: Array<{ id: string; list: string | null; course: { id: string; total_lessons: number; price_per_lesson: string } }> = [];
  for (const r of rows) {
    if (candidates.some((c) => c.id === r.id)) continue;
    const withinLimits =
      r.total_lessons <= limits.maxLessonsPerCharge &&
      (r.category === 'subject' || new Decimal(r.price_per_lesson).times(r.total_lessons).lte(limits.maxAmountNonSubject));
    if (withinLimits) candidates.push({ id: r.id, list: r.list, course: { id: r.courseId, total_lessons: r.total_lessons, price_per_lesson: r.price_per_lesson } });
  }
  // The open case goes to an institution on no list or the red one, so the demo shows it moving to the watch list.
  const unfair = candidates.find((c) => c.list === null || c.list === 'red');
  const rest = candidates.filter((c) => c !== unfair && c.list !== 'black');
  const [rectified, ...clean] = rest;

  const now = ctx.clock.now();
  const clock = new FixedClock(new Date(now.getTime() - 20 * DAY));
  const past: AppContext = { ...ctx, clock };
  let contracts = 0;
  let openCases = 0;

  const file = async (institution: (typeof candidates)[number], kind: 'clean' | 'unfair' | 'rectified') => {
    clock.set(new Date(now.getTime() - 20 * DAY));
    const staff: Caller = { actor: { role: 'institution', sub: 'demo-staff', institutionId: institution.id }, requestId: 'demo-seed', lang: 'zh' };
    const today = dateInZone(clock.now(), ctx.config.timeZone);
    const model = await fileContract(past, staff, institution.id, {
      title: '校外培训服务合同（示范文本）',
      courseId: institution.course.id,
      template: { id: 'training-contract', language: 'zh-CN', values: clientValues(today, institution.course) },
    });
    contracts++;
    if (kind === 'clean') return;
    // The institution's own version of the text, with the clauses the 2021 campaign targeted.
    const ownText = model.version.text.replace('## 第十条 其他约定', `## 第十条 其他约定\n\n${UNFAIR_CLAUSES}`);
    const own = await fileContract(past, staff, institution.id, { title: '培训服务协议（机构自拟）', courseId: institution.course.id, text: ownText });
    contracts++;
    if (kind === 'unfair') {
      if (own.rectification.action === 'opened') openCases++;
      return;
    }
    clock.set(new Date(clock.now().getTime() + 6 * DAY));
    await fileRevision(past, staff, institution.id, own.contract.id, { text: model.version.text });
  };

  for (const institution of clean.slice(0, 3)) await file(institution, 'clean');
  if (unfair) await file(unfair, 'unfair');
  if (rectified) await file(rectified, 'rectified');
  return { contracts, openCases };
}
