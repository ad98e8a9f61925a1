import type { z } from 'zod';
import type { Lang } from '../../http/i18n';
import { allowedTransitions, type InstitutionStatus } from './lifecycle';
import type { CourseRow, InstitutionRow, SiteRow } from './queries';
import { DISTRICTS, type Category, type DistrictCode } from './reference-data';
import type { Course, FeeFiling, Institution, Site, Transition } from './schema';

export function districtName(code: string, lang: Lang): string {
  return DISTRICTS[code as DistrictCode]?.[lang] ?? code;
}

export function toInstitution(row: InstitutionRow, lang: Lang): z.infer<typeof Institution> {
  const status = row.status as InstitutionStatus;
  return {
    id: row.id,
    uscc: row.uscc,
    name: row.name,
    kind: row.kind,
    districtCode: row.district_code,
    districtName: districtName(row.district_code, lang),
    address: row.address,
    legalRepresentative: row.legal_representative,
    contactPhone: row.contact_phone,
    licence: row.licence_number && row.licence_expires_on ? { number: row.licence_number, expiresOn: row.licence_expires_on } : null,
    icpFilingNumber: row.icp_filing_number,
    approvalAuthority: row.approval_authority,
    registrationAuthority: row.registration_authority,
    categories: row.categories as Category[],
    mode: row.mode,
    foundedOn: row.founded_on,
    supervisionMode: row.supervision_mode,
    status,
    statusChangedAt: row.status_changed_at.toISOString(),
    allowedTransitions: [...allowedTransitions(status)],
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toSite(row: SiteRow): z.infer<typeof Site> {
  return {
    id: row.id,
    institutionId: row.institution_id,
    name: row.name,
    address: row.address,
    districtCode: row.district_code as DistrictCode,
    capacity: row.capacity,
    createdAt: row.created_at.toISOString(),
  };
}

export function toCourse(row: CourseRow): z.infer<typeof Course> {
  return {
    id: row.id,
    institutionId: row.institution_id,
    code: row.code,
    name: row.name,
    category: row.category as Category,
    mode: row.mode,
    classSize: row.class_size,
    totalLessons: row.total_lessons,
    lessonMinutes: row.lesson_minutes,
    pricePerLesson: row.price_per_lesson,
    chargingMode: row.charging_mode,
    periodDays: row.period_days,
    status: row.status,
    priceCap: row.price_cap,
    policyVersion: row.policy_version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toTransition(row: {
  id: number;
  from_status: string;
  to_status: string;
  reason: string;
  actor_sub: string;
  policy_version: number;
  occurred_at: Date;
}): z.infer<typeof Transition> {
  return {
    id: row.id,
    from: row.from_status as InstitutionStatus,
    to: row.to_status as InstitutionStatus,
    reason: row.reason,
    actor: row.actor_sub,
    policyVersion: row.policy_version,
    occurredAt: row.occurred_at.toISOString(),
  };
}

export function toFeeFiling(row: {
  id: number;
  course_id: string;
  price_per_lesson: string;
  price_cap: string | null;
  policy_version: number;
  actor_sub: string;
  filed_at: Date;
}): z.infer<typeof FeeFiling> {
  return {
    id: row.id,
    courseId: row.course_id,
    pricePerLesson: row.price_per_lesson,
    priceCap: row.price_cap,
    policyVersion: row.policy_version,
    actor: row.actor_sub,
    filedAt: row.filed_at.toISOString(),
  };
}
