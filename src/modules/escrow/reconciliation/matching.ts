import { Decimal } from 'decimal.js';
import { daysBetween, type IsoDate } from '../../../lib/dates';
import { toMoney } from '../../../lib/money';
import type { ReconciliationMatch } from '../supervision-tables';
import type { StatementLine } from './statement';

/*
 * Matching a statement to the ledger (SPEC §3.6). The ledger side is the institution's custody
 * account, one movement per entry (an entry's net effect on custody is one bank transfer; money in
 * = a custody debit = a statement credit). Reversal entries and the entries they reverse are left
 * out: a correction is bookkeeping, no money moved at the bank.
 *
 * 1. By reference: a line whose reference is stored on an entry (ledger_bank_reference) matches it
 *    when direction and amount agree. If they disagree the line stays unmatched with a note (a
 *    discrepancy to look at, not something to pair up by amount).
 * 2. By amount and date: each remaining line, in line order, takes the unmatched entry with the
 *    same direction and amount booked within ±1 day (bank and ledger may book a transfer a day
 *    apart), nearest day first, then earliest entry. Two references that differ never match.
 *    Each entry matches at most one line.
 * Unmatched entries are reported when booked within the statement period. The difference is the
 * statement's net minus the ledger's net over what was compared (lines, and entries matched or in
 * the period): the net amount the two sides do not explain.
 */

export interface LedgerMovement {
  entryId: number;
  kind: string;
  bookedOn: IsoDate;
  direction: 'credit' | 'debit';
  amount: string;
  reference: string | null;
}

export interface MatchedItem {
  match: ReconciliationMatch;
  line: StatementLine | null;
  movement: LedgerMovement | null;
  note: string | null;
}

export interface MatchOutcome {
  items: MatchedItem[];
  matchedByReference: number;
  matchedByAmountDate: number;
  unmatchedStatement: number;
  unmatchedLedger: number;
  statementNet: string;
  ledgerNet: string;
  difference: string;
}

/** Two decimals, never "-0.00". */
export function difference(d: Decimal): string {
  return d.isZero() ? '0.00' : toMoney(d);
}

const signed = (direction: 'credit' | 'debit', amount: string) => (direction === 'credit' ? new Decimal(amount) : new Decimal(amount).neg());

export function matchStatement(lines: readonly StatementLine[], movements: readonly LedgerMovement[], period: { start: IsoDate; end: IsoDate }): MatchOutcome {
  const byLine = new Map<StatementLine, MatchedItem>();
  const taken = new Set<LedgerMovement>();
  const settled = new Set<StatementLine>();
  const byReference = new Map<string, LedgerMovement>();
  for (const m of movements) if (m.reference) byReference.set(m.reference, m);

  for (const line of lines) {
    if (!line.reference) continue;
    const m = byReference.get(line.reference);
    if (!m) continue;
    if (!taken.has(m) && m.direction === line.direction && toMoney(m.amount) === line.amount) {
      taken.add(m);
      byLine.set(line, { match: 'reference', line, movement: m, note: null });
    } else {
      const note = taken.has(m) ? `reference_already_matched:entry_${m.entryId}` : `reference_amount_or_direction_differs:entry_${m.entryId}`;
      byLine.set(line, { match: 'statement_only', line, movement: null, note });
    }
    settled.add(line);
  }

  // Candidates by direction and amount, so a long statement is not lines × entries.
  const byAmount = new Map<string, LedgerMovement[]>();
  for (const m of movements) {
    const k = `${m.direction}:${toMoney(m.amount)}`;
    const list = byAmount.get(k);
    if (list) list.push(m);
    else byAmount.set(k, [m]);
  }
  for (const line of lines) {
    if (settled.has(line)) continue;
    let best: { m: LedgerMovement; gap: number } | undefined;
    for (const m of byAmount.get(`${line.direction}:${line.amount}`) ?? []) {
      if (taken.has(m)) continue;
      if (m.reference && line.reference && m.reference !== line.reference) continue;
      const gap = Math.abs(daysBetween(line.bookedOn, m.bookedOn));
      if (gap > 1) continue;
      if (!best || gap < best.gap || (gap === best.gap && m.entryId < best.m.entryId)) best = { m, gap };
    }
    if (best) {
      taken.add(best.m);
      byLine.set(line, { match: 'amount_date', line, movement: best.m, note: best.gap === 0 ? null : 'booked_one_day_apart' });
    } else {
      byLine.set(line, { match: 'statement_only', line, movement: null, note: null });
    }
  }

  const items: MatchedItem[] = lines.map((l) => byLine.get(l)!);
  const leftover = movements
    .filter((m) => !taken.has(m) && m.bookedOn >= period.start && m.bookedOn <= period.end)
    .sort((a, b) => (a.bookedOn < b.bookedOn ? -1 : a.bookedOn > b.bookedOn ? 1 : a.entryId - b.entryId));
  for (const m of leftover) items.push({ match: 'ledger_only', line: null, movement: m, note: null });

  const statementNet = lines.reduce((acc, l) => acc.plus(signed(l.direction, l.amount)), new Decimal(0));
  const ledgerNet = items.reduce((acc, i) => (i.movement ? acc.plus(signed(i.movement.direction, i.movement.amount)) : acc), new Decimal(0));
  const count = (match: ReconciliationMatch) => items.filter((i) => i.match === match).length;
  return {
    items,
    matchedByReference: count('reference'),
    matchedByAmountDate: count('amount_date'),
    unmatchedStatement: count('statement_only'),
    unmatchedLedger: count('ledger_only'),
    statementNet: toMoney(statementNet),
    ledgerNet: toMoney(ledgerNet),
    difference: difference(statementNet.minus(ledgerNet)),
  };
}
