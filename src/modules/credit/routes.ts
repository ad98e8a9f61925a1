import type { AppContext } from '../../context';
import { RawResponse, type Api } from '../../http/api';
import { IdParams } from '../../http/fields';
import { PageQuery } from '../../http/pagination';
import { changesCsv, exportChanges, exportSnapshot, snapshotCsv } from './export';
import { publicList } from './lists';
import { measureCatalogue } from './measures';
import { applyForRepair, decideRepair, getRepair, listInstitutionRepairs, listRepairQueue } from './repair';
import {
  ChainVerification,
  CreditEventInput,
  CreditEventListQuery,
  CreditEventPage,
  CreditReversalInput,
  CreditSummary,
  EventParams,
  ExportChangesPage,
  ExportChangesQuery,
  ExportSnapshotPage,
  ExportSnapshotQuery,
  ListPage,
  ListParams,
  ListQuery,
  MeasureCatalogue,
  RatingHistoryPage,
  RecordedCreditEvent,
  Repair,
  RepairDecisionInput,
  RepairDecisionResult,
  RepairInput,
  RepairListQuery,
  RepairPage,
  RepairParams,
} from './schema';
import { getCreditSummary, listCreditEvents, listRatingHistory, postCreditEvent, reverseCreditEvent, verifyCreditChain } from './service';

const TAGS = ['credit'];
/** Who reads an institution's credit record: the institution itself, regulators in scope, the association. */
const LEDGER_READERS = ['regulator', 'institution', 'association'] as const;
/** Inspectors also read the rating (it weights their inspections). */
const RATING_READERS = ['regulator', 'institution', 'association', 'inspector'] as const;

export function registerCreditRoutes(api: Api, ctx: AppContext): void {
  api.route({
    method: 'post',
    path: '/institutions/{id}/credit-events',
    summary: '记录信用事项 / Record a credit event',
    description:
      'Regulators record findings over institutions in their district; the training association records association-sourced ' +
      'commendations and warnings (general) only. Breaches take the policy’s points. The event is hash-chained, and the ' +
      'institution’s rating, list and joint measures change in the same transaction.',
    tags: TAGS,
    access: ['regulator', 'association'],
    params: IdParams,
    body: CreditEventInput,
    response: RecordedCreditEvent,
    status: 201,
    problems: [422],
    handler: ({ params, body, caller }) => postCreditEvent(ctx, caller, params.id, body),
  });
  api.route({
    method: 'get',
    path: '/institutions/{id}/credit-events',
    summary: '信用记录 / Credit events',
    description: 'In ledger order, with each finding’s state now (counting, publication ended, reversed, repaired).',
    tags: TAGS,
    access: LEDGER_READERS,
    params: IdParams,
    query: CreditEventListQuery,
    response: CreditEventPage,
    handler: ({ params, query, caller }) => listCreditEvents(ctx, caller, params.id, query),
  });
  api.route({
    method: 'post',
    path: '/credit-events/{id}/reversals',
    summary: '更正撤销信用记录 / Reverse a credit event',
    description: 'Appends a reversal: the finding stops counting from now. Nothing is updated or deleted.',
    tags: TAGS,
    access: ['regulator'],
    params: EventParams,
    body: CreditReversalInput,
    response: RecordedCreditEvent,
    status: 201,
    problems: [409],
    handler: ({ params, body, caller }) => reverseCreditEvent(ctx, caller, params.id, body),
  });
  api.route({
    method: 'get',
    path: '/institutions/{id}/credit',
    summary: '信用评分说明 / Credit score, grade and list, explained',
    description: 'Computed as of now: the events that count with their weights, the grade band, the list and why, and the measures in force.',
    tags: TAGS,
    access: RATING_READERS,
    params: IdParams,
    response: CreditSummary,
    handler: ({ params, caller }) => getCreditSummary(ctx, caller, params.id),
  });
  api.route({
    method: 'get',
    path: '/institutions/{id}/credit/history',
    summary: '信用评级变更记录 / Rating history',
    tags: TAGS,
    access: RATING_READERS,
    params: IdParams,
    query: PageQuery,
    response: RatingHistoryPage,
    handler: ({ params, query, caller }) => listRatingHistory(ctx, caller, params.id, query.limit, query.cursor),
  });
  api.route({
    method: 'get',
    path: '/credit/verify',
    summary: '校验信用记录哈希链 / Verify the credit ledger’s hash chain',
    description: 'Recomputes every hash in sequence order and names the first broken link: a changed, deleted or reordered event.',
    tags: TAGS,
    access: ['regulator'],
    response: ChainVerification,
    handler: ({ caller }) => verifyCreditChain(ctx, caller),
  });
  api.route({
    method: 'get',
    path: '/credit/lists/{list}',
    summary: '红名单、重点关注名单、黑名单（公开）/ Red, watch and black lists (public)',
    description: 'No token needed. Institutions that passed review, with the joint measures in force.',
    tags: TAGS,
    access: 'public',
    params: ListParams,
    query: ListQuery,
    response: ListPage,
    handler: ({ params, query, caller }) => publicList(ctx, caller.lang, params.list, query),
  });
  api.route({
    method: 'get',
    path: '/credit/measures',
    summary: '联合奖惩措施清单（公开）/ Joint measures catalogue (public)',
    tags: TAGS,
    access: 'public',
    response: MeasureCatalogue,
    handler: ({ caller }) => measureCatalogue(ctx.db, caller.lang),
  });
  api.route({
    method: 'get',
    path: '/credit/export/changes',
    summary: '名单与措施变更（增量导出）/ List and measure changes (incremental export)',
    description:
      '`since` is the last change number already synced; `nextSince` is the one to ask from next. Numbers follow commit ' +
      'order, so nothing is skipped. Regulators (a district bureau: its district) and system jobs. `format=csv` for spreadsheets.',
    tags: TAGS,
    access: ['regulator'],
    query: ExportChangesQuery,
    response: ExportChangesPage,
    produces: ['text/csv'],
    handler: async ({ query, caller, res }) => {
      const page = await exportChanges(ctx, caller, query);
      if (query.format !== 'csv') return page;
      res.setHeader('X-Next-Since', String(page.nextSince));
      res.setHeader('X-Has-More', String(page.hasMore));
      return new RawResponse('text/csv; charset=utf-8', changesCsv(page, caller.lang), `credit-changes-${query.since}.csv`);
    },
  });
  api.route({
    method: 'get',
    path: '/credit/export/snapshot',
    summary: '名单与在执行措施（全量导出）/ Lists and measures in force (snapshot export)',
    description: 'Then sync with /credit/export/changes?since=`changeCursor`. Regulators and system jobs.',
    tags: TAGS,
    access: ['regulator'],
    query: ExportSnapshotQuery,
    response: ExportSnapshotPage,
    produces: ['text/csv'],
    handler: async ({ query, caller, res }) => {
      const page = await exportSnapshot(ctx, caller, query);
      if (query.format !== 'csv') return page;
      res.setHeader('X-Change-Cursor', String(page.changeCursor));
      if (page.nextCursor) res.setHeader('X-Next-Cursor', page.nextCursor);
      return new RawResponse('text/csv; charset=utf-8', snapshotCsv(page, caller.lang), 'credit-lists.csv');
    },
  });
  api.route({
    method: 'post',
    path: '/institutions/{id}/credit-repairs',
    summary: '申请信用修复 / Apply for credit repair',
    description:
      'The institution itself, naming the event and giving evidence of rectification, after the minimum publication time ' +
      '(国市监信规〔2021〕3号: 6 months; serious 1 year). Too early: 422 naming the earliest date.',
    tags: TAGS,
    access: ['institution'],
    params: IdParams,
    body: RepairInput,
    response: Repair,
    status: 201,
    problems: [409, 422],
    handler: ({ params, body, caller }) => applyForRepair(ctx, caller, params.id, body),
  });
  api.route({
    method: 'get',
    path: '/institutions/{id}/credit-repairs',
    summary: '机构的信用修复申请 / An institution’s repair applications',
    tags: TAGS,
    access: ['regulator', 'institution'],
    params: IdParams,
    query: RepairListQuery,
    response: RepairPage,
    handler: ({ params, query, caller }) => listInstitutionRepairs(ctx, caller, params.id, query),
  });
  api.route({
    method: 'get',
    path: '/credit-repairs',
    summary: '信用修复申请（审核队列）/ Repair applications (review queue)',
    tags: TAGS,
    access: ['regulator'],
    query: RepairListQuery,
    response: RepairPage,
    handler: ({ query, caller }) => listRepairQueue(ctx, caller, query),
  });
  api.route({
    method: 'get',
    path: '/credit-repairs/{id}',
    summary: '信用修复申请详情 / One repair application',
    tags: TAGS,
    access: ['regulator', 'institution'],
    params: RepairParams,
    response: Repair,
    handler: ({ params, caller }) => getRepair(ctx, caller, params.id),
  });
  api.route({
    method: 'post',
    path: '/credit-repairs/{id}/decision',
    summary: '审核信用修复申请 / Decide a repair application',
    description: 'Approval appends a repair event that ends the finding’s publication; the rating and measures follow at once.',
    tags: TAGS,
    access: ['regulator'],
    params: RepairParams,
    body: RepairDecisionInput,
    response: RepairDecisionResult,
    problems: [409],
    handler: ({ params, body, caller }) => decideRepair(ctx, caller, params.id, body),
  });
}
