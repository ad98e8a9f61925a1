/**
 * Which engine the suite runs on: PGlite by default, the PostgreSQL server when
 * TEST_DATABASE_URL is set (CI runs both). Each test file gets its own database cloned from a
 * migrated template, so files never see each other's rows.
 */
export type TestEngine = 'pglite' | 'postgres';

export function testEngine(): TestEngine {
  return process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
}

/**
 * For a file whose tests need the PostgreSQL server (concurrency, crashes, the pool): `describe`
 * there, `describe.skip` on PGlite, where one test named `skipped` says why the suite did not run.
 */
export function describeOnServer(skipped: string): jest.Describe {
  if (testEngine() === 'postgres') return describe;
  it(skipped, () => {
    expect(testEngine()).toBe('pglite');
  });
  return describe.skip;
}

export function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return url;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export const TEMPLATE_ENV = 'TMS_TEST_TEMPLATE';
