import { Decimal } from 'decimal.js';
import type { z } from 'zod';
import type { AppContext } from '../../../context';
import type { Caller } from '../../../http/api';
import { AppError } from '../../../http/errors';
import { decodeCursor, toPage } from '../../../http/pagination';
import { dateInZone } from '../../../lib/dates';
import { prepaymentBlock } from '../../credit/effects';
import { findInstitution } from '../../institutions/queries';
import { inScope, readScope } from '../../institutions/policy';
import { PREPAYMENT_STATUSES, type InstitutionStatus } from '../../institutions/lifecycle';
import { idempotentRequest, settle } from '../ledger/idempotency';
import { post, postingContext } from '../ledger/posting';
import { toCard, toCardSpend, toPostedCardSpend, toRefund, type CardLike, type RefundLike } from '../mapper';
import { holderScope } from '../policy';
import * as queries from '../queries';
import { refundDueDates } from '../refund-service';
import type { CardInput, CardListQuery, CardRefundInput, CardSpendInput } from './schema';

/*
 * Single-use prepaid (stored-value) cards, SPEC §3.4: spent by amount, on the same ledger and under
 * the same invariants as enrollments. Limits from 《单用途商业预付卡管理办法》: a named card holds
 * at most 5 000 yuan, an anonymous one 1 000 (policy escrow.namedCardMax / anonymousCardMax). A
 * card is loaded once when issued (no top-up); issuing is a prepayment, so the institution must be
 * allowed to take prepayments (active or rectifying, not black-listed).
 */

const CARD_BASIS = '《单用途商业预付卡管理办法》第十八条';

export async function issueCard(ctx: AppContext, caller: Caller, input: z.infer<typeof CardInput>, key: string) {
  const request = idempotentRequest(caller, key, 'POST /prepaid-cards', input);
  const policy = await ctx.policies.current();
  const now = ctx.clock.now();
  return settle(ctx, request, (s) => toCard(s as CardLike), async () => {
    const [institution, block] = await Promise.all([findInstitution(ctx.db, input.institutionId), prepaymentBlock(ctx.db, input.institutionId)]);
    if (!institution || !inScope(readScope(caller.actor), institution)) throw new AppError('INSTITUTION_NOT_FOUND', { id: input.institutionId });
    if (!PREPAYMENT_STATUSES.includes(institution.status as InstitutionStatus)) {
      throw new AppError('CHARGE_INSTITUTION_STATUS', { rule: 'institution_status', limit: [...PREPAYMENT_STATUSES], value: institution.status, policyVersion: policy.version });
    }
    if (block) {
      throw new AppError('CHARGE_BLOCKED', { rule: 'credit_black_list', limit: null, value: block.measureCode, since: block.since, policyVersion: policy.version });
    }
    const limit = input.kind === 'named' ? policy.values.escrow.namedCardMax : policy.values.escrow.anonymousCardMax;
    if (new Decimal(input.amount).gt(limit)) {
      throw new AppError('CARD_OVER_LIMIT', { rule: `${input.kind}_card_max`, limit, value: input.amount, kind: input.kind, basis: CARD_BASIS, policyVersion: policy.version });
    }
    if (new Date(input.issuedAt) > now) {
      throw new AppError('OCCURRED_IN_FUTURE', { rule: 'issued_not_future', limit: now.toISOString(), value: input.issuedAt });
    }
    return post(ctx.db, 'escrow_card_issue', [
      postingContext(caller, now, policy.version, request),
      input.institutionId,
      institution.supervision_mode,
      input.kind,
      input.holderRef ?? null,
      input.amount,
      input.issuedAt,
    ], { bankReference: { reference: input.bankReference, at: now }, institutionId: input.institutionId });
  });
}

export async function spendCard(ctx: AppContext, caller: Caller, cardId: string, input: z.infer<typeof CardSpendInput>, key: string) {
  const request = idempotentRequest(caller, key, `POST /prepaid-cards/${cardId}/spends`, input);
  const scope = holderScope(caller.actor);
  const policy = await ctx.policies.current();
  const now = ctx.clock.now();
  return settle(ctx, request, toPostedCardSpend, async () => {
    if (new Date(input.occurredAt) > now) {
      throw new AppError('OCCURRED_IN_FUTURE', { rule: 'occurred_not_future', limit: now.toISOString(), value: input.occurredAt });
    }
    return post(ctx.db, 'escrow_card_spend', [
      postingContext(caller, now, policy.version, request),
      cardId,
      scope.institutionId,
      scope.district,
      input.amount,
      input.occurredAt,
    ], { institutionId: scope.institutionId });
  });
}

/** The card's whole balance back: 5 working days for an unused card, 10 once it has been used. */
export async function refundCard(ctx: AppContext, caller: Caller, cardId: string, input: z.infer<typeof CardRefundInput>, key: string) {
  const request = idempotentRequest(caller, key, `POST /prepaid-cards/${cardId}/refunds`, input);
  const scope = holderScope(caller.actor);
  const policy = await ctx.policies.current();
  const now = ctx.clock.now();
  const due = refundDueDates(policy, dateInZone(now, ctx.config.timeZone));
  return settle(ctx, request, (s) => toRefund(s as RefundLike), () =>
    post(ctx.db, 'escrow_card_refund', [
      postingContext(caller, now, policy.version, request),
      cardId,
      scope.institutionId,
      scope.district,
      input.reason,
      due.beforeStart,
      due.afterStart,
    ], { institutionId: scope.institutionId }),
  );
}

async function loadVisibleCard(ctx: AppContext, caller: Caller, id: string) {
  const row = await queries.findCard(ctx.db, holderScope(caller.actor), id);
  if (!row) throw new AppError('CARD_NOT_FOUND', { id });
  return row;
}

export async function getCard(ctx: AppContext, caller: Caller, id: string) {
  return toCard(await loadVisibleCard(ctx, caller, id));
}

export async function listCards(ctx: AppContext, caller: Caller, query: z.infer<typeof CardListQuery>) {
  const rows = await queries.listCards(ctx.db, holderScope(caller.actor), query, query.limit, decodeCursor(query.cursor));
  return toPage(rows, query.limit, toCard);
}

export async function listCardSpends(ctx: AppContext, caller: Caller, id: string) {
  await loadVisibleCard(ctx, caller, id);
  return { items: (await queries.listCardSpends(ctx.db, id)).map((s) => toCardSpend(s, s.reversed)) };
}

export async function listCardRefunds(ctx: AppContext, caller: Caller, id: string) {
  await loadVisibleCard(ctx, caller, id);
  return { items: (await queries.listRefunds(ctx.db, { cardId: id })).map((r) => toRefund(r, r.reversed)) };
}
