import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../http/errors';
import type { CourseRow, InstitutionRow } from '../institutions/queries';
import { findCourse } from '../institutions/queries';
import type { Policy } from '../policies/store';
import { withTemplateErrors } from './http-errors';
import { REGISTRY_PLACEHOLDERS, registryValues } from './registry-values';
import type { TemplateChoice } from './schema';
import { scanForFiling, type StoredScan } from './stored-findings';
import { fillTemplate, getTemplate } from './templates';

/**
 * Turns a filing request into the text of a version and its scan, before any transaction:
 * either the submitted text, or a model template filled with the registry's values for the
 * institution and course and the client's values for the rest (SPEC §4 "a template choice with
 * values"). Every version is scanned as a whole contract, mandatory clauses included.
 */
export interface PreparedVersion {
  source: 'text' | 'template';
  text: string;
  template: { id: string; version: string; language: 'zh-CN' | 'en'; values: Record<string, string | number> } | null;
  scan: StoredScan;
}

export interface VersionRequest {
  text?: string | undefined;
  language?: 'zh' | 'en' | undefined;
  template?: z.infer<typeof TemplateChoice> | undefined;
}

/**
 * The institution's course a contract is for. A new contract needs a course still on file; a
 * revision keeps its contract's course even if it was withdrawn since, so a rectification is
 * never blocked by it.
 */
export async function loadContractCourse(ctx: AppContext, institutionId: string, courseId: string, options: { requireFiled: boolean }): Promise<CourseRow> {
  const course = await findCourse(ctx.db, institutionId, courseId);
  if (!course) throw new AppError('COURSE_NOT_FOUND', { id: courseId });
  if (options.requireFiled && course.status !== 'filed') throw new AppError('CONTRACT_COURSE_NOT_FILED', { courseId });
  return course;
}

export function prepareVersion(institution: InstitutionRow, course: CourseRow | undefined, request: VersionRequest, policy: Policy): PreparedVersion {
  if (request.text !== undefined) {
    return { source: 'text', text: request.text, template: null, scan: scanForFiling(request.text, { ...(request.language ? { language: request.language } : {}), policy }) };
  }
  const choice = request.template;
  if (!choice) throw new Error('a version needs a text or a template (schema.ts refines this)');
  const template = withTemplateErrors(() => getTemplate(choice.id, choice.version));
  const version = template.manifest.version;
  const given = Object.keys(choice.values);
  const declared = new Set(template.manifest.placeholders.map((p) => p.name));
  const unknown = given.filter((name) => !declared.has(name));
  if (unknown.length > 0) throw new AppError('CONTRACT_TEMPLATE_VALUES_UNKNOWN', { templateId: choice.id, version, unknown });
  const fromRegistry = given.filter((name) => REGISTRY_PLACEHOLDERS.has(name));
  if (fromRegistry.length > 0) throw new AppError('CONTRACT_TEMPLATE_VALUES_FROM_REGISTRY', { fields: fromRegistry });
  const values = { ...choice.values, ...registryValues(institution, course, choice.language) };
  const filled = withTemplateErrors(() => fillTemplate(choice.id, version, choice.language, values), REGISTRY_PLACEHOLDERS);
  const scan = scanForFiling(filled.text, { language: filled.language === 'zh-CN' ? 'zh' : 'en', templateVersion: filled.version, policy });
  return { source: 'template', text: filled.text, template: { id: choice.id, version: filled.version, language: filled.language, values }, scan };
}
