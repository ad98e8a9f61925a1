import { sha256 } from '../../src/modules/contracts/filing-service';
import { RULE_LIBRARY_VERSION } from '../../src/modules/contracts/rules/index';
import { scanForFiling } from '../../src/modules/contracts/stored-findings';
import { startTestApp, type TestApp } from '../support/app';
import { contractingInstitution, templateFiling, withUnfairClauses } from './helpers';

/*
 * SPEC §4/§6: after a rule-library change the job rescans every current contract. A change of
 * library is simulated by versions stored as if scanned by an older library (and found clean).
 */
let t: TestApp;
let city: Record<string, string>;
let institutionId: string;
let fairText: string;
beforeAll(async () => {
  t = await startTestApp();
  city = await t.as.cityRegulator();
  const { institution, course } = await contractingInstitution(t);
  institutionId = institution.id;
  const clean = await t.http.post(`/api/v1/institutions/${institution.id}/contracts`).set(await t.as.institution(institution.id)).send(templateFiling(course.id)).expect(201);
  fairText = clean.body.version.text;
});
afterAll(() => t.close());

const OLD_LIBRARY = '2024.0.0';

/** A contract whose versions were filed and scanned (clean) under `library`. */
async function legacyContract(texts: string[], library = OLD_LIBRARY): Promise<{ contractId: string; versionIds: string[] }> {
  const now = t.clock.now();
  const policy = await t.ctx.policies.current();
  const contract = await t.ctx.db
    .insertInto('contract')
    .values({ institution_id: institutionId, title: '旧版合同', current_version: texts.length, status: 'filed', filed_by: 'legacy', created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const versionIds: string[] = [];
  for (const [i, text] of texts.entries()) {
    const v = await t.ctx.db
      .insertInto('contract_version')
      .values({
        contract_id: contract.id,
        institution_id: institutionId,
        version: i + 1,
        title: '旧版合同',
        source: 'text',
        language: 'zh',
        text,
        text_sha256: sha256(text),
        rule_library_version: library,
        findings: '[]',
        high_count: 0,
        medium_count: 0,
        low_count: 0,
        scanned_at: now,
        policy_version: policy.version,
        filed_by: 'legacy',
        filed_by_role: 'institution',
        filed_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    versionIds.push(v.id);
  }
  return { contractId: contract.id, versionIds };
}

async function runRescan() {
  const run = await t.http.post('/api/v1/jobs/contract-rescan/runs').set(city).expect(201);
  expect(run.body.status).toBe('succeeded');
  return run.body.outcome as { rescanned: number; casesOpened: number; ruleLibraryVersion: string };
}

it('rescans current versions scanned by another library, opens a case for a newly found high finding, and is idempotent', async () => {
  const unfair = await legacyContract([withUnfairClauses(fairText)]);
  const fair = await legacyContract([fairText]);
  const superseded = await legacyContract([withUnfairClauses(fairText), fairText]);

  const first = await runRescan();
  expect(first).toMatchObject({ ruleLibraryVersion: RULE_LIBRARY_VERSION, rescanned: 3, casesOpened: 1 });

  const rescans = await t.ctx.db.selectFrom('contract_rescan').selectAll().orderBy('high_count').execute();
  expect(rescans.map((r) => [r.contract_id, r.high_count, r.previous_rule_library_version, r.rule_library_version])).toEqual(
    expect.arrayContaining([
      [unfair.contractId, 2, OLD_LIBRARY, RULE_LIBRARY_VERSION],
      [fair.contractId, 0, OLD_LIBRARY, RULE_LIBRARY_VERSION],
      [superseded.contractId, 0, OLD_LIBRARY, RULE_LIBRARY_VERSION],
    ]),
  );
  // Only current versions: version 1 of the superseded contract is history.
  expect(rescans.map((r) => r.contract_version_id)).not.toContain(superseded.versionIds[0]);
  // The filing scan is never rewritten.
  const original = await t.ctx.db.selectFrom('contract_version').selectAll().where('id', '=', unfair.versionIds[0]!).executeTakeFirstOrThrow();
  expect(original).toMatchObject({ rule_library_version: OLD_LIBRARY, high_count: 0, findings: [] });

  const cases = await t.http.get(`/api/v1/rectification-cases?contractId=${unfair.contractId}`).set(city).expect(200);
  expect(cases.body.items).toEqual([expect.objectContaining({ status: 'open', openedBy: 'rescan', openedOnVersion: 1, ruleLibraryVersion: RULE_LIBRARY_VERSION, high: 2 })]);
  const credit = await t.http.get(`/api/v1/institutions/${institutionId}/credit`).set(city).expect(200);
  expect(credit.body).toMatchObject({ list: 'watch', openRectifications: 1 });

  const detail = await t.http.get(`/api/v1/institutions/${institutionId}/contracts/${unfair.contractId}`).set(city).expect(200);
  expect(detail.body).toMatchObject({ status: 'under_rectification', latestScan: { origin: 'rescan', ruleLibraryVersion: RULE_LIBRARY_VERSION, counts: { high: 2 } } });
  const version = await t.http.get(`/api/v1/institutions/${institutionId}/contracts/${unfair.contractId}/versions/1`).set(city).expect(200);
  expect(version.body.findings).toEqual([]);
  expect(version.body.rescans).toHaveLength(1);
  expect(version.body.rescans[0].findings.map((f: { excerpt: string }) => f.excerpt)).toContain('一经缴费，概不退还');

  expect(await runRescan()).toMatchObject({ rescanned: 0, casesOpened: 0 });
  expect(await t.ctx.db.selectFrom('contract_rescan').select('id').execute()).toHaveLength(3);
  expect(await t.ctx.db.selectFrom('rectification_case').select('id').execute()).toHaveLength(1);
});

it('leaves versions already scanned by the current library alone', async () => {
  const current = await legacyContract([withUnfairClauses(fairText)], RULE_LIBRARY_VERSION);
  expect(await runRescan()).toMatchObject({ rescanned: 0, casesOpened: 0 });
  expect(await t.ctx.db.selectFrom('contract_rescan').select('id').where('contract_id', '=', current.contractId).execute()).toHaveLength(0);
});

it('a rescan stored before a crash still gets its case on the next run', async () => {
  const legacy = await legacyContract([withUnfairClauses(fairText)]);
  const policy = await t.ctx.policies.current();
  const scan = scanForFiling(withUnfairClauses(fairText), { language: 'zh', policy });
  await t.ctx.db
    .insertInto('contract_rescan')
    .values({
      contract_version_id: legacy.versionIds[0]!,
      contract_id: legacy.contractId,
      institution_id: institutionId,
      rule_library_version: RULE_LIBRARY_VERSION,
      previous_rule_library_version: OLD_LIBRARY,
      findings: JSON.stringify(scan.findings),
      high_count: scan.counts.high,
      medium_count: scan.counts.medium,
      low_count: scan.counts.low,
      policy_version: policy.version,
      scanned_at: t.clock.now(),
    })
    .execute();
  expect(await runRescan()).toMatchObject({ rescanned: 0, casesOpened: 1 });
  const cases = await t.http.get(`/api/v1/rectification-cases?contractId=${legacy.contractId}`).set(city).expect(200);
  expect(cases.body.items).toEqual([expect.objectContaining({ openedBy: 'rescan', status: 'open' })]);
});

it('the stored rescan and version rows refuse to change (append-only)', async () => {
  await expect(t.ctx.db.updateTable('contract_rescan').set({ high_count: 0 }).execute()).rejects.toThrow(/append-only/);
  await expect(t.ctx.db.deleteFrom('contract_version').execute()).rejects.toThrow(/append-only/);
});
