import { sql } from 'kysely';
import type { Db, Tx } from '../../db/transaction';

export async function latestPolicyRow(db: Db | Tx) {
  return db.selectFrom('policy_version').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
}

export async function policyRow(db: Db | Tx, version: number) {
  return db.selectFrom('policy_version').selectAll().where('version', '=', version).executeTakeFirst();
}

export async function listPolicyRows(db: Db, limit: number, beforeVersion: number | undefined) {
  let q = db.selectFrom('policy_version').selectAll().orderBy('version', 'desc').limit(limit + 1);
  if (beforeVersion !== undefined) q = q.where('version', '<', beforeVersion);
  return q.execute();
}

/** Serialises policy changes across connections and replicas for the rest of the transaction. */
export async function lockPolicyChanges(trx: Tx): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('policy_version'))`.execute(trx);
}

export async function insertPolicyVersion(
  trx: Tx,
  row: { version: number; values: unknown; reason: string; changedBy: string; at: Date },
): Promise<void> {
  await trx
    .insertInto('policy_version')
    .values({
      version: row.version,
      values: JSON.stringify(row.values),
      reason: row.reason,
      changed_by: row.changedBy,
      created_at: row.at,
    })
    .execute();
}
