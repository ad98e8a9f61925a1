import type { z } from 'zod';
import { withTemplateErrors } from './http-errors';
import { REGISTRY_PLACEHOLDERS } from './registry-values';
import type { TemplateDetail, TemplateList } from './schema';
import { getTemplate, listTemplates } from './templates';

/** The model contracts (SPEC §4) as the API shows them: every version stays readable. */

export function listContractTemplates(): z.infer<typeof TemplateList> {
  return {
    items: withTemplateErrors(() =>
      listTemplates().map((t) => {
        const title = getTemplate(t.templateId, t.latest).manifest.title;
        return { id: t.templateId, title: { zh: title['zh-CN'], en: title.en }, versions: t.versions, latest: t.latest };
      }),
    ),
  };
}

export function getContractTemplate(id: string, version: string): z.infer<typeof TemplateDetail> {
  const { manifest, texts } = withTemplateErrors(() => getTemplate(id, version));
  const localized = (l: { 'zh-CN': string; en: string }) => ({ zh: l['zh-CN'], en: l.en });
  return {
    id: manifest.id,
    version: manifest.version,
    basedOn: manifest.basedOn ?? null,
    title: localized(manifest.title),
    effectiveFrom: manifest.effectiveFrom ?? null,
    languages: manifest.languages,
    texts: { zh: texts['zh-CN'] ?? null, en: texts.en ?? null },
    placeholders: manifest.placeholders.map((p) => ({
      name: p.name,
      description: localized(p.description),
      required: p.required,
      default: p.default ? localized(p.default) : null,
      source: REGISTRY_PLACEHOLDERS.has(p.name) ? ('registry' as const) : ('client' as const),
    })),
    mandatoryClauses: manifest.mandatoryClauses.map((c) => ({ id: c.id, title: localized(c.title), severity: c.severity })),
  };
}
