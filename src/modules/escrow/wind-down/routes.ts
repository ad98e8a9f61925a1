import type { AppContext } from '../../../context';
import { RawResponse, type Api } from '../../../http/api';
import { IdempotencyKeyHeaders, IdParams } from '../../../http/fields';
import { reply } from '../ledger/idempotency';
import { executeWindDown } from './execution';
import { windDownCsv } from './export';
import { renderWindDownPdf } from './pdf';
import { WindDownApprovalInput, WindDownBuildInput, WindDownExecution, WindDownExecutionInput, WindDownPlan, WindDownQuery } from './schema';
import { approveWindDown, getWindDown, loadPlan, rebuildWindDown } from './service';

const TAGS = ['escrow'];

export function registerWindDownRoutes(api: Api, ctx: AppContext): void {
  api.route({
    method: 'get',
    path: '/institutions/{id}/wind-down',
    summary: '停业清退方案 / Wind-down refund plan',
    description:
      'Every open enrollment and card with its refundable amount and who pays it: custody → deposit → insurance claim → uncovered shortfall (per student), with totals. `format=csv` or `format=pdf` (Chinese) exports it. Regulators in scope and the institution itself.',
    tags: TAGS,
    access: ['regulator', 'institution'],
    params: IdParams,
    query: WindDownQuery,
    response: WindDownPlan,
    produces: ['text/csv', 'application/pdf'],
    handler: async ({ params, query, caller }) => {
      if (query.format === 'json') return getWindDown(ctx, caller, params.id);
      const { plan, items, institution } = await loadPlan(ctx, caller, params.id);
      if (query.format === 'csv') return new RawResponse('text/csv; charset=utf-8', windDownCsv(plan, items, caller.lang), `wind-down-${plan.id}.csv`);
      return new RawResponse('application/pdf', await renderWindDownPdf(plan, items, institution), `wind-down-${plan.id}.pdf`);
    },
  });
  api.route({
    method: 'post',
    path: '/institutions/{id}/wind-down',
    summary: '编制（重新编制）清退方案 / Build or rebuild the wind-down plan',
    description: 'A regulator in scope builds the plan again from the ledger as it is now (the closing transition builds the first one). The live plan is superseded and needs approval again; an executed plan is final (409).',
    tags: TAGS,
    access: ['regulator'],
    params: IdParams,
    body: WindDownBuildInput,
    response: WindDownPlan,
    status: 201,
    problems: [409],
    handler: ({ params, body, caller }) => rebuildWindDown(ctx, caller, params.id, body),
  });
  api.route({
    method: 'post',
    path: '/institutions/{id}/wind-down/approval',
    summary: '审批清退方案 / Approve the wind-down plan',
    description: 'Four eyes: a regulator other than the one who built the plan approves the draft.',
    tags: TAGS,
    access: ['regulator'],
    params: IdParams,
    body: WindDownApprovalInput,
    response: WindDownPlan,
    status: 201,
    problems: [409],
    handler: ({ params, body, caller }) => approveWindDown(ctx, caller, params.id, body),
  });
  api.route({
    method: 'post',
    path: '/institutions/{id}/wind-down/execution',
    summary: '执行清退方案 / Execute the wind-down plan',
    description:
      'Posts every refund (custody and deposit parts) and insurance claim of the approved plan, each exactly once: a retried or resumed execution posts only what is left, and the same key returns the first answer. 409 when the ledger changed since the plan was built (rebuild it). Requires an `Idempotency-Key` header.',
    tags: TAGS,
    access: ['regulator'],
    params: IdParams,
    headers: IdempotencyKeyHeaders,
    body: WindDownExecutionInput,
    response: WindDownExecution,
    status: 201,
    problems: [409],
    handler: async ({ params, body, headers, caller, res }) => reply(res, await executeWindDown(ctx, caller, params.id, body, headers['Idempotency-Key']!)),
  });
}
