import type { CourseRow, InstitutionRow } from '../institutions/queries';
import { CATEGORIES, type Category } from '../institutions/reference-data';
import type { TemplateLanguage } from './template-store';

/**
 * Placeholders a generated contract takes from the registry, never from the client: the
 * parties' identity (民法典 第四百七十条: names and domiciles of the parties) and the filed course
 * must be exactly what the commission holds, or the filing would prove nothing. A value the
 * registry lacks (no phone, no course chosen) is reported as missing, with these names in
 * `fromRegistry`, so the record gets completed instead.
 */
export const REGISTRY_PLACEHOLDERS: ReadonlySet<string> = new Set([
  'institution.name',
  'institution.address',
  'institution.uscc',
  'institution.licence.number',
  'institution.licence.expiresOn',
  'institution.approvalAuthority',
  'institution.registrationAuthority',
  'institution.contactPhone',
  'course.category',
  'course.name',
  'course.code',
  'course.totalLessons',
  'course.lessonMinutes',
  'course.mode',
  'course.classType',
  'course.classSize',
]);

type Values = Record<string, string | number>;

/**
 * The class type a filed class size means, on the bands of the Shanghai guidance price
 * (沪发改价调〔2021〕47号: under 10, 10–35, over 35 students); one student is one-to-one.
 */
export function classType(classSize: number, lang: TemplateLanguage): string {
  const zh = lang === 'zh-CN';
  if (classSize <= 1) return zh ? '一对一' : 'one-to-one';
  if (classSize < 10) return zh ? '小班' : 'small class';
  if (classSize <= 35) return zh ? '中班' : 'medium class';
  return zh ? '大班' : 'large class';
}

/** The model text's category choice (GF-2021-2604: 线下/线上 × 学科类/非学科类), with the filed category. */
function courseCategory(course: CourseRow, lang: TemplateLanguage): string {
  const label = CATEGORIES[course.category as Category];
  const subject = course.category === 'subject';
  if (lang === 'zh-CN') {
    const kind = `${course.mode === 'online' ? '线上' : '线下'}${subject ? '学科类' : '非学科类'}`;
    return subject || !label ? kind : `${kind}（${label.zh}）`;
  }
  const kind = `${course.mode === 'online' ? 'online' : 'offline'} ${subject ? 'subject' : 'non-subject'} training`;
  return subject || !label ? kind : `${kind} (${label.en})`;
}

/** The registry's values for the placeholders above; absent ones stay absent (then missing). */
export function registryValues(institution: InstitutionRow, course: CourseRow | undefined, lang: TemplateLanguage): Values {
  const out: Values = {};
  const put = (name: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && String(value).trim() !== '') out[name] = value;
  };
  put('institution.name', institution.name);
  put('institution.address', institution.address);
  put('institution.uscc', institution.uscc);
  // Online institutions may hold only an ICP filing; the model text asks for it in the licence's place.
  put('institution.licence.number', institution.licence_number ?? institution.icp_filing_number);
  put('institution.licence.expiresOn', institution.licence_expires_on);
  put('institution.approvalAuthority', institution.approval_authority);
  put('institution.registrationAuthority', institution.registration_authority);
  put('institution.contactPhone', institution.contact_phone);
  if (course) {
    put('course.category', courseCategory(course, lang));
    put('course.name', course.name);
    put('course.code', course.code);
    put('course.totalLessons', course.total_lessons);
    put('course.lessonMinutes', course.lesson_minutes);
    put('course.mode', lang === 'zh-CN' ? (course.mode === 'online' ? '线上' : '线下') : course.mode);
    put('course.classType', classType(course.class_size, lang));
    put('course.classSize', course.class_size);
  }
  return out;
}
