import { courseInput, institutionInput, newInstitution } from '../support/factories';
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
let auth: Record<string, string>;
let institutionId: string;

beforeAll(async () => {
  t = await startTestApp();
  auth = await t.as.cityRegulator();
  institutionId = (await newInstitution(t)).id;
});
afterAll(() => t.close());

/** Every table the registry writes, with every row, so "nothing written" is checked exactly. */
async function databaseState(): Promise<string> {
  const tables = ['institution', 'institution_site', 'course', 'course_fee_filing', 'institution_transition', 'audit_log', 'policy_version'] as const;
  const counts = await Promise.all(tables.map((table) => t.ctx.db.selectFrom(table).selectAll().execute()));
  return JSON.stringify(counts);
}

function expectProblem(res: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, code, type: expect.stringMatching(/^urn:tms:problem:/), title: expect.any(String), detail: expect.any(String) });
}

const courseUrl = () => `/api/v1/institutions/${institutionId}/courses`;

describe('bad input is a 4xx problem and writes nothing', () => {
  let before: string;
  beforeEach(async () => {
    before = await databaseState();
  });
  afterEach(async () => {
    expect(await databaseState()).toBe(before);
  });

  it('wrong types', async () => {
    const res = await t.http.post(courseUrl()).set(auth).send({ ...courseInput(), totalLessons: '40', classSize: true });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.classSize', 'body.totalLessons']);
  });

  it('missing fields', async () => {
    const { name: _n, ...rest } = courseInput();
    const res = await t.http.post(courseUrl()).set(auth).send(rest);
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors[0].path).toBe('body.name');
  });

  it('unknown fields', async () => {
    const res = await t.http.post(courseUrl()).set(auth).send({ ...courseInput(), discountHack: '0.00' });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(JSON.stringify(res.body.errors)).toContain('discountHack');
  });

  it('invalid JSON', async () => {
    const res = await t.http.post(courseUrl()).set(auth).set('Content-Type', 'application/json').send('{"code": "A1", ');
    expectProblem(res, 400, 'INVALID_JSON');
  });

  it('a JSON scalar instead of an object', async () => {
    const res = await t.http.post(courseUrl()).set(auth).set('Content-Type', 'application/json').send('"just a string"');
    expect(res.status).toBe(400);
  });

  it('a body that is not JSON', async () => {
    const res = await t.http.post(courseUrl()).set(auth).set('Content-Type', 'text/plain').send('code=A1');
    expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('a 2 MB body', async () => {
    const res = await t.http.post(courseUrl()).set(auth).send({ ...courseInput(), name: 'x'.repeat(2 * 1024 * 1024) });
    expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('numbers where decimal strings are required', async () => {
    const res = await t.http.post(courseUrl()).set(auth).send({ ...courseInput(), pricePerLesson: 100 });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors[0]).toMatchObject({ path: 'body.pricePerLesson' });
  });

  it.each(['100.001', '-1.00', '1e3', '1,000.00', ' 100.00', '０１.00', '100.'])('the amount "%s"', async (price) => {
    const res = await t.http.post(courseUrl()).set(auth).send({ ...courseInput(), pricePerLesson: price });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors[0].path).toBe('body.pricePerLesson');
    expect(res.body.errors[0].message).toContain('两位小数');
  });

  it.each(['名称\u0000注入', '名称\u001b[31m', '换行\n名称', '\u200e\u0085'])('control characters in a one-line field (%j)', async (name) => {
    const res = await t.http.post(courseUrl()).set(auth).send({ ...courseInput(), name });
    expectProblem(res, 400, 'VALIDATION_FAILED');
  });

  it('blank text', async () => {
    const res = await t.http.post('/api/v1/institutions').set(auth).send({ ...institutionInput(), name: '   ' });
    expectProblem(res, 400, 'VALIDATION_FAILED');
  });

  it('an impossible date', async () => {
    const res = await t.http.post('/api/v1/institutions').set(auth).send({ ...institutionInput(), foundedOn: '2023-02-30' });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors[0].path).toBe('body.foundedOn');
  });

  it('a district outside Shanghai', async () => {
    const res = await t.http.post('/api/v1/institutions').set(auth).send({ ...institutionInput(), districtCode: '110101' });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors[0].message).toContain('区划代码');
  });

  it('a malformed id in the path', async () => {
    const res = await t.http.get('/api/v1/institutions/not-a-uuid').set(auth);
    expectProblem(res, 400, 'VALIDATION_FAILED');
  });

  it('a forged cursor', async () => {
    const res = await t.http.get('/api/v1/institutions?cursor=bm90LWpzb24').set(auth);
    expectProblem(res, 400, 'INVALID_CURSOR');
  });

  it('an out-of-range page size', async () => {
    expectProblem(await t.http.get('/api/v1/institutions?limit=100000').set(auth), 400, 'VALIDATION_FAILED');
    expectProblem(await t.http.get('/api/v1/institutions?limit=-1').set(auth), 400, 'VALIDATION_FAILED');
  });

  it('an unknown route', async () => {
    expectProblem(await t.http.get('/api/v1/nothing-here').set(auth), 404, 'NOT_FOUND');
  });

  it('a garbage or tampered token', async () => {
    expectProblem(await t.http.get('/api/v1/institutions').set('Authorization', 'Bearer abc.def.ghi'), 401, 'UNAUTHENTICATED');
    const token = (auth.Authorization ?? '').replace('Bearer ', '');
    const [h, p, s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, 'base64url').toString()), district: '310115' })).toString('base64url');
    expectProblem(await t.http.get('/api/v1/institutions').set('Authorization', `Bearer ${h}.${forged}.${s}`), 401, 'UNAUTHENTICATED');
    expectProblem(await t.http.get('/api/v1/institutions').set('Authorization', 'Basic dXNlcjpwYXNz'), 401, 'UNAUTHENTICATED');
  });

  it('an expired token', async () => {
    const token = await t.token({ role: 'regulator', ttlSeconds: -120 });
    expectProblem(await t.http.get('/api/v1/institutions').set('Authorization', `Bearer ${token}`), 401, 'UNAUTHENTICATED');
  });
});

describe('problem documents', () => {
  it('speak Chinese by default and English on request', async () => {
    const zh = await t.http.get('/api/v1/institutions/00000000-0000-4000-8000-000000000000').set(auth).expect(404);
    expect(zh.body.title).toBe('培训机构不存在');
    const en = await t.http.get('/api/v1/institutions/00000000-0000-4000-8000-000000000000').set(auth).set('Accept-Language', 'en').expect(404);
    expect(en.body.title).toBe('Institution not found');
    const zhValidation = await t.http.post(courseUrl()).set(auth).send({ ...courseInput(), totalLessons: 'x' });
    expect(zhValidation.body.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
    const enValidation = await t.http.post(courseUrl()).set(auth).set('Accept-Language', 'en').send({ ...courseInput(), totalLessons: 'x' });
    expect(enValidation.body.errors[0].message).toMatch(/expected number/);
  });

  it('carry the request id that the response header carries', async () => {
    const res = await t.http.get('/api/v1/institutions/00000000-0000-4000-8000-000000000000').set(auth).set('X-Request-Id', 'client-trace-42');
    expect(res.headers['x-request-id']).toBe('client-trace-42');
    expect(res.body.requestId).toBe('client-trace-42');
  });
});
