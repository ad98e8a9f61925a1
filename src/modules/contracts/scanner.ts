import { splitSentences } from './clauses';
import { detectLanguage } from './language';
import { hasBit, LiteralGate } from './literal-gate';
import { DEFAULT_SCAN_LIMITS } from './limits';
import { findMissingClauses } from './mandatory-clauses';
import { normalizeText, originalSpan } from './normalize';
import { detectParties } from './parties';
import { MISSING_MANDATORY_CLAUSE, RULES, RULE_LIBRARY_VERSION } from './rules/index';
import type { Rule, RuleContext, RuleHit, RuleMatcher } from './rules/index';
import type { Finding, MessageLanguage, ScanLimits, ScanResult, TextLanguage } from './types';

export interface ScanOptions {
  /** language of the text; detected when absent (see language.ts) */
  language?: TextLanguage;
  /** limits of the policy version in force (SPEC §3.1); missing fields take the defaults */
  limits?: Partial<ScanLimits>;
  /**
   * check the template's mandatory clauses. The filing flow passes true for a whole contract.
   * When absent the scanner decides from the text's shape: a text with at least 4 article
   * headings ("第一条…", "Article 1…") that calls itself a 合同/协议/contract/agreement, names
   * both parties and is at least 200 characters long (normalised) is a whole contract; anything
   * else (a single clause or a few pasted into the ad-hoc scan) is not.
   */
  checkMandatory?: boolean;
  /** template version whose mandatory clauses apply (latest when absent) */
  templateVersion?: string;
  /** language of basis, explanation and suggestion; zh-CN first */
  messageLanguage?: MessageLanguage;
}

interface SentenceHit {
  rule: Rule;
  hit: RuleHit;
}

interface ScriptRules {
  rules: readonly Rule[];
  matchers: readonly RuleMatcher[];
  gate: LiteralGate;
}

function scriptRules(pick: (r: Rule) => RuleMatcher | undefined): ScriptRules {
  const rules = RULES.filter((r) => pick(r) !== undefined);
  const matchers = rules.map((r) => pick(r) as RuleMatcher);
  const gate = new LiteralGate(matchers.map((m) => m.anyOf ?? null));
  return { rules, matchers, gate };
}

const ZH = scriptRules((r) => r.zh);
const EN = scriptRules((r) => r.en);

/** Every rule of one script on one sentence, in library order; the rules' gates tested in one pass. */
function runRules(script: ScriptRules, ctx: RuleContext, hits: SentenceHit[]): void {
  const passing = script.gate.passing(ctx.text, ctx.sentence.prev);
  script.matchers.forEach((m, i) => {
    if (!hasBit(passing, i)) return;
    const rule = script.rules[i] as Rule;
    for (const hit of m(ctx)) hits.push({ rule, hit });
  });
}

/*
 * The rules' hits per sentence, remembered by everything a rule reads (RuleContext: the sentence,
 * the sentences it continues or is joined to, the distance to the one it continues, the party roles
 * and the limits). Rules are pure functions of that, and filed contracts are mostly the model text
 * with values filled in, so most of their sentences recur across filings and in the rescan of every
 * current contract. Bounded; the oldest entries go first.
 */
const SENTENCE_CACHE_SIZE = 20_000;
/** contexts remembered for one sentence text (the same sentence in different contracts or roles) */
const CONTEXTS_PER_SENTENCE = 8;

interface Remembered {
  scanKey: string;
  prev: string | undefined;
  gap: number;
  next: string | undefined;
  answer: string | undefined;
  hits: readonly SentenceHit[];
}

/*
 * Keyed by the sentence's text, the rest of the context compared field by field: hashing the
 * text alone is cheaper than building and hashing one key of everything, and the text is what
 * varies.
 */
const sentenceCache = new Map<string, Remembered[]>();

/** Empties the sentence cache (the scanner benchmark measures cold scans with it). */
export function clearSentenceCache(): void {
  sentenceCache.clear();
}

function ruleHits(ctx: RuleContext, scanKey: string): readonly SentenceHit[] {
  const { sentence } = ctx;
  const gap = sentence.prevStart === undefined ? -1 : sentence.start - sentence.prevStart;
  const known = sentenceCache.get(sentence.text);
  const same = known?.find(
    (r) => r.scanKey === scanKey && r.gap === gap && r.prev === sentence.prev && r.next === sentence.next && r.answer === sentence.answer,
  );
  if (same) return same.hits;
  const hits: SentenceHit[] = [];
  if (sentence.hasCjk) runRules(ZH, ctx, hits);
  if (sentence.hasLatin) runRules(EN, ctx, hits);
  const result = suppressRedundant(hits);
  const entry: Remembered = { scanKey, prev: sentence.prev, gap, next: sentence.next, answer: sentence.answer, hits: result };
  if (known) {
    if (known.length >= CONTEXTS_PER_SENTENCE) known.shift();
    known.push(entry);
  } else {
    if (sentenceCache.size >= SENTENCE_CACHE_SIZE) sentenceCache.delete(sentenceCache.keys().next().value as string);
    sentenceCache.set(sentence.text, [entry]);
  }
  return result;
}

/**
 * Scans a contract (or one clause) for unfair standard terms (SPEC §4).
 *
 * The text is normalised (normalize.ts) and split into sentences; each rule looks at one
 * sentence at a time, with negation and exceptions scoped to the comma-delimited segment or the
 * sentence. Rules run by script, sentence by sentence: the Chinese rules on sentences with CJK
 * ideographs, the English rules on sentences with Latin words, so a bilingual or mixed contract is
 * covered whatever `language` says. `language` (given, or detected) decides which text of the
 * template the mandatory-clause check compares with, and is returned.
 *
 * Each finding's `start`/`end` index the ORIGINAL text (JavaScript string indices, end
 * exclusive) and `excerpt === text.slice(start, end)`. `missing_mandatory_clause` findings have
 * no place in the text: their span is empty at the start (start = end = 0, excerpt '') and
 * `clauseId` names the missing clause.
 */
export function scanContract(text: string, options: ScanOptions = {}): ScanResult {
  const limits: ScanLimits = { ...DEFAULT_SCAN_LIMITS, ...stripUndefined(options.limits ?? {}) };
  const language = options.language ?? detectLanguage(text);
  const lang: MessageLanguage = options.messageLanguage ?? 'zh';
  const nt = normalizeText(text);
  const parties = detectParties(nt.text);
  const findings: Finding[] = [];
  const scanKey = `${JSON.stringify(limits)}/${parties.partyAIsInstitution ? 'A' : 'B'}`;

  for (const sentence of splitSentences(nt.text)) {
    const ctx: RuleContext = { sentence, text: sentence.text, limits, parties };
    for (const h of ruleHits(ctx, scanKey)) {
      const span = originalSpan(nt, sentence.start + h.hit.start, sentence.start + h.hit.end);
      findings.push({
        ruleId: h.rule.id,
        category: h.rule.category,
        severity: h.rule.severity,
        start: span.start,
        end: span.end,
        excerpt: text.slice(span.start, span.end),
        basis: h.rule.basis[lang],
        explanation: h.rule.explanation[lang],
        suggestion: h.rule.suggestion[lang],
      });
    }
  }

  const checkedMandatory = options.checkMandatory ?? looksLikeWholeContract(nt.text);
  if (checkedMandatory) {
    for (const clause of findMissingClauses(nt.text, language, options.templateVersion)) {
      const explanation = MISSING_MANDATORY_CLAUSE.explanation(clause.title);
      const suggestion = MISSING_MANDATORY_CLAUSE.suggestion(clause.title, clause.modelText);
      findings.push({
        ruleId: MISSING_MANDATORY_CLAUSE.id,
        category: 'missing_mandatory_clause',
        severity: clause.severity,
        start: 0,
        end: 0,
        excerpt: '',
        basis: MISSING_MANDATORY_CLAUSE.basis[lang],
        explanation: explanation[lang],
        suggestion: suggestion[lang],
        clauseId: clause.id,
      });
    }
  }

  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { findings, ruleLibraryVersion: RULE_LIBRARY_VERSION, language, checkedMandatory };
}

/** Hits this close ("仅安排转课，不予退款") are one statement for suppression. */
const SUPPRESS_GAP = 4;

/** A specific rule's hit makes an overlapping or adjacent generic one redundant (Rule.suppresses). */
function suppressRedundant(hits: SentenceHit[]): readonly SentenceHit[] {
  if (hits.length < 2) return hits;
  return hits.filter(
    (h) =>
      !hits.some(
        (o) =>
          o !== h &&
          o.rule.suppresses?.includes(h.rule.id) === true &&
          (o.rule.suppressInSentence === true || (o.hit.start < h.hit.end + SUPPRESS_GAP && h.hit.start < o.hit.end + SUPPRESS_GAP)),
      ),
  );
}

const HEADING_ZH = /第(\d+)条/g;
const HEADING_EN = /\b(?:article|section|clause) (\d+)\b/g;

export function looksLikeWholeContract(normalized: string): boolean {
  if (normalized.length < 200) return false;
  if (!/合同|协议|contract|agreement/.test(normalized)) return false;
  const parties = (/甲方/.test(normalized) && /乙方/.test(normalized)) || (/party a/.test(normalized) && /party b/.test(normalized)) ||
    (/机构|学校|institution|school/.test(normalized) && /学员|学生|家长|student|parent/.test(normalized));
  if (!parties) return false;
  const zh = new Set(Array.from(normalized.matchAll(HEADING_ZH), (m) => m[1]));
  const en = new Set(Array.from(normalized.matchAll(HEADING_EN), (m) => m[1]));
  return zh.size >= 4 || en.size >= 4;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
