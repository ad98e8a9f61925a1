import { sql } from 'kysely';
import { inspectionTreatments, maySkipOnSiteCheck, mustVisitOnSite, prepaymentBlock } from '../../src/modules/credit/effects';
import { appendCreditEvent, recordCreditEvent, recordCreditReversal } from '../../src/modules/credit/ledger';
import { registerOpenRectificationSource, unregisterOpenRectificationSource } from '../../src/modules/credit/open-rectifications';
import { refreshCreditRating } from '../../src/modules/credit/ratings';
import { recomputeAllRatings } from '../../src/modules/credit/recompute';
import { inTransaction } from '../../src/db/transaction';
import { DEFAULT_POLICY } from '../../src/modules/policies/values';
import { startTestApp, type TestApp } from '../support/app';
import { newInstitution } from '../support/factories';
import { cityRegulator, commendation, generalBreaches, measuresInForce, record, storedRating, closeTestApp } from './support';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => closeTestApp(t));
beforeEach(() => t.clock.set('2026-09-01T02:00:00Z'));

const RED = ['RED_GREEN_CHANNEL', 'RED_ONSITE_EXEMPT', 'RED_SAMPLING_REDUCED'];
const WATCH = ['WATCH_MONTHLY_FUND_REPORT', 'WATCH_SAMPLING_INCREASED'];
const BLACK = [
  'BLACK_NOTICE_CIVIL_AFFAIRS',
  'BLACK_NOTICE_HUMAN_RESOURCES',
  'BLACK_NOTICE_MARKET_SUPERVISION',
  'BLACK_NO_HONOURS',
  'BLACK_NO_NEW_PREPAYMENTS',
  'BLACK_NO_SUBSIDIES',
  'BLACK_PUBLIC_LISTING',
  'BLACK_SAMPLING_X4_ONSITE',
];

async function credit(id: string) {
  const res = await t.http.get(`/api/v1/institutions/${id}/credit`).set(await t.as.cityRegulator()).expect(200);
  return res.body;
}

describe('grade boundaries, through recorded events and the stored rating', () => {
  it.each([
    [2, null, '90.00', 'A'],
    [3, '4.99', '89.99', 'B'],
    [5, null, '75.00', 'B'],
    [6, '4.99', '74.99', 'C'],
    [8, null, '60.00', 'C'],
    [9, '4.99', '59.99', 'D'],
  ])('%i general breaches and a commendation of %s: %s is grade %s', async (breaches, bonus, score, grade) => {
    const inst = await newInstitution(t);
    await generalBreaches(t, inst.id, breaches);
    if (bonus) await commendation(t, inst.id, bonus);
    expect(await storedRating(t, inst.id)).toMatchObject({ score, grade });
    const explained = await credit(inst.id);
    expect(explained).toMatchObject({ score, grade, upToDate: true, policyVersion: expect.any(Number) });
    expect(explained.events).toHaveLength(breaches + (bonus ? 1 : 0));
    expect(explained.band.grade).toBe(grade);
  });
});

describe('association half weight', () => {
  it('counts an association warning at half the policy’s points, and explains the weight', async () => {
    const inst = await newInstitution(t);
    await record(t, inst.id, { type: 'association_warning', source: 'association' });
    await record(t, inst.id, { type: 'association_warning', source: 'association' });
    await record(t, inst.id, { type: 'association_warning', source: 'association' });
    await generalBreaches(t, inst.id, 2);
    const explained = await credit(inst.id);
    expect(explained.score).toBe('82.50');
    expect(explained.grade).toBe('B');
    const weights = explained.events.map((e: { source: string; points: string; weight: string; weighted: string }) => [e.source, e.points, e.weight, e.weighted]);
    expect(weights).toContainEqual(['association', '-5.00', '0.5', '-2.50']);
    expect(weights).toContainEqual(['inspection', '-5.00', '1', '-5.00']);
  });
});

describe('publication expiry', () => {
  it('moves the grade when the clock passes the publication end', async () => {
    const inst = await newInstitution(t);
    await generalBreaches(t, inst.id, 3);
    expect(await credit(inst.id)).toMatchObject({ score: '85.00', grade: 'B', list: null });
    const endsOn = (await credit(inst.id)).events[0].publicationEndsOn;
    expect(endsOn).toBe('2027-09-01'); // 365 days from 2026-09-01 (Asia/Shanghai)

    t.clock.set('2027-08-31T15:59:59Z'); // 23:59:59 on the last published day in Shanghai
    expect(await credit(inst.id)).toMatchObject({ score: '85.00', grade: 'B' });
    t.clock.set('2027-08-31T16:00:00Z'); // midnight: the end day begins
    const after = await credit(inst.id);
    expect(after).toMatchObject({ score: '100.00', grade: 'A', list: 'red', upToDate: false });
    expect(after.notCounting.map((n: { state: string }) => n.state)).toEqual(['publication_ended', 'publication_ended', 'publication_ended']);

    // The stored rating, lists and measures move with the (nightly) recompute.
    const run = await recomputeAllRatings(t.ctx);
    expect(run.changed).toBeGreaterThanOrEqual(1);
    expect(await storedRating(t, inst.id)).toMatchObject({ score: '100.00', grade: 'A', list: 'red' });
    expect(await measuresInForce(t, inst.id)).toEqual(RED);
    expect((await credit(inst.id)).upToDate).toBe(true);
  });

  it('keeps a serious breach published for three years', async () => {
    const inst = await newInstitution(t);
    await record(t, inst.id, { severity: 'serious', type: 'funds_misappropriation' });
    expect((await credit(inst.id)).events[0].publicationEndsOn).toBe('2029-08-31');
    t.clock.set('2027-09-02T02:00:00Z'); // a general breach would have ended by now
    expect(await credit(inst.id)).toMatchObject({ list: 'black', grade: 'D', score: '50.00' });
    t.clock.set('2029-08-30T15:59:59Z');
    expect(await credit(inst.id)).toMatchObject({ list: 'black' });
    t.clock.set('2029-08-30T16:00:00Z');
    expect(await credit(inst.id)).toMatchObject({ list: 'red', grade: 'A' });
  });
});

describe('a serious breach', () => {
  it('black-lists at once regardless of score, applies the black measures and blocks prepayments', async () => {
    const inst = await newInstitution(t);
    for (let i = 0; i < 6; i++) await commendation(t, inst.id, '10');
    expect(await storedRating(t, inst.id)).toMatchObject({ score: '160.00', grade: 'A', list: 'red' });
    expect(await prepaymentBlock(t.ctx.db, inst.id)).toBeNull();

    const res = await t.http
      .post(`/api/v1/institutions/${inst.id}/credit-events`)
      .set(await t.as.cityRegulator())
      .send({ type: 'funds_misappropriation', severity: 'serious', source: 'escrow', basis: '挪用预收费资金', occurredAt: '2026-08-30T10:00:00+08:00' })
      .expect(201);
    expect(res.body.rating).toMatchObject({ score: '110.00', grade: 'A', list: 'black', changed: true });
    expect(res.body.rating.measuresApplied.sort()).toEqual(BLACK);
    expect(res.body.rating.measuresLifted.sort()).toEqual(RED);
    expect(res.body.event).toMatchObject({ severity: 'serious', points: '-50.00', publicationEndsOn: '2029-08-29', state: 'counting' });

    expect(await measuresInForce(t, inst.id)).toEqual(BLACK);
    const block = await prepaymentBlock(t.ctx.db, inst.id);
    expect(block).toMatchObject({ list: 'black', measureCode: 'BLACK_NO_NEW_PREPAYMENTS' });
    // The escrow module calls it inside its own transaction.
    expect(await inTransaction(t.ctx.db, (trx) => prepaymentBlock(trx, inst.id))).toEqual(block);
    expect(await mustVisitOnSite(t.ctx.db, inst.id)).toBe(true);

    const explained = await credit(inst.id);
    expect(explained.reasons.map((r: { code: string }) => r.code)).toEqual(['live_serious_breach']);
    expect(explained.measures.map((m: { code: string }) => m.code).sort()).toEqual(BLACK);
  });
});

describe('joint measures follow every grade change', () => {
  it('applies and lifts measures, each naming the rating change that did it', async () => {
    const inst = await newInstitution(t);
    await commendation(t, inst.id, '1');
    expect(await measuresInForce(t, inst.id)).toEqual(RED);
    const weights = DEFAULT_POLICY.inspection.gradeWeights;
    expect((await inspectionTreatments(t.ctx.db, [inst.id], weights)).get(inst.id)).toMatchObject({ samplingWeight: '0.5', onSite: 'may_skip' });
    expect(await maySkipOnSiteCheck(t.ctx.db, inst.id)).toBe(true);

    // 101 − 30 = 71: grade C, the watch list.
    const breaches = await generalBreaches(t, inst.id, 6);
    expect(await storedRating(t, inst.id)).toMatchObject({ score: '71.00', grade: 'C', list: 'watch', list_reason: 'grade_c' });
    expect(await measuresInForce(t, inst.id)).toEqual(WATCH);
    expect((await inspectionTreatments(t.ctx.db, [inst.id], weights)).get(inst.id)).toMatchObject({ samplingWeight: '2', onSite: 'normal' });

    const apps = await t.ctx.db.selectFrom('credit_measure_application').selectAll().where('institution_id', '=', inst.id).orderBy('id').execute();
    const red = apps.filter((a) => a.measure_code.startsWith('RED_'));
    const watch = apps.filter((a) => a.measure_code.startsWith('WATCH_'));
    expect(red.every((a) => a.lifted_at !== null && a.lifted_by_change !== null)).toBe(true);
    // Red measures went on the first general breach (grade A with a live breach: no list), watch ones at grade C.
    const changes = await t.ctx.db.selectFrom('credit_rating_change').selectAll().where('institution_id', '=', inst.id).orderBy('seq').execute();
    const liftedBy = changes.find((c) => c.seq === red[0]!.lifted_by_change)!;
    expect(liftedBy).toMatchObject({ from_list: 'red', to_list: null, event_id: breaches[0]!.event.id, cause: 'event' });
    const appliedBy = changes.find((c) => c.seq === watch[0]!.applied_by_change)!;
    expect(appliedBy).toMatchObject({ to_grade: 'C', to_list: 'watch', event_id: breaches[5]!.event.id });
    expect(watch.every((a) => a.reason === 'list:watch:grade_c' && a.lifted_at === null)).toBe(true);

    // A reversal is a correction: 76, grade B, no list; the watch measures are lifted.
    await inTransaction(t.ctx.db, (trx) => recordCreditReversal(trx, cityRegulator, { eventId: breaches[0]!.event.id, basis: '检查结论经复核撤销' }, t.ctx));
    expect(await storedRating(t, inst.id)).toMatchObject({ score: '76.00', grade: 'B', list: null });
    expect(await measuresInForce(t, inst.id)).toEqual([]);
    expect((await inspectionTreatments(t.ctx.db, [inst.id], weights)).get(inst.id)).toMatchObject({ samplingWeight: '1', onSite: 'normal', measures: [] });
  });

  it('applies grade-triggered measures from the catalogue as well', async () => {
    await sql`insert into credit_measure (code, kind, trigger_grade, department, department_zh, department_en, effect_zh, effect_en, basis, position)
              values ('GRADE_B_REMINDER', 'penalty', 'B', 'education', '教育行政部门', 'Education commission', '信用提醒', 'Credit reminder', 'test', 99)`.execute(t.ctx.db);
    const inst = await newInstitution(t);
    await generalBreaches(t, inst.id, 3);
    expect(await measuresInForce(t, inst.id)).toEqual(['GRADE_B_REMINDER']);
    const app = await t.ctx.db.selectFrom('credit_measure_application').selectAll().where('measure_code', '=', 'GRADE_B_REMINDER').executeTakeFirstOrThrow();
    expect(app.reason).toBe('grade:B');
    await sql`update credit_measure set active = false where code = 'GRADE_B_REMINDER'`.execute(t.ctx.db);
  });
});

describe('open rectifications (a registered source)', () => {
  it('puts an otherwise red institution on the watch list, at once through refreshCreditRating', async () => {
    await sql`create table test_rectification_case (institution_id uuid not null, closed boolean not null default false)`.execute(t.ctx.db);
    registerOpenRectificationSource({ name: 'test', openCases: sql`select institution_id from test_rectification_case where not closed` });
    try {
      const inst = await newInstitution(t);
      await commendation(t, inst.id, '2');
      expect(await storedRating(t, inst.id)).toMatchObject({ list: 'red' });
      await inTransaction(t.ctx.db, async (trx) => {
        await sql`insert into test_rectification_case (institution_id) values (${inst.id})`.execute(trx);
        await refreshCreditRating(trx, inst.id, t.ctx);
      });
      expect(await storedRating(t, inst.id)).toMatchObject({ list: 'watch', list_reason: 'open_rectification', open_rectifications: 1 });
      expect(await measuresInForce(t, inst.id)).toEqual(WATCH);
      const explained = await credit(inst.id);
      expect(explained.reasons[0]).toMatchObject({ code: 'open_rectification', message: expect.stringContaining('1') });

      await sql`update test_rectification_case set closed = true`.execute(t.ctx.db);
      await recomputeAllRatings(t.ctx);
      expect(await storedRating(t, inst.id)).toMatchObject({ list: 'red', open_rectifications: 0 });
    } finally {
      unregisterOpenRectificationSource('test');
    }
  });
});

describe('recording rules', () => {
  it('refuses breach points other than the policy’s and commendations over the cap, naming the rule', async () => {
    const inst = await newInstitution(t);
    const headers = await t.as.cityRegulator();
    const base = { type: 'late_refund', source: 'escrow', basis: '逾期退费', occurredAt: '2026-08-30T10:00:00+08:00' };
    const wrong = await t.http.post(`/api/v1/institutions/${inst.id}/credit-events`).set(headers).send({ ...base, severity: 'general', points: -3 }).expect(422);
    expect(wrong.body).toMatchObject({ code: 'CREDIT_POINTS_NOT_ALLOWED', rule: 'general_breach_points', limit: '-5', value: '-3' });
    const tooMuch = await t.http
      .post(`/api/v1/institutions/${inst.id}/credit-events`)
      .set(headers)
      .send({ ...base, type: 'commendation', severity: 'commendation', points: '10.01' })
      .expect(422);
    expect(tooMuch.body).toMatchObject({ rule: 'commendation_points', limit: 10 });
    const future = await t.http.post(`/api/v1/institutions/${inst.id}/credit-events`).set(headers).send({ ...base, severity: 'general', occurredAt: '2026-09-02T10:00:00+08:00' }).expect(422);
    expect(future.body.code).toBe('CREDIT_OCCURRED_IN_FUTURE');
    expect(await storedRating(t, inst.id)).toBeUndefined();
  });

  it('lets other modules record in their own transaction, rolled back with it', async () => {
    const inst = await newInstitution(t);
    await expect(
      inTransaction(t.ctx.db, async (trx) => {
        await recordCreditEvent(trx, t.system, { institutionId: inst.id, type: 'late_refund', severity: 'general', source: 'escrow', basis: '逾期退费', occurredAt: t.clock.now() }, t.ctx);
        throw new Error('the escrow posting failed');
      }),
    ).rejects.toThrow('the escrow posting failed');
    expect(await storedRating(t, inst.id)).toBeUndefined();
    const recorded = await appendCreditEvent(t.ctx, t.system, { institutionId: inst.id, type: 'late_refund', severity: 'general', source: 'escrow', basis: '逾期退费', occurredAt: t.clock.now() });
    expect(recorded.rating.rating).toMatchObject({ score: '95.00', grade: 'A', list: null });
  });
});
