import { DEFAULT_POLICY } from '../../src/modules/policies/values';
import { mergePatch } from '../../src/modules/policies/service';
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('policies', () => {
  it('start at version 1 with the defaults of SPEC §2–§6, readable by every role', async () => {
    for (const headers of [await t.as.cityRegulator(), await t.as.association(), await t.as.inspector(), await t.as.institution('00000000-0000-4000-8000-000000000001')]) {
      const res = await t.http.get('/api/v1/policies').set(headers).expect(200);
      expect(res.body.version).toBe(1);
      expect(res.body.values).toEqual(DEFAULT_POLICY);
    }
    expect(DEFAULT_POLICY.charges).toMatchObject({ maxLessonsPerCharge: 60, maxDaysPerCharge: 92, maxAmountNonSubject: '5000.00', maxDepositRatio: '0.20' });
    expect(DEFAULT_POLICY.registry.subjectPriceCaps.offlineBands.map((b) => b.price)).toEqual(['80.00', '60.00', '40.00']);
    expect((await t.http.get('/api/v1/policies')).status).toBe(401);
  });

  it('are changed only by city regulators, as a new version, with the old ones kept', async () => {
    const district = await t.as.districtRegulator('310115');
    const refused = await t.http.patch('/api/v1/policies').set(district).send({ reason: '区里想改', values: { charges: { maxLessonsPerCharge: 90 } } }).expect(403);
    expect(refused.body.code).toBe('POLICY_CHANGE_FORBIDDEN');

    const city = await t.as.cityRegulator();
    const changed = await t.http
      .patch('/api/v1/policies')
      .set(city)
      .send({ baseVersion: 1, reason: '试点：单次收费上限调整为 40 课时', values: { charges: { maxLessonsPerCharge: 40 } } })
      .expect(201);
    expect(changed.body).toMatchObject({ version: 2, changedBy: 'city-regulator', reason: '试点：单次收费上限调整为 40 课时' });
    expect(changed.body.values.charges).toEqual({ ...DEFAULT_POLICY.charges, maxLessonsPerCharge: 40 });

    const v1 = await t.http.get('/api/v1/policies/versions/1').set(city).expect(200);
    expect(v1.body.values.charges.maxLessonsPerCharge).toBe(60);
    const list = await t.http.get('/api/v1/policies/versions?limit=1').set(city).expect(200);
    expect(list.body.items.map((v: { version: number }) => v.version)).toEqual([2]);
    const next = await t.http.get(`/api/v1/policies/versions?limit=1&cursor=${list.body.nextCursor}`).set(city).expect(200);
    expect(next.body.items.map((v: { version: number }) => v.version)).toEqual([1]);
    expect(next.body.nextCursor).toBeNull();

    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'policy.changed').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ fromVersion: 1, patch: { charges: { maxLessonsPerCharge: 40 } } });
  });

  it('refuse a change based on an old version, invalid values and unknown keys', async () => {
    const city = await t.as.cityRegulator();
    const current = (await t.http.get('/api/v1/policies').set(city)).body.version;
    const stale = await t.http.patch('/api/v1/policies').set(city).send({ baseVersion: 1, reason: '过期的修改', values: { charges: { maxLessonsPerCharge: 50 } } }).expect(409);
    expect(stale.body).toMatchObject({ code: 'POLICY_VERSION_CONFLICT', current, base: 1 });
    const invalid = await t.http.patch('/api/v1/policies').set(city).send({ reason: '非法取值', values: { charges: { maxAmountNonSubject: 5000 } } }).expect(422);
    expect(invalid.body.errors[0].path).toBe('values.charges.maxAmountNonSubject');
    const unknown = await t.http.patch('/api/v1/policies').set(city).send({ reason: '未知参数', values: { charges: { discount: '0.5' } } }).expect(422);
    expect(unknown.body.code).toBe('POLICY_INVALID');
    expect((await t.http.get('/api/v1/policies').set(city)).body.version).toBe(current);
  });

  it('merge patches as RFC 7386 says', () => {
    expect(mergePatch({ a: { b: 1, c: 2 }, d: [1] }, { a: { b: 3, c: null }, d: [2] })).toEqual({ a: { b: 3 }, d: [2] });
  });

  it('write a new version at boot when the code adds a key, and none when nothing changed', async () => {
    const before = (await t.ctx.db.selectFrom('policy_version').select('version').execute()).length;
    await t.ctx.policies.ensureCurrent();
    expect((await t.ctx.db.selectFrom('policy_version').select('version').execute()).length).toBe(before);
  });
});
