import { z } from 'zod';
import { isoDate, money, text, uuid } from '../../../http/fields';
import { PageQuery, pageSchema } from '../../../http/pagination';
import { RECONCILIATION_MATCHES } from '../supervision-tables';

/** A money difference: may be negative. */
const signedMoney = z.string().regex(/^-?(0|[1-9]\d{0,15})\.\d{2}$/).meta({ description: 'Decimal string, may be negative', example: '-120.00' });

export const StatementInput = z
  .strictObject({
    csv: z
      .string()
      .min(1)
      .max(900_000)
      .meta({ description: 'The custodian bank’s statement as CSV text (UTF-8, BOM allowed): a header row with date, amount, direction (credit/debit or 收/付), counterparty and reference columns' }),
    periodStart: isoDate.optional().meta({ description: 'First day the statement covers (default: its earliest line)' }),
    periodEnd: isoDate.optional().meta({ description: 'Last day the statement covers (default: its latest line)' }),
    closingBalance: money.optional().meta({ description: 'The custody account’s balance at the end of periodEnd per the bank, compared with the ledger’s' }),
    statementName: text(200).optional(),
  })
  .refine((s) => !s.periodStart || !s.periodEnd || s.periodEnd >= s.periodStart, { path: ['periodEnd'], message: '不得早于 periodStart / must not be before periodStart' })
  .meta({ id: 'StatementInput' });

export const ReconciliationItem = z
  .object({
    seq: z.number().int(),
    match: z.enum(RECONCILIATION_MATCHES).meta({ description: 'reference | amount_date: matched; statement_only: a bank line the ledger lacks; ledger_only: an entry the bank lacks' }),
    lineNo: z.number().int().nullable(),
    bookedOn: z.string(),
    direction: z.enum(['credit', 'debit']),
    amount: money,
    counterparty: z.string().nullable(),
    bankReference: z.string().nullable(),
    entryId: z.number().int().nullable(),
    entryKind: z.string().nullable(),
    entryOn: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'ReconciliationItem' });

export const ReconciliationRun = z
  .object({
    id: uuid,
    institutionId: uuid,
    periodStart: z.string(),
    periodEnd: z.string(),
    statementName: z.string().nullable(),
    statementLines: z.number().int(),
    matchedByReference: z.number().int(),
    matchedByAmountDate: z.number().int(),
    unmatchedStatementCount: z.number().int(),
    unmatchedLedgerCount: z.number().int(),
    statementNet: money.meta({ description: 'Σ credits − Σ debits of the statement' }),
    ledgerNet: money.meta({ description: 'The same over the ledger entries compared (matched, or unmatched within the period)' }),
    difference: signedMoney.meta({ description: 'statementNet − ledgerNet (may be negative)' }),
    closingBalance: money.nullable(),
    ledgerClosingBalance: money.meta({ description: 'The ledger’s custody balance at the end of periodEnd' }),
    closingDifference: signedMoney.nullable(),
    clean: z.boolean().meta({ description: 'Nothing unmatched on either side, no difference (and the closing balances agree when given)' }),
    actor: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'ReconciliationRun' });

export const ReconciliationReport = ReconciliationRun.extend({
  matched: z.array(ReconciliationItem),
  unmatchedStatement: z.array(ReconciliationItem),
  unmatchedLedger: z.array(ReconciliationItem),
}).meta({ id: 'ReconciliationReport' });

export const ReconciliationPage = pageSchema(ReconciliationRun).meta({ id: 'ReconciliationPage' });

export const ReconciliationParams = z.object({ id: uuid, runId: uuid });
export const ReconciliationListQuery = PageQuery;
export const ReportQuery = z.object({ format: z.enum(['json', 'csv']).default('json') });
