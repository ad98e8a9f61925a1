import { Decimal } from 'decimal.js';
import type { SupervisionMode } from '../tables';

/*
 * Who pays each refund of a wind-down (SPEC §3.7): custody → deposit → insurance claim → uncovered
 * shortfall, worked out in integer fen so the parts of every holder add up to its refundable
 * amount exactly and every source pays out at most what it holds.
 *
 * 1. Custody pays the custody-mode holders: it is their own money (SPEC §3.2), and the ledger's
 *    invariant 4 (custody = Σ custody-mode balances + earned-unreleased) says it is all there, so
 *    each is paid in full. The earned-unreleased part of custody is the institution's revenue for
 *    lessons already taught and is released by rule; it is not a wind-down source.
 * 2. Then, for whatever is still owed (the deposit-mode holders, whose money went to the
 *    institution), the risk deposit, then the insured amount of the active policies.
 * 3. When a source cannot pay everything still owed, it is shared pro rata to what each holder is
 *    still owed: creditors of one rank are paid in proportion (《企业破产法》第一百一十三条 "不足以
 *    清偿同一顺序的清偿要求的，按照比例分配", applied by analogy; first-come-first-served would
 *    reward whoever paid earliest, usually the least at risk). Fen left by rounding down go one
 *    each to the largest remainders, ties to the earlier payment, then the lower holder id, so the
 *    split is deterministic and never pays anyone more than owed.
 * 4. What no source pays is that holder's shortfall: still owed by the institution, reported per
 *    student.
 */

export interface HolderNeed {
  id: string;
  mode: SupervisionMode;
  paidAt: Date;
  refundable: string;
}

export interface Allocation {
  id: string;
  fromCustody: string;
  fromDeposit: string;
  fromInsurance: string;
  shortfall: string;
}

export interface Pools {
  custody: string;
  deposit: string;
  insurance: string;
}

const fen = (yuan: string): bigint => BigInt(new Decimal(yuan).times(100).toFixed(0));
const yuan = (f: bigint): string => new Decimal(f.toString()).dividedBy(100).toFixed(2);

/** Shares `pool` among `needs` (all in fen): in full when it suffices, else pro rata with largest remainders. */
export function prorate(pool: bigint, needs: readonly bigint[], rank: (a: number, b: number) => number): bigint[] {
  const total = needs.reduce((s, n) => s + n, 0n);
  if (total === 0n || pool <= 0n) return needs.map(() => 0n);
  if (pool >= total) return [...needs];
  const shares = needs.map((n) => (pool * n) / total);
  let left = pool - shares.reduce((s, n) => s + n, 0n);
  const order = needs
    .map((n, i) => ({ i, remainder: (pool * n) % total }))
    .filter((x) => x.remainder > 0n)
    .sort((a, b) => (a.remainder === b.remainder ? rank(a.i, b.i) : a.remainder > b.remainder ? -1 : 1));
  for (const { i } of order) {
    if (left === 0n) break;
    shares[i]! += 1n;
    left -= 1n;
  }
  return shares;
}

export function allocateWindDown(holders: readonly HolderNeed[], pools: Pools): Allocation[] {
  const owed = holders.map((h) => fen(h.refundable));
  const rank = (a: number, b: number) => {
    const [x, y] = [holders[a]!, holders[b]!];
    return x.paidAt.getTime() - y.paidAt.getTime() || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  };
  const draw = (pool: bigint, eligible: (i: number) => boolean): bigint[] => {
    const index = holders.map((_, i) => i).filter((i) => eligible(i) && owed[i]! > 0n);
    const shares = prorate(pool, index.map((i) => owed[i]!), (a, b) => rank(index[a]!, index[b]!));
    const paid = holders.map(() => 0n);
    index.forEach((i, k) => {
      paid[i] = shares[k]!;
      owed[i]! -= shares[k]!;
    });
    return paid;
  };
  const custody = draw(fen(pools.custody), (i) => holders[i]!.mode === 'custody');
  const deposit = draw(fen(pools.deposit), () => true);
  const insurance = draw(fen(pools.insurance), () => true);
  return holders.map((h, i) => ({
    id: h.id,
    fromCustody: yuan(custody[i]!),
    fromDeposit: yuan(deposit[i]!),
    fromInsurance: yuan(insurance[i]!),
    shortfall: yuan(owed[i]!),
  }));
}
