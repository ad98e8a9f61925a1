import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { TemplateInvalid, TemplateLanguageNotAvailable, TemplateNotFound, TemplateVersionNotFound } from './errors';

/**
 * Reading the versioned model contracts in `contract-templates/<templateId>/<version>/`:
 * `manifest.json` plus one text per language (`zh-CN.md`, `en.md`). Every version stays
 * readable: a filed contract names the version it was made from, and old filings must still be
 * checkable against the clauses of their own version.
 */

export const TEMPLATE_LANGUAGES = ['zh-CN', 'en'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

const localized = z.object({ 'zh-CN': z.string(), en: z.string() });

const manifestSchema = z.object({
  id: z.string().min(1),
  version: z.string().regex(/^v\d+$/),
  basedOn: z.string().optional(),
  title: localized,
  effectiveFrom: z.string().optional(),
  languages: z.array(z.enum(TEMPLATE_LANGUAGES)).min(1),
  notes: localized.optional(),
  placeholders: z.array(
    z.object({
      name: z.string().regex(/^[A-Za-z][\w]*(?:\.[A-Za-z][\w]*)*$/),
      description: localized,
      required: z.boolean(),
      default: localized.optional(),
    }),
  ),
  mandatoryClauses: z.array(
    z.object({
      id: z.string().min(1),
      title: localized,
      severity: z.enum(['high', 'medium', 'low']),
      markers: localized,
      keywords: z.object({ 'zh-CN': z.array(z.array(z.string().min(1)).min(1)), en: z.array(z.array(z.string().min(1)).min(1)) }),
    }),
  ),
});

export type TemplateManifest = z.infer<typeof manifestSchema>;
export type MandatoryClauseSpec = TemplateManifest['mandatoryClauses'][number];

export interface LoadedTemplate {
  manifest: TemplateManifest;
  texts: Partial<Record<TemplateLanguage, string>>;
}

let configuredRoot: string | null = null;

/** Points the store at another `contract-templates` directory (tests, packaged deployments). */
export function configureTemplatesRoot(dir: string | null): void {
  configuredRoot = dir;
  foundRoot = null;
  cache.clear();
  versionLists.clear();
}

let foundRoot: string | null = null;

/** The `contract-templates` directory: the nearest one above this module (works from src/ and dist/). */
export function templatesRoot(): string {
  if (configuredRoot !== null) return configuredRoot;
  if (foundRoot !== null) return foundRoot;
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, 'contract-templates');
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return (foundRoot = candidate);
    const parent = path.dirname(dir);
    if (parent === dir) throw new TemplateNotFound('(contract-templates directory not found)');
    dir = parent;
  }
}

const cache = new Map<string, LoadedTemplate>();

export function normalizeTemplateLanguage(language: string): TemplateLanguage {
  const l = language.toLowerCase();
  if (l === 'zh' || l === 'zh-cn' || l === 'zh-hans' || l === 'zh_cn') return 'zh-CN';
  if (l === 'en' || l.startsWith('en-')) return 'en';
  throw new TemplateLanguageNotAvailable('(any)', '(any)', language);
}

function versionNumber(v: string): number {
  return Number(v.slice(1));
}

export function listTemplateIds(): string[] {
  const root = templatesRoot();
  return readdirSync(root).filter((d) => statSync(path.join(root, d)).isDirectory()).sort();
}

/*
 * The templates are part of the deployment, read-only while the process runs (a new version comes
 * with a new release), so each template's version list is read from disk once: the scanner resolves
 * the latest version on every scan.
 */
const versionLists = new Map<string, readonly string[]>();

function versionsOf(templateId: string): readonly string[] {
  let versions = versionLists.get(templateId);
  if (versions === undefined) {
    versions = readVersions(templateId);
    versionLists.set(templateId, versions);
  }
  return versions;
}

export function listVersions(templateId: string): string[] {
  return [...versionsOf(templateId)];
}

function readVersions(templateId: string): string[] {
  const dir = path.join(templatesRoot(), templateId);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(templateId) || !existsSync(dir)) throw new TemplateNotFound(templateId);
  return readdirSync(dir)
    .filter((v) => /^v\d+$/.test(v) && existsSync(path.join(dir, v, 'manifest.json')))
    .sort((a, b) => versionNumber(a) - versionNumber(b));
}

/** "v2", "2" or undefined (latest) → the version directory name. */
export function resolveVersion(templateId: string, version?: string | number): string {
  const versions = versionsOf(templateId);
  if (version === undefined || version === 'latest') {
    const latest = versions[versions.length - 1];
    if (latest === undefined) throw new TemplateVersionNotFound(templateId, 'latest', [...versions]);
    return latest;
  }
  const v = typeof version === 'number' || /^\d+$/.test(version) ? `v${version}` : version;
  if (!versions.includes(v)) throw new TemplateVersionNotFound(templateId, String(version), [...versions]);
  return v;
}

export function loadTemplate(templateId: string, version?: string | number): LoadedTemplate {
  const v = resolveVersion(templateId, version);
  const key = `${templateId}/${v}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const dir = path.join(templatesRoot(), templateId, v);
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')));
  if (!parsed.success) throw new TemplateInvalid(templateId, v, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const manifest = parsed.data;
  const problems: string[] = [];
  if (manifest.id !== templateId) problems.push(`manifest id "${manifest.id}" differs from directory "${templateId}"`);
  if (manifest.version !== v) problems.push(`manifest version "${manifest.version}" differs from directory "${v}"`);
  const texts: Partial<Record<TemplateLanguage, string>> = {};
  for (const lang of manifest.languages) {
    const file = path.join(dir, `${lang}.md`);
    if (!existsSync(file)) {
      problems.push(`missing ${lang}.md`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    texts[lang] = text;
    const declared = new Set(manifest.placeholders.map((p) => p.name));
    for (const name of placeholdersIn(text)) if (!declared.has(name)) problems.push(`${lang}.md uses undeclared placeholder {{${name}}}`);
    for (const c of manifest.mandatoryClauses) if (!text.includes(c.markers[lang])) problems.push(`${lang}.md lacks the marker of clause ${c.id}`);
  }
  if (problems.length > 0) throw new TemplateInvalid(templateId, v, problems);
  const loaded: LoadedTemplate = { manifest, texts };
  cache.set(key, loaded);
  return loaded;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z][\w]*(?:\.[A-Za-z][\w]*)*)\s*\}\}/g;

export function placeholdersIn(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(PLACEHOLDER)) if (m[1]) names.add(m[1]);
  return [...names];
}

export function replacePlaceholders(text: string, value: (name: string) => string): string {
  return text.replace(PLACEHOLDER, (_all, name: string) => value(name));
}
