import type { AppContext } from '../../../context';
import { RawResponse, type Api } from '../../../http/api';
import { IdParams } from '../../../http/fields';
import { ReconciliationListQuery, ReconciliationPage, ReconciliationParams, ReconciliationReport, ReportQuery, StatementInput } from './schema';
import { getReconciliation, importStatement, listReconciliations, reconciliationCsv } from './service';

const TAGS = ['escrow'];
const HOLDER_ROLES = ['regulator', 'institution'] as const;

export function registerReconciliationRoutes(api: Api, ctx: AppContext): void {
  api.route({
    method: 'post',
    path: '/institutions/{id}/reconciliations',
    summary: '导入托管银行对账单并对账 / Reconcile a custodian bank statement',
    description:
      'Body: JSON `{ csv, periodStart?, periodEnd?, closingBalance?, statementName? }`, the CSV text with a header row (date, amount, direction credit/debit or 收/付, counterparty, reference). Each line is matched to a custody-account entry by bank reference, then by amount and date (±1 day); unmatched lines on both sides and the difference are reported and kept. A malformed row is a 400 naming its line, and nothing is written. A mismatch raises a `reconciliation_mismatch` alert, resolved by a later clean run.',
    tags: TAGS,
    access: HOLDER_ROLES,
    params: IdParams,
    body: StatementInput,
    response: ReconciliationReport,
    status: 201,
    handler: ({ params, body, caller }) => importStatement(ctx, caller, params.id, body),
  });
  api.route({
    method: 'get',
    path: '/institutions/{id}/reconciliations',
    summary: '对账记录 / Reconciliation runs',
    tags: TAGS,
    access: HOLDER_ROLES,
    params: IdParams,
    query: ReconciliationListQuery,
    response: ReconciliationPage,
    handler: ({ params, query, caller }) => listReconciliations(ctx, caller, params.id, query),
  });
  api.route({
    method: 'get',
    path: '/institutions/{id}/reconciliations/{runId}',
    summary: '对账报告 / One reconciliation report',
    description: '`format=csv` exports every line of the run as a spreadsheet.',
    tags: TAGS,
    access: HOLDER_ROLES,
    params: ReconciliationParams,
    query: ReportQuery,
    response: ReconciliationReport,
    produces: ['text/csv'],
    handler: async ({ params, query, caller }) => {
      if (query.format === 'csv') {
        return new RawResponse('text/csv; charset=utf-8', await reconciliationCsv(ctx, caller, params.id, params.runId), `reconciliation-${params.runId}.csv`);
      }
      return getReconciliation(ctx, caller, params.id, params.runId);
    },
  });
}
