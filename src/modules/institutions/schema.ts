import { z } from 'zod';
import { IdParams, isoDate, money, text, uuid } from '../../http/fields';
import { PageQuery, pageSchema } from '../../http/pagination';
import { INSTITUTION_STATUSES } from './lifecycle';
import {
  CATEGORY_CODES,
  CHARGING_MODES,
  DISTRICT_CODES,
  INSTITUTION_KINDS,
  SUPERVISION_MODES,
  TEACHING_MODES,
} from './reference-data';

const District = z.enum(DISTRICT_CODES, '@district');
const Category = z.enum(CATEGORY_CODES);
const Mode = z.enum(TEACHING_MODES);
const Status = z.enum(INSTITUTION_STATUSES);

/** The shape is checked here; the check character is a rule with its own 422 (see uscc.ts). */
const Uscc = z.string().length(18).meta({ description: 'GB 32100-2015 unified social credit code', example: '91310115MA1K4BXX3L' });

const Licence = z.strictObject({ number: text(64), expiresOn: isoDate });

const Categories = z
  .array(Category)
  .min(1)
  .max(CATEGORY_CODES.length)
  .refine((c) => new Set(c).size === c.length, 'categories must not repeat');

export const SiteInput = z
  .strictObject({
    name: text(100),
    address: text(200),
    districtCode: District,
    capacity: z.number().int().min(1).max(100000),
  })
  .meta({ id: 'SiteInput' });

export const InstitutionInput = z
  .strictObject({
    uscc: Uscc,
    name: text(100),
    kind: z.enum(INSTITUTION_KINDS),
    districtCode: District,
    address: text(200),
    legalRepresentative: text(50),
    contactPhone: z.string().regex(/^[0-9+\-() ]{5,30}$/).optional(),
    licence: Licence.optional(),
    icpFilingNumber: text(64).optional(),
    approvalAuthority: text(100).optional(),
    registrationAuthority: text(100).optional(),
    categories: Categories,
    mode: Mode,
    foundedOn: isoDate,
    supervisionMode: z.enum(SUPERVISION_MODES).default('custody'),
    sites: z.array(SiteInput).max(50).optional(),
  })
  .meta({ id: 'InstitutionInput' });

/** What a regulator may change after registration (never the code, never the status). */
export const InstitutionPatch = z
  .strictObject({
    name: text(100).optional(),
    kind: z.enum(INSTITUTION_KINDS).optional(),
    districtCode: District.optional(),
    address: text(200).optional(),
    legalRepresentative: text(50).optional(),
    contactPhone: z.string().regex(/^[0-9+\-() ]{5,30}$/).nullable().optional(),
    licence: Licence.nullable().optional(),
    icpFilingNumber: text(64).nullable().optional(),
    approvalAuthority: text(100).nullable().optional(),
    registrationAuthority: text(100).nullable().optional(),
    categories: Categories.optional(),
    mode: Mode.optional(),
    foundedOn: isoDate.optional(),
    supervisionMode: z.enum(SUPERVISION_MODES).optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nothing to change')
  .meta({ id: 'InstitutionPatch' });

/** Fields an institution's own staff may correct themselves. */
export const SELF_SERVICE_FIELDS = ['address', 'legalRepresentative', 'contactPhone'] as const;

export const Site = SiteInput.extend({ id: uuid, institutionId: uuid, createdAt: z.string() }).meta({ id: 'Site' });

export const Institution = z
  .object({
    id: uuid,
    uscc: z.string(),
    name: z.string(),
    kind: z.enum(INSTITUTION_KINDS),
    districtCode: z.string(),
    districtName: z.string(),
    address: z.string(),
    legalRepresentative: z.string(),
    contactPhone: z.string().nullable(),
    licence: z.object({ number: z.string(), expiresOn: z.string() }).nullable(),
    icpFilingNumber: z.string().nullable(),
    approvalAuthority: z.string().nullable(),
    registrationAuthority: z.string().nullable(),
    categories: z.array(Category),
    mode: Mode,
    foundedOn: z.string(),
    supervisionMode: z.enum(SUPERVISION_MODES),
    status: Status,
    statusChangedAt: z.string(),
    allowedTransitions: z.array(Status),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Institution' });

export const InstitutionPage = pageSchema(Institution).meta({ id: 'InstitutionPage' });

export const InstitutionListQuery = PageQuery.extend({
  districtCode: District.optional(),
  status: Status.optional(),
  category: Category.optional(),
  kind: z.enum(INSTITUTION_KINDS).optional(),
  q: z.string().max(100).optional().meta({ description: 'Name or code contains' }),
  format: z.enum(['json', 'csv']).default('json'),
});

export const TransitionInput = z
  .strictObject({ to: Status, reason: text(500) })
  .meta({ id: 'TransitionInput' });

export const Transition = z
  .object({
    id: z.number().int(),
    from: Status,
    to: Status,
    reason: z.string(),
    actor: z.string(),
    policyVersion: z.number().int(),
    occurredAt: z.string(),
  })
  .meta({ id: 'Transition' });

export const TransitionResult = z
  .object({ institution: Institution, transition: Transition })
  .meta({ id: 'TransitionResult' });

export const TransitionList = z.object({ items: z.array(Transition) }).meta({ id: 'TransitionList' });

export const CourseInput = z
  .strictObject({
    code: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'letters, digits, _ and - (at most 32)'),
    name: text(100),
    category: Category,
    mode: Mode,
    classSize: z.number().int().min(1).max(10000).meta({ description: 'Most students in one class' }),
    totalLessons: z.number().int().min(1).max(10000),
    lessonMinutes: z.number().int().min(10).max(600),
    pricePerLesson: money,
    chargingMode: z.enum(CHARGING_MODES),
    periodDays: z.number().int().min(1).max(366).optional(),
  })
  .meta({ id: 'CourseInput' });

export const Course = z
  .object({
    id: uuid,
    institutionId: uuid,
    code: z.string(),
    name: z.string(),
    category: Category,
    mode: Mode,
    classSize: z.number().int(),
    totalLessons: z.number().int(),
    lessonMinutes: z.number().int(),
    pricePerLesson: money,
    chargingMode: z.enum(CHARGING_MODES),
    periodDays: z.number().int().nullable(),
    status: z.enum(['filed', 'withdrawn']),
    priceCap: money.nullable().meta({ description: 'Guidance-price cap per lesson (subject courses)' }),
    policyVersion: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Course' });

export const CoursePage = pageSchema(Course).meta({ id: 'CoursePage' });
export const SitePage = pageSchema(Site).meta({ id: 'SitePage' });

export const FeeFilingInput = z.strictObject({ pricePerLesson: money }).meta({ id: 'FeeFilingInput' });

export const FeeFiling = z
  .object({
    id: z.number().int(),
    courseId: uuid,
    pricePerLesson: money,
    priceCap: money.nullable(),
    policyVersion: z.number().int(),
    actor: z.string(),
    filedAt: z.string(),
  })
  .meta({ id: 'FeeFiling' });

export const FeeFilingList = z.object({ items: z.array(FeeFiling) }).meta({ id: 'FeeFilingList' });

export const InstitutionParams = IdParams;
export const CourseParams = z.object({ id: uuid, courseId: uuid });
export const ListQuery = PageQuery;
