import { startTestApp, type TestApp } from '../support/app';
import { contractingInstitution, contractTablesSnapshot, templateFiling, withUnfairClauses } from './helpers';

/*
 * SPEC §8/§10: an institution never reads or writes another's contracts or cases — every route
 * answers 404 as if they did not exist — and a district regulator sees only its district. The
 * association and inspectors see neither (403 by role; see src/modules/contracts/policy.ts).
 */
let t: TestApp;
let mine: { id: string };
let theirs: { id: string };
let theirContract: string;
let theirCase: string;
let myContract: string;
let fairText: string;

beforeAll(async () => {
  t = await startTestApp();
  const a = await contractingInstitution(t, { districtCode: '310115' });
  const b = await contractingInstitution(t, { districtCode: '310115' });
  mine = a.institution;
  theirs = b.institution;
  const myFiling = await t.http.post(`/api/v1/institutions/${mine.id}/contracts`).set(await t.as.institution(mine.id)).send(templateFiling(a.course.id)).expect(201);
  myContract = myFiling.body.contract.id;
  fairText = myFiling.body.version.text;
  const theirFiling = await t.http
    .post(`/api/v1/institutions/${theirs.id}/contracts`)
    .set(await t.as.institution(theirs.id))
    .send({ title: '对方合同', text: withUnfairClauses(fairText) })
    .expect(201);
  theirContract = theirFiling.body.contract.id;
  theirCase = theirFiling.body.rectification.case.id;
});
afterAll(() => t.close());

type Call = [string, 'get' | 'post', () => string, (() => Record<string, unknown>) | undefined];

const routes: Call[] = [
  ['list its contracts', 'get', () => `/api/v1/institutions/${theirs.id}/contracts`, undefined],
  ['file a contract for it', 'post', () => `/api/v1/institutions/${theirs.id}/contracts`, () => ({ title: '越权备案', text: fairText })],
  ['read its contract', 'get', () => `/api/v1/institutions/${theirs.id}/contracts/${theirContract}`, undefined],
  ['revise its contract', 'post', () => `/api/v1/institutions/${theirs.id}/contracts/${theirContract}/versions`, () => ({ text: fairText })],
  ['read a version', 'get', () => `/api/v1/institutions/${theirs.id}/contracts/${theirContract}/versions/1`, undefined],
  ['download a version', 'get', () => `/api/v1/institutions/${theirs.id}/contracts/${theirContract}/versions/1/pdf`, undefined],
  ['read its contract under its own id', 'get', () => `/api/v1/institutions/${mine.id}/contracts/${theirContract}`, undefined],
  ['revise its contract under its own id', 'post', () => `/api/v1/institutions/${mine.id}/contracts/${theirContract}/versions`, () => ({ text: fairText })],
  ['read its version under its own id', 'get', () => `/api/v1/institutions/${mine.id}/contracts/${theirContract}/versions/1`, undefined],
  ['read its case', 'get', () => `/api/v1/rectification-cases/${theirCase}`, undefined],
  ['download its notice', 'get', () => `/api/v1/rectification-cases/${theirCase}/notice.pdf`, undefined],
  ['reply to its case', 'post', () => `/api/v1/rectification-cases/${theirCase}/replies`, () => ({ text: '越权答复' })],
];

describe("another institution's token", () => {
  it.each(routes)('cannot %s: 404, nothing written', async (_what, method, path, body) => {
    const before = await contractTablesSnapshot(t);
    const req = t.http[method](path()).set(await t.as.institution(mine.id));
    const res = await (body ? req.send(body()) : req);
    expect(res.status).toBe(404);
    expect(res.body.code).toMatch(/_NOT_FOUND$/);
    expect(await contractTablesSnapshot(t)).toEqual(before);
  });

  it('lists only its own cases, whatever it filters by', async () => {
    const headers = await t.as.institution(mine.id);
    expect((await t.http.get('/api/v1/rectification-cases').set(headers).expect(200)).body.items).toEqual([]);
    expect((await t.http.get(`/api/v1/rectification-cases?institutionId=${theirs.id}`).set(headers).expect(200)).body.items).toEqual([]);
    const csv = await t.http.get('/api/v1/rectification-cases?format=csv').set(headers).expect(200);
    expect(csv.text.trim().split('\n')).toHaveLength(1);
    const own = await t.http.get(`/api/v1/institutions/${mine.id}/contracts`).set(headers).expect(200);
    expect(own.body.items.map((c: { id: string }) => c.id)).toEqual([myContract]);
  });
});

describe('a regulator of another district', () => {
  it.each(routes.filter(([what]) => !what.includes('under its own id') && !what.startsWith('reply')))('cannot %s: 404', async (_what, method, path, body) => {
    const before = await contractTablesSnapshot(t);
    const req = t.http[method](path()).set(await t.as.districtRegulator('310104'));
    const res = await (body ? req.send(body()) : req);
    expect(res.status).toBe(404);
    expect(await contractTablesSnapshot(t)).toEqual(before);
  });

  it('the district’s own regulator can', async () => {
    const pudong = await t.as.districtRegulator('310115');
    await t.http.get(`/api/v1/institutions/${theirs.id}/contracts/${theirContract}`).set(pudong).expect(200);
    await t.http.get(`/api/v1/rectification-cases/${theirCase}/notice.pdf`).set(pudong).expect(200);
  });
});

describe('the association and inspectors', () => {
  it.each(routes.filter(([what]) => !what.includes('under its own id')))('cannot %s: 403 by role', async (_what, method, path, body) => {
    for (const headers of [await t.as.association(), await t.as.inspector()]) {
      const req = t.http[method](path()).set(headers);
      const res = await (body ? req.send(body()) : req);
      expect(res.status).toBe(403);
    }
  });

  it('nor list the cases', async () => {
    await t.http.get('/api/v1/rectification-cases').set(await t.as.association()).expect(403);
  });
});

describe('anonymous callers', () => {
  it('are refused everywhere', async () => {
    for (const [, method, path] of routes) expect((await t.http[method](path())).status).toBe(401);
    await t.http.get('/api/v1/rectification-cases').expect(401);
  });
});
