import type { Lang, Localized } from '../../http/i18n';
import type { Policy } from '../policies/store';
import { scanContract } from './scanner';
import type { Finding, FindingCategory, ScanLimits, Severity, TextLanguage } from './types';

/**
 * Findings as stored with a version, a rescan or a case: the span and rule as found, the messages
 * in both languages, so a stored scan answers a zh or en reader without scanning again and a
 * notice issued in Chinese can be read in English.
 */
export interface StoredFinding {
  ruleId: string;
  category: FindingCategory;
  severity: Severity;
  start: number;
  end: number;
  excerpt: string;
  clauseId?: string;
  basis: Localized;
  explanation: Localized;
  suggestion: Localized;
}

export interface StoredScan {
  findings: StoredFinding[];
  ruleLibraryVersion: string;
  language: TextLanguage;
  counts: { high: number; medium: number; low: number };
}

/** The policy's single-charge limits (SPEC §3.1) as the scanner reads them. */
export function scanLimits(policy: Policy): ScanLimits {
  const c = policy.values.charges;
  return {
    maxLessonsPerCharge: c.maxLessonsPerCharge,
    maxDaysPerCharge: c.maxDaysPerCharge,
    maxAmountNonSubject: c.maxAmountNonSubject,
    maxDepositRatio: c.maxDepositRatio,
  };
}

/**
 * Scans a whole filed contract (mandatory clauses checked, SPEC §4) once per message language
 * and zips the two runs. The runs differ only in messages; anything else is a scanner bug.
 */
export function scanForFiling(text: string, options: { language?: TextLanguage; templateVersion?: string; policy: Policy }): StoredScan {
  const common = {
    ...(options.language ? { language: options.language } : {}),
    ...(options.templateVersion ? { templateVersion: options.templateVersion } : {}),
    limits: scanLimits(options.policy),
    checkMandatory: true,
  };
  const zh = scanContract(text, { ...common, messageLanguage: 'zh' });
  const en = scanContract(text, { ...common, messageLanguage: 'en' });
  if (zh.findings.length !== en.findings.length) throw new Error('scanner returned different findings per message language');
  const findings = zh.findings.map((z, i) => {
    const e = en.findings[i] as Finding;
    if (e.ruleId !== z.ruleId || e.start !== z.start || e.end !== z.end || e.clauseId !== z.clauseId) {
      throw new Error('scanner returned different findings per message language');
    }
    return {
      ruleId: z.ruleId,
      category: z.category,
      severity: z.severity,
      start: z.start,
      end: z.end,
      excerpt: z.excerpt,
      ...(z.clauseId !== undefined ? { clauseId: z.clauseId } : {}),
      basis: { zh: z.basis, en: e.basis },
      explanation: { zh: z.explanation, en: e.explanation },
      suggestion: { zh: z.suggestion, en: e.suggestion },
    };
  });
  return { findings, ruleLibraryVersion: zh.ruleLibraryVersion, language: zh.language, counts: countBySeverity(findings) };
}

export function countBySeverity(findings: readonly { severity: Severity }[]): { high: number; medium: number; low: number } {
  const counts = { high: 0, medium: 0, low: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** A stored finding in the reader's language (the API's Finding shape, SPEC §8). */
export function localizeFinding(f: StoredFinding, lang: Lang): Finding {
  return {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    start: f.start,
    end: f.end,
    excerpt: f.excerpt,
    basis: f.basis[lang],
    explanation: f.explanation[lang],
    suggestion: f.suggestion[lang],
    ...(f.clauseId !== undefined ? { clauseId: f.clauseId } : {}),
  };
}

/** Reads findings back from jsonb (both engines hand back parsed JSON). */
export function storedFindings(json: unknown): StoredFinding[] {
  return (Array.isArray(json) ? json : []) as StoredFinding[];
}

/**
 * What a rectification notice lists: the high findings that must go before the case can close,
 * then the medium ones the institution should fix in the same revision. Low findings are wording
 * advice and stay in the API only, so the notice orders what the law requires.
 */
export function noticeFindings(findings: readonly StoredFinding[]): StoredFinding[] {
  const rank: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
  return findings.filter((f) => f.severity !== 'low').sort((a, b) => rank[a.severity] - rank[b.severity] || a.start - b.start);
}
