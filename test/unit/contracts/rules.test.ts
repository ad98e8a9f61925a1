import { getRule, RULE_LIBRARY_VERSION, RULES } from '../../../src/modules/contracts/rules/index';
import { scanContract } from '../../../src/modules/contracts/scanner';
import { FINDING_CATEGORIES } from '../../../src/modules/contracts/types';
import { PHRASING_CASES, RULE_CASES, type PhrasingCase } from './rule-cases';
import { PHRASING_CASES_2025_4 } from './rule-cases-2025-4';
import { PHRASING_CASES_2025_5 } from './rule-cases-2025-5';
import { FAIR_CASES_2025_6, PHRASING_CASES_2025_6 } from './rule-cases-2025-6';
import { PHRASING_CASES_2025_7 } from './rule-cases-2025-7';
import { FAIR_CASES_2025_8, PHRASING_CASES_2025_8 } from './rule-cases-2025-8';

describe('rule library', () => {
  it('has a version and unique, stable-looking ids', () => {
    expect(RULE_LIBRARY_VERSION).toMatch(/^\d{4}\.\d+\.\d+$/);
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9_]+$/);
  });

  it('every rule has a category, severity, and basis/explanation/suggestion in zh and en', () => {
    for (const r of RULES) {
      expect(FINDING_CATEGORIES).toContain(r.category);
      expect(['high', 'medium', 'low']).toContain(r.severity);
      for (const field of [r.basis, r.explanation, r.suggestion]) {
        expect(field.zh.length).toBeGreaterThan(5);
        expect(field.en.length).toBeGreaterThan(5);
      }
      expect(r.zh ?? r.en).toBeDefined();
      for (const s of r.suppresses ?? []) expect(getRule(s)).toBeDefined();
    }
  });

  it('cites the legal bases of SPEC §4 and REGULATION-NOTES §3', () => {
    const all = RULES.map((r) => r.basis.zh).join('\n');
    for (const cite of ['第四百九十六条', '第四百九十七条', '第四百九十八条', '第五百零六条', '第五百八十五条', '第五百八十六条', '第二十六条', '第五十三条', '合同行政监督管理办法', '教监管函〔2021〕2号']) {
      expect(all).toContain(cite);
    }
  });

  it('covers all six content categories, over_limit, and all 34 patterns of REGULATION-NOTES §3', () => {
    const categories = new Set(RULES.map((r) => r.category));
    for (const c of FINDING_CATEGORIES) if (c !== 'missing_mandatory_clause') expect(categories).toContain(c);
    const patterns = new Set(RULES.flatMap((r) => r.patterns));
    for (let p = 1; p <= 34; p++) expect({ pattern: p, covered: patterns.has(p) }).toEqual({ pattern: p, covered: true });
  });

  it("every rule's suggested fair wording scans clean in both languages", () => {
    for (const r of RULES) {
      for (const lang of ['zh', 'en'] as const) {
        const findings = scanContract(r.suggestion[lang], { checkMandatory: false }).findings;
        expect({ rule: r.id, lang, findings: findings.map((f) => f.ruleId) }).toEqual({ rule: r.id, lang, findings: [] });
      }
    }
  });

  it('has an unfair example and a fair near-miss for every rule and every language it matches', () => {
    for (const r of RULES) {
      const c = RULE_CASES[r.id];
      expect({ rule: r.id, hasCase: c !== undefined }).toEqual({ rule: r.id, hasCase: true });
      if (r.en) expect({ rule: r.id, hasEn: c?.en !== undefined }).toEqual({ rule: r.id, hasEn: true });
    }
  });
});

describe.each(RULES.map((r) => [r.id] as const))('%s', (id) => {
  const cases = RULE_CASES[id];
  const langs = (['zh', 'en'] as const).filter((l) => cases?.[l] !== undefined);

  it.each(langs)('%s: flags the unfair example', (lang) => {
    const c = cases?.[lang];
    if (!c) return;
    const result = scanContract(c.unfair, { checkMandatory: false });
    const hit = result.findings.find((f) => f.ruleId === id);
    expect({ text: c.unfair, rules: result.findings.map((f) => f.ruleId) }).toEqual({ text: c.unfair, rules: expect.arrayContaining([id]) });
    expect(hit?.category).toBe(getRule(id)?.category);
    expect(hit && c.unfair.slice(hit.start, hit.end)).toBe(hit?.excerpt);
  });

  it.each(langs)('%s: leaves the fair near-miss alone', (lang) => {
    const c = cases?.[lang];
    if (!c) return;
    const result = scanContract(c.fair, { checkMandatory: false });
    expect({ text: c.fair, findings: result.findings.map((f) => `${f.ruleId}「${f.excerpt}」`) }).toEqual({ text: c.fair, findings: [] });
  });
});

describe('numeric thresholds', () => {
  const ids = (text: string, limits?: Parameters<typeof scanContract>[1]): string[] =>
    scanContract(text, { checkMandatory: false, ...limits }).findings.map((f) => f.ruleId);

  it('deposit: over 20 % of the price is flagged, 20 % is not, in any notation', () => {
    for (const t of ['定金为课程总价的21%。', '定金为课程总价的百分之三十。', '定金为课程总价的３０％。', '定金为课程总价的三分之一。', '定金为课程总价的三成。', '定金3000元，课程总价10000元。']) {
      expect({ t, hit: ids(t).includes('BURDEN_EXCESSIVE_DEPOSIT') }).toEqual({ t, hit: true });
    }
    for (const t of ['定金为课程总价的20%。', '定金为课程总价的五分之一。', '定金为课程总价的两成。', '定金不超过课程总价的30%。', '定金2000元，课程总价10000元。']) {
      expect({ t, hit: ids(t).includes('BURDEN_EXCESSIVE_DEPOSIT') }).toEqual({ t, hit: false });
    }
  });

  it('deposit ratio comes from the caller (policy table)', () => {
    expect(ids('定金为课程总价的15%。', { limits: { maxDepositRatio: '0.10' } })).toContain('BURDEN_EXCESSIVE_DEPOSIT');
  });

  it('handling fee on refunds of any size is flagged (even 1 %), a negated one is not', () => {
    for (const t of ['退费时收取1%手续费。', '退费时收取百分之一的手续费。', '退费扣除５元手续费。', '退费时扣除0.5%的管理费。']) {
      expect({ t, hit: ids(t).includes('BURDEN_REFUND_HANDLING_FEE') }).toEqual({ t, hit: true });
    }
    for (const t of ['退费时不收取手续费。', '退费免收手续费。', '退费手续费为0元。', '退费手续费由甲方承担。']) expect({ t, ids: ids(t) }).toEqual({ t, ids: [] });
  });

  it('penalty above 20 % of the price (documented threshold) is excessive; 20 % is not', () => {
    expect(ids('学员解约的，应支付合同总价25%的违约金。')).toContain('BURDEN_EXCESSIVE_PENALTY');
    expect(ids('学员解约的，应支付合同总价两倍的违约金。')).toContain('BURDEN_EXCESSIVE_PENALTY');
    expect(ids('学员解约的，应支付合同总价20%的违约金。')).toEqual([]);
    expect(ids('学员解约的，应支付合同总价25%的违约金。', { limits: { maxPenaltyRatio: '0.30' } })).toEqual([]);
  });

  it('one charge over 60 lessons, 3 months or 5,000 yuan is over_limit; at the limit it is not', () => {
    expect(ids('乙方一次性购买61课时。')).toContain('OVER_LIMIT_LESSONS');
    expect(ids('乙方一次性购买60课时。')).toEqual([]);
    expect(ids('乙方一次性预交4个月的学费。')).toContain('OVER_LIMIT_PERIOD');
    expect(ids('乙方一次性预交3个月的学费。')).toEqual([]);
    expect(ids('乙方一次性预交13周的学费。')).toEqual([]);
    expect(ids('乙方一次性支付学费5000.01元。')).toContain('OVER_LIMIT_AMOUNT');
    expect(ids('乙方一次性支付学费5000元。')).toEqual([]);
    expect(ids('乙方一次性支付学费伍仟零壹元。')).toContain('OVER_LIMIT_AMOUNT');
  });

  it('limits come from the caller: a stricter or a switched-off policy', () => {
    expect(ids('乙方一次性购买40课时。', { limits: { maxLessonsPerCharge: 30 } })).toContain('OVER_LIMIT_LESSONS');
    expect(ids('乙方一次性支付学费8000元。', { limits: { maxAmountNonSubject: null } })).toEqual([]);
    expect(ids('乙方一次性预交2个月的学费。', { limits: { maxDaysPerCharge: 31 } })).toContain('OVER_LIMIT_PERIOD');
  });
});

/** Each unfair phrasing is flagged by its rule (excerpts match their spans); its fair near-miss scans clean. */
function checkPhrasings(cases: readonly PhrasingCase[]): void {
  it.each(cases.map((c) => [c.rule, c.unfair, c.fair] as const))('%s: %s', (rule, unfair, fair) => {
    expect(getRule(rule)).toBeDefined();
    const hit = scanContract(unfair, { checkMandatory: false });
    expect({ text: unfair, rules: hit.findings.map((f) => f.ruleId) }).toEqual({ text: unfair, rules: expect.arrayContaining([rule]) });
    for (const f of hit.findings) expect(unfair.slice(f.start, f.end)).toBe(f.excerpt);
    const clean = scanContract(fair, { checkMandatory: false });
    expect({ text: fair, findings: clean.findings.map((f) => `${f.ruleId}「${f.excerpt}」`) }).toEqual({ text: fair, findings: [] });
  });
}

describe('phrasings added in rule library 2025.2', () => {
  checkPhrasings(PHRASING_CASES);
});

describe('phrasings added in rule library 2025.4 (heldout-8 studied)', () => {
  checkPhrasings(PHRASING_CASES_2025_4);
});

describe('phrasings added in rule library 2025.5 (heldout-9 studied)', () => {
  checkPhrasings(PHRASING_CASES_2025_5);

  it('a retaliatory termination is both remedy_exclusion and unilateral_right', () => {
    for (const text of ['如家长向相关部门投诉，本机构有权立即终止服务。', '如对服务存有疑义，请先与本店沟通,切勿在点评平台发表言论;一经发现,本店有权取消其会员资格。']) {
      const cats = new Set(scanContract(text, { checkMandatory: false }).findings.map((f) => f.category));
      expect({ text, cats: [...cats].sort() }).toEqual({ text, cats: ['remedy_exclusion', 'unilateral_right'] });
    }
  });
});

describe('phrasings added in rule library 2025.6 (heldout-10 studied)', () => {
  checkPhrasings(PHRASING_CASES_2025_6);

  it.each(FAIR_CASES_2025_6.map((t) => [t] as const))('fair: %s', (text) => {
    const clean = scanContract(text, { checkMandatory: false });
    expect({ text, findings: clean.findings.map((f) => `${f.ruleId}「${f.excerpt}」`) }).toEqual({ text, findings: [] });
  });

  it('termination at will with the fees kept is unilateral_right + refund_exclusion', () => {
    const text = '学员如有违反本中心管理规定的行为，本中心有权单方解除合同，已缴费用不予退还。';
    const cats = new Set(scanContract(text, { checkMandatory: false }).findings.map((f) => f.category));
    expect([...cats].sort()).toEqual(['refund_exclusion', 'unilateral_right']);
  });
});

describe("phrasings added in rule library 2025.7 (heldout-10's remaining families)", () => {
  checkPhrasings(PHRASING_CASES_2025_7);
});

describe('phrasings added in rule library 2025.8 (heldout-11 studied)', () => {
  checkPhrasings(PHRASING_CASES_2025_8);

  it.each(FAIR_CASES_2025_8.map((t) => [t] as const))('fair: %s', (text) => {
    const clean = scanContract(text, { checkMandatory: false });
    expect({ text, findings: clean.findings.map((f) => `${f.ruleId}「${f.excerpt}」`) }).toEqual({ text, findings: [] });
  });
});
