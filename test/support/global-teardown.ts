import { rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { serverUrl, TEMPLATE_ENV, testEngine } from './engine';

export default async function globalTeardown(): Promise<void> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) return;
  if (testEngine() === 'pglite') {
    rmSync(path.dirname(template), { recursive: true, force: true });
    return;
  }
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>(
    `select datname from pg_database where datname = $1 or datname like $2`,
    [template, `${template}\\_f%`],
  );
  for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`);
  await admin.end();
}
