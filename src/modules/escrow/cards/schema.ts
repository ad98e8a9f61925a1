import { z } from 'zod';
import { isoDateTime, money, positiveMoney, text, uuid } from '../../../http/fields';
import { PageQuery, pageSchema } from '../../../http/pagination';
import { BankReference, StudentRef } from '../schema';
import { CARD_STATUSES } from '../tables';

/** A single-use (单用途) stored-value card: named cards carry a pseudonymous holder, anonymous ones none. */
export const CardInput = z
  .strictObject({
    institutionId: uuid,
    kind: z.enum(['named', 'anonymous']),
    holderRef: StudentRef.optional(),
    amount: positiveMoney.meta({ description: 'Value loaded on the card (named ≤ 5 000, anonymous ≤ 1 000 by policy)' }),
    issuedAt: isoDateTime,
    bankReference: BankReference.optional(),
  })
  .refine((c) => (c.kind === 'named') === (c.holderRef !== undefined), {
    path: ['holderRef'],
    message: '记名卡必须、不记名卡不得填写 holderRef / required for a named card, not allowed on an anonymous one',
  })
  .meta({ id: 'CardInput' });

export const Card = z
  .object({
    id: uuid,
    institutionId: uuid,
    kind: z.enum(['named', 'anonymous']),
    holderRef: z.string().nullable(),
    supervisionMode: z.enum(['custody', 'deposit']),
    faceValue: money,
    spent: money,
    balance: money,
    refundedAmount: money.nullable(),
    status: z.enum(CARD_STATUSES),
    issueEntryId: z.number().int(),
    issuedAt: z.string(),
    policyVersion: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Card' });

export const CardPage = pageSchema(Card).meta({ id: 'CardPage' });

export const CardListQuery = PageQuery.extend({
  institutionId: uuid.optional(),
  status: z.enum(CARD_STATUSES).optional(),
});

export const CardSpendInput = z.strictObject({ amount: positiveMoney, occurredAt: isoDateTime }).meta({ id: 'CardSpendInput' });

export const CardSpend = z
  .object({
    id: z.number().int().meta({ description: 'The ledger entry' }),
    cardId: uuid,
    amount: money,
    occurredAt: z.string(),
    recordedAt: z.string(),
    reversed: z.boolean(),
    balance: money.optional(),
  })
  .meta({ id: 'CardSpend' });

export const CardSpendList = z.object({ items: z.array(CardSpend) }).meta({ id: 'CardSpendList' });

export const CardRefundInput = z.strictObject({ reason: text(500) }).meta({ id: 'CardRefundInput' });

export const CardParams = z.object({ id: uuid });
