import type { AppContext } from '../../../context';
import type { Api } from '../../../http/api';
import { IdempotencyKeyHeaders, IdParams } from '../../../http/fields';
import { reply } from '../ledger/idempotency';
import { changeCoverStatus, fileCover, listCover } from './cover-service';
import { moveDeposit } from './deposit-service';
import { fileAnnualRevenue, listAnnualRevenue } from './revenue-service';
import {
  CoverListQuery,
  CoverStatusInput,
  DepositMovement,
  DepositMovementInput,
  EscrowRequirement,
  EscrowSummary,
  Guarantee,
  GuaranteeInput,
  GuaranteePage,
  GuaranteeParams,
  InsurancePolicy,
  InsurancePolicyInput,
  InsurancePolicyPage,
  PolicyParams,
  RevenueFiling,
  RevenueFilingList,
  RevenueInput,
} from './schema';
import { getEscrowRequirement, getEscrowSummary } from './summary-service';

const TAGS = ['escrow'];
/** Protection figures are the institution's own and its regulators'; never the association's or inspectors'. */
const HOLDER_ROLES = ['regulator', 'institution'] as const;
const KEY_NOTE = ' Requires an `Idempotency-Key` header (scoped to the caller): a retry with the same key and body returns the first result.';

export function registerProtectionRoutes(api: Api, ctx: AppContext): void {
  api.route({
    method: 'get',
    path: '/institutions/{id}/escrow',
    summary: '资金监管概况 / Escrow summary',
    description:
      'SPEC §8: custody, deposit, earned-unreleased, exposure, active insurance and guarantees, coverage, coverage ratio (null when nothing is owed), the required protection and whether it is met. Regulators in scope and the institution itself.',
    tags: TAGS,
    access: HOLDER_ROLES,
    params: IdParams,
    response: EscrowSummary,
    handler: ({ params, caller }) => getEscrowSummary(ctx, caller, params.id),
  });
  api.route({
    method: 'get',
    path: '/institutions/{id}/escrow/requirement',
    summary: '保障要求计算明细 / How the required protection is worked out',
    description: 'The deposit rule’s parts: one charging period of fees, the Shanghai 200 000 / 40 % / 100 % rule with its thresholds and tier, the offsets and the least deposit a withdrawal may leave.',
    tags: TAGS,
    access: HOLDER_ROLES,
    params: IdParams,
    response: EscrowRequirement,
    handler: ({ params, caller }) => getEscrowRequirement(ctx, caller, params.id),
  });
  api.route({
    method: 'post',
    path: '/institutions/{id}/insurance-policies',
    summary: '备案履约保证保险 / File a performance-guarantee insurance policy',
    description: 'The institution (or a regulator in scope) files a policy; while active (status active, today within the period) its insured amount counts towards coverage and offsets the required deposit.',
    tags: TAGS,
    access: HOLDER_ROLES,
    params: IdParams,
    body: InsurancePolicyInput,
    response: InsurancePolicy,
    status: 201,
    problems: [409],
    handler: ({ params, body, caller }) => fileCover(ctx, caller, 'insurance', params.id, body),
  });
  api.route({
    method: 'get',
    path: '/institutions/{id}/insurance-policies',
    summary: '履约保证保险列表 / Insurance policies',
    tags: TAGS,
    access: HOLDER_ROLES,
    params: IdParams,
    query: CoverListQuery,
    response: InsurancePolicyPage,
    handler: ({ params, query, caller }) => listCover(ctx, caller, 'insurance', params.id, query),
  });
  api.route({
    method: 'patch',
    path: '/institutions/{id}/insurance-policies/{policyId}',
    summary: '变更保单状态 / Change a policy’s status',
    description: 'A regulator in scope records that an active policy expired, was cancelled or was claimed (final).',
    tags: TAGS,
    access: ['regulator'],
    params: PolicyParams,
    body: CoverStatusInput,
    response: InsurancePolicy,
    problems: [409],
    handler: ({ params, body, caller }) => changeCoverStatus(ctx, caller, 'insurance', params.id, params.policyId, body),
  });
  api.route({
    method: 'post',
    path: '/institutions/{id}/guarantees',
    summary: '备案银行保函 / File a bank guarantee',
    tags: TAGS,
    access: HOLDER_ROLES,
    params: IdParams,
    body: GuaranteeInput,
    response: Guarantee,
    status: 201,
    problems: [409],
    handler: ({ params, body, caller }) => fileCover(ctx, caller, 'guarantee', params.id, body),
  });
  api.route({
    method: 'get',
    path: '/institutions/{id}/guarantees',
    summary: '银行保函列表 / Bank guarantees',
    tags: TAGS,
    access: HOLDER_ROLES,
    params: IdParams,
    query: CoverListQuery,
    response: GuaranteePage,
    handler: ({ params, query, caller }) => listCover(ctx, caller, 'guarantee', params.id, query),
  });
  api.route({
    method: 'patch',
    path: '/institutions/{id}/guarantees/{guaranteeId}',
    summary: '变更保函状态 / Change a guarantee’s status',
    tags: TAGS,
    access: ['regulator'],
    params: GuaranteeParams,
    body: CoverStatusInput,
    response: Guarantee,
    problems: [409],
    handler: ({ params, body, caller }) => changeCoverStatus(ctx, caller, 'guarantee', params.id, params.guaranteeId, body),
  });
  api.route({
    method: 'post',
    path: '/institutions/{id}/annual-revenue',
    summary: '申报上年度营业收入 / File last year’s revenue',
    description: 'Sets the special threshold of the Shanghai deposit rule (20 % of it, at most 50 000 000). The latest filing of a year counts.',
    tags: TAGS,
    access: HOLDER_ROLES,
    params: IdParams,
    body: RevenueInput,
    response: RevenueFiling,
    status: 201,
    problems: [422],
    handler: ({ params, body, caller }) => fileAnnualRevenue(ctx, caller, params.id, body),
  });
  api.route({
    method: 'get',
    path: '/institutions/{id}/annual-revenue',
    summary: '营业收入申报记录 / Revenue filings',
    tags: TAGS,
    access: HOLDER_ROLES,
    params: IdParams,
    response: RevenueFilingList,
    handler: ({ params, caller }) => listAnnualRevenue(ctx, caller, params.id),
  });
  api.route({
    method: 'post',
    path: '/institutions/{id}/deposit-topups',
    summary: '缴存风险保证金 / Top up the risk deposit',
    description: 'Posts a deposit_topup entry (Dr deposit / Cr institution_bank).' + KEY_NOTE,
    tags: TAGS,
    access: HOLDER_ROLES,
    params: IdParams,
    headers: IdempotencyKeyHeaders,
    body: DepositMovementInput,
    response: DepositMovement,
    status: 201,
    problems: [409, 422],
    handler: async ({ params, body, headers, caller, res }) =>
      reply(res, await moveDeposit(ctx, caller, params.id, 'deposit_topup', body, headers['Idempotency-Key']!)),
  });
  api.route({
    method: 'post',
    path: '/institutions/{id}/deposit-withdrawals',
    summary: '支取风险保证金 / Withdraw from the risk deposit',
    description:
      'Posts a deposit_withdrawal entry; refused (422 `deposit_requirement`) if it would leave less than the required deposit net of insurance and guarantees, and while the institution is closing (409). Over policy escrow.largeWithdrawalRatio of the balance it raises a large_withdrawal alert.' +
      KEY_NOTE,
    tags: TAGS,
    access: HOLDER_ROLES,
    params: IdParams,
    headers: IdempotencyKeyHeaders,
    body: DepositMovementInput,
    response: DepositMovement,
    status: 201,
    problems: [409, 422],
    handler: async ({ params, body, headers, caller, res }) =>
      reply(res, await moveDeposit(ctx, caller, params.id, 'deposit_withdrawal', body, headers['Idempotency-Key']!)),
  });
}
