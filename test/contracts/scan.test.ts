import { startTestApp, type TestApp } from '../support/app';
import { contractTablesSnapshot } from './helpers';

let t: TestApp;
let staff: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  staff = await t.as.institution('00000000-0000-4000-8000-000000000001');
});
afterAll(() => t.close());

interface ApiFinding {
  ruleId: string;
  category: string;
  severity: string;
  start: number;
  end: number;
  excerpt: string;
  basis: string;
  suggestion: string;
}

describe('POST /api/v1/contracts/scan', () => {
  it('returns findings with exact spans, basis and suggestion in Chinese by default', async () => {
    const text = '第三条 费用\n学员一经缴费，概不退还。\r\n第四条 其他\n本机构保留最终解释权。';
    const res = await t.http.post('/api/v1/contracts/scan').set(staff).send({ text }).expect(200);
    expect(res.body).toMatchObject({ language: 'zh', checkedMandatory: false, ruleLibraryVersion: expect.any(String), policyVersion: expect.any(Number) });
    const findings = res.body.findings as ApiFinding[];
    expect(findings.map((f) => [f.category, f.severity])).toEqual([
      ['refund_exclusion', 'high'],
      ['unilateral_right', 'high'],
    ]);
    for (const f of findings) {
      expect(f.excerpt).toBe(text.slice(f.start, f.end));
      expect(f.basis).toMatch(/民法典/);
      expect(f.suggestion).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(findings[0]!.excerpt).toBe('一经缴费，概不退还');
    expect(findings[1]!.excerpt).toContain('最终解释权');
  });

  it('answers in English with Accept-Language: en, spans unchanged', async () => {
    const text = 'Article 7. All fees are non-refundable once paid.';
    const res = await t.http.post('/api/v1/contracts/scan').set(staff).set('Accept-Language', 'en').send({ text, language: 'en' }).expect(200);
    const [f] = res.body.findings as ApiFinding[];
    expect(f).toMatchObject({ category: 'refund_exclusion', severity: 'high' });
    expect(f!.excerpt).toBe(text.slice(f!.start, f!.end));
    expect(f!.basis).toMatch(/Civil Code/);
    expect(f!.suggestion).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('a clause stating a consumer right is not a finding', async () => {
    const res = await t.http.post('/api/v1/contracts/scan').set(staff).send({ text: '乙方申请退费的，甲方应当自收到申请之日起10个工作日内退还剩余课时对应的费用，不收取手续费。' }).expect(200);
    expect(res.body.findings).toEqual([]);
  });

  it('reads the single-charge limits from the policy in force (SPEC §3.1)', async () => {
    const text = '本合同一次性收取96课时的培训费用。';
    const before = await t.http.post('/api/v1/contracts/scan').set(staff).send({ text }).expect(200);
    expect((before.body.findings as ApiFinding[]).map((f) => f.category)).toContain('over_limit');
    const city = await t.as.cityRegulator();
    await t.http.patch('/api/v1/policies').set(city).send({ values: { charges: { maxLessonsPerCharge: 120 } }, reason: '试点放宽一次收费课时上限' }).expect(201);
    const after = await t.http.post('/api/v1/contracts/scan').set(staff).send({ text }).expect(200);
    expect((after.body.findings as ApiFinding[]).map((f) => f.category)).not.toContain('over_limit');
    expect(after.body.policyVersion).toBeGreaterThan(before.body.policyVersion);
  });

  it('is open to every signed-in role and closed to anonymous callers', async () => {
    for (const headers of [await t.as.cityRegulator(), await t.as.association(), await t.as.inspector()]) {
      await t.http.post('/api/v1/contracts/scan').set(headers).send({ text: '一经缴费，概不退还。' }).expect(200);
    }
    await t.http.post('/api/v1/contracts/scan').send({ text: '一经缴费，概不退还。' }).expect(401);
  });

  describe('bad input is refused and writes nothing', () => {
    const cases: Array<[string, unknown]> = [
      ['empty text', { text: '' }],
      ['whitespace only', { text: ' \n\t　 ' }],
      ['a NUL character', { text: '第一条\u0000一经缴费，概不退还' }],
      ['binary control characters', { text: 'PK\u0003\u0004\u0014\u0000\u0006' }],
      ['bytes that were not UTF-8', { text: '合同\ufffd\ufffd\ufffd文本' }],
      ['an unpaired surrogate', { text: '合同\ud800文本' }],
      ['an unknown field', { text: '一经缴费，概不退还。', strict: false }],
      ['an unknown language', { text: 'All fees are non-refundable.', language: 'fr' }],
      ['a number for text', { text: 42 }],
      ['over 200 000 characters', { text: '合'.repeat(200_001) }],
    ];
    it.each(cases)('%s → 400', async (_what, body) => {
      const before = await contractTablesSnapshot(t);
      const res = await t.http.post('/api/v1/contracts/scan').set(staff).send(body as object).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(await contractTablesSnapshot(t)).toEqual(before);
    });

    it('a 2 MB body is stopped by the body limit: 413', async () => {
      const res = await t.http.post('/api/v1/contracts/scan').set(staff).send({ text: 'a'.repeat(2 * 1024 * 1024) }).expect(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('a non-JSON body is refused', async () => {
      await t.http.post('/api/v1/contracts/scan').set(staff).set('Content-Type', 'application/octet-stream').send(Buffer.from([0, 1, 2, 3])).expect(415);
    });

    it('200 000 characters are accepted', async () => {
      const text = '乙方有权按照本合同约定接受培训服务。'.repeat(11_112).slice(0, 200_000);
      const res = await t.http.post('/api/v1/contracts/scan').set(staff).send({ text }).expect(200);
      expect(res.body.findings).toEqual([]);
    });
  });
});

describe('model contracts', () => {
  it('lists the templates and serves a version with both texts, placeholders and mandatory clauses', async () => {
    const headers = await t.as.association();
    const list = await t.http.get('/api/v1/contract-templates').set(headers).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: 'training-contract', latest: 'v1', versions: ['v1'] })]);
    const v1 = await t.http.get('/api/v1/contract-templates/training-contract/versions/v1').set(headers).expect(200);
    expect(v1.body.texts.zh).toContain('第五条 退费');
    expect(v1.body.texts.en).toContain('Article 5');
    expect(v1.body.mandatoryClauses.map((c: { id: string }) => c.id)).toContain('refund.terms');
    const source = Object.fromEntries((v1.body.placeholders as Array<{ name: string; source: string }>).map((p) => [p.name, p.source]));
    expect(source).toMatchObject({ 'institution.uscc': 'registry', 'course.name': 'registry', 'student.name': 'client' });
    const latest = await t.http.get('/api/v1/contract-templates/training-contract/versions/latest').set(headers).expect(200);
    expect(latest.body.version).toBe('v1');
  });

  it('an unknown template or version is a 404 problem; a malformed one a 400', async () => {
    const headers = await t.as.cityRegulator();
    expect((await t.http.get('/api/v1/contract-templates/no-such-template/versions/v1').set(headers).expect(404)).body.code).toBe('CONTRACT_TEMPLATE_NOT_FOUND');
    const missing = await t.http.get('/api/v1/contract-templates/training-contract/versions/v9').set(headers).expect(404);
    expect(missing.body).toMatchObject({ code: 'CONTRACT_TEMPLATE_VERSION_NOT_FOUND', available: ['v1'] });
    await t.http.get('/api/v1/contract-templates/..%2F..%2Fetc/versions/v1').set(headers).expect(400);
    await t.http.get('/api/v1/contract-templates').expect(401);
  });
});
