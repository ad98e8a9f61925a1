import pg from 'pg';
import { newInstitution } from '../support/factories';
import { startTestApp, type TestApp } from '../support/app';
import { testEngine } from '../support/engine';

let t: TestApp;
let city: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  city = await t.as.cityRegulator();
});
afterAll(() => t.close());

async function runScan() {
  return t.http.post('/api/v1/jobs/licence-expiry-scan/runs').set(city).expect(201);
}

async function openAlerts(institutionId: string, headers = city) {
  const res = await t.http.get(`/api/v1/alerts?kind=licence_expiring&institutionId=${institutionId}`).set(headers).expect(200);
  return res.body.items as Array<{ id: number; severity: string; details: Record<string, unknown>; title: string }>;
}

describe('licence expiry warnings (SPEC §3.8) as a job', () => {
  it('warns 30 days ahead, turns critical on expiry, resolves on renewal, and never duplicates', async () => {
    // The test clock starts on 2026-09-01.
    const soon = await newInstitution(t, { licence: { number: '教民-即将到期', expiresOn: '2026-10-01' } });
    const later = await newInstitution(t, { licence: { number: '教民-尚早', expiresOn: '2026-10-02' } });
    const closed = await newInstitution(t, { licence: { number: '教民-已停业', expiresOn: '2026-09-10' } }, 'revoked');

    const first = await runScan();
    expect(first.body).toMatchObject({ job: 'licence-expiry-scan', status: 'succeeded', trigger: 'manual', actor: 'city-regulator' });
    const alerts = await openAlerts(soon.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ severity: 'warning', title: '办学许可证即将到期', details: { expiresOn: '2026-10-01', licenceNumber: '教民-即将到期' } });
    expect(await openAlerts(later.id)).toHaveLength(0);
    expect(await openAlerts(closed.id)).toHaveLength(0);

    await runScan();
    expect(await openAlerts(soon.id)).toHaveLength(1);

    t.clock.set('2026-10-02T02:00:00Z');
    await runScan();
    expect((await openAlerts(soon.id))[0]!.severity).toBe('critical');
    expect(await openAlerts(later.id)).toHaveLength(1);

    await t.http.patch(`/api/v1/institutions/${soon.id}`).set(city).send({ licence: { number: '教民-已换证', expiresOn: '2031-10-01' } }).expect(200);
    const renewed = await runScan();
    expect(renewed.body.outcome).toMatchObject({ resolved: 1 });
    expect(await openAlerts(soon.id)).toHaveLength(0);
    const history = await t.http.get(`/api/v1/alerts?status=resolved&institutionId=${soon.id}`).set(city).expect(200);
    expect(history.body.items[0]).toMatchObject({ resolvedBy: 'system', resolution: 'condition no longer present' });
    t.clock.set('2026-09-01T02:00:00Z');
  });

  it('lists jobs with their last run and keeps every run', async () => {
    const jobs = await t.http.get('/api/v1/jobs').set(city).expect(200);
    const job = jobs.body.items.find((j: { name: string }) => j.name === 'licence-expiry-scan');
    expect(job).toMatchObject({ schedule: '10 6 * * *', timeZone: 'Asia/Shanghai', lastRun: { status: 'succeeded' } });
    const runs = await t.http.get('/api/v1/jobs/licence-expiry-scan/runs?limit=2').set(city).expect(200);
    expect(runs.body.items).toHaveLength(2);
    expect(runs.body.nextCursor).not.toBeNull();
  });

  it('is started by city regulators only', async () => {
    expect((await t.http.post('/api/v1/jobs/licence-expiry-scan/runs').set(await t.as.districtRegulator('310115'))).status).toBe(403);
    expect((await t.http.post('/api/v1/jobs/licence-expiry-scan/runs').set(await t.as.association())).status).toBe(403);
    expect((await t.http.post('/api/v1/jobs/no-such-job/runs').set(city)).status).toBe(404);
  });

  (testEngine() === 'postgres' ? it : it.skip)('runs once across replicas: a run is refused while another holds the advisory lock', async () => {
    const other = new pg.Client({ connectionString: t.database.url });
    await other.connect();
    try {
      await other.query(`select pg_advisory_lock(7301, hashtext('licence-expiry-scan'))`);
      const refused = await t.http.post('/api/v1/jobs/licence-expiry-scan/runs').set(city).expect(409);
      expect(refused.body.code).toBe('JOB_ALREADY_RUNNING');
      await other.query(`select pg_advisory_unlock(7301, hashtext('licence-expiry-scan'))`);
      await runScan();
    } finally {
      await other.end();
    }
  });
});

describe('alerts', () => {
  it('are scoped like institutions and resolved by regulators with a reason', async () => {
    const mine = await newInstitution(t, { districtCode: '310104', licence: { number: '教民-徐汇', expiresOn: '2026-09-15' } });
    await runScan();
    const own = await t.as.institution(mine.id);
    expect(await openAlerts(mine.id, own)).toHaveLength(1);
    const ownAll = await t.http.get('/api/v1/alerts').set(own).expect(200);
    expect(ownAll.body.items.every((a: { institutionId: string }) => a.institutionId === mine.id)).toBe(true);
    const pudong = await t.as.districtRegulator('310115');
    expect(await openAlerts(mine.id, pudong)).toHaveLength(0);

    const [alert] = await openAlerts(mine.id);
    expect((await t.http.post(`/api/v1/alerts/${alert!.id}/resolution`).set(own).send({ resolution: '我们自己处理了' })).status).toBe(403);
    expect((await t.http.post(`/api/v1/alerts/${alert!.id}/resolution`).set(pudong).send({ resolution: '越权处理' })).status).toBe(404);
    const xuhui = await t.as.districtRegulator('310104');
    await t.http.post(`/api/v1/alerts/${alert!.id}/resolution`).set(xuhui).send({ resolution: '已提交换证申请，受理中' }).expect(201);
    expect((await t.http.post(`/api/v1/alerts/${alert!.id}/resolution`).set(xuhui).send({ resolution: '重复处理' })).status).toBe(409);
    expect(await openAlerts(mine.id)).toHaveLength(0);
  });
});
