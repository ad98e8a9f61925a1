import { INSTITUTION_STATUSES, TRANSITIONS, type InstitutionStatus } from '../../src/modules/institutions/lifecycle';
import { newInstitution } from '../support/factories';
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
let auth: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  auth = await t.as.cityRegulator();
});
afterAll(() => t.close());

/** Walks a fresh institution to `status` through the API, the way a regulator would. */
async function institutionIn(status: InstitutionStatus): Promise<string> {
  const route: Record<InstitutionStatus, InstitutionStatus[]> = {
    pending_review: [],
    active: ['active'],
    rectifying: ['active', 'rectifying'],
    suspended: ['active', 'suspended'],
    closing: ['active', 'closing'],
    closed: ['active', 'closing', 'closed'],
    rejected: ['rejected'],
    revoked: ['active', 'revoked'],
  };
  const created = await newInstitution(t, {}, 'pending_review');
  for (const to of route[status]) {
    if (to === 'closed') t.clock.advanceDays(31);
    await t.http.post(`/api/v1/institutions/${created.id}/transitions`).set(auth).send({ to, reason: '测试' }).expect(201);
  }
  return created.id;
}

const pairs = INSTITUTION_STATUSES.flatMap((from) => INSTITUTION_STATUSES.filter((to) => to !== from).map((to) => [from, to] as const));

describe('institution lifecycle (SPEC §2)', () => {
  it.each(pairs)('%s → %s is allowed exactly when the lifecycle says so', async (from, to) => {
    const id = await institutionIn(from);
    const allowed = TRANSITIONS[from].includes(to);
    if (to === 'closed' && allowed) t.clock.advanceDays(31);
    const res = await t.http.post(`/api/v1/institutions/${id}/transitions`).set(auth).send({ to, reason: '状态变更测试' });
    if (allowed) {
      expect(res.status).toBe(201);
      expect(res.body.institution.status).toBe(to);
      expect(res.body.transition).toMatchObject({ from, to, reason: '状态变更测试', actor: 'city-regulator', policyVersion: 1 });
      const history = await t.http.get(`/api/v1/institutions/${id}/transitions`).set(auth).expect(200);
      expect(history.body.items.at(-1)).toMatchObject({ from, to });
    } else {
      expect(res.status).toBe(409);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.code).toBe('ILLEGAL_TRANSITION');
      expect(res.body.allowedTransitions).toEqual([...TRANSITIONS[from]]);
      const after = await t.http.get(`/api/v1/institutions/${id}`).set(auth).expect(200);
      expect(after.body.status).toBe(from);
    }
  });

  it('refuses closing → closed before 30 days of public notice, naming the earliest date', async () => {
    const id = await institutionIn('closing');
    t.clock.advanceDays(29);
    const early = await t.http.post(`/api/v1/institutions/${id}/transitions`).set(auth).send({ to: 'closed', reason: '公示期满' }).expect(409);
    expect(early.body.code).toBe('CLOSURE_NOTICE_PERIOD');
    expect(early.body.days).toBe(30);
    t.clock.advanceDays(1);
    await t.http.post(`/api/v1/institutions/${id}/transitions`).set(auth).send({ to: 'closed', reason: '公示期满' }).expect(201);
  });

  it('audits every transition with actor, reason and request id', async () => {
    const id = await institutionIn('pending_review');
    await t.http
      .post(`/api/v1/institutions/${id}/transitions`)
      .set(auth)
      .set('X-Request-Id', 'req-lifecycle-0001')
      .send({ to: 'active', reason: '审核通过' })
      .expect(201);
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('subject_id', '=', id).where('action', '=', 'institution.transitioned').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_sub: 'city-regulator', actor_role: 'regulator', request_id: 'req-lifecycle-0001', institution_id: id });
    expect(audit[0]!.details).toMatchObject({ from: 'pending_review', to: 'active', reason: '审核通过' });
  });

  it('only regulators change status', async () => {
    const id = await institutionIn('pending_review');
    const res = await t.http.post(`/api/v1/institutions/${id}/transitions`).set(await t.as.institution(id)).send({ to: 'active', reason: '自行激活' });
    expect(res.status).toBe(403);
    const after = await t.http.get(`/api/v1/institutions/${id}`).set(auth).expect(200);
    expect(after.body.status).toBe('pending_review');
  });
});
