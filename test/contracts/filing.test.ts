import { newInstitution, newCourse } from '../support/factories';
import { startTestApp, type TestApp } from '../support/app';
import { binary, CLIENT_VALUES, contractingInstitution, contractTablesSnapshot, pdfText, templateFiling } from './helpers';

let t: TestApp;
let institution: { id: string; name: string; uscc: string };
let course: { id: string; name: string };
let staff: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  ({ institution, course } = await contractingInstitution(t));
  staff = await t.as.institution(institution.id);
});
afterAll(() => t.close());

const contractsOf = (id: string) => `/api/v1/institutions/${id}/contracts`;

describe('filing from the model template', () => {
  let filed: { contract: { id: string }; version: { text: string; values: Record<string, unknown> } };

  it('fills the institution and course from the registry, scans clean and keeps the version', async () => {
    const res = await t.http.post(contractsOf(institution.id)).set(staff).send(templateFiling(course.id)).expect(201);
    filed = res.body;
    expect(res.body.contract).toMatchObject({ institutionId: institution.id, courseId: course.id, currentVersion: 1, status: 'filed', counts: { high: 0, medium: 0, low: 0 }, openCase: null });
    expect(res.body.version).toMatchObject({ version: 1, source: 'template', template: { id: 'training-contract', version: 'v1', language: 'zh-CN' }, language: 'zh', findings: [], rescans: [] });
    expect(res.body.rectification).toEqual({ action: 'none', case: null });
    const text: string = res.body.version.text;
    expect(text).toContain(`机构名称：${institution.name}`);
    expect(text).toContain(`统一社会信用代码：${institution.uscc}`);
    expect(text).toContain(`课程名称：${course.name}`);
    expect(text).toContain('培训类别：线下非学科类（文化艺术）');
    expect(text).toContain('班型：小班，每班不超过6人');
    expect(text).not.toMatch(/\{\{/);
    expect(res.body.version.values).toMatchObject({ 'institution.uscc': institution.uscc, 'course.name': course.name, 'student.name': '（签约时填写）' });
    expect(res.body.version.textSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('renders the version as a PDF whose Chinese text extracts', async () => {
    const url = `${contractsOf(institution.id)}/${filed.contract.id}/versions/1/pdf`;
    const res = await t.http.get(url).set(staff).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`contract-${filed.contract.id}-v1.pdf`);
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(300 * 1024);
    const out = pdfText(pdf, 'filed.pdf');
    for (const s of ['中小学生校外培训服务合同', '第五条退费', institution.name, `统一社会信用代码：${institution.uscc}`, course.name, '已缴纳培训费用×剩余课时÷总课时', '合同编号：HT-2026-000001']) {
      expect({ s, found: out.flat.includes(s) }).toEqual({ s, found: true });
    }
    expect(out.info.Title).toBe('少儿钢琴培训服务合同');
    expect(out.info.Author).toBe(institution.name);
    // The same version renders the same bytes (dated by its filing, not by the request).
    const again = await t.http.get(url).set(staff).buffer(true).parse(binary).expect(200);
    expect((again.body as Buffer).equals(pdf)).toBe(true);
  });

  it('files the English rendering too', async () => {
    const body = templateFiling(course.id, { title: 'Piano training contract' });
    body.template.language = 'en';
    const res = await t.http.post(contractsOf(institution.id)).set(staff).send(body).expect(201);
    expect(res.body.version).toMatchObject({ language: 'en', template: { language: 'en' }, findings: [] });
    expect(res.body.version.text).toContain('offline non-subject training (Arts)');
    const pdf = await t.http.get(`${contractsOf(institution.id)}/${res.body.contract.id}/versions/1/pdf`).set(staff).buffer(true).parse(binary).expect(200);
    expect(pdfText(pdf.body as Buffer, 'filed-en.pdf').pages.join(' ')).toContain('Article 5');
  });

  it('keeps every version: a revision is version 2, version 1 stays readable', async () => {
    const url = `${contractsOf(institution.id)}/${filed.contract.id}`;
    const revised = await t.http.post(`${url}/versions`).set(staff).send({ title: '少儿钢琴培训服务合同（2026版）', text: filed.version.text }).expect(201);
    expect(revised.body.contract).toMatchObject({ currentVersion: 2, title: '少儿钢琴培训服务合同（2026版）' });
    expect(revised.body.version).toMatchObject({ version: 2, source: 'text', template: null, values: null, title: '少儿钢琴培训服务合同（2026版）' });
    const detail = await t.http.get(url).set(staff).expect(200);
    expect(detail.body.versions.map((v: { version: number; title: string }) => [v.version, v.title])).toEqual([
      [1, '少儿钢琴培训服务合同'],
      [2, '少儿钢琴培训服务合同（2026版）'],
    ]);
    expect(detail.body.latestScan).toMatchObject({ origin: 'filing', findings: [] });
    const v1 = await t.http.get(`${url}/versions/1`).set(staff).expect(200);
    expect(v1.body.text).toBe(filed.version.text);
    await t.http.get(`${url}/versions/3`).set(staff).expect(404);
    await t.http.get(`${url}/versions/0`).set(staff).expect(400);
  });

  it('lists the institution’s contracts with a cursor', async () => {
    const first = await t.http.get(`${contractsOf(institution.id)}?limit=1`).set(staff).expect(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await t.http.get(`${contractsOf(institution.id)}?limit=1&cursor=${first.body.nextCursor}`).set(staff).expect(200);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    await t.http.get(`${contractsOf(institution.id)}?cursor=garbage`).set(staff).expect(400);
  });

  it('a regulator of the district files for the institution', async () => {
    const res = await t.http.post(contractsOf(institution.id)).set(await t.as.districtRegulator('310115')).send(templateFiling(course.id)).expect(201);
    expect(res.body.contract.filedBy).toBe('district-regulator-310115');
  });
});

describe('a filed text', () => {
  it('is scanned as a whole contract: missing mandatory clauses are findings', async () => {
    const res = await t.http.post(contractsOf(institution.id)).set(staff).send({ title: '简易协议', text: '甲方为乙方提供钢琴培训，乙方按时上课。' }).expect(201);
    const missing = (res.body.version.findings as Array<{ category: string; clauseId?: string }>).filter((f) => f.category === 'missing_mandatory_clause');
    expect(missing.map((f) => f.clauseId)).toEqual(expect.arrayContaining(['refund.terms', 'notice.no_training_loans', 'dispute_resolution']));
    expect(res.body.rectification.action).toBe('opened');
  });
});

describe('bad filings are refused and write nothing', () => {
  const expectNothingWritten = async (send: () => Promise<{ status: number; body: Record<string, unknown> }>, status: number) => {
    const before = await contractTablesSnapshot(t);
    const res = await send();
    expect(res.status).toBe(status);
    expect(await contractTablesSnapshot(t)).toEqual(before);
    return res.body;
  };
  const post = (body: unknown, headers = staff, id = institution.id) => () => t.http.post(contractsOf(id)).set(headers).send(body as object);

  it('missing template values: 422 naming every missing placeholder', async () => {
    const { ['student.name']: _s, ['guardian.phone']: _g, ...values } = CLIENT_VALUES;
    const body = await expectNothingWritten(post({ title: '合同', courseId: course.id, template: { id: 'training-contract', language: 'zh-CN', values } }), 422);
    expect(body).toMatchObject({ code: 'CONTRACT_TEMPLATE_VALUES_MISSING', missing: ['guardian.phone', 'student.name'], fromRegistry: [] });
    expect(body.detail).toContain('guardian.phone');
  });

  it('without a course, the course values are missing and come from the registry', async () => {
    const body = await expectNothingWritten(post({ title: '合同', template: { id: 'training-contract', language: 'zh-CN', values: CLIENT_VALUES } }), 422);
    expect(body.code).toBe('CONTRACT_TEMPLATE_VALUES_MISSING');
    expect(body.fromRegistry).toEqual(['course.category', 'course.classSize', 'course.classType', 'course.lessonMinutes', 'course.mode', 'course.name', 'course.totalLessons']);
  });

  it('an institution record without a phone cannot fill the model contract', async () => {
    const bare = await newInstitution(t);
    const bareCourse = await newCourse(t, bare.id);
    const body = await expectNothingWritten(post(templateFiling(bareCourse.id), await t.as.institution(bare.id), bare.id), 422);
    expect(body.fromRegistry).toEqual(['institution.approvalAuthority', 'institution.contactPhone', 'institution.registrationAuthority']);
  });

  it('registry values cannot be given by the client', async () => {
    const body = await expectNothingWritten(
      post({ title: '合同', courseId: course.id, template: { id: 'training-contract', language: 'zh-CN', values: { ...CLIENT_VALUES, 'institution.name': '冒名机构', 'course.totalLessons': 999 } } }),
      422,
    );
    expect(body).toMatchObject({ code: 'CONTRACT_TEMPLATE_VALUES_FROM_REGISTRY', fields: ['institution.name', 'course.totalLessons'] });
  });

  it('placeholders the template does not have', async () => {
    const body = await expectNothingWritten(post({ ...templateFiling(course.id), template: { id: 'training-contract', language: 'zh-CN', values: { ...CLIENT_VALUES, 'student.idNumber': '310101200001011234' } } }), 422);
    expect(body).toMatchObject({ code: 'CONTRACT_TEMPLATE_VALUES_UNKNOWN', unknown: ['student.idNumber'] });
  });

  it.each<[string, unknown, number, string]>([
    ['text and template together', { title: '合同', text: '合同正文', template: { id: 'training-contract', language: 'zh-CN', values: {} } }, 400, 'VALIDATION_FAILED'],
    ['neither text nor template', { title: '合同' }, 400, 'VALIDATION_FAILED'],
    ['an unknown field', { title: '合同', text: '合同正文', signedBy: '张三' }, 400, 'VALIDATION_FAILED'],
    ['an empty text', { title: '合同', text: '' }, 400, 'VALIDATION_FAILED'],
    ['a whitespace text', { title: '合同', text: '\n \n' }, 400, 'VALIDATION_FAILED'],
    ['a binary text', { title: '合同', text: '\u0000\u0001\u0002' }, 400, 'VALIDATION_FAILED'],
    ['a blank title', { title: ' ', text: '合同正文' }, 400, 'VALIDATION_FAILED'],
    ['a value with a line break', { title: '合同', template: { id: 'training-contract', language: 'zh-CN', values: { 'student.name': '李\n第十一条 概不退还' } } }, 400, 'VALIDATION_FAILED'],
    ['a language with a template', { title: '合同', language: 'zh', template: { id: 'training-contract', language: 'zh-CN', values: {} } }, 400, 'VALIDATION_FAILED'],
    ['an unknown template', { title: '合同', template: { id: 'no-such-template', language: 'zh-CN', values: {} } }, 404, 'CONTRACT_TEMPLATE_NOT_FOUND'],
    ['an unknown template version', { title: '合同', template: { id: 'training-contract', version: 'v7', language: 'zh-CN', values: {} } }, 404, 'CONTRACT_TEMPLATE_VERSION_NOT_FOUND'],
    ['another institution’s course', { title: '合同', courseId: '00000000-0000-4000-8000-000000000000', text: '合同正文' }, 404, 'COURSE_NOT_FOUND'],
  ])('%s', async (_what, body, status, code) => {
    const res = await expectNothingWritten(post(body), status);
    expect(res.code).toBe(code);
  });

  it('a 2 MB filing is stopped by the body limit', async () => {
    await expectNothingWritten(post({ title: '合同', text: '合'.repeat(1_100_000) }), 413);
  });

  it('a revoked institution files nothing (409)', async () => {
    const revoked = await newInstitution(t, {}, 'revoked');
    const body = await expectNothingWritten(post({ title: '合同', text: '合同正文' }, await t.as.cityRegulator(), revoked.id), 409);
    expect(body).toMatchObject({ code: 'CONTRACT_INSTITUTION_NOT_FILING', institutionStatus: 'revoked' });
  });
});
