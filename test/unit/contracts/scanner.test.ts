import { detectLanguage } from '../../../src/modules/contracts/language';
import { DEFAULT_SCAN_LIMITS } from '../../../src/modules/contracts/limits';
import { RULE_LIBRARY_VERSION } from '../../../src/modules/contracts/rules/index';
import { clearSentenceCache, scanContract } from '../../../src/modules/contracts/scanner';

describe('scanContract', () => {
  it('returns findings with the library version, in zh by default and en on request', () => {
    const zh = scanContract('本机构保留最终解释权。');
    expect(zh.ruleLibraryVersion).toBe(RULE_LIBRARY_VERSION);
    expect(zh.findings[0]).toMatchObject({ ruleId: 'UNILATERAL_FINAL_INTERPRETATION', category: 'unilateral_right', severity: 'high' });
    expect(zh.findings[0]?.basis).toContain('民法典');
    const en = scanContract('本机构保留最终解释权。', { messageLanguage: 'en' });
    expect(en.findings[0]?.basis).toContain('Civil Code');
    expect(en.findings[0]?.suggestion).toMatch(/ordinary meaning/);
  });

  it('detects the language when none is given', () => {
    expect(detectLanguage('一经缴费，概不退还。')).toBe('zh');
    expect(detectLanguage('All fees are non-refundable.')).toBe('en');
    expect(detectLanguage('本课程使用APP上课，详见www.example.com。')).toBe('zh');
    expect(detectLanguage('Party A: 张三 Training Ltd. shall provide the lessons agreed below.')).toBe('en');
    expect(scanContract('All fees are non-refundable.').language).toBe('en');
  });

  it('splits clause by clause: a consumer right next to an exclusion does not hide it', () => {
    const ids = scanContract('乙方可随时申请退费，但开课后概不退还。').findings.map((f) => f.ruleId);
    expect(ids).toEqual(['REFUND_NONE_AFTER_START']);
  });

  it('reports a specific rule instead of the generic one it covers', () => {
    expect(scanContract('已上课时超过一半的，不予退费。').findings.map((f) => f.ruleId)).toEqual(['REFUND_NONE_AFTER_PROPORTION']);
  });

  it('reads who 甲方 is from the party block', () => {
    const institutionFirst = '甲方（培训机构）：某某学校\n乙方（学员）：张三\n甲方享有本合同的解释权。';
    const studentFirst = '甲方（学员）：张三\n乙方（培训机构）：某某学校\n甲方享有本合同的解释权。';
    expect(scanContract(institutionFirst).findings.map((f) => f.ruleId)).toEqual(['UNILATERAL_FINAL_INTERPRETATION']);
    expect(scanContract(studentFirst).findings).toEqual([]);
  });

  it('uses the default limits of SPEC §3.1 and merges partial limits', () => {
    expect(DEFAULT_SCAN_LIMITS).toEqual({ maxLessonsPerCharge: 60, maxDaysPerCharge: 92, maxAmountNonSubject: '5000.00', maxDepositRatio: '0.20' });
    expect(scanContract('乙方一次性购买70课时。', { limits: { maxAmountNonSubject: null } }).findings.map((f) => f.ruleId)).toEqual(['OVER_LIMIT_LESSONS']);
  });

  it('returns nothing for an empty or harmless text', () => {
    expect(scanContract('').findings).toEqual([]);
    expect(scanContract('   \n\n ').findings).toEqual([]);
    expect(scanContract('本合同一式两份，双方各执一份。').findings).toEqual([]);
  });

  it('stays fast on pathological input (no catastrophic backtracking)', () => {
    const long = `${'退'.repeat(5000)}${'不'.repeat(5000)}${'a '.repeat(5000)}${'，'.repeat(3000)}`;
    const started = Date.now();
    scanContract(long);
    scanContract('一经'.repeat(3000) + '缴费'.repeat(3000));
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('the sentence cache', () => {
  const spans = (text: string, options: Parameters<typeof scanContract>[1] = {}) =>
    scanContract(text, { checkMandatory: false, ...options }).findings.map((f) => `${f.ruleId}@${f.start}-${f.end}「${f.excerpt}」`);

  it('gives the same findings, at the right places, when a sentence recurs in another contract', () => {
    clearSentenceCache();
    const clause = '本机构有权单方调整上课时间，学员不得以此为由要求退费。';
    const first = spans(clause);
    expect(first.length).toBeGreaterThan(0);
    const later = `第一条 课程安排以双方约定为准。${clause}`;
    const offset = later.indexOf(clause);
    expect(spans(later)).toEqual(first.map((s) => s.replace(/@(\d+)-(\d+)/, (_, a, b) => `@${Number(a) + offset}-${Number(b) + offset}`)));
  });

  it('keys on the limits: a cached sentence is judged again under other limits', () => {
    clearSentenceCache();
    const text = '乙方一次性购买40课时。';
    expect(spans(text)).toEqual([]);
    expect(spans(text, { limits: { maxLessonsPerCharge: 30 } }).join()).toContain('OVER_LIMIT_LESSONS');
    expect(spans(text)).toEqual([]);
  });

  it('keys on the sentence a condition continues: the same words alone are judged alone', () => {
    clearSentenceCache();
    const tail = '本机构一律不予办理。';
    const continued = spans(`学员开课后要求退费的。${tail}`);
    expect(continued.join()).toMatch(/REFUND_\w+@\d+-\d+「[^」]*不予办理」/);
    expect(spans(tail)).toEqual([]);
    expect(spans(`学员开课后要求退费的。${tail}`)).toEqual(continued);
  });

  it('keys on who party A is', () => {
    clearSentenceCache();
    const clause = '甲方有权随时调整课程价格。';
    const asModel = spans(`甲方（培训机构）：某某艺术中心\n乙方（学员）：张三\n${clause}`);
    const swapped = spans(`甲方（学员）：张三\n乙方（培训机构）：某某艺术中心\n${clause}`);
    expect(asModel.join()).toContain('UNILATERAL_PRICE_CHANGE');
    expect(swapped.join()).not.toContain('UNILATERAL_PRICE_CHANGE');
  });
});
