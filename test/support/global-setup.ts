import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPglite, kyselyOverPglite, openPostgres } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import { serverUrl, TEMPLATE_ENV, testEngine, withDatabase } from './engine';

/** Builds one migrated template per run; test files clone it (much faster than migrating each). */
export default async function globalSetup(): Promise<void> {
  if (testEngine() === 'pglite') {
    const pglite = await createPglite();
    const handle = kyselyOverPglite(pglite);
    await migrateToLatest(handle.db);
    const dump = await pglite.dumpDataDir('none');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tms-test-'));
    const file = path.join(dir, 'template.tar');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await handle.close();
    process.env[TEMPLATE_ENV] = file;
    return;
  }
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  const template = `tms_tpl_${process.pid}`;
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  await admin.end();
  const handle = await openPostgres(withDatabase(serverUrl(), template), 2);
  await migrateToLatest(handle.db);
  await handle.close();
  process.env[TEMPLATE_ENV] = template;
}
