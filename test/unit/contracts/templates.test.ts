import { TemplateValuesMissing, TemplateVersionNotFound } from '../../../src/modules/contracts/errors';
import { scanContract } from '../../../src/modules/contracts/scanner';
import { checkMandatoryClauses, fillTemplate, getTemplate, getTemplateText, listTemplates } from '../../../src/modules/contracts/templates';
import { TEMPLATE_VALUES } from './template-values';

const ID = 'training-contract';
const MANDATORY = [
  'parties.institution',
  'parties.student_guardian',
  'service.course',
  'service.schedule',
  'service.class_mode',
  'fees.payment_supervised_account',
  'refund.terms',
  'breach',
  'dispute_resolution',
  'notice.no_training_loans',
  'notice.supervised_account_only',
];

describe('contract templates', () => {
  it('lists the model contract with its versions, latest by default', () => {
    const t = listTemplates().find((x) => x.templateId === ID);
    expect(t?.versions).toContain('v1');
    expect(getTemplate(ID).manifest.version).toBe(t?.latest);
    expect(getTemplate(ID, 'v1').manifest.version).toBe('v1');
    expect(getTemplate(ID, 1).manifest.version).toBe('v1');
    expect(() => getTemplate(ID, 'v99')).toThrow(TemplateVersionNotFound);
  });

  it('declares every mandatory clause of SPEC §4, each with a marker present exactly once in both languages', () => {
    const { manifest, texts } = getTemplate(ID, 'v1');
    expect(manifest.mandatoryClauses.map((c) => c.id)).toEqual(MANDATORY);
    for (const c of manifest.mandatoryClauses) {
      for (const lang of ['zh-CN', 'en'] as const) {
        const text = texts[lang] ?? '';
        expect({ id: c.id, lang, count: text.split(c.markers[lang]).length - 1 }).toEqual({ id: c.id, lang, count: 1 });
      }
    }
  });

  it('uses the placeholders the design names and declares every one it uses', () => {
    const names = getTemplate(ID).manifest.placeholders.map((p) => p.name);
    for (const n of ['institution.name', 'institution.uscc', 'institution.licence.number', 'institution.licence.expiresOn', 'course.name', 'course.totalLessons', 'course.lessonMinutes', 'enrollment.amountPaid', 'enrollment.serviceStartsOn']) {
      expect(names).toContain(n);
      expect(getTemplateText(ID, undefined, 'zh-CN')).toContain(`{{${n}}}`);
      expect(getTemplateText(ID, undefined, 'en')).toContain(`{{${n}}}`);
    }
  });

  it('writes the fair refund terms (full before start, pro rata after, 5/10 working days, no fee, gifts kept)', () => {
    const zh = getTemplateText(ID, 'v1', 'zh');
    expect(zh).toMatch(/首次课开始前申请退费的，甲方应当自收到申请之日起5个工作日内全额退还/);
    expect(zh).toContain('已缴纳培训费用×剩余课时÷总课时');
    expect(zh).toContain('10个工作日内');
    expect(zh).toContain('不收取手续费');
    expect(zh).toContain('赠送课时与购买课时按同一单价计算');
    const en = getTemplateText(ID, 'v1', 'en');
    expect(en).toContain('fees paid × remaining lessons ÷ total lessons');
  });

  describe.each(['zh-CN', 'en'] as const)('filled in %s', (lang) => {
    const filled = fillTemplate(ID, undefined, lang, TEMPLATE_VALUES);

    it('substitutes every placeholder', () => {
      expect(filled.text).not.toMatch(/\{\{|\}\}/);
      expect(filled.text).toContain(TEMPLATE_VALUES.institution.uscc);
      expect(filled.text).toContain(TEMPLATE_VALUES.enrollment.amountPaid);
      expect(filled.version).toBe('v1');
    });

    it('has every mandatory clause', () => {
      expect(checkMandatoryClauses(filled.text, lang).missing).toEqual([]);
    });

    it('scans clean, mandatory check included', () => {
      const result = scanContract(filled.text, { checkMandatory: true });
      expect(result.findings.map((f) => `${f.ruleId}「${f.excerpt}」${f.clauseId ?? ''}`)).toEqual([]);
    });

    it('is recognised as a whole contract, so the ad-hoc scan checks mandatory clauses by itself', () => {
      expect(scanContract(filled.text).checkedMandatory).toBe(true);
    });
  });

  it('also scans clean unfilled (the template text itself)', () => {
    for (const lang of ['zh-CN', 'en']) expect(scanContract(getTemplateText(ID, undefined, lang), { checkMandatory: true }).findings).toEqual([]);
  });

  it('throws a typed error listing every missing value, never leaves a blank', () => {
    const partial = { ...TEMPLATE_VALUES, institution: { ...TEMPLATE_VALUES.institution, uscc: '', licence: { number: TEMPLATE_VALUES.institution.licence.number } } };
    let error: unknown;
    try {
      fillTemplate(ID, 'v1', 'zh', partial);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateValuesMissing);
    expect((error as TemplateValuesMissing).missing).toEqual(['institution.licence.expiresOn', 'institution.uscc']);
    expect((error as TemplateValuesMissing).code).toBe('CONTRACT_TEMPLATE_VALUES_MISSING');
  });

  it('accepts flat keys, numbers and Dates, uses defaults for optional placeholders and keeps values on one line', () => {
    const flat: Record<string, unknown> = {};
    const walk = (o: Record<string, unknown>, prefix: string): void => {
      for (const [k, v] of Object.entries(o)) {
        if (v !== null && typeof v === 'object') walk(v as Record<string, unknown>, `${prefix}${k}.`);
        else flat[`${prefix}${k}`] = v;
      }
    };
    walk(TEMPLATE_VALUES as unknown as Record<string, unknown>, '');
    delete flat['course.teacher'];
    delete flat['student.school'];
    flat['contract.signedOn'] = new Date('2025-03-01T16:30:00Z'); // 2025-03-02 in Shanghai
    flat['institution.name'] = '某某学校\n第五条 一经缴费概不退还';
    const filled = fillTemplate(ID, undefined, 'zh', flat);
    expect(filled.text).toContain('签订日期：2025-03-02');
    expect(filled.text).toContain('由甲方安排具备相应资质的教师');
    expect(filled.text).toContain('某某学校 第五条 一经缴费概不退还');
    expect(filled.text).not.toContain('某某学校\n第五条');
  });
});

describe('checkMandatoryClauses on filed (edited) copies', () => {
  const zh = fillTemplate(ID, undefined, 'zh', TEMPLATE_VALUES).text;

  it('tolerates renumbered articles, reworded headings, full-width punctuation and spacing', () => {
    const edited = zh
      .replace(/## /g, '')
      .replace('第五条 退费', '第 六 条　退费办法')
      .replace('第七条 违约责任', '第八條　違約責任')
      .replace(/，/g, ',')
      .replace(/：/g, ':');
    expect(checkMandatoryClauses(edited, 'zh').missing).toEqual([]);
  });

  it('reports the clauses a contract lacks, and the scanner turns them into findings at 0..0', () => {
    const withoutRefund = zh.replace(/## 第五条 退费[\s\S]*?(?=## 第六条)/, '').replace(/### 一、禁止培训贷[\s\S]*?(?=### 二、)/, '');
    expect(checkMandatoryClauses(withoutRefund, 'zh').missing).toEqual(['refund.terms', 'notice.no_training_loans']);
    const findings = scanContract(withoutRefund, { checkMandatory: true }).findings.filter((f) => f.category === 'missing_mandatory_clause');
    expect(findings.map((f) => f.clauseId)).toEqual(['refund.terms', 'notice.no_training_loans']); // manifest order
    for (const f of findings) expect(f).toMatchObject({ ruleId: 'MISSING_MANDATORY_CLAUSE', start: 0, end: 0, excerpt: '', severity: 'high' });
    expect(findings.find((f) => f.clauseId === 'refund.terms')?.suggestion).toContain('全额退还');
  });

  it('does not check a single clause unless asked', () => {
    expect(scanContract('一经缴费，概不退还。').findings.map((f) => f.category)).toEqual(['refund_exclusion']);
    expect(scanContract('一经缴费，概不退还。', { checkMandatory: true }).findings.filter((f) => f.category === 'missing_mandatory_clause')).toHaveLength(11);
  });
});
