import { exportChanges } from '../../src/modules/credit/export';
import { startTestApp, type TestApp } from '../support/app';
import { newInstitution } from '../support/factories';
import { record, closeTestApp } from './support';

let t: TestApp;
let pudong: { id: string };
let xuhui: { id: string };
beforeAll(async () => {
  t = await startTestApp();
  pudong = await newInstitution(t, { districtCode: '310115' });
  xuhui = await newInstitution(t, { districtCode: '310104' });
});
afterAll(() => closeTestApp(t));

interface Change {
  seq: number;
  institution: { id: string };
  from: { list: string | null } | null;
  to: { list: string | null; grade: string };
  measures: Array<{ action: string; code: string }>;
}

describe('export for other departments', () => {
  it('syncs incrementally with a change-number cursor: what changed, applied and lifted', async () => {
    const headers = await t.as.cityRegulator();
    await record(t, pudong.id, { type: 'commendation', severity: 'commendation', points: '1', source: 'regulator' });
    await record(t, xuhui.id, { severity: 'serious', type: 'false_advertising' });

    const first = await t.http.get('/api/v1/credit/export/changes?since=0').set(headers).expect(200);
    const items = first.body.items as Change[];
    expect(items.map((c) => [c.institution.id, c.to.list])).toEqual([
      [pudong.id, 'red'],
      [xuhui.id, 'black'],
    ]);
    expect(items[0]!.from).toBeNull();
    expect(items[1]!.measures.filter((m) => m.action === 'applied').map((m) => m.code)).toContain('BLACK_NOTICE_MARKET_SUPERVISION');
    expect(first.body).toMatchObject({ nextSince: items[1]!.seq, hasMore: false });

    // Nothing new: the same cursor comes back.
    const idle = await t.http.get(`/api/v1/credit/export/changes?since=${first.body.nextSince}`).set(headers).expect(200);
    expect(idle.body).toEqual({ items: [], nextSince: first.body.nextSince, hasMore: false });

    // The next breach takes pudong off the red list: only that change, with the liftings.
    await record(t, pudong.id);
    const next = await t.http.get(`/api/v1/credit/export/changes?since=${first.body.nextSince}`).set(headers).expect(200);
    expect(next.body.items).toHaveLength(1);
    const change = next.body.items[0] as Change;
    expect(change).toMatchObject({ institution: { id: pudong.id }, from: { list: 'red' }, to: { list: null, grade: 'A' } });
    expect(change.measures.map((m) => [m.action, m.code]).sort()).toEqual([
      ['lifted', 'RED_GREEN_CHANNEL'],
      ['lifted', 'RED_ONSITE_EXEMPT'],
      ['lifted', 'RED_SAMPLING_REDUCED'],
    ]);
    expect(change.seq).toBeGreaterThan(first.body.nextSince);

    // Paging: limit=1 walks the same feed one change at a time.
    const one = await t.http.get('/api/v1/credit/export/changes?since=0&limit=1').set(headers).expect(200);
    expect(one.body).toMatchObject({ hasMore: true, nextSince: items[0]!.seq });
  });

  it('gives a district bureau its district only, and the system actor everything', async () => {
    const res = await t.http.get('/api/v1/credit/export/changes').set(await t.as.districtRegulator('310104')).expect(200);
    expect(new Set(res.body.items.map((c: Change) => c.institution.id))).toEqual(new Set([xuhui.id]));
    const all = await exportChanges(t.ctx, t.system, { since: 0, limit: 100, format: 'json' });
    expect(new Set(all.items.map((c) => c.institution.id))).toEqual(new Set([pudong.id, xuhui.id]));
    await t.http.get('/api/v1/credit/export/changes').set(await t.as.association()).expect(403);
  });

  it('exports CSV for spreadsheets, one row per measure applied or lifted', async () => {
    const res = await t.http.get('/api/v1/credit/export/changes?since=0&format=csv').set(await t.as.cityRegulator()).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('credit-changes-0.csv');
    expect(Number(res.headers['x-next-since'])).toBeGreaterThan(0);
    const lines = res.text.replace(/^\ufeff/, '').trim().split('\n');
    expect(lines[0]).toBe('变更序号,变更时间,机构编号,统一社会信用代码,机构名称,所属区,原因,原等级,新等级,原名单,新名单,列名理由,措施动作,措施代码,措施类型,实施部门,措施内容');
    // red (3 applied) + black (8 applied) + leaving red (3 lifted)
    expect(lines).toHaveLength(1 + 3 + 8 + 3);
    expect(lines.filter((l) => l.includes(',lifted,RED_'))).toHaveLength(3);
    expect(lines.some((l) => l.includes('BLACK_NOTICE_CIVIL_AFFAIRS') && l.includes('民政部门'))).toBe(true);
  });

  it('gives a snapshot of the lists and measures in force, with the cursor to continue from', async () => {
    const headers = await t.as.cityRegulator();
    const snap = await t.http.get('/api/v1/credit/export/snapshot').set(headers).expect(200);
    const feed = await t.http.get('/api/v1/credit/export/changes?since=0&limit=5000').set(headers).expect(200);
    expect(snap.body.changeCursor).toBe(feed.body.nextSince);
    expect(snap.body.items).toHaveLength(1);
    expect(snap.body.items[0]).toMatchObject({ institution: { id: xuhui.id }, list: 'black', reason: { code: 'live_serious_breach' } });
    expect(snap.body.items[0].measures).toHaveLength(8);
    expect(snap.body.items[0].measures.every((m: { kind: string }) => m.kind === 'penalty')).toBe(true);
    const csv = await t.http.get('/api/v1/credit/export/snapshot?format=csv').set(headers).set('Accept-Language', 'en').expect(200);
    expect(csv.headers['x-change-cursor']).toBe(String(snap.body.changeCursor));
    const lines = csv.text.replace(/^\ufeff/, '').trim().split('\n');
    expect(lines[0]).toBe('institutionId,uscc,name,district,list,grade,score,reason,since,measures');
    expect(lines[1]).toContain('BLACK_NO_NEW_PREPAYMENTS');
  });
});
