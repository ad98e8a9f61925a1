import { startTestApp, type TestApp } from '../support/app';
import { newInstitution } from '../support/factories';
import { measuresInForce, record, storedRating, closeTestApp } from './support';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => closeTestApp(t));
beforeEach(() => t.clock.set('2026-09-01T02:00:00Z'));

const evidence = { rectificationReport: '整改报告（2027）1号', refundsCompleted: 12 };

async function apply(institutionId: string, eventId: string) {
  return t.http
    .post(`/api/v1/institutions/${institutionId}/credit-repairs`)
    .set(await t.as.institution(institutionId))
    .send({ eventId, statement: '已全额退还逾期款项并完善退费流程。', evidence });
}

describe('credit repair', () => {
  it('is refused before the minimum publication time, naming the earliest date', async () => {
    const inst = await newInstitution(t);
    const general = (await record(t, inst.id)).event;
    const serious = (await record(t, inst.id, { severity: 'serious', type: 'funds_misappropriation' })).event;
    t.clock.set('2027-02-28T02:00:00Z'); // 180 days later
    const early = await apply(inst.id, general.id);
    expect(early.status).toBe(422);
    // 国市监信规〔2021〕3号: 6 months (policy: 182 days) from the finding's day, 2026-09-01.
    expect(early.body).toMatchObject({ code: 'CREDIT_REPAIR_TOO_EARLY', earliest: '2027-03-02', limit: 182, rule: 'repair_min_days_general', value: '2027-02-28' });
    expect(early.body.detail).toContain('2027-03-02');
    const seriousEarly = await apply(inst.id, serious.id);
    expect(seriousEarly.body).toMatchObject({ code: 'CREDIT_REPAIR_TOO_EARLY', earliest: '2027-09-01', limit: 365 });
  });

  it('approved: appends a repair event that ends the publication, re-rates and lifts measures at once', async () => {
    const inst = await newInstitution(t, { districtCode: '310104' });
    const serious = (await record(t, inst.id, { severity: 'serious', type: 'funds_misappropriation' })).event;
    expect(await storedRating(t, inst.id)).toMatchObject({ list: 'black', score: '50.00' });
    t.clock.set('2027-09-01T02:00:00Z');
    const applied = await apply(inst.id, serious.id);
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({ status: 'pending', eventId: serious.id, earliestOn: '2027-09-01', evidence });
    expect((await apply(inst.id, serious.id)).body.code).toBe('CREDIT_REPAIR_PENDING');

    // The queue of a district bureau shows its own district only.
    const queue = await t.http.get('/api/v1/credit-repairs?status=pending').set(await t.as.districtRegulator('310104')).expect(200);
    expect(queue.body.items.map((r: { id: string }) => r.id)).toEqual([applied.body.id]);
    const elsewhere = await t.http.get('/api/v1/credit-repairs?status=pending').set(await t.as.districtRegulator('310115')).expect(200);
    expect(elsewhere.body.items).toEqual([]);
    await t.http.post(`/api/v1/credit-repairs/${applied.body.id}/decision`).set(await t.as.districtRegulator('310115')).send({ decision: 'approve', reasons: '越权' }).expect(404);
    await t.http.post(`/api/v1/credit-repairs/${applied.body.id}/decision`).set(await t.as.institution(inst.id)).send({ decision: 'approve', reasons: '自批' }).expect(403);

    const decided = await t.http
      .post(`/api/v1/credit-repairs/${applied.body.id}/decision`)
      .set(await t.as.districtRegulator('310104'))
      .send({ decision: 'approve', reasons: '已完成整改，退费到位，同意修复。' })
      .expect(200);
    expect(decided.body.repair).toMatchObject({ status: 'approved', decidedBy: 'district-regulator-310104', repairEventId: expect.any(String) });
    expect(decided.body.rating).toMatchObject({ score: '100.00', grade: 'A', list: 'red', changed: true });
    expect(decided.body.rating.measuresLifted).toContain('BLACK_NO_NEW_PREPAYMENTS');
    expect(await storedRating(t, inst.id)).toMatchObject({ list: 'red' });
    expect(await measuresInForce(t, inst.id)).toEqual(['RED_GREEN_CHANNEL', 'RED_ONSITE_EXEMPT', 'RED_SAMPLING_REDUCED']);

    const events = await t.http.get(`/api/v1/institutions/${inst.id}/credit-events`).set(await t.as.institution(inst.id)).expect(200);
    expect(events.body.items.map((e: { kind: string; state: string | null }) => [e.kind, e.state])).toEqual([
      ['finding', 'repaired'],
      ['repair', null],
    ]);
    expect(events.body.items[1]).toMatchObject({ repairs: serious.id, evidence: { repairId: applied.body.id } });
    // The publication end is not rewritten: it is ended by the later repair event.
    expect(events.body.items[0]).toMatchObject({ publicationEndsOn: '2029-08-31', endedBy: { kind: 'repair' } });

    const again = await t.http.post(`/api/v1/credit-repairs/${applied.body.id}/decision`).set(await t.as.cityRegulator()).send({ decision: 'reject', reasons: '重复' }).expect(409);
    expect(again.body).toMatchObject({ code: 'CREDIT_REPAIR_DECIDED', decision: 'approved' });
    expect((await apply(inst.id, serious.id)).body).toMatchObject({ code: 'CREDIT_EVENT_NOT_REPAIRABLE', reason: 'already_repaired' });
  });

  it('rejected: the finding keeps counting, with the reasons on record', async () => {
    const inst = await newInstitution(t);
    const general = (await record(t, inst.id)).event;
    t.clock.set('2027-03-02T02:00:00Z');
    const applied = await apply(inst.id, general.id);
    expect(applied.status).toBe(201);
    const decided = await t.http
      .post(`/api/v1/credit-repairs/${applied.body.id}/decision`)
      .set(await t.as.cityRegulator())
      .send({ decision: 'reject', reasons: '整改材料不完整，缺少退费凭证。' })
      .expect(200);
    expect(decided.body).toMatchObject({ repair: { status: 'rejected', decisionReasons: '整改材料不完整，缺少退费凭证。', repairEventId: null }, rating: null });
    const credit = await t.http.get(`/api/v1/institutions/${inst.id}/credit`).set(await t.as.institution(inst.id)).expect(200);
    expect(credit.body).toMatchObject({ score: '95.00', events: [{ id: general.id }] });
    const mine = await t.http.get(`/api/v1/institutions/${inst.id}/credit-repairs`).set(await t.as.institution(inst.id)).expect(200);
    expect(mine.body.items).toHaveLength(1);
    await t.http.get(`/api/v1/credit-repairs/${applied.body.id}`).set(await t.as.institution(inst.id)).expect(200);
    // Another institution cannot see it, nor apply for it.
    const other = await newInstitution(t);
    await t.http.get(`/api/v1/credit-repairs/${applied.body.id}`).set(await t.as.institution(other.id)).expect(404);
    await t.http.get(`/api/v1/institutions/${inst.id}/credit-repairs`).set(await t.as.institution(other.id)).expect(404);
    const foreign = await apply(other.id, general.id);
    expect(foreign.body.code).toBe('CREDIT_EVENT_NOT_FOUND');
    // A new application after a rejection is allowed.
    expect((await apply(inst.id, general.id)).status).toBe(201);
  });

  it('cannot repair a commendation', async () => {
    const inst = await newInstitution(t);
    const praise = (await record(t, inst.id, { type: 'commendation', severity: 'commendation', points: '3', source: 'regulator' })).event;
    t.clock.set('2027-06-01T02:00:00Z');
    expect((await apply(inst.id, praise.id)).body).toMatchObject({ code: 'CREDIT_EVENT_NOT_REPAIRABLE', reason: 'not_a_breach' });
  });
});
