import type { AppContext } from '../../context';
import { RawResponse, type Api } from '../../http/api';
import {
  CourseInput,
  Course,
  CoursePage,
  CourseParams,
  FeeFiling,
  FeeFilingInput,
  FeeFilingList,
  Institution,
  InstitutionInput,
  InstitutionListQuery,
  InstitutionPage,
  InstitutionParams,
  InstitutionPatch,
  ListQuery,
  Site,
  SiteInput,
  SitePage,
  TransitionInput,
  TransitionList,
  TransitionResult,
} from './schema';
import * as courses from './course-service';
import * as institutions from './service';

const TAGS = ['institutions'];
const READERS = ['regulator', 'institution', 'association', 'inspector'] as const;

export function registerInstitutionRoutes(api: Api, ctx: AppContext): void {
  api.route({
    method: 'post',
    path: '/institutions',
    summary: '登记培训机构 / Register an institution',
    description: 'Regulators register institutions in their scope; the new institution is pending_review.',
    tags: TAGS,
    access: ['regulator'],
    body: InstitutionInput,
    response: Institution,
    status: 201,
    problems: [409, 422],
    handler: ({ body, caller }) => institutions.registerInstitution(ctx, caller, body),
  });
  api.route({
    method: 'get',
    path: '/institutions',
    summary: '培训机构列表 / List institutions',
    description: 'Filters by district, status, category, kind and name; cursor pagination; `format=csv` exports every match.',
    tags: TAGS,
    access: READERS,
    query: InstitutionListQuery,
    response: InstitutionPage,
    produces: ['text/csv'],
    handler: async ({ query, caller }) => {
      if (query.format === 'csv') {
        return new RawResponse('text/csv; charset=utf-8', await institutions.exportInstitutionsCsv(ctx, caller, query), 'institutions.csv');
      }
      return institutions.listInstitutions(ctx, caller, query);
    },
  });
  api.route({
    method: 'get',
    path: '/institutions/{id}',
    summary: '培训机构详情 / One institution',
    tags: TAGS,
    access: READERS,
    params: InstitutionParams,
    response: Institution,
    handler: ({ params, caller }) => institutions.getInstitution(ctx, caller, params.id),
  });
  api.route({
    method: 'patch',
    path: '/institutions/{id}',
    summary: '修改机构信息 / Change an institution',
    description: 'Regulators change any registered field; the institution itself only address, legal representative and phone.',
    tags: TAGS,
    access: ['regulator', 'institution'],
    params: InstitutionParams,
    body: InstitutionPatch,
    response: Institution,
    problems: [422],
    handler: ({ params, body, caller }) => institutions.updateInstitution(ctx, caller, params.id, body),
  });
  api.route({
    method: 'post',
    path: '/institutions/{id}/transitions',
    summary: '变更机构状态 / Change an institution’s status',
    description: 'An illegal transition is a 409 naming the allowed ones (`allowedTransitions`).',
    tags: TAGS,
    access: ['regulator'],
    params: InstitutionParams,
    body: TransitionInput,
    response: TransitionResult,
    status: 201,
    problems: [409],
    handler: ({ params, body, caller }) => institutions.transitionInstitution(ctx, caller, params.id, body),
  });
  api.route({
    method: 'get',
    path: '/institutions/{id}/transitions',
    summary: '状态变更记录 / Status history',
    tags: TAGS,
    access: READERS,
    params: InstitutionParams,
    response: TransitionList,
    handler: ({ params, caller }) => institutions.listInstitutionTransitions(ctx, caller, params.id),
  });
  api.route({
    method: 'post',
    path: '/institutions/{id}/sites',
    summary: '增加培训场所 / Add a site',
    tags: TAGS,
    access: ['regulator', 'institution'],
    params: InstitutionParams,
    body: SiteInput,
    response: Site,
    status: 201,
    handler: ({ params, body, caller }) => institutions.addSite(ctx, caller, params.id, body),
  });
  api.route({
    method: 'get',
    path: '/institutions/{id}/sites',
    summary: '培训场所 / Sites',
    tags: TAGS,
    access: READERS,
    params: InstitutionParams,
    query: ListQuery,
    response: SitePage,
    handler: ({ params, query, caller }) => institutions.listSites(ctx, caller, params.id, query.limit, query.cursor),
  });
  api.route({
    method: 'post',
    path: '/institutions/{id}/courses',
    summary: '课程与收费备案 / File a course and its fee',
    description: 'Checks the business scope, the licensed mode, the for-profit/subject rule and the subject guidance-price cap.',
    tags: TAGS,
    access: ['regulator', 'institution'],
    params: InstitutionParams,
    body: CourseInput,
    response: Course,
    status: 201,
    problems: [409, 422],
    handler: ({ params, body, caller }) => courses.fileCourse(ctx, caller, params.id, body),
  });
  api.route({
    method: 'get',
    path: '/institutions/{id}/courses',
    summary: '课程列表 / Courses',
    tags: TAGS,
    access: READERS,
    params: InstitutionParams,
    query: ListQuery,
    response: CoursePage,
    handler: ({ params, query, caller }) => courses.listCourses(ctx, caller, params.id, query.limit, query.cursor),
  });
  api.route({
    method: 'get',
    path: '/institutions/{id}/courses/{courseId}',
    summary: '课程详情 / One course',
    tags: TAGS,
    access: READERS,
    params: CourseParams,
    response: Course,
    handler: ({ params, caller }) => courses.getCourse(ctx, caller, params.id, params.courseId),
  });
  api.route({
    method: 'post',
    path: '/institutions/{id}/courses/{courseId}/fee-filings',
    summary: '重新备案收费标准 / File a new fee',
    tags: TAGS,
    access: ['regulator', 'institution'],
    params: CourseParams,
    body: FeeFilingInput,
    response: FeeFiling,
    status: 201,
    problems: [409, 422],
    handler: ({ params, body, caller }) => courses.fileFee(ctx, caller, params.id, params.courseId, body),
  });
  api.route({
    method: 'get',
    path: '/institutions/{id}/courses/{courseId}/fee-filings',
    summary: '收费备案历史 / Fee filing history',
    tags: TAGS,
    access: READERS,
    params: CourseParams,
    response: FeeFilingList,
    handler: ({ params, caller }) => courses.listFeeFilings(ctx, caller, params.id, params.courseId),
  });
}
