import { courseInput, newCourse, newInstitution } from '../support/factories';
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
let mine: { id: string };
let theirs: { id: string };
let theirCourse: { id: string };
let xuhuiInstitution: { id: string };

beforeAll(async () => {
  t = await startTestApp();
  mine = await newInstitution(t, { districtCode: '310115' });
  theirs = await newInstitution(t, { districtCode: '310115' });
  xuhuiInstitution = await newInstitution(t, { districtCode: '310104' });
  theirCourse = await newCourse(t, theirs.id);
});
afterAll(() => t.close());

type Call = [string, 'get' | 'post' | 'patch', (id: string, courseId: string) => string, Record<string, unknown> | undefined];

/** Every route of the registry that names an institution. */
const routes: Call[] = [
  ['read the institution', 'get', (id) => `/api/v1/institutions/${id}`, undefined],
  ['change the institution', 'patch', (id) => `/api/v1/institutions/${id}`, { address: '上海市浦东新区别处1号' }],
  ['change its status', 'post', (id) => `/api/v1/institutions/${id}/transitions`, { to: 'suspended', reason: '越权' }],
  ['read its status history', 'get', (id) => `/api/v1/institutions/${id}/transitions`, undefined],
  ['add a site', 'post', (id) => `/api/v1/institutions/${id}/sites`, { name: '分校', address: '上海市某路1号', districtCode: '310115', capacity: 10 }],
  ['read its sites', 'get', (id) => `/api/v1/institutions/${id}/sites`, undefined],
  ['file a course', 'post', (id) => `/api/v1/institutions/${id}/courses`, courseInput()],
  ['read its courses', 'get', (id) => `/api/v1/institutions/${id}/courses`, undefined],
  ['read one course', 'get', (id, c) => `/api/v1/institutions/${id}/courses/${c}`, undefined],
  ['file a fee', 'post', (id, c) => `/api/v1/institutions/${id}/courses/${c}/fee-filings`, { pricePerLesson: '1.00' }],
  ['read its fee filings', 'get', (id, c) => `/api/v1/institutions/${id}/courses/${c}/fee-filings`, undefined],
];

async function snapshot() {
  const [inst, courses, sites, audit] = await Promise.all([
    t.ctx.db.selectFrom('institution').selectAll().where('id', '=', theirs.id).executeTakeFirstOrThrow(),
    t.ctx.db.selectFrom('course').selectAll().where('institution_id', '=', theirs.id).execute(),
    t.ctx.db.selectFrom('institution_site').selectAll().where('institution_id', '=', theirs.id).execute(),
    t.ctx.db.selectFrom('audit_log').select('id').execute(),
  ]);
  return JSON.stringify({ inst, courses, sites, audit: audit.length });
}

describe("another institution's token", () => {
  it.each(routes)('cannot %s: 404, nothing written', async (_what, method, path, body) => {
    const before = await snapshot();
    const req = t.http[method](path(theirs.id, theirCourse.id)).set(await t.as.institution(mine.id));
    const res = await (body ? req.send(body) : req);
    // Changing status is a regulator's act: refused by role before any record is looked up.
    if (path('x', 'y').endsWith('/transitions') && method === 'post') expect(res.status).toBe(403);
    else {
      expect(res.status).toBe(404);
      expect(res.body.code).toMatch(/_NOT_FOUND$/);
    }
    expect(await snapshot()).toBe(before);
  });

  it('lists only its own institution', async () => {
    const res = await t.http.get('/api/v1/institutions').set(await t.as.institution(mine.id)).expect(200);
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([mine.id]);
    const csv = await t.http.get('/api/v1/institutions?format=csv').set(await t.as.institution(mine.id)).expect(200);
    expect(csv.text.trim().split('\n')).toHaveLength(2);
  });

  it('reads its own records', async () => {
    const own = await t.as.institution(theirs.id);
    await t.http.get(`/api/v1/institutions/${theirs.id}`).set(own).expect(200);
    const courses = await t.http.get(`/api/v1/institutions/${theirs.id}/courses`).set(own).expect(200);
    expect(courses.body.items.map((c: { id: string }) => c.id)).toEqual([theirCourse.id]);
  });

  it('cannot read the audit trail or change policies', async () => {
    const own = await t.as.institution(mine.id);
    expect((await t.http.get('/api/v1/audit').set(own)).status).toBe(403);
    expect((await t.http.patch('/api/v1/policies').set(own).send({ reason: '越权修改', values: {} })).status).toBe(403);
  });
});

describe('a district regulator', () => {
  it.each(routes)('cannot %s in another district: 404, nothing written', async (_what, method, path, body) => {
    const xuhui = await t.as.districtRegulator('310104');
    const before = await snapshot();
    const req = t.http[method](path(theirs.id, theirCourse.id)).set(xuhui);
    const res = await (body ? req.send(body) : req);
    expect(res.status).toBe(404);
    expect(await snapshot()).toBe(before);
  });

  it('lists only its district, whatever filter it asks for', async () => {
    const xuhui = await t.as.districtRegulator('310104');
    const res = await t.http.get('/api/v1/institutions?limit=200').set(xuhui).expect(200);
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([xuhuiInstitution.id]);
    const other = await t.http.get('/api/v1/institutions?districtCode=310115').set(xuhui).expect(200);
    expect(other.body.items).toEqual([]);
  });

  it('sees the audit trail of its district only', async () => {
    const xuhui = await t.as.districtRegulator('310104');
    const res = await t.http.get('/api/v1/audit?limit=200').set(xuhui).expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((a: { institutionId: string }) => a.institutionId === xuhuiInstitution.id)).toBe(true);
  });

  it('manages institutions of its own district', async () => {
    const xuhui = await t.as.districtRegulator('310104');
    await t.http.patch(`/api/v1/institutions/${xuhuiInstitution.id}`).set(xuhui).send({ address: '上海市徐汇区新址1号' }).expect(200);
    const move = await t.http.patch(`/api/v1/institutions/${xuhuiInstitution.id}`).set(xuhui).send({ districtCode: '310115' }).expect(403);
    expect(move.body.code).toBe('DISTRICT_OUT_OF_SCOPE');
  });
});

describe('the association and anonymous callers', () => {
  it('lets the association read profiles but not change them', async () => {
    const assoc = await t.as.association();
    await t.http.get(`/api/v1/institutions/${theirs.id}`).set(assoc).expect(200);
    expect((await t.http.patch(`/api/v1/institutions/${theirs.id}`).set(assoc).send({ address: '上海市某路2号' })).status).toBe(403);
    expect((await t.http.post(`/api/v1/institutions/${theirs.id}/courses`).set(assoc).send(courseInput())).status).toBe(403);
  });

  it('answers 401 without a token on every non-public route', async () => {
    for (const [, method, path, body] of routes) {
      const req = t.http[method](path(theirs.id, theirCourse.id));
      const res = await (body ? req.send(body) : req);
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer');
    }
    expect((await t.http.get('/api/v1/institutions')).status).toBe(401);
  });
});
