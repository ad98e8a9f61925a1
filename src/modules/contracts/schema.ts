import { z } from 'zod';
import { isoDate, multilineText, text, uuid } from '../../http/fields';
import { PageQuery, pageSchema } from '../../http/pagination';
import { DISTRICT_CODES } from '../institutions/reference-data';
import { FINDING_CATEGORIES } from './types';

/** Requests and responses of the contracts module (SPEC §4, §8). */

/** SPEC §4: a contract text is at most 200 000 characters (JavaScript string length). */
export const MAX_CONTRACT_TEXT = 200_000;

// U+FFFD is what a decoder leaves of bytes that were not UTF-8 text; U+FFFE/U+FFFF are
// non-characters; an unpaired surrogate cannot be stored as UTF-8. None belongs in a contract.
const UNREADABLE = /[\ufffd\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A contract or reply text: line breaks and tabs allowed; control characters and binary refused. */
export function contractText(max: number) {
  return multilineText(max).refine((s) => !UNREADABLE.test(s), '@binary_text');
}

const District = z.enum(DISTRICT_CODES, '@district');
const Severity = z.enum(['high', 'medium', 'low']);
const Counts = z.object({ high: z.number().int(), medium: z.number().int(), low: z.number().int() });
const LocalizedText = z.object({ zh: z.string(), en: z.string() });
const TextLanguage = z.enum(['zh', 'en']);
const TemplateLanguage = z.enum(['zh-CN', 'en']);
const TemplateId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a template id such as training-contract');
const TemplateVersion = z.string().regex(/^(v?\d{1,6}|latest)$/, 'v1, 1 or latest');
const PlaceholderName = z.string().max(100).regex(/^[A-Za-z][\w]*(?:\.[A-Za-z][\w]*)*$/, 'a placeholder name such as student.name');

export const Finding = z
  .object({
    ruleId: z.string(),
    category: z.enum(FINDING_CATEGORIES),
    severity: Severity,
    start: z.number().int().meta({ description: 'JavaScript string index into the submitted text, inclusive' }),
    end: z.number().int().meta({ description: 'JavaScript string index, exclusive; excerpt === text.slice(start, end)' }),
    excerpt: z.string(),
    basis: z.string(),
    explanation: z.string(),
    suggestion: z.string(),
    clauseId: z.string().optional().meta({ description: 'missing_mandatory_clause: the template clause that is missing' }),
  })
  .meta({ id: 'ContractFinding' });

export const ScanInput = z
  .strictObject({
    text: contractText(MAX_CONTRACT_TEXT),
    language: TextLanguage.optional().meta({ description: 'Language of the text; detected when absent' }),
  })
  .meta({ id: 'ContractScanInput' });

export const ScanResult = z
  .object({
    findings: z.array(Finding),
    ruleLibraryVersion: z.string(),
    language: TextLanguage,
    checkedMandatory: z.boolean(),
    policyVersion: z.number().int(),
  })
  .meta({ id: 'ContractScanResult' });

export const TemplateParams = z.object({ id: TemplateId, version: TemplateVersion });

export const TemplateSummary = z
  .object({ id: z.string(), title: LocalizedText, versions: z.array(z.string()), latest: z.string() })
  .meta({ id: 'ContractTemplateSummary' });

export const TemplateList = z.object({ items: z.array(TemplateSummary) }).meta({ id: 'ContractTemplateList' });

export const TemplateDetail = z
  .object({
    id: z.string(),
    version: z.string(),
    basedOn: z.string().nullable(),
    title: LocalizedText,
    effectiveFrom: z.string().nullable(),
    languages: z.array(TemplateLanguage),
    texts: z.object({ zh: z.string().nullable(), en: z.string().nullable() }),
    placeholders: z.array(
      z.object({
        name: z.string(),
        description: LocalizedText,
        required: z.boolean(),
        default: LocalizedText.nullable(),
        source: z.enum(['registry', 'client']).meta({ description: 'registry: filled from the institution and course records, never from the request' }),
      }),
    ),
    mandatoryClauses: z.array(z.object({ id: z.string(), title: LocalizedText, severity: Severity })),
  })
  .meta({ id: 'ContractTemplate' });

const TemplateValues = z
  .record(PlaceholderName, z.union([text(500), z.number().finite()]))
  .refine((v) => Object.keys(v).length <= 200, 'at most 200 values')
  .meta({ description: 'Placeholder values by flat name ("student.name"); institution and course values come from the registry', example: { 'student.name': '李小明' } });

export const TemplateChoice = z
  .strictObject({
    id: TemplateId,
    version: TemplateVersion.optional().meta({ description: 'Latest when absent' }),
    language: TemplateLanguage,
    values: TemplateValues,
  })
  .meta({ id: 'ContractTemplateChoice' });

/** Exactly one of `text` and `template`; `language` only describes a text. */
function oneSource(input: { text?: string | undefined; template?: unknown; language?: unknown }, ctx: z.RefinementCtx): void {
  if ((input.text === undefined) === (input.template === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['text'], message: 'give either text or template, not both or neither' });
  }
  if (input.template !== undefined && input.language !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['language'], message: 'language belongs to a text; a template names its own' });
  }
}

export const ContractFilingInput = z
  .strictObject({
    title: text(200),
    courseId: uuid.optional().meta({ description: 'The filed course the contract is for; its values fill the template' }),
    text: contractText(MAX_CONTRACT_TEXT).optional(),
    language: TextLanguage.optional(),
    template: TemplateChoice.optional(),
  })
  .superRefine(oneSource)
  .meta({ id: 'ContractFilingInput' });

export const ContractRevisionInput = z
  .strictObject({
    title: text(200).optional().meta({ description: 'A new title, if it changes' }),
    text: contractText(MAX_CONTRACT_TEXT).optional(),
    language: TextLanguage.optional(),
    template: TemplateChoice.optional(),
  })
  .superRefine(oneSource)
  .meta({ id: 'ContractRevisionInput' });

export const InstitutionParams = z.object({ id: uuid });
export const ContractParams = z.object({ id: uuid, contractId: uuid });
export const VersionParams = z.object({ id: uuid, contractId: uuid, version: z.coerce.number().int().min(1).max(1_000_000) });
export const ContractListQuery = PageQuery;

const CaseStatus = z.enum(['open', 'overdue', 'closed']);
const CaseRef = z.object({ id: uuid, number: z.string(), status: CaseStatus });

export const Contract = z
  .object({
    id: uuid,
    institutionId: uuid,
    courseId: uuid.nullable(),
    title: z.string(),
    currentVersion: z.number().int(),
    status: z.enum(['filed', 'under_rectification']),
    counts: Counts.meta({ description: 'Findings of the current version when it was filed, by severity' }),
    openCase: CaseRef.nullable(),
    filedBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Contract' });

export const ContractPage = pageSchema(Contract).meta({ id: 'ContractPage' });

export const VersionSummary = z
  .object({
    version: z.number().int(),
    title: z.string(),
    source: z.enum(['text', 'template']),
    template: z.object({ id: z.string(), version: z.string(), language: TemplateLanguage }).nullable(),
    language: TextLanguage,
    textSha256: z.string(),
    ruleLibraryVersion: z.string(),
    counts: Counts,
    scannedAt: z.string(),
    policyVersion: z.number().int(),
    filedBy: z.string(),
    filedAt: z.string(),
  })
  .meta({ id: 'ContractVersionSummary' });

export const StoredScan = z
  .object({
    origin: z.enum(['filing', 'rescan']),
    ruleLibraryVersion: z.string(),
    scannedAt: z.string(),
    counts: Counts,
    findings: z.array(Finding),
  })
  .meta({ id: 'ContractScan' });

export const ContractVersion = VersionSummary.extend({
  contractId: uuid,
  text: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
  findings: z.array(Finding).meta({ description: 'The scan made when the version was filed (never rewritten)' }),
  rescans: z.array(StoredScan).meta({ description: 'Later scans with newer rule libraries' }),
}).meta({ id: 'ContractVersion' });

export const RectificationCase = z
  .object({
    id: uuid,
    number: z.string().meta({ example: '沪教培整〔2026〕000123号' }),
    status: CaseStatus,
    pastDeadline: z.boolean().meta({ description: 'Open and its deadline day has passed (the escalation job will mark it overdue)' }),
    institution: z.object({ id: uuid, name: z.string(), uscc: z.string(), districtCode: z.string(), districtName: z.string() }),
    contract: z.object({ id: uuid, title: z.string(), currentVersion: z.number().int() }),
    openedOnVersion: z.number().int(),
    openedBy: z.enum(['filing', 'rescan']),
    ruleLibraryVersion: z.string(),
    high: z.number().int(),
    deadline: isoDate,
    openedAt: z.string(),
    overdueAt: z.string().nullable(),
    overdueEventId: uuid.nullable().meta({ description: 'The credit event recorded when the case became overdue' }),
    closedAt: z.string().nullable(),
    closedByVersion: z.number().int().nullable(),
    policyVersion: z.number().int(),
  })
  .meta({ id: 'RectificationCase' });

export const ContractDetail = Contract.extend({
  versions: z.array(VersionSummary),
  latestScan: StoredScan.meta({ description: 'The newest scan of the current version: its filing scan or a later rescan' }),
  cases: z.array(RectificationCase),
}).meta({ id: 'ContractDetail' });

export const ContractFiling = z
  .object({
    contract: Contract,
    version: ContractVersion,
    rectification: z.object({
      action: z.enum(['opened', 'closed', 'still_open', 'none']),
      case: RectificationCase.nullable(),
    }),
  })
  .meta({ id: 'ContractFiling' });

export const Reply = z
  .object({ id: uuid, caseId: uuid, text: z.string(), author: z.string(), authorRole: z.string(), createdAt: z.string() })
  .meta({ id: 'RectificationReply' });

export const ReplyInput = z.strictObject({ text: contractText(5000) }).meta({ id: 'RectificationReplyInput' });

export const RectificationCaseDetail = RectificationCase.extend({
  findings: z.array(Finding).meta({ description: 'What the notice lists: high findings, then medium ones' }),
  replies: z.array(Reply),
}).meta({ id: 'RectificationCaseDetail' });

export const CaseParams = z.object({ id: uuid });

export const CaseListQuery = PageQuery.extend({
  status: CaseStatus.optional(),
  districtCode: District.optional(),
  institutionId: uuid.optional(),
  contractId: uuid.optional(),
  format: z.enum(['json', 'csv']).default('json'),
});

export const CasePage = pageSchema(RectificationCase).meta({ id: 'RectificationCasePage' });

export const NoticeQuery = z.object({
  language: TextLanguage.default('zh').meta({ description: 'The notice is an official document: Chinese unless English is asked for' }),
});
