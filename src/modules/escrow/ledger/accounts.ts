import { Decimal } from 'decimal.js';
import type { AccountKind } from '../tables';

/*
 * The chart of accounts of SPEC §3.3, kept per institution, from the supervisor's point of view:
 *
 *   assets (debit-normal, never below zero)     custody, deposit
 *   liabilities (credit-normal, never below 0)  enrollment_prepaid (one per enrollment),
 *                                               card_prepaid (one per prepaid card), earned_unreleased
 *   external (unconstrained counterparties)     institution_bank, insurer, payer, refunds_paid
 *
 * How each posting moves money (Dr = debit account, Cr = credit account):
 *
 *   prepayment   custody mode  Dr custody            Cr enrollment_prepaid   money in, owed to the student
 *                deposit mode  Dr institution_bank   Cr enrollment_prepaid   the institution holds it; still a liability
 *   consumption  custody mode  Dr enrollment_prepaid Cr earned_unreleased    value earned, not yet paid out
 *                deposit mode  Dr enrollment_prepaid Cr institution_bank     earned where the money already is
 *   release                    Dr earned_unreleased  Cr custody              paid out to the institution's bank
 *   refund       custody mode  Dr enrollment_prepaid Cr custody              paid back to the family
 *                deposit mode  Dr enrollment_prepaid Cr institution_bank     the institution pays it back
 *   card_issue / card_spend / card refund: as prepayment / consumption / refund, on card_prepaid
 *   reversal                   the reversed entry's transfers, swapped
 *
 * So in custody mode custody = Σ holder liabilities + earned_unreleased (invariant 4), and in
 * deposit mode institution_bank's debit balance is the prepaid money held outside supervision,
 * which the risk deposit has to cover. `payer` (money received not yet matched to a holder, for
 * reconciliation) and `refunds_paid` (refunds paid from outside the book) are kept for the
 * reconciliation and wind-down work; `deposit` and `insurer` carry the risk deposit and claims.
 */

export const LIABILITY_KINDS = ['enrollment_prepaid', 'card_prepaid', 'earned_unreleased'] as const satisfies readonly AccountKind[];

export function isLiability(kind: AccountKind): boolean {
  return (LIABILITY_KINDS as readonly AccountKind[]).includes(kind);
}

/** The balance on the account's normal side (external accounts: debits − credits). */
export function accountBalance(kind: AccountKind, debitsPosted: string, creditsPosted: string): string {
  const debits = new Decimal(debitsPosted);
  const credits = new Decimal(creditsPosted);
  return (isLiability(kind) ? credits.minus(debits) : debits.minus(credits)).toFixed(2);
}
