import type { AppContext } from '../../context';
import { RawResponse, type Api } from '../../http/api';
import { CONTRACT_READERS } from './policy';
import * as rectification from './rectification-service';
import { CaseListQuery, CaseParams, CasePage, NoticeQuery, RectificationCaseDetail, Reply, ReplyInput } from './schema';

const TAGS = ['rectification'];

/** SPEC §4: rectification cases opened by high findings, their notices and the institution's replies. */
export function registerRectificationRoutes(api: Api, ctx: AppContext): void {
  api.route({
    method: 'get',
    path: '/rectification-cases',
    summary: '整改事项列表 / Rectification cases',
    description:
      'Regulators see their district (the city: all) and filter by status, district, institution or contract; an institution sees its own. ' +
      'Cursor pagination; `format=csv` exports every match.',
    tags: TAGS,
    access: CONTRACT_READERS,
    query: CaseListQuery,
    response: CasePage,
    produces: ['text/csv'],
    handler: async ({ query, caller }) => {
      if (query.format === 'csv') {
        return new RawResponse('text/csv; charset=utf-8', await rectification.exportCasesCsv(ctx, caller, query), 'rectification-cases.csv');
      }
      return rectification.listCases(ctx, caller, query);
    },
  });
  api.route({
    method: 'get',
    path: '/rectification-cases/{id}',
    summary: '整改事项详情 / One rectification case',
    description: 'With the findings the notice lists and the institution’s replies.',
    tags: TAGS,
    access: CONTRACT_READERS,
    params: CaseParams,
    response: RectificationCaseDetail,
    handler: ({ params, caller }) => rectification.getCase(ctx, caller, params.id),
  });
  api.route({
    method: 'get',
    path: '/rectification-cases/{id}/notice.pdf',
    summary: '整改通知书 PDF / The rectification notice',
    description: 'Numbered, with the findings, their legal basis and suggested wording, and the deadline. Chinese unless `language=en`.',
    tags: TAGS,
    access: CONTRACT_READERS,
    params: CaseParams,
    query: NoticeQuery,
    produces: ['application/pdf'],
    handler: async ({ params, query, caller }) => {
      const { pdf, filename } = await rectification.noticePdf(ctx, caller, params.id, query.language);
      return new RawResponse('application/pdf', pdf, filename);
    },
  });
  api.route({
    method: 'post',
    path: '/rectification-cases/{id}/replies',
    summary: '整改答复 / Reply to a case',
    description: 'The institution’s explanation or report of its rectification; a closed case takes no more replies (409).',
    tags: TAGS,
    access: ['institution'],
    params: CaseParams,
    body: ReplyInput,
    response: Reply,
    status: 201,
    problems: [409],
    handler: ({ params, body, caller }) => rectification.replyToCase(ctx, caller, params.id, body),
  });
}
