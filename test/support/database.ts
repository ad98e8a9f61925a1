import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPglite, kyselyOverPglite, openPostgres, type DatabaseHandle } from '../../src/db/database';
import { serverUrl, TEMPLATE_ENV, testEngine, withDatabase } from './engine';

export interface TestDatabase extends DatabaseHandle {
  /** The server URL of this file's database (PostgreSQL only), for child processes. */
  url: string | undefined;
}

/** A fresh database for one test file, cloned from the migrated template. */
export async function createTestDatabase(options: { poolSize?: number } = {}): Promise<TestDatabase> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error('the jest globalSetup did not build a template database');
  if (testEngine() === 'pglite') {
    const blob = new Blob([readFileSync(template)]);
    const handle = kyselyOverPglite(await createPglite({ loadDataDir: blob }));
    return { ...handle, url: undefined };
  }
  const name = `${template}_f${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(serverUrl(), name);
  const handle = await openPostgres(url, options.poolSize ?? 10);
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: serverUrl() });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`).finally(() => dropper.end());
    },
  };
}
