import { startTestApp, type TestApp } from '../support/app';
import { newInstitution } from '../support/factories';
import { generalBreaches, record, closeTestApp } from './support';

let t: TestApp;
let mine: { id: string };
let theirs: { id: string };
let xuhui: { id: string };
beforeAll(async () => {
  t = await startTestApp();
  mine = await newInstitution(t, { districtCode: '310115' });
  theirs = await newInstitution(t, { districtCode: '310115' });
  xuhui = await newInstitution(t, { districtCode: '310104' });
  await record(t, theirs.id, { severity: 'serious', type: 'funds_misappropriation' });
  await record(t, mine.id);
});
afterAll(() => closeTestApp(t));

const breach = { type: 'late_refund', severity: 'general', source: 'escrow', basis: '逾期退费（SPEC §3.4）', evidence: { refundId: 'R-1' }, occurredAt: '2026-08-31T09:00:00+08:00' };

describe('recording over HTTP', () => {
  it('lets a regulator in scope record, and refuses a district regulator elsewhere', async () => {
    const ok = await t.http.post(`/api/v1/institutions/${xuhui.id}/credit-events`).set(await t.as.districtRegulator('310104')).send(breach).expect(201);
    expect(ok.body.event).toMatchObject({ institutionId: xuhui.id, points: '-5.00', evidence: { refundId: 'R-1' }, typeLabel: '逾期退费', recorderRole: 'regulator' });
    expect(ok.body.event.hash).toMatch(/^[0-9a-f]{64}$/);
    const refused = await t.http.post(`/api/v1/institutions/${xuhui.id}/credit-events`).set(await t.as.districtRegulator('310115')).send(breach).expect(404);
    expect(refused.body.code).toBe('INSTITUTION_NOT_FOUND');
  });

  it('lets the association record association-sourced commendations and warnings only', async () => {
    const headers = await t.as.association();
    const warning = { ...breach, type: 'association_warning', source: 'association' };
    const ok = await t.http.post(`/api/v1/institutions/${xuhui.id}/credit-events`).set(headers).send(warning).expect(201);
    expect(ok.body.event).toMatchObject({ source: 'association', recorderRole: 'association' });
    await t.http
      .post(`/api/v1/institutions/${xuhui.id}/credit-events`)
      .set(headers)
      .send({ ...warning, type: 'association_commendation', severity: 'commendation', points: 3 })
      .expect(201);
    const notTheirs = await t.http.post(`/api/v1/institutions/${xuhui.id}/credit-events`).set(headers).send(breach).expect(403);
    expect(notTheirs.body).toMatchObject({ code: 'CREDIT_SOURCE_NOT_ALLOWED', source: 'escrow' });
    await t.http.post(`/api/v1/institutions/${xuhui.id}/credit-events`).set(headers).send({ ...warning, severity: 'serious' }).expect(403);
    const summary = await t.http.get(`/api/v1/institutions/${xuhui.id}/credit`).set(await t.as.cityRegulator()).expect(200);
    // 100 − 5 − 2.5 + 1.5
    expect(summary.body.score).toBe('94.00');
  });

  it('refuses institutions and inspectors, and validates the body', async () => {
    await t.http.post(`/api/v1/institutions/${mine.id}/credit-events`).set(await t.as.institution(mine.id)).send(breach).expect(403);
    await t.http.post(`/api/v1/institutions/${mine.id}/credit-events`).set(await t.as.inspector()).send(breach).expect(403);
    const bad = await t.http
      .post(`/api/v1/institutions/${mine.id}/credit-events`)
      .set(await t.as.cityRegulator())
      .set('Accept-Language', 'en')
      .send({ ...breach, severity: 'grave', source: 'rumour', extra: 1 })
      .expect(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body', 'body.severity', 'body.source']);
    // Text that UTF-8 cannot carry unchanged would be stored differently from how it was hashed.
    const unpaired = await t.http
      .post(`/api/v1/institutions/${mine.id}/credit-events`)
      .set(await t.as.cityRegulator())
      .send({ ...breach, basis: '逾期退费\ud800', evidence: { note: 'x\udc00' } })
      .expect(400);
    expect(unpaired.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.basis', 'body.evidence']);
  });
});

describe('reading', () => {
  it('shows an institution its own events and credit detail, and another’s as 404', async () => {
    const own = await t.http.get(`/api/v1/institutions/${mine.id}/credit-events`).set(await t.as.institution(mine.id)).expect(200);
    expect(own.body.items).toHaveLength(1);
    expect(own.body.items[0]).toMatchObject({ state: 'counting', endedBy: null });
    const detail = await t.http.get(`/api/v1/institutions/${mine.id}/credit`).set(await t.as.institution(mine.id)).expect(200);
    expect(detail.body).toMatchObject({ score: '95.00', grade: 'A', list: null });
    for (const path of [`/api/v1/institutions/${theirs.id}/credit`, `/api/v1/institutions/${theirs.id}/credit-events`, `/api/v1/institutions/${theirs.id}/credit/history`]) {
      const res = await t.http.get(path).set(await t.as.institution(mine.id)).expect(404);
      expect(res.body.code).toBe('INSTITUTION_NOT_FOUND');
    }
  });

  it('pages the ledger by sequence and explains the rating history', async () => {
    await generalBreaches(t, mine.id, 3);
    const headers = await t.as.cityRegulator();
    const first = await t.http.get(`/api/v1/institutions/${mine.id}/credit-events?limit=2`).set(headers).expect(200);
    const second = await t.http.get(`/api/v1/institutions/${mine.id}/credit-events?limit=2&cursor=${first.body.nextCursor}`).set(headers).expect(200);
    const sequences = [...first.body.items, ...second.body.items].map((e: { sequence: number }) => e.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(new Set(sequences).size).toBe(4);
    const history = await t.http.get(`/api/v1/institutions/${mine.id}/credit/history`).set(headers).expect(200);
    expect(history.body.items.map((c: { to: { score: string } }) => c.to.score)).toEqual(['80.00', '85.00', '90.00', '95.00']);
    expect(history.body.items[3].from).toBeNull();
  });

  it('lets a regulator reverse an event; the ledger shows both, the finding as reversed', async () => {
    const events = await t.http.get(`/api/v1/institutions/${theirs.id}/credit-events`).set(await t.as.cityRegulator()).expect(200);
    const serious = events.body.items[0];
    await t.http.post(`/api/v1/credit-events/${serious.id}/reversals`).set(await t.as.institution(theirs.id)).send({ basis: 'x' }).expect(403);
    await t.http.post(`/api/v1/credit-events/${serious.id}/reversals`).set(await t.as.districtRegulator('310104')).send({ basis: '复核撤销' }).expect(404);
    const reversed = await t.http.post(`/api/v1/credit-events/${serious.id}/reversals`).set(await t.as.cityRegulator()).send({ basis: '行政复议决定撤销原处罚' }).expect(201);
    expect(reversed.body.event).toMatchObject({ kind: 'reversal', reverses: serious.id, points: '0.00', state: null });
    expect(reversed.body.rating).toMatchObject({ score: '100.00', list: 'red', changed: true });
    const again = await t.http.post(`/api/v1/credit-events/${serious.id}/reversals`).set(await t.as.cityRegulator()).send({ basis: '重复' }).expect(409);
    expect(again.body).toMatchObject({ code: 'CREDIT_EVENT_NOT_REVERSIBLE', reason: 'already_reversed' });
    const after = await t.http.get(`/api/v1/institutions/${theirs.id}/credit-events`).set(await t.as.institution(theirs.id)).expect(200);
    expect(after.body.items.map((e: { kind: string; state: string | null }) => [e.kind, e.state])).toEqual([
      ['finding', 'reversed'],
      ['reversal', null],
    ]);
    expect(after.body.items[0].endedBy).toMatchObject({ kind: 'reversal', eventId: reversed.body.event.id });
  });
});

describe('the public', () => {
  it('sees the lists and the measures without a token, and the grade and list on the institution page', async () => {
    const black = await newInstitution(t, { name: '黑名单公开测试机构' });
    await record(t, black.id, { severity: 'serious', type: 'false_advertising' });
    const pending = await newInstitution(t, {}, 'pending_review');
    await record(t, pending.id, { severity: 'serious', type: 'false_advertising' });

    const res = await t.http.get('/api/v1/credit/lists/black').expect(200);
    const entry = res.body.items.find((i: { institution: { id: string } }) => i.institution.id === black.id);
    expect(entry).toMatchObject({ list: 'black', grade: 'D', score: '50.00', reason: { code: 'live_serious_breach' }, institution: { name: '黑名单公开测试机构' } });
    expect(entry.measures.map((m: { code: string }) => m.code)).toContain('BLACK_NO_NEW_PREPAYMENTS');
    // Never an institution still under review.
    expect(res.body.items.some((i: { institution: { id: string } }) => i.institution.id === pending.id)).toBe(false);

    const red = await t.http.get('/api/v1/credit/lists/red?limit=1').set('Accept-Language', 'en').expect(200);
    expect(red.body.items).toHaveLength(1);
    expect(red.body.items[0].measures[0].effect).toMatch(/sampling|on-site|Green/);
    await t.http.get('/api/v1/credit/lists/grey').expect(400);

    const page = await t.http.get(`/api/v1/public/institutions/${black.id}`).expect(200);
    expect(page.body).toMatchObject({ grade: 'D', list: 'black' });
    const catalogue = await t.http.get('/api/v1/credit/measures').expect(200);
    expect(catalogue.body.items).toHaveLength(13);
  });

  it('cannot verify the chain or export', async () => {
    await t.http.get('/api/v1/credit/verify').expect(401);
    await t.http.get('/api/v1/credit/export/changes').expect(401);
    await t.http.get('/api/v1/credit/verify').set(await t.as.association()).expect(403);
    await t.http.get('/api/v1/credit/export/changes').set(await t.as.institution(mine.id)).expect(403);
  });
});
