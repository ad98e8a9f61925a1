import { courseInput, institutionInput, newInstitution } from '../support/factories';
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
let auth: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  auth = await t.as.cityRegulator();
});
afterAll(() => t.close());

async function count(table: 'institution' | 'course' | 'audit_log' | 'institution_site' | 'course_fee_filing'): Promise<number> {
  const row = await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('registering an institution', () => {
  it('registers it pending review, with sites, and audits it', async () => {
    const input = institutionInput({ sites: [{ name: '主校区', address: '上海市浦东新区世纪大道1号', districtCode: '310115', capacity: 80 }] });
    const res = await t.http.post('/api/v1/institutions').set(auth).send(input).expect(201);
    expect(res.body).toMatchObject({
      uscc: input.uscc,
      name: input.name,
      status: 'pending_review',
      districtName: '浦东新区',
      supervisionMode: 'custody',
      licence: input.licence,
      allowedTransitions: ['active', 'rejected'],
    });
    const sites = await t.http.get(`/api/v1/institutions/${res.body.id}/sites`).set(auth).expect(200);
    expect(sites.body.items).toHaveLength(1);
    expect(sites.body.items[0]).toMatchObject({ name: '主校区', capacity: 80 });
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('subject_id', '=', res.body.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['institution.registered']);
  });

  it('answers in English when asked', async () => {
    const res = await t.http.post('/api/v1/institutions').set(auth).set('Accept-Language', 'en-US,en;q=0.9').send(institutionInput()).expect(201);
    expect(res.body.districtName).toBe('Pudong');
  });

  it('refuses a code with a wrong check character with a 422 naming the reason, and writes nothing', async () => {
    const before = await count('institution');
    const input = institutionInput();
    const wrong = input.uscc.slice(0, 17) + (input.uscc[17] === '0' ? '1' : '0');
    const res = await t.http.post('/api/v1/institutions').set(auth).send({ ...input, uscc: wrong }).expect(422);
    expect(res.body).toMatchObject({ code: 'INSTITUTION_USCC_INVALID', rule: 'uscc.check_character', value: wrong });
    expect(res.body.detail).toContain('校验码不正确');
    expect(await count('institution')).toBe(before);
  });

  it('refuses a code already registered with a 409', async () => {
    const input = institutionInput();
    await t.http.post('/api/v1/institutions').set(auth).send(input).expect(201);
    const again = await t.http.post('/api/v1/institutions').set(auth).send({ ...institutionInput(), uscc: input.uscc }).expect(409);
    expect(again.body.code).toBe('INSTITUTION_USCC_TAKEN');
  });

  it('refuses a for-profit institution with subject training (2021 rule)', async () => {
    const before = await count('institution');
    const res = await t.http.post('/api/v1/institutions').set(auth).send(institutionInput({ kind: 'for_profit', categories: ['subject', 'arts'] })).expect(422);
    expect(res.body.code).toBe('FOR_PROFIT_SUBJECT_FORBIDDEN');
    expect(await count('institution')).toBe(before);
  });

  it('requires custody for subject training', async () => {
    const res = await t.http
      .post('/api/v1/institutions')
      .set(auth)
      .send(institutionInput({ kind: 'non_profit', categories: ['subject'], supervisionMode: 'deposit' }))
      .expect(422);
    expect(res.body.code).toBe('SUBJECT_REQUIRES_CUSTODY');
  });

  it('requires a licence offline and an ICP filing online, and refuses an expired licence', async () => {
    const offline = institutionInput();
    delete (offline as { licence?: unknown }).licence;
    expect((await t.http.post('/api/v1/institutions').set(auth).send(offline).expect(422)).body).toMatchObject({ code: 'LICENCE_REQUIRED', field: 'licence' });
    const online = institutionInput({ mode: 'online' });
    expect((await t.http.post('/api/v1/institutions').set(auth).send(online).expect(422)).body).toMatchObject({ code: 'LICENCE_REQUIRED', field: 'icpFilingNumber' });
    await t.http.post('/api/v1/institutions').set(auth).send({ ...online, icpFilingNumber: '沪ICP备2021000001号' }).expect(201);
    const expired = institutionInput({ licence: { number: '教民001', expiresOn: '2026-08-31' } });
    expect((await t.http.post('/api/v1/institutions').set(auth).send(expired).expect(422)).body.code).toBe('LICENCE_EXPIRED');
  });

  it('lets a district regulator register only in its district', async () => {
    const xuhui = await t.as.districtRegulator('310104');
    await t.http.post('/api/v1/institutions').set(xuhui).send(institutionInput({ districtCode: '310104' })).expect(201);
    const res = await t.http.post('/api/v1/institutions').set(xuhui).send(institutionInput({ districtCode: '310115' })).expect(403);
    expect(res.body.code).toBe('DISTRICT_OUT_OF_SCOPE');
  });
});

describe('changing an institution', () => {
  it('lets a regulator change registered fields, re-checking the rules', async () => {
    const inst = await newInstitution(t);
    const res = await t.http.patch(`/api/v1/institutions/${inst.id}`).set(auth).send({ categories: ['arts', 'sports'], address: '上海市浦东新区新地址8号' }).expect(200);
    expect(res.body).toMatchObject({ categories: ['arts', 'sports'], address: '上海市浦东新区新地址8号' });
    const refused = await t.http.patch(`/api/v1/institutions/${inst.id}`).set(auth).send({ categories: ['subject'] }).expect(422);
    expect(refused.body.code).toBe('FOR_PROFIT_SUBJECT_FORBIDDEN');
    const after = await t.http.get(`/api/v1/institutions/${inst.id}`).set(auth).expect(200);
    expect(after.body.categories).toEqual(['arts', 'sports']);
  });

  it('lets an institution correct only its contact fields', async () => {
    const inst = await newInstitution(t);
    const own = await t.as.institution(inst.id);
    await t.http.patch(`/api/v1/institutions/${inst.id}`).set(own).send({ legalRepresentative: '李四', contactPhone: '021-12345678' }).expect(200);
    const res = await t.http.patch(`/api/v1/institutions/${inst.id}`).set(own).send({ categories: ['arts', 'sports'] }).expect(403);
    expect(res.body.fields).toEqual(['categories']);
  });
});

describe('courses and fee filing (SPEC §2)', () => {
  async function subjectInstitution(mode: 'offline' | 'online' = 'offline') {
    return newInstitution(t, {
      kind: 'non_profit',
      categories: ['subject', 'arts'],
      mode,
      ...(mode === 'online' ? { icpFilingNumber: '沪ICP备20210001号' } : {}),
    });
  }

  function file(institutionId: string, overrides: Parameters<typeof courseInput>[0]) {
    return t.http.post(`/api/v1/institutions/${institutionId}/courses`).set(auth).send(courseInput(overrides));
  }

  // Offline, 45-minute guidance prices per head: < 10 students 80, 10–35 60, > 35 40; +10 % at most.
  it.each([
    [9, 45, '88.00', '88.01'],
    [10, 45, '66.00', '66.01'],
    [35, 45, '66.00', '66.01'],
    [36, 45, '44.00', '44.01'],
  ])('class size %i, %i minutes: %s passes, %s fails', async (classSize, lessonMinutes, ok, over) => {
    const inst = await subjectInstitution();
    const passed = await file(inst.id, { category: 'subject', classSize, lessonMinutes, pricePerLesson: ok }).expect(201);
    expect(passed.body).toMatchObject({ pricePerLesson: ok, priceCap: ok, policyVersion: 1 });
    const refused = await file(inst.id, { category: 'subject', classSize, lessonMinutes, pricePerLesson: over }).expect(422);
    expect(refused.body).toMatchObject({ code: 'COURSE_PRICE_OVER_CAP', rule: 'subject_price_cap', limit: ok, value: over, policyVersion: 1 });
  });

  it('prorates the cap by lesson length (60 min, 20 students: 60 × 60/45 × 1.1 = 88.00)', async () => {
    const inst = await subjectInstitution();
    await file(inst.id, { category: 'subject', classSize: 20, lessonMinutes: 60, pricePerLesson: '88.00' }).expect(201);
    await file(inst.id, { category: 'subject', classSize: 20, lessonMinutes: 60, pricePerLesson: '88.01' }).expect(422);
  });

  it('keeps the exact cap for lengths that do not divide evenly (50 min: 73.333… → 73.33 passes, 73.34 fails)', async () => {
    const inst = await subjectInstitution();
    const ok = await file(inst.id, { category: 'subject', classSize: 20, lessonMinutes: 50, pricePerLesson: '73.33' }).expect(201);
    expect(ok.body.priceCap).toBe('73.33');
    await file(inst.id, { category: 'subject', classSize: 20, lessonMinutes: 50, pricePerLesson: '73.34' }).expect(422);
  });

  it('caps online subject lessons at 20 yuan per 30 minutes (+10 %)', async () => {
    const inst = await subjectInstitution('online');
    await file(inst.id, { category: 'subject', mode: 'online', classSize: 100, lessonMinutes: 30, pricePerLesson: '22.00' }).expect(201);
    await file(inst.id, { category: 'subject', mode: 'online', classSize: 100, lessonMinutes: 30, pricePerLesson: '22.01' }).expect(422);
    await file(inst.id, { category: 'subject', mode: 'online', classSize: 1, lessonMinutes: 45, pricePerLesson: '33.00' }).expect(201);
  });

  it('does not cap non-subject courses', async () => {
    const inst = await subjectInstitution();
    const res = await file(inst.id, { category: 'arts', pricePerLesson: '980.00' }).expect(201);
    expect(res.body.priceCap).toBeNull();
  });

  it('applies the guidance price of the policy in force and records its version', async () => {
    const inst = await subjectInstitution();
    await t.http
      .patch('/api/v1/policies')
      .set(auth)
      .send({ reason: '指导价调整', values: { registry: { subjectPriceCaps: { markupRatio: '0.05' } } } })
      .expect(201);
    const refused = await file(inst.id, { category: 'subject', classSize: 20, lessonMinutes: 45, pricePerLesson: '66.00' }).expect(422);
    expect(refused.body).toMatchObject({ limit: '63.00', policyVersion: 2 });
    const ok = await file(inst.id, { category: 'subject', classSize: 20, lessonMinutes: 45, pricePerLesson: '63.00' }).expect(201);
    expect(ok.body.policyVersion).toBe(2);
    await t.http.patch('/api/v1/policies').set(auth).send({ reason: '恢复', values: { registry: { subjectPriceCaps: { markupRatio: '0.10' } } } }).expect(201);
  });

  it('refuses subject courses of a for-profit institution at filing', async () => {
    const inst = await newInstitution(t, { kind: 'for_profit', categories: ['arts'] });
    const res = await file(inst.id, { category: 'subject', pricePerLesson: '50.00' }).expect(422);
    expect(res.body.code).toBe('FOR_PROFIT_SUBJECT_FORBIDDEN');
  });

  it('refuses a course outside the business scope or the licensed mode', async () => {
    const inst = await newInstitution(t, { categories: ['arts'] });
    const scope = await file(inst.id, { category: 'sports' }).expect(422);
    expect(scope.body).toMatchObject({ code: 'COURSE_OUT_OF_SCOPE', rule: 'business_scope', value: 'sports', limit: ['arts'] });
    const mode = await file(inst.id, { mode: 'online' }).expect(422);
    expect(mode.body).toMatchObject({ code: 'COURSE_MODE_OUT_OF_SCOPE', limit: 'offline', value: 'online' });
  });

  it('refuses a duplicate course code and inconsistent charging periods', async () => {
    const inst = await newInstitution(t);
    await file(inst.id, { code: 'DUP-1' }).expect(201);
    expect((await file(inst.id, { code: 'DUP-1' }).expect(409)).body.code).toBe('COURSE_CODE_TAKEN');
    expect((await file(inst.id, { chargingMode: 'per_period' }).expect(422)).body.code).toBe('COURSE_PERIOD_DAYS');
    await file(inst.id, { chargingMode: 'per_period', periodDays: 90 }).expect(201);
  });

  it('refuses filing for institutions that are not operating', async () => {
    const inst = await newInstitution(t, {}, 'suspended');
    expect((await file(inst.id, {}).expect(409)).body).toMatchObject({ code: 'INSTITUTION_NOT_FILING', institutionStatus: 'suspended' });
  });

  it('keeps the history of fee filings with the cap applied', async () => {
    const inst = await subjectInstitution();
    const course = await file(inst.id, { category: 'subject', classSize: 20, lessonMinutes: 45, pricePerLesson: '60.00' }).expect(201);
    const url = `/api/v1/institutions/${inst.id}/courses/${course.body.id}/fee-filings`;
    await t.http.post(url).set(auth).send({ pricePerLesson: '65.50' }).expect(201);
    const over = await t.http.post(url).set(auth).send({ pricePerLesson: '66.01' }).expect(422);
    expect(over.body.code).toBe('COURSE_PRICE_OVER_CAP');
    const history = await t.http.get(url).set(auth).expect(200);
    expect(history.body.items.map((f: { pricePerLesson: string }) => f.pricePerLesson)).toEqual(['60.00', '65.50']);
    expect(history.body.items.every((f: { priceCap: string }) => f.priceCap === '66.00')).toBe(true);
    const current = await t.http.get(`/api/v1/institutions/${inst.id}/courses/${course.body.id}`).set(auth).expect(200);
    expect(current.body.pricePerLesson).toBe('65.50');
  });
});
