import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db, Tx } from '../../db/transaction';
import type { KeysetCursor } from '../../http/pagination';
import type { ContractRescanTable, ContractTable, ContractVersionTable } from './tables';

/** SQL of filed contracts, their versions and rescans. Every read names the institution. */
export type ContractRow = Selectable<ContractTable>;
export type ContractVersionRow = Selectable<ContractVersionTable>;
export type ContractRescanRow = Selectable<ContractRescanTable>;

/** A contract with its unrectified case, if any (for lists and details). */
export interface ContractListRow extends ContractRow {
  open_case_id: string | null;
  open_case_number: string | null;
  open_case_status: 'open' | 'overdue' | null;
  high_count: number;
  medium_count: number;
  low_count: number;
}

export async function insertContract(trx: Tx, row: Insertable<ContractTable>): Promise<ContractRow> {
  return trx.insertInto('contract').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function lockContract(trx: Tx, institutionId: string, contractId: string): Promise<ContractRow | undefined> {
  return trx
    .selectFrom('contract')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', contractId)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateContract(trx: Tx, id: string, changes: Updateable<ContractTable>): Promise<ContractRow> {
  return trx.updateTable('contract').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

function contractListQuery(db: Db | Tx) {
  return db
    .selectFrom('contract as c')
    .innerJoin('contract_version as v', (j) => j.onRef('v.contract_id', '=', 'c.id').onRef('v.version', '=', 'c.current_version'))
    .leftJoin('rectification_case as rc', (j) => j.onRef('rc.contract_id', '=', 'c.id').on('rc.status', '<>', 'closed'))
    .selectAll('c')
    .select([
      'rc.id as open_case_id',
      'rc.number as open_case_number',
      'rc.status as open_case_status',
      'v.high_count',
      'v.medium_count',
      'v.low_count',
    ]);
}

export async function findContract(db: Db | Tx, institutionId: string, contractId: string): Promise<ContractListRow | undefined> {
  const row = await contractListQuery(db).where('c.institution_id', '=', institutionId).where('c.id', '=', contractId).executeTakeFirst();
  return row as ContractListRow | undefined;
}

export async function listContracts(db: Db, institutionId: string, limit: number, after: KeysetCursor | undefined): Promise<ContractListRow[]> {
  let q = contractListQuery(db).where('c.institution_id', '=', institutionId).orderBy('c.created_at').orderBy('c.id').limit(limit + 1);
  if (after) q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('c.created_at', 'c.id'), '>', tuple(after.createdAt, after.id)));
  return (await q.execute()) as ContractListRow[];
}

export async function insertVersion(trx: Tx, row: Insertable<ContractVersionTable>): Promise<ContractVersionRow> {
  return trx.insertInto('contract_version').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findVersion(db: Db | Tx, contractId: string, version: number): Promise<ContractVersionRow | undefined> {
  return db.selectFrom('contract_version').selectAll().where('contract_id', '=', contractId).where('version', '=', version).executeTakeFirst();
}

/** Versions without their text and findings (a contract's history can be long). */
export async function listVersionSummaries(db: Db, contractId: string) {
  return db
    .selectFrom('contract_version')
    .select([
      'id',
      'version',
      'title',
      'source',
      'template_id',
      'template_version',
      'template_language',
      'language',
      'text_sha256',
      'rule_library_version',
      'high_count',
      'medium_count',
      'low_count',
      'scanned_at',
      'policy_version',
      'filed_by',
      'filed_at',
    ])
    .where('contract_id', '=', contractId)
    .orderBy('version')
    .execute();
}

export type VersionSummaryRow = Awaited<ReturnType<typeof listVersionSummaries>>[number];

export async function rescansOf(db: Db, versionId: string): Promise<ContractRescanRow[]> {
  return db.selectFrom('contract_rescan').selectAll().where('contract_version_id', '=', versionId).orderBy('scanned_at').orderBy('id').execute();
}
