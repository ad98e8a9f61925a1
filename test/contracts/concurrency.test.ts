import { testEngine } from '../support/engine';
import { startTestApp, type TestApp } from '../support/app';
import { contractingInstitution, templateFiling, withUnfairClauses } from './helpers';

/*
 * Filings at the same moment (real concurrency on the PostgreSQL server; PGlite serialises
 * everything): revisions of one contract take distinct version numbers, and cases opened
 * together take distinct, gapless notice numbers without deadlocking on the credit ledger.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ poolSize: 20 });
});
afterAll(() => t.close());

describe(`concurrent filings (${testEngine()})`, () => {
  it('number versions and notices without duplicates or gaps', async () => {
    const { institution, course } = await contractingInstitution(t);
    const staff = await t.as.institution(institution.id);
    const url = `/api/v1/institutions/${institution.id}/contracts`;
    const clean = await t.http.post(url).set(staff).send(templateFiling(course.id)).expect(201);
    const fair: string = clean.body.version.text;
    const unfair = withUnfairClauses(fair);

    const revisions = await Promise.all(
      Array.from({ length: 8 }, (_, i) => t.http.post(`${url}/${clean.body.contract.id}/versions`).set(staff).send({ text: i % 2 ? fair : unfair })),
    );
    expect(revisions.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(revisions.map((r) => r.body.version.version).sort((a: number, b: number) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const openForOne = await t.ctx.db.selectFrom('rectification_case').select('status').where('contract_id', '=', clean.body.contract.id).where('status', '<>', 'closed').execute();
    expect(openForOne.length).toBeLessThanOrEqual(1);

    const filings = await Promise.all(Array.from({ length: 10 }, (_, i) => t.http.post(url).set(staff).send({ title: `自拟合同${i}`, text: unfair })));
    expect(filings.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(filings.every((r) => r.body.rectification.action === 'opened')).toBe(true);
    const seqs = (await t.ctx.db.selectFrom('rectification_case').select('notice_seq').execute()).map((r) => r.notice_seq).sort((a, b) => a - b);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    const credit = await t.http.get(`/api/v1/institutions/${institution.id}/credit`).set(await t.as.cityRegulator()).expect(200);
    expect(credit.body.openRectifications).toBe(seqs.length - (await t.ctx.db.selectFrom('rectification_case').select('id').where('status', '=', 'closed').execute()).length);
  });
});
