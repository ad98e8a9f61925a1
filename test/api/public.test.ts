import { newInstitution } from '../support/factories';
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('public disclosure', () => {
  it('shows an institution that passed review, without a token, and hides one under review', async () => {
    const active = await newInstitution(t, { name: '公开查询测试机构' });
    const pending = await newInstitution(t, {}, 'pending_review');
    const res = await t.http.get(`/api/v1/public/institutions/${active.id}`).expect(200);
    expect(res.body).toMatchObject({ id: active.id, name: '公开查询测试机构', status: 'active', licence: active.licence });
    expect(res.body).not.toHaveProperty('legalRepresentative');
    expect(res.body).not.toHaveProperty('contactPhone');
    await t.http.get(`/api/v1/public/institutions/${pending.id}`).expect(404);
  });

  it('searches by name', async () => {
    const res = await t.http.get(`/api/v1/public/institutions?q=${encodeURIComponent('公开查询')}`).expect(200);
    expect(res.body.items.map((i: { name: string }) => i.name)).toEqual(['公开查询测试机构']);
  });

  it('rate-limits public endpoints per client', async () => {
    const limitedApp = await startTestApp({ publicRateLimit: 4 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await limitedApp.http.get('/api/v1/public/institutions')).status);
    const limited = await limitedApp.http.get('/api/v1/public/institutions');
    // One budget per client across every public route, wherever it is mounted.
    const limitedList = await limitedApp.http.get('/api/v1/credit/lists/black');
    const authenticated = await limitedApp.http.get('/api/v1/institutions').set(await limitedApp.as.cityRegulator());
    await limitedApp.close();
    expect(statuses).toEqual([200, 200, 200, 200]);
    expect(authenticated.status).toBe(200);
    expect(limited.status).toBe(429);
    expect(limitedList.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(limited.headers['ratelimit-policy']).toBeDefined();
  });
});
