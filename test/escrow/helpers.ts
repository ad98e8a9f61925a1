import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { InstitutionInput, CourseInput } from '../../src/modules/institutions/schema';
import { newCourse, newInstitution } from '../support/factories';
import type { TestApp } from '../support/app';

/** Test helpers for the escrow ledger: institutions with a course, and prepayments over HTTP. */

export function key(): Record<string, string> {
  return { 'Idempotency-Key': randomUUID() };
}

export interface Provider {
  institutionId: string;
  courseId: string;
  auth: Record<string, string>;
}

export async function provider(
  t: TestApp,
  institution: Partial<z.input<typeof InstitutionInput>> = {},
  course: Partial<z.input<typeof CourseInput>> = {},
): Promise<Provider> {
  const inst = await newInstitution(t, institution);
  const c = await newCourse(t, inst.id, { pricePerLesson: '100.00', ...course });
  return { institutionId: inst.id, courseId: c.id, auth: await t.as.institution(inst.id) };
}

let students = 0;

export function enrollmentBody(p: Provider, overrides: Record<string, unknown> = {}) {
  students++;
  return {
    institutionId: p.institutionId,
    courseId: p.courseId,
    studentRef: `STU-${process.pid}-${students}`,
    lessonsPaid: 40,
    giftLessons: 0,
    amountPaid: '4000.00',
    paidAt: '2026-09-01T01:00:00+08:00',
    serviceStartsOn: '2026-09-07',
    serviceEndsOn: '2026-11-30',
    ...overrides,
  };
}

export async function prepay(t: TestApp, p: Provider, overrides: Record<string, unknown> = {}) {
  const res = await t.http.post('/api/v1/enrollments').set(p.auth).set(key()).send(enrollmentBody(p, overrides));
  if (res.status !== 201) throw new Error(`prepayment failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; prepaymentEntryId: number; balance: string; lessonsRemaining: number; totalLessons: number };
}

export async function consume(t: TestApp, p: Provider, enrollmentId: string, lessons: number, occurredAt = '2026-09-01T09:00:00+08:00') {
  return t.http.post(`/api/v1/enrollments/${enrollmentId}/consumptions`).set(p.auth).set(key()).send({ lessons, occurredAt });
}

export async function verify(t: TestApp) {
  const res = await t.http.get('/api/v1/ledger/verify').set(await t.as.cityRegulator());
  if (res.status !== 200) throw new Error(`verify failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { ok: boolean; invariants: Array<{ name: string; ok: boolean; offenders: unknown[] }> };
}

/** What an institution's custody account has posted, as stored. */
export async function custodyPosted(t: TestApp, institutionId: string) {
  return t.ctx.db
    .selectFrom('ledger_account')
    .select(['debits_posted', 'credits_posted'])
    .where('institution_id', '=', institutionId)
    .where('kind', '=', 'custody')
    .executeTakeFirstOrThrow();
}
