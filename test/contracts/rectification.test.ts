import { startTestApp, type TestApp } from '../support/app';
import { binary, contractingInstitution, pdfText, templateFiling, withUnfairClauses } from './helpers';

/*
 * The rectification lifecycle of SPEC §4 end to end, over HTTP: an unfair clause opens a numbered
 * case with a deadline, the institution goes on the watch list (SPEC §5), the notice PDF lists
 * the finding, its basis and the deadline, a clean revision closes the case; a case left past its
 * deadline is escalated by the job to overdue with exactly one credit event.
 */
let t: TestApp;
let city: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  city = await t.as.cityRegulator();
});
afterAll(() => t.close());

const NUMBER = /^沪教培整〔2026〕(\d{6})号$/;

async function setUpUnfairFiling(district: '310115' | '310104' = '310115') {
  const { institution, course } = await contractingInstitution(t, { districtCode: district });
  const staff = await t.as.institution(institution.id);
  const clean = await t.http.post(`/api/v1/institutions/${institution.id}/contracts`).set(staff).send(templateFiling(course.id)).expect(201);
  const fairText: string = clean.body.version.text;
  const filed = await t.http
    .post(`/api/v1/institutions/${institution.id}/contracts`)
    .set(staff)
    .send({ title: '培训服务合同（机构自拟）', text: withUnfairClauses(fairText) })
    .expect(201);
  return { institution, staff, fairText, filed };
}

async function creditOf(institutionId: string) {
  return (await t.http.get(`/api/v1/institutions/${institutionId}/credit`).set(city).expect(200)).body;
}

async function runJob(name: string) {
  const run = await t.http.post(`/api/v1/jobs/${name}/runs`).set(city).expect(201);
  expect(run.body.status).toBe('succeeded');
  return run.body.outcome as Record<string, unknown>;
}

describe('the case lifecycle', () => {
  let s: Awaited<ReturnType<typeof setUpUnfairFiling>>;
  let caseId: string;

  it('an unfair clause opens a numbered case with a deadline from policy', async () => {
    s = await setUpUnfairFiling();
    const { rectification, contract, version } = s.filed.body;
    expect(rectification.action).toBe('opened');
    expect(rectification.case).toMatchObject({
      status: 'open',
      pastDeadline: false,
      openedOnVersion: 1,
      openedBy: 'filing',
      high: 2,
      // Filed 2026-09-01 (Asia/Shanghai) + contracts.rectificationDeadlineDays (30).
      deadline: '2026-10-01',
      institution: { id: s.institution.id, districtCode: '310115', districtName: '浦东新区' },
      contract: { id: contract.id, currentVersion: 1 },
      closedAt: null,
      overdueEventId: null,
    });
    expect(rectification.case.number).toMatch(NUMBER);
    caseId = rectification.case.id;
    expect(contract).toMatchObject({ status: 'under_rectification', openCase: { id: caseId, status: 'open' }, counts: { high: 2 } });
    expect(version.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['REFUND_NO_REFUND', 'UNILATERAL_FINAL_INTERPRETATION']);
  });

  it('puts the institution on the watch list at once', async () => {
    const credit = await creditOf(s.institution.id);
    expect(credit).toMatchObject({ list: 'watch', openRectifications: 1, stored: { list: 'watch' } });
    const watch = await t.http.get('/api/v1/credit/lists/watch?limit=200').expect(200);
    expect(watch.body.items.map((i: { institution: { id: string } }) => i.institution.id)).toContain(s.institution.id);
  });

  it('shows the case to the institution and to regulators, filtered by status and district', async () => {
    const own = await t.http.get('/api/v1/rectification-cases').set(s.staff).expect(200);
    expect(own.body.items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    const open = await t.http.get('/api/v1/rectification-cases?status=open&districtCode=310115').set(city).expect(200);
    expect(open.body.items.map((c: { id: string }) => c.id)).toContain(caseId);
    const elsewhere = await t.http.get('/api/v1/rectification-cases?districtCode=310104').set(city).expect(200);
    expect(elsewhere.body.items.map((c: { id: string }) => c.id)).not.toContain(caseId);
    const closed = await t.http.get('/api/v1/rectification-cases?status=closed').set(city).expect(200);
    expect(closed.body.items.map((c: { id: string }) => c.id)).not.toContain(caseId);
    const pudong = await t.http.get('/api/v1/rectification-cases').set(await t.as.districtRegulator('310115')).expect(200);
    expect(pudong.body.items.map((c: { id: string }) => c.id)).toContain(caseId);
    const xuhui = await t.http.get('/api/v1/rectification-cases').set(await t.as.districtRegulator('310104')).expect(200);
    expect(xuhui.body.items.map((c: { id: string }) => c.id)).not.toContain(caseId);
    await t.http.get(`/api/v1/rectification-cases/${caseId}`).set(await t.as.districtRegulator('310104')).expect(404);
  });

  it('lists the findings with basis and suggestion, and takes the institution’s reply', async () => {
    const detail = await t.http.get(`/api/v1/rectification-cases/${caseId}`).set(s.staff).expect(200);
    expect(detail.body.findings).toHaveLength(2);
    expect(detail.body.findings[0]).toMatchObject({ severity: 'high', excerpt: '一经缴费，概不退还', basis: expect.stringContaining('民法典') });
    const reply = await t.http.post(`/api/v1/rectification-cases/${caseId}/replies`).set(s.staff).send({ text: '已删除相关条款，\n修订稿将于本周内重新备案。' }).expect(201);
    expect(reply.body).toMatchObject({ caseId, authorRole: 'institution' });
    await t.http.post(`/api/v1/rectification-cases/${caseId}/replies`).set(city).send({ text: '监管意见' }).expect(403);
    await t.http.post(`/api/v1/rectification-cases/${caseId}/replies`).set(s.staff).send({ text: ' ' }).expect(400);
    const again = await t.http.get(`/api/v1/rectification-cases/${caseId}`).set(city).set('Accept-Language', 'en').expect(200);
    expect(again.body.replies).toHaveLength(1);
    expect(again.body.findings[0].basis).toMatch(/Civil Code/);
  });

  it('serves the notice PDF: number, finding, basis and deadline, in Chinese by default', async () => {
    const res = await t.http.get(`/api/v1/rectification-cases/${caseId}/notice.pdf`).set(city).set('Accept-Language', 'en').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const number: string = (await t.http.get(`/api/v1/rectification-cases/${caseId}`).set(city)).body.number;
    const zh = pdfText(res.body as Buffer, 'notice-zh.pdf');
    for (const s2 of ['校外培训服务合同整改通知书', number, s.institution.name, '2026年10月1日前完成整改', '一经缴费，概不退还', '最终解释权', '依据：', '修改建议', '民法典', '上海市浦东新区教育局', '2026年9月1日']) {
      expect({ s: s2, found: zh.flat.includes(s2.replace(/\s+/g, '')) }).toEqual({ s: s2, found: true });
    }
    const en = await t.http.get(`/api/v1/rectification-cases/${caseId}/notice.pdf?language=en`).set(s.staff).buffer(true).parse(binary).expect(200);
    const text = pdfText(en.body as Buffer, 'notice-en.pdf').pages.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('Notice of Rectification');
    expect(text).toContain('by 2026-10-01');
    expect(text).toContain('Civil Code');
  });

  it('a revision that scans clean of high findings closes the case and lifts the watch', async () => {
    const contractId = s.filed.body.contract.id;
    const stillBad = await t.http.post(`/api/v1/institutions/${s.institution.id}/contracts/${contractId}/versions`).set(s.staff).send({ text: withUnfairClauses(s.fairText) }).expect(201);
    expect(stillBad.body.rectification).toMatchObject({ action: 'still_open', case: { id: caseId, openedOnVersion: 1 } });
    const revised = await t.http.post(`/api/v1/institutions/${s.institution.id}/contracts/${contractId}/versions`).set(s.staff).send({ text: s.fairText }).expect(201);
    expect(revised.body.rectification).toMatchObject({ action: 'closed', case: { id: caseId, status: 'closed', closedByVersion: 3 } });
    expect(revised.body.contract).toMatchObject({ status: 'filed', openCase: null, currentVersion: 3 });
    const credit = await creditOf(s.institution.id);
    expect(credit.list).not.toBe('watch');
    expect(credit.openRectifications).toBe(0);
    const closed = await t.http.post(`/api/v1/rectification-cases/${caseId}/replies`).set(s.staff).send({ text: '补充说明' }).expect(409);
    expect(closed.body.code).toBe('RECTIFICATION_CASE_CLOSED');
  });

  it('exports the cases as CSV for regulators', async () => {
    const res = await t.http.get('/api/v1/rectification-cases?format=csv&status=closed').set(city).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.text.startsWith('\ufeff整改通知书编号,状态')).toBe(true);
    expect(res.text).toContain('已办结');
    expect(res.text).toContain(s.institution.name);
  });
});

describe('escalation of an overdue case', () => {
  let s: Awaited<ReturnType<typeof setUpUnfairFiling>>;
  let caseId: string;

  it('numbers notices without gaps within the year', async () => {
    s = await setUpUnfairFiling('310104');
    caseId = s.filed.body.rectification.case.id;
    const all = await t.http.get('/api/v1/rectification-cases?limit=200').set(city).expect(200);
    const seqs = all.body.items.map((c: { number: string }) => Number(NUMBER.exec(c.number)![1])).sort((a: number, b: number) => a - b);
    expect(seqs).toEqual(seqs.map((_: number, i: number) => i + 1));
  });

  it('is not overdue on its deadline day', async () => {
    t.clock.set('2026-10-01T15:30:00Z'); // 23:30 on 1 October in Shanghai
    expect(await runJob('rectification-escalation')).toMatchObject({ overdue: 0, today: '2026-10-01' });
    const c = await t.http.get(`/api/v1/rectification-cases/${caseId}`).set(city).expect(200);
    expect(c.body).toMatchObject({ status: 'open', pastDeadline: false });
  });

  it('becomes overdue the day after, with exactly one credit event; a second run changes nothing', async () => {
    t.clock.set('2026-10-02T01:00:00Z');
    const before = await t.http.get(`/api/v1/rectification-cases/${caseId}`).set(city).expect(200);
    expect(before.body.pastDeadline).toBe(true);
    expect(await runJob('rectification-escalation')).toMatchObject({ overdue: 1 });
    const c = await t.http.get(`/api/v1/rectification-cases/${caseId}`).set(city).expect(200);
    expect(c.body).toMatchObject({ status: 'overdue', overdueEventId: expect.any(String), overdueAt: '2026-10-02T01:00:00.000Z' });
    const events = await t.ctx.db.selectFrom('credit_event').selectAll().where('institution_id', '=', s.institution.id).execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ id: c.body.overdueEventId, type: 'overdue_rectification', source: 'contract', severity: 'general', points: '-5.00' });
    expect(events[0]!.basis).toContain(c.body.number);
    expect(events[0]!.basis).toContain('民法典');
    // The breach dates from the end of the deadline day (Asia/Shanghai), not from the job's run.
    expect(events[0]!.occurred_at.toISOString()).toBe('2026-10-01T16:00:00.000Z');

    expect(await runJob('rectification-escalation')).toMatchObject({ overdue: 0 });
    t.clock.set('2026-10-03T01:00:00Z');
    expect(await runJob('rectification-escalation')).toMatchObject({ overdue: 0 });
    expect(await t.ctx.db.selectFrom('credit_event').select('id').where('institution_id', '=', s.institution.id).execute()).toHaveLength(1);
    expect((await t.http.get('/api/v1/credit/verify').set(city).expect(200)).body.ok).toBe(true);
  });

  it('an overdue case still keeps the institution on the watch list and is listed as overdue', async () => {
    expect(await creditOf(s.institution.id)).toMatchObject({ list: 'watch', openRectifications: 1 });
    const overdue = await t.http.get('/api/v1/rectification-cases?status=overdue').set(city).expect(200);
    expect(overdue.body.items.map((c: { id: string }) => c.id)).toEqual([caseId]);
  });

  it('a late clean revision still closes it; the credit event stays', async () => {
    const contractId = s.filed.body.contract.id;
    const revised = await t.http.post(`/api/v1/institutions/${s.institution.id}/contracts/${contractId}/versions`).set(s.staff).send({ text: s.fairText }).expect(201);
    expect(revised.body.rectification).toMatchObject({ action: 'closed', case: { status: 'closed', closedByVersion: 2, overdueEventId: expect.any(String) } });
    expect((await creditOf(s.institution.id)).openRectifications).toBe(0);
    expect(await t.ctx.db.selectFrom('credit_event').select('id').where('institution_id', '=', s.institution.id).execute()).toHaveLength(1);
  });
});
