import type { AppContext } from '../../../context';
import type { Api } from '../../../http/api';
import { IdempotencyKeyHeaders } from '../../../http/fields';
import { reply } from '../ledger/idempotency';
import { Refund, RefundList } from '../schema';
import { Card, CardInput, CardListQuery, CardPage, CardParams, CardRefundInput, CardSpend, CardSpendInput, CardSpendList } from './schema';
import * as cards from './service';

const TAGS = ['prepaid-cards'];
const HOLDER_ROLES = ['regulator', 'institution'] as const;
const KEY_NOTE = ' Requires an `Idempotency-Key` header.';

export function registerCardRoutes(api: Api, ctx: AppContext): void {
  api.route({
    method: 'post',
    path: '/prepaid-cards',
    summary: '发行单用途预付卡 / Issue a prepaid card',
    description: 'Named cards hold at most 5 000 yuan, anonymous ones 1 000 (policy); the value is posted like a prepayment.' + KEY_NOTE,
    tags: TAGS,
    access: HOLDER_ROLES,
    headers: IdempotencyKeyHeaders,
    body: CardInput,
    response: Card,
    status: 201,
    problems: [409, 422],
    handler: async ({ body, headers, caller, res }) => reply(res, await cards.issueCard(ctx, caller, body, headers['Idempotency-Key']!)),
  });
  api.route({
    method: 'get',
    path: '/prepaid-cards',
    summary: '预付卡列表 / List prepaid cards',
    tags: TAGS,
    access: HOLDER_ROLES,
    query: CardListQuery,
    response: CardPage,
    handler: ({ query, caller }) => cards.listCards(ctx, caller, query),
  });
  api.route({
    method: 'get',
    path: '/prepaid-cards/{id}',
    summary: '预付卡详情 / One prepaid card',
    tags: TAGS,
    access: HOLDER_ROLES,
    params: CardParams,
    response: Card,
    handler: ({ params, caller }) => cards.getCard(ctx, caller, params.id),
  });
  api.route({
    method: 'post',
    path: '/prepaid-cards/{id}/spends',
    summary: '预付卡消费 / Spend from a card',
    tags: TAGS,
    access: HOLDER_ROLES,
    params: CardParams,
    headers: IdempotencyKeyHeaders,
    body: CardSpendInput,
    response: CardSpend,
    status: 201,
    problems: [409, 422],
    description: 'Spends by amount, never more than the balance (422 `card_balance`).' + KEY_NOTE,
    handler: async ({ params, body, headers, caller, res }) => reply(res, await cards.spendCard(ctx, caller, params.id, body, headers['Idempotency-Key']!)),
  });
  api.route({
    method: 'get',
    path: '/prepaid-cards/{id}/spends',
    summary: '预付卡消费记录 / Card spends',
    tags: TAGS,
    access: HOLDER_ROLES,
    params: CardParams,
    response: CardSpendList,
    handler: ({ params, caller }) => cards.listCardSpends(ctx, caller, params.id),
  });
  api.route({
    method: 'post',
    path: '/prepaid-cards/{id}/refunds',
    summary: '预付卡退款 / Refund a card’s balance',
    tags: TAGS,
    access: HOLDER_ROLES,
    params: CardParams,
    headers: IdempotencyKeyHeaders,
    body: CardRefundInput,
    response: Refund,
    status: 201,
    problems: [409],
    description: 'Refunds the whole remaining balance, no fee.' + KEY_NOTE,
    handler: async ({ params, body, headers, caller, res }) => reply(res, await cards.refundCard(ctx, caller, params.id, body, headers['Idempotency-Key']!)),
  });
  api.route({
    method: 'get',
    path: '/prepaid-cards/{id}/refunds',
    summary: '预付卡退款记录 / Card refunds',
    tags: TAGS,
    access: HOLDER_ROLES,
    params: CardParams,
    response: RefundList,
    handler: ({ params, caller }) => cards.listCardRefunds(ctx, caller, params.id),
  });
}
