import { seedDemoData, shouldSeedDemo } from '../../src/demo/seed';
import { isValidUscc } from '../../src/modules/institutions/uscc';
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { SEED_DEMO: 'on' } });
});
afterAll(() => t.close());

it('seeds a realistic demo set once, through the services', async () => {
  expect(await shouldSeedDemo(t.ctx)).toBe(true);
  const summary = await seedDemoData(t.ctx);
  expect(summary.institutions).toBeGreaterThanOrEqual(30);
  expect(await shouldSeedDemo(t.ctx)).toBe(false);

  const institutions = await t.ctx.db.selectFrom('institution').selectAll().execute();
  expect(institutions.length).toBe(summary.institutions);
  expect(institutions.every((i) => isValidUscc(i.uscc))).toBe(true);
  expect(new Set(institutions.map((i) => i.district_code)).size).toBe(16);
  expect(new Set(institutions.flatMap((i) => i.categories))).toEqual(
    new Set(['subject', 'arts', 'sports', 'science_tech', 'language', 'vocational', 'early_childhood', 'elderly']),
  );
  expect(new Set(institutions.map((i) => i.status))).toEqual(
    new Set(['pending_review', 'active', 'rectifying', 'suspended', 'closing', 'closed', 'rejected', 'revoked']),
  );
  expect(institutions.some((i) => i.kind === 'for_profit' && i.categories.includes('subject'))).toBe(false);
  const courses = await t.ctx.db.selectFrom('course').select('institution_id').execute();
  expect(new Set(courses.map((c) => c.institution_id)).size).toBe(summary.institutions);
  const sites = await t.ctx.db.selectFrom('institution_site').select('id').execute();
  expect(sites.length).toBeGreaterThan(25);

  const list = await t.http.get('/api/v1/institutions?limit=200').set(await t.as.cityRegulator()).expect(200);
  expect(list.body.items).toHaveLength(summary.institutions);
});
