import type { Db, Tx } from '../../db/transaction';

/**
 * Joint-penalty effects other modules consult (SPEC §5). The escrow module asks whether an
 * institution may take new prepayments; a black-listed one may not.
 * Returns null when nothing blocks, or the reason.
 */
export async function prepaymentBlock(
  _db: Db | Tx,
  _institutionId: string,
): Promise<null | { list: 'black'; measureCode: string; since: string }> {
  return null;
}
