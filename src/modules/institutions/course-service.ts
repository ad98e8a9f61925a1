import { Decimal } from 'decimal.js';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { inTransaction, type Tx } from '../../db/transaction';
import type { Caller } from '../../http/api';
import { AppError } from '../../http/errors';
import { decodeCursor, toPage } from '../../http/pagination';
import type { Policy } from '../policies/store';
import { recordAudit } from '../audit/service';
import { FILING_STATUSES, type InstitutionStatus } from './lifecycle';
import { toCourse, toFeeFiling } from './mapper';
import { assertCanFileFor } from './policy';
import * as queries from './queries';
import type { CourseInput, FeeFilingInput } from './schema';
import { subjectPriceCap, withinSubjectPriceCap } from './price-cap';
import { loadVisibleInstitution } from './service';

const PRICE_CAP_BASIS = '沪发改价调〔2021〕47号';

function assertCanFile(institution: queries.InstitutionRow): void {
  if (!FILING_STATUSES.includes(institution.status as InstitutionStatus)) {
    throw new AppError('INSTITUTION_NOT_FILING', { institutionStatus: institution.status });
  }
}

/**
 * The fee rule of SPEC §2: a subject course's price per lesson may not exceed the guidance price
 * (+10 %, prorated by lesson length). Returns the cap applied, or null for non-subject courses.
 */
function checkFee(course: { category: string; mode: 'offline' | 'online'; classSize: number; lessonMinutes: number }, price: string, policy: Policy): string | null {
  if (course.category !== 'subject') return null;
  const caps = policy.values.registry.subjectPriceCaps;
  const cap = subjectPriceCap(course, caps);
  if (!withinSubjectPriceCap(new Decimal(price), course, caps)) {
    throw new AppError('COURSE_PRICE_OVER_CAP', {
      rule: 'subject_price_cap',
      limit: cap,
      value: price,
      basis: PRICE_CAP_BASIS,
      policyVersion: policy.version,
    });
  }
  return cap;
}

/** Scope rules of SPEC §2: category within the registered scope, mode within the licence. */
function checkScope(institution: queries.InstitutionRow, input: z.infer<typeof CourseInput>): void {
  if (input.category === 'subject' && institution.kind === 'for_profit') {
    throw new AppError('FOR_PROFIT_SUBJECT_FORBIDDEN', { rule: 'for_profit_subject' });
  }
  if (!institution.categories.includes(input.category)) {
    throw new AppError('COURSE_OUT_OF_SCOPE', { rule: 'business_scope', limit: institution.categories, value: input.category });
  }
  if (input.mode !== institution.mode) {
    throw new AppError('COURSE_MODE_OUT_OF_SCOPE', { rule: 'licensed_mode', limit: institution.mode, value: input.mode });
  }
  if ((input.chargingMode === 'per_period') !== (input.periodDays !== undefined)) {
    throw new AppError('COURSE_PERIOD_DAYS', { rule: 'period_days' });
  }
}

async function recordFeeFiling(trx: Tx, caller: Caller, course: queries.CourseRow, cap: string | null, policy: Policy, at: Date) {
  return queries.insertFeeFiling(trx, {
    courseId: course.id,
    institutionId: course.institution_id,
    price: course.price_per_lesson,
    cap,
    policyVersion: policy.version,
    actorSub: caller.actor.sub,
    at,
  });
}

export async function fileCourse(ctx: AppContext, caller: Caller, institutionId: string, input: z.infer<typeof CourseInput>) {
  const institution = await loadVisibleInstitution(ctx, caller, institutionId);
  assertCanFileFor(caller.actor, institution);
  assertCanFile(institution);
  checkScope(institution, input);
  const policy = await ctx.policies.current();
  const cap = checkFee(input, input.pricePerLesson, policy);
  const now = ctx.clock.now();
  try {
    return await inTransaction(ctx.db, async (trx) => {
      if (await queries.courseCodeTaken(trx, institutionId, input.code)) throw new AppError('COURSE_CODE_TAKEN', { courseCode: input.code });
      const course = await queries.insertCourse(trx, {
        institution_id: institutionId,
        code: input.code,
        name: input.name,
        category: input.category,
        mode: input.mode,
        class_size: input.classSize,
        total_lessons: input.totalLessons,
        lesson_minutes: input.lessonMinutes,
        price_per_lesson: input.pricePerLesson,
        charging_mode: input.chargingMode,
        period_days: input.periodDays ?? null,
        price_cap: cap,
        policy_version: policy.version,
        created_at: now,
        updated_at: now,
      });
      await recordFeeFiling(trx, caller, course, cap, policy, now);
      await recordAudit(trx, caller, {
        action: 'course.filed',
        subjectType: 'course',
        subjectId: course.id,
        institutionId,
        details: { code: course.code, pricePerLesson: course.price_per_lesson, priceCap: cap, policyVersion: policy.version },
        at: now,
      });
      return toCourse(course);
    });
  } catch (error) {
    if ((error as { code?: string })?.code === '23505') throw new AppError('COURSE_CODE_TAKEN', { courseCode: input.code });
    throw error;
  }
}

/** A new fee for a filed course: checked against the policy in force, kept with its history. */
export async function fileFee(ctx: AppContext, caller: Caller, institutionId: string, courseId: string, input: z.infer<typeof FeeFilingInput>) {
  const institution = await loadVisibleInstitution(ctx, caller, institutionId);
  assertCanFileFor(caller.actor, institution);
  assertCanFile(institution);
  const existing = await queries.findCourse(ctx.db, institutionId, courseId);
  if (!existing) throw new AppError('COURSE_NOT_FOUND', { id: courseId });
  const policy = await ctx.policies.current();
  const cap = checkFee({ category: existing.category, mode: existing.mode, classSize: existing.class_size, lessonMinutes: existing.lesson_minutes }, input.pricePerLesson, policy);
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const course = await queries.updateCoursePrice(trx, courseId, { price: input.pricePerLesson, cap, policyVersion: policy.version, at: now });
    const filing = await recordFeeFiling(trx, caller, course, cap, policy, now);
    await recordAudit(trx, caller, {
      action: 'course.fee_filed',
      subjectType: 'course',
      subjectId: courseId,
      institutionId,
      details: { from: existing.price_per_lesson, to: input.pricePerLesson, priceCap: cap, policyVersion: policy.version },
      at: now,
    });
    return toFeeFiling(filing);
  });
}

export async function listCourses(ctx: AppContext, caller: Caller, institutionId: string, limit: number, cursor: string | undefined) {
  await loadVisibleInstitution(ctx, caller, institutionId);
  const rows = await queries.listCourses(ctx.db, institutionId, limit, decodeCursor(cursor));
  return toPage(rows, limit, toCourse);
}

export async function getCourse(ctx: AppContext, caller: Caller, institutionId: string, courseId: string) {
  await loadVisibleInstitution(ctx, caller, institutionId);
  const course = await queries.findCourse(ctx.db, institutionId, courseId);
  if (!course) throw new AppError('COURSE_NOT_FOUND', { id: courseId });
  return toCourse(course);
}

export async function listFeeFilings(ctx: AppContext, caller: Caller, institutionId: string, courseId: string) {
  await getCourse(ctx, caller, institutionId, courseId);
  return { items: (await queries.listFeeFilings(ctx.db, courseId)).map(toFeeFiling) };
}
