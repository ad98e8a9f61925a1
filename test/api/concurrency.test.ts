import { courseInput, newInstitution } from '../support/factories';
import { startTestApp, type TestApp } from '../support/app';
import { testEngine } from '../support/engine';

/*
 * Transactions must never interleave, on PGlite (one session shared by every request) as on the
 * server. These run on whichever engine the suite runs on; on PGlite they prove the dialect
 * queues transactions instead of mixing their statements.
 */
let t: TestApp;
let auth: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  auth = await t.as.cityRegulator();
});
afterAll(() => t.close());

describe(`50 concurrent transactional requests (${testEngine()})`, () => {
  it('policy changes form one unbroken chain of versions; refused ones leave no trace', async () => {
    const start = (await t.http.get('/api/v1/policies').set(auth).expect(200)).body.version as number;
    const requests = Array.from({ length: 50 }, (_, i) =>
      t.http
        .patch('/api/v1/policies')
        .set(auth)
        .send({
          reason: `并发修改 ${i}`,
          // every fifth change is invalid (a negative day count) and must roll back whole
          values: { escrow: { settlementDelayDays: i % 5 === 4 ? -1 : i } },
        }),
    );
    const responses = await Promise.all(requests);
    const ok = responses.filter((r) => r.status === 201);
    const refused = responses.filter((r) => r.status === 422);
    expect(ok).toHaveLength(40);
    expect(refused).toHaveLength(10);

    const versions = await t.ctx.db.selectFrom('policy_version').selectAll().where('version', '>', start).orderBy('version').execute();
    expect(versions.map((v) => v.version)).toEqual(Array.from({ length: 40 }, (_, i) => start + 1 + i));
    // Each version was computed from the one before it, under the lock.
    const audits = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'policy.changed').orderBy('id').execute();
    const chain = audits.slice(-40).map((a) => [(a.details as { fromVersion: number }).fromVersion, Number(a.subject_id)]);
    for (const [from, to] of chain) expect(to).toBe(from! + 1);
    // The value in force is the one of the last change that committed.
    const last = versions.at(-1)!;
    const lastReason = last.reason;
    const lastIndex = Number(lastReason.replace('并发修改 ', ''));
    expect((last.values as { escrow: { settlementDelayDays: number } }).escrow.settlementDelayDays).toBe(lastIndex);
    await t.http.patch('/api/v1/policies').set(auth).send({ reason: '恢复默认', values: { escrow: { settlementDelayDays: 1 } } }).expect(201);
  });

  it('course filings: exactly one of 25 racing for the same code wins, 25 distinct codes all land', async () => {
    const institution = await newInstitution(t);
    const url = `/api/v1/institutions/${institution.id}/courses`;
    const racing = Array.from({ length: 25 }, () => t.http.post(url).set(auth).send(courseInput({ code: 'RACE' })));
    const distinct = Array.from({ length: 25 }, (_, i) => t.http.post(url).set(auth).send(courseInput({ code: `D${i}` })));
    const responses = await Promise.all([...racing, ...distinct]);
    const raced = responses.slice(0, 25);
    expect(raced.filter((r) => r.status === 201)).toHaveLength(1);
    expect(raced.filter((r) => r.status === 409 && r.body.code === 'COURSE_CODE_TAKEN')).toHaveLength(24);
    expect(responses.slice(25).every((r) => r.status === 201)).toBe(true);

    const courses = await t.ctx.db.selectFrom('course').select(['id', 'code']).where('institution_id', '=', institution.id).execute();
    expect(courses).toHaveLength(26);
    const filings = await t.ctx.db.selectFrom('course_fee_filing').select('course_id').where('institution_id', '=', institution.id).execute();
    expect(filings.map((f) => f.course_id).sort()).toEqual(courses.map((c) => c.id).sort());
    const audits = await t.ctx.db.selectFrom('audit_log').select('subject_id').where('institution_id', '=', institution.id).where('action', '=', 'course.filed').execute();
    expect(audits.map((a) => a.subject_id).sort()).toEqual(courses.map((c) => c.id).sort());
  });
});
