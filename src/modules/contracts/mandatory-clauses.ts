import { normalizeText } from './normalize';
import { loadTemplate, normalizeTemplateLanguage } from './template-store';
import type { MandatoryClauseSpec, TemplateLanguage } from './template-store';
import type { Localized, Severity, TextLanguage } from './types';

/**
 * Is each mandatory clause of the model contract present in a submitted text? Filed contracts
 * are edited copies (renumbered articles, reworded headings, full-width punctuation), so a
 * clause counts as present when its heading marker appears (compared without whitespace,
 * punctuation or Markdown) OR every keyword group of the manifest matches somewhere.
 */

export interface MissingClause {
  id: string;
  title: Localized;
  severity: Severity;
  /** the model text of the clause (start of its section), as a suggestion */
  modelText: Localized;
}

const STRIP = /[\s,.;:!?"'()[\]<>《》、#*_~`|\-—·]/g;

function compact(normalized: string): string {
  return normalized.replace(STRIP, '');
}

interface PreparedClause {
  spec: MandatoryClauseSpec;
  marker: Record<TemplateLanguage, string>;
  keywords: Record<TemplateLanguage, string[][]>;
  modelText: Localized;
}

const prepared = new Map<string, PreparedClause[]>();

function prepare(templateId: string, version: string | undefined): PreparedClause[] {
  const t = loadTemplate(templateId, version);
  const key = `${templateId}/${t.manifest.version}`;
  const hit = prepared.get(key);
  if (hit) return hit;
  const norm = (s: string): string => compact(normalizeText(s).text);
  const list = t.manifest.mandatoryClauses.map((spec) => ({
    spec,
    marker: { 'zh-CN': norm(spec.markers['zh-CN']), en: norm(spec.markers.en) },
    keywords: {
      'zh-CN': spec.keywords['zh-CN'].map((g) => g.map(norm)),
      en: spec.keywords.en.map((g) => g.map(norm)),
    },
    modelText: { zh: sectionText(t.texts['zh-CN'], spec.markers['zh-CN']), en: sectionText(t.texts.en, spec.markers.en) },
  }));
  prepared.set(key, list);
  return list;
}

/** The first paragraph of a clause's section in the model text, for the suggestion. */
function sectionText(text: string | undefined, marker: string): string {
  if (text === undefined) return '';
  const at = text.indexOf(marker);
  if (at < 0) return '';
  const body = text.slice(at + marker.length).replace(/^\s+/, '');
  const para = body.split(/\n\s*\n/)[0] ?? '';
  const clean = para.replace(/^#+\s*/, '').trim();
  return clean.length > 200 ? `${clean.slice(0, 200)}…` : clean;
}

/** `normalized` is the output of normalizeText(...).text. */
export function findMissingClauses(
  normalized: string,
  language: TextLanguage | TemplateLanguage,
  templateVersion?: string,
  templateId = 'training-contract',
): MissingClause[] {
  const lang = normalizeTemplateLanguage(language);
  const c = compact(normalized);
  const missing: MissingClause[] = [];
  for (const p of prepare(templateId, templateVersion)) {
    const present = c.includes(p.marker[lang]) || p.keywords[lang].every((group) => group.some((k) => c.includes(k)));
    if (!present) {
      missing.push({
        id: p.spec.id,
        title: { zh: p.spec.title['zh-CN'], en: p.spec.title.en },
        severity: p.spec.severity,
        modelText: p.modelText,
      });
    }
  }
  return missing;
}
