import type { AppContext } from '../../context';
import type { Api } from '../../http/api';
import { IdempotencyKeyHeaders } from '../../http/fields';
import { registerCardRoutes } from './cards/routes';
import * as consumptions from './consumption-service';
import * as enrollments from './enrollment-service';
import { reply } from './ledger/idempotency';
import { registerLedgerRoutes } from './ledger/routes';
import { registerProtectionRoutes } from './protection/routes';
import { registerReconciliationRoutes } from './reconciliation/routes';
import { registerWindDownRoutes } from './wind-down/routes';
import * as refunds from './refund-service';
import * as holds from './release-holds';
import {
  Complaint,
  ComplaintInput,
  Consumption,
  ConsumptionInput,
  ConsumptionList,
  Enrollment,
  EnrollmentInput,
  EnrollmentListQuery,
  EnrollmentPage,
  EnrollmentParams,
  Refund,
  RefundInput,
  RefundList,
  ResumeReleasesInput,
} from './schema';

const TAGS = ['enrollments'];
/** Student charges are for the institution itself and its regulators; never the association or inspectors. */
const HOLDER_ROLES = ['regulator', 'institution'] as const;
const KEY_NOTE = ' Requires an `Idempotency-Key` header (scoped to the caller): a retry with the same key and body returns the first result.';

export function registerEscrowRoutes(api: Api, ctx: AppContext): void {
  api.route({
    method: 'post',
    path: '/enrollments',
    summary: '预收费（报名缴费）/ Take a prepayment',
    description:
      'Records one charge for a student on a course and posts it to the escrow ledger (custody mode: into custody; deposit mode: held by the institution, still a liability). Checks the limits of SPEC §3.1; each refusal is a 422 naming `rule`, `limit`, `value` and `policyVersion`.' +
      KEY_NOTE,
    tags: TAGS,
    access: HOLDER_ROLES,
    headers: IdempotencyKeyHeaders,
    body: EnrollmentInput,
    response: Enrollment,
    status: 201,
    problems: [409, 422],
    handler: async ({ body, headers, caller, res }) => reply(res, await enrollments.createEnrollment(ctx, caller, body, headers['Idempotency-Key']!)),
  });
  api.route({
    method: 'get',
    path: '/enrollments',
    summary: '报名（预收费）列表 / List enrollments',
    description: 'Institutions see their own, district regulators their district’s; filters by institution, course, student reference and status.',
    tags: TAGS,
    access: HOLDER_ROLES,
    query: EnrollmentListQuery,
    response: EnrollmentPage,
    handler: ({ query, caller }) => enrollments.listEnrollments(ctx, caller, query),
  });
  api.route({
    method: 'get',
    path: '/enrollments/{id}',
    summary: '报名详情 / One enrollment',
    tags: TAGS,
    access: HOLDER_ROLES,
    params: EnrollmentParams,
    response: Enrollment,
    handler: ({ params, caller }) => enrollments.getEnrollment(ctx, caller, params.id),
  });
  api.route({
    method: 'post',
    path: '/enrollments/{id}/consumptions',
    summary: '消课 / Record lessons taught',
    description:
      'Moves the exact value of the lessons (cumulative value after − before) from the student’s prepaid balance to earned-unreleased. Never more lessons than remain (422 `lessons_remaining`).' +
      KEY_NOTE,
    tags: TAGS,
    access: HOLDER_ROLES,
    params: EnrollmentParams,
    headers: IdempotencyKeyHeaders,
    body: ConsumptionInput,
    response: Consumption,
    status: 201,
    problems: [409, 422],
    handler: async ({ params, body, headers, caller, res }) =>
      reply(res, await consumptions.consumeLessons(ctx, caller, params.id, body, headers['Idempotency-Key']!)),
  });
  api.route({
    method: 'get',
    path: '/enrollments/{id}/consumptions',
    summary: '消课记录 / Lessons consumed',
    tags: TAGS,
    access: HOLDER_ROLES,
    params: EnrollmentParams,
    response: ConsumptionList,
    handler: ({ params, caller }) => consumptions.listConsumptions(ctx, caller, params.id),
  });
  api.route({
    method: 'post',
    path: '/enrollments/{id}/refunds',
    summary: '退费 / Refund',
    description:
      'Refunds the whole unconsumed value (the full amount before the first lesson), with no fee, and pauses the enrollment’s releases. `dueBy`: 5 working days when the course has not started, 10 after.' +
      KEY_NOTE,
    tags: TAGS,
    access: HOLDER_ROLES,
    params: EnrollmentParams,
    headers: IdempotencyKeyHeaders,
    body: RefundInput,
    response: Refund,
    status: 201,
    problems: [409, 422],
    handler: async ({ params, body, headers, caller, res }) =>
      reply(res, await refunds.requestRefund(ctx, caller, params.id, body, headers['Idempotency-Key']!)),
  });
  api.route({
    method: 'get',
    path: '/enrollments/{id}/refunds',
    summary: '退费记录 / Refunds',
    tags: TAGS,
    access: HOLDER_ROLES,
    params: EnrollmentParams,
    response: RefundList,
    handler: ({ params, caller }) => refunds.listRefunds(ctx, caller, params.id),
  });
  api.route({
    method: 'post',
    path: '/enrollments/{id}/complaints',
    summary: '登记投诉并暂停拨付 / File a complaint (pauses releases)',
    description: 'A complaint on an enrollment pauses the release of its consumed value until a regulator resumes it (SPEC §3.2).',
    tags: TAGS,
    access: ['regulator'],
    params: EnrollmentParams,
    body: ComplaintInput,
    response: Complaint,
    status: 201,
    handler: ({ params, body, caller }) => holds.fileComplaint(ctx, caller, params.id, body),
  });
  api.route({
    method: 'post',
    path: '/enrollments/{id}/release-resumptions',
    summary: '恢复拨付 / Resume releases',
    description: 'Lifts the pause a refund or complaint put on the enrollment’s releases, with the reason.',
    tags: TAGS,
    access: ['regulator'],
    params: EnrollmentParams,
    body: ResumeReleasesInput,
    response: Enrollment,
    status: 201,
    problems: [409],
    handler: ({ params, body, caller }) => holds.resumeReleases(ctx, caller, params.id, body),
  });
  registerCardRoutes(api, ctx);
  registerLedgerRoutes(api, ctx);
  registerProtectionRoutes(api, ctx);
  registerReconciliationRoutes(api, ctx);
  registerWindDownRoutes(api, ctx);
}
