import { newInstitution } from '../support/factories';
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
let auth: Record<string, string>;
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestApp();
  auth = await t.as.cityRegulator();
  ids.artsPudong = (await newInstitution(t, { name: '浦东艺术甲', districtCode: '310115', categories: ['arts'] })).id;
  t.clock.advanceDays(1);
  ids.sportsPudong = (await newInstitution(t, { name: '浦东体育乙', districtCode: '310115', categories: ['sports'] }, 'suspended')).id;
  t.clock.advanceDays(1);
  ids.artsXuhui = (await newInstitution(t, { name: '徐汇艺术丙', districtCode: '310104', categories: ['arts', 'language'] })).id;
  t.clock.advanceDays(1);
  ids.pending = (await newInstitution(t, { name: '徐汇语言丁_100%', districtCode: '310104', categories: ['language'] }, 'pending_review')).id;
});
afterAll(() => t.close());

async function list(query: string): Promise<string[]> {
  const res = await t.http.get(`/api/v1/institutions?${query}`).set(auth).expect(200);
  return res.body.items.map((i: { id: string }) => i.id);
}

describe('listing institutions', () => {
  it('filters by district, status, category and name', async () => {
    expect(await list('districtCode=310115')).toEqual([ids.artsPudong, ids.sportsPudong]);
    expect(await list('status=suspended')).toEqual([ids.sportsPudong]);
    expect(await list('category=language')).toEqual([ids.artsXuhui, ids.pending]);
    expect(await list(`q=${encodeURIComponent('艺术')}`)).toEqual([ids.artsPudong, ids.artsXuhui]);
    expect(await list(`q=${encodeURIComponent('_100%')}`)).toEqual([ids.pending]);
    expect(await list(`q=${encodeURIComponent('%')}&districtCode=310115`)).toEqual([]);
    expect(await list('category=arts&districtCode=310104')).toEqual([ids.artsXuhui]);
  });

  it('pages with a cursor, in registration order, without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await t.http.get(`/api/v1/institutions?limit=1${cursor ? `&cursor=${cursor}` : ''}`).set(auth).expect(200);
      seen.push(...res.body.items.map((i: { id: string }) => i.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([ids.artsPudong, ids.sportsPudong, ids.artsXuhui, ids.pending]);
  });

  it('exports the filtered list as CSV for spreadsheets, in Chinese by default', async () => {
    const res = await t.http.get('/api/v1/institutions?format=csv&districtCode=310104').set(auth).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('institutions.csv');
    expect(res.text.startsWith('\ufeff')).toBe(true);
    const lines = res.text.slice(1).trim().split('\n');
    expect(lines[0]).toContain('统一社会信用代码');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('徐汇艺术丙');
    expect(lines[1]).toContain('文化艺术、语言');
    const en = await t.http.get('/api/v1/institutions?format=csv&districtCode=310104').set(auth).set('Accept-Language', 'en').expect(200);
    expect(en.text).toContain('uscc,name,kind');
  });
});
