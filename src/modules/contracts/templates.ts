import { TemplateLanguageNotAvailable, TemplateValuesMissing } from './errors';
import { findMissingClauses } from './mandatory-clauses';
import { normalizeText } from './normalize';
import {
  listTemplateIds,
  listVersions,
  loadTemplate,
  normalizeTemplateLanguage,
  placeholdersIn,
  replacePlaceholders,
  resolveVersion,
} from './template-store';
import type { LoadedTemplate, TemplateLanguage, TemplateManifest } from './template-store';
import type { TextLanguage } from './types';

export { configureTemplatesRoot, TEMPLATE_LANGUAGES } from './template-store';
export type { MissingClause } from './mandatory-clauses';
export type { LoadedTemplate, TemplateLanguage, TemplateManifest } from './template-store';

/** The model contract every filing is compared with unless it names another template. */
export const DEFAULT_TEMPLATE_ID = 'training-contract';

/**
 * Values for a template's placeholders, flat (`{ 'institution.name': … }`) or nested
 * (`{ institution: { name: … } }`). Strings, numbers, Decimals (anything with toString) and Dates
 * (rendered as YYYY-MM-DD in Asia/Shanghai) are accepted.
 */
export type TemplateValues = Readonly<Record<string, unknown>>;

export interface FilledContract {
  templateId: string;
  version: string;
  language: TemplateLanguage;
  title: string;
  text: string;
}

export interface TemplateSummary {
  templateId: string;
  versions: string[];
  latest: string;
}

export function listTemplates(): TemplateSummary[] {
  return listTemplateIds().map((templateId) => {
    const versions = listVersions(templateId);
    return { templateId, versions, latest: versions[versions.length - 1] ?? '' };
  });
}

/** A template version (latest when `version` is absent), manifest and texts. */
export function getTemplate(templateId: string, version?: string | number): LoadedTemplate {
  return loadTemplate(templateId, version);
}

export function getTemplateText(templateId: string, version: string | number | undefined, language: string): string {
  const t = loadTemplate(templateId, version);
  const lang = normalizeTemplateLanguage(language);
  const text = t.texts[lang];
  if (text === undefined) throw new TemplateLanguageNotAvailable(templateId, t.manifest.version, language);
  return text;
}

function lookup(values: TemplateValues, name: string): unknown {
  if (Object.prototype.hasOwnProperty.call(values, name)) return values[name];
  let cur: unknown = values;
  for (const part of name.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

const DATE_FORMAT = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

function render(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  let s: string;
  if (value instanceof Date) s = DATE_FORMAT.format(value);
  else if (typeof value === 'string') s = value;
  else if (typeof value === 'number' || typeof value === 'bigint') s = String(value);
  else if (typeof value === 'object' && typeof (value as { toString?: unknown }).toString === 'function' && (value as object).toString !== Object.prototype.toString) {
    s = String(value);
  } else return undefined;
  // A value is one line: a line break in a name must not smuggle a new clause into the contract.
  s = s.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
  return s.length === 0 ? undefined : s;
}

/**
 * Fills a template. Every placeholder the text uses must have a value; a required placeholder
 * without one is an error listing all of them (a blank in a signed contract is where unfair
 * terms get written in by hand). Optional placeholders fall back to the manifest's default.
 */
export function fillTemplate(
  templateId: string,
  version: string | number | undefined,
  language: string,
  values: TemplateValues,
): FilledContract {
  const t = loadTemplate(templateId, version);
  const lang = normalizeTemplateLanguage(language);
  const text = t.texts[lang];
  if (text === undefined) throw new TemplateLanguageNotAvailable(templateId, t.manifest.version, language);
  const specs = new Map(t.manifest.placeholders.map((p) => [p.name, p]));
  const resolved = new Map<string, string>();
  const missing: string[] = [];
  for (const name of placeholdersIn(text)) {
    const v = render(lookup(values, name));
    if (v !== undefined) {
      resolved.set(name, v);
      continue;
    }
    const spec = specs.get(name);
    if (spec && !spec.required && spec.default !== undefined) resolved.set(name, spec.default[lang]);
    else missing.push(name);
  }
  if (missing.length > 0) throw new TemplateValuesMissing(missing.sort());
  const filled = replacePlaceholders(text, (name) => resolved.get(name) ?? '');
  return { templateId, version: t.manifest.version, language: lang, title: t.manifest.title[lang], text: filled };
}

export interface MandatoryClauseReport {
  templateId: string;
  templateVersion: string;
  /** ids of mandatory clauses the text lacks, in manifest order */
  missing: string[];
  /** ids found */
  present: string[];
}

/**
 * Which mandatory clauses of the template version are missing from a submitted (possibly
 * edited) contract text. See mandatory-clauses.ts for how presence is decided.
 */
export function checkMandatoryClauses(
  text: string,
  language: TextLanguage | TemplateLanguage,
  templateVersion?: string,
  templateId: string = DEFAULT_TEMPLATE_ID,
): MandatoryClauseReport {
  const version = resolveVersion(templateId, templateVersion);
  const manifest: TemplateManifest = loadTemplate(templateId, version).manifest;
  const missingIds = new Set(findMissingClauses(normalizeText(text).text, language, version, templateId).map((m) => m.id));
  const all = manifest.mandatoryClauses.map((c) => c.id);
  return {
    templateId,
    templateVersion: version,
    missing: all.filter((id) => missingIds.has(id)),
    present: all.filter((id) => !missingIds.has(id)),
  };
}
