import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getRule } from '../../../src/modules/contracts/rules/index';
import { scanContract } from '../../../src/modules/contracts/scanner';
import type { FindingCategory, TextLanguage } from '../../../src/modules/contracts/types';

/**
 * Precision / recall / F1 of the scanner on a labelled clause corpus.
 *
 * Unit of evaluation: one (clause, category) pair, for the seven clause-level categories
 * (`missing_mandatory_clause` is structural and needs a whole contract, so it is tested
 * elsewhere; clauses are scanned with the mandatory check off).
 *   - predicted(c, X): the scan of clause c returns at least one finding of category X;
 *   - expected(c, X):  X is in c.expected (a rule id there counts as its rule's category);
 *   - TP: expected and predicted; FP: predicted, not expected; FN: expected, not predicted.
 * Per category: P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2PR/(P+R). "overall" is the micro-average
 * over all pairs (sums of TP, FP, FN across categories). A fair clause (expected = []) can
 * only contribute false positives.
 */

export const CLAUSE_CATEGORIES: readonly FindingCategory[] = [
  'refund_exclusion',
  'consumer_burden',
  'unilateral_right',
  'liability_exemption',
  'remedy_exclusion',
  'payment_channel',
  'over_limit',
];

export interface CorpusClause {
  text: string;
  language: TextLanguage;
  expected: string[];
  fair: boolean;
  note?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface CorpusReport {
  clauses: number;
  fair: number;
  overall: Scores;
  perCategory: Record<string, Scores>;
  errors: { text: string; expected: string[]; got: string[] }[];
}

export function loadCorpus(file: string): CorpusClause[] {
  const full = path.join(__dirname, '..', '..', 'fixtures', 'clauses', file);
  return readFileSync(full, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l, i) => {
      const row = JSON.parse(l) as CorpusClause;
      if (typeof row.text !== 'string' || !Array.isArray(row.expected) || typeof row.fair !== 'boolean') {
        throw new Error(`${file}:${i + 1}: malformed corpus row`);
      }
      if (row.fair !== (row.expected.length === 0)) throw new Error(`${file}:${i + 1}: "fair" disagrees with "expected"`);
      return row;
    });
}

function toCategory(label: string): string {
  return getRule(label)?.category ?? label;
}

function scores(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1, support: c.tp + c.fn };
}

export function evaluate(corpus: readonly CorpusClause[]): CorpusReport {
  const counts: Record<string, Counts> = Object.fromEntries(CLAUSE_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const errors: CorpusReport['errors'] = [];
  for (const clause of corpus) {
    const result = scanContract(clause.text, { language: clause.language, checkMandatory: false });
    const got = new Set<string>(result.findings.map((f) => f.category));
    const expected = new Set(clause.expected.map(toCategory));
    let wrong = false;
    for (const cat of CLAUSE_CATEGORIES) {
      const c = counts[cat] as Counts;
      if (expected.has(cat) && got.has(cat)) c.tp++;
      else if (expected.has(cat)) {
        c.fn++;
        wrong = true;
      } else if (got.has(cat)) {
        c.fp++;
        wrong = true;
      }
    }
    if (wrong) errors.push({ text: clause.text, expected: [...expected], got: result.findings.map((f) => `${f.category}/${f.ruleId}「${f.excerpt}」`) });
  }
  const total = Object.values(counts).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    clauses: corpus.length,
    fair: corpus.filter((c) => c.fair).length,
    overall: scores(total),
    perCategory: Object.fromEntries(Object.entries(counts).map(([k, c]) => [k, scores(c)])),
    errors,
  };
}

export function formatReport(title: string, r: CorpusReport): string {
  const row = (name: string, s: Scores): string =>
    `${name.padEnd(22)} ${String(s.support).padStart(7)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}  ${s.f1.toFixed(3)}`;
  const lines = [
    `${title}: ${r.clauses} clauses (${r.fair} fair, ${r.clauses - r.fair} unfair)`,
    `${'category'.padEnd(22)} support   TP   FP   FN  precis  recall  F1`,
    ...CLAUSE_CATEGORIES.map((c) => row(c, r.perCategory[c] as Scores)),
    row('overall (micro)', r.overall),
  ];
  if (r.errors.length > 0) {
    lines.push('misclassified:');
    for (const e of r.errors) lines.push(`  expected [${e.expected.join(', ')}] got [${e.got.join(' ')}]  ${e.text}`);
  }
  return lines.join('\n');
}
