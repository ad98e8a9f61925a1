import { z } from 'zod';
import { money, text, uuid } from '../../../http/fields';
import { WIND_DOWN_STATUSES } from '../supervision-tables';

export const WindDownBuildInput = z.strictObject({ reason: text(500).optional() }).meta({ id: 'WindDownBuildInput' });
export const WindDownApprovalInput = z.strictObject({ note: text(500) }).meta({ id: 'WindDownApprovalInput' });
export const WindDownExecutionInput = z.strictObject({ note: text(500).optional() }).meta({ id: 'WindDownExecutionInput' });
export const WindDownQuery = z.object({ format: z.enum(['json', 'csv', 'pdf']).default('json') });

export const WindDownItem = z
  .object({
    seq: z.number().int(),
    holderType: z.enum(['enrollment', 'card']),
    enrollmentId: uuid.nullable(),
    cardId: uuid.nullable(),
    studentRef: z.string().nullable().meta({ description: 'The pseudonymous student (or named card holder); null for an anonymous card' }),
    supervisionMode: z.enum(['custody', 'deposit']),
    paidAt: z.string(),
    refundable: money,
    fromCustody: money,
    fromDeposit: money,
    fromInsurance: money,
    shortfall: money.meta({ description: 'Owed and covered by no source: reported, still owed by the institution' }),
    posted: z.boolean(),
    refundEntryId: z.number().int().nullable(),
    claimEntryId: z.number().int().nullable(),
  })
  .meta({ id: 'WindDownItem' });

export const StudentShortfall = z
  .object({ studentRef: z.string().nullable(), cardId: uuid.nullable(), holders: z.number().int(), refundable: money, shortfall: money })
  .meta({ id: 'WindDownStudentShortfall' });

const Source = z.object({ available: money, paid: money });

export const WindDownPlan = z
  .object({
    id: uuid,
    institutionId: uuid,
    status: z.enum(WIND_DOWN_STATUSES),
    asOf: z.string(),
    policyVersion: z.number().int(),
    sources: z.object({
      custody: Source,
      deposit: Source,
      insurance: Source.extend({
        policies: z.array(
          z.object({
            id: uuid,
            insurer: z.string(),
            policyNumber: z.string(),
            insuredAmount: money,
            periodEnd: z.string(),
            claimedBefore: money.meta({ description: 'Claimed by an earlier, superseded plan of this wind-down' }),
            drawn: money.meta({ description: 'Claimed by this plan' }),
          }),
        ),
      }),
    }),
    totals: z.object({ holders: z.number().int(), refundable: money, fromCustody: money, fromDeposit: money, fromInsurance: money, shortfall: money }),
    allocation: z.string().meta({ description: 'How the sources were allocated' }),
    items: z.array(WindDownItem),
    shortfalls: z.array(StudentShortfall).meta({ description: 'Per student, those left with an uncovered shortfall' }),
    supersedes: uuid.nullable(),
    builtBy: z.string(),
    builtAt: z.string(),
    approvedBy: z.string().nullable(),
    approvedAt: z.string().nullable(),
    approvalNote: z.string().nullable(),
    executionStartedAt: z.string().nullable(),
    executedBy: z.string().nullable(),
    executedAt: z.string().nullable(),
  })
  .meta({ id: 'WindDownPlan' });

export const WindDownExecution = z
  .object({
    planId: uuid,
    status: z.enum(WIND_DOWN_STATUSES),
    items: z.number().int(),
    itemsPostedNow: z.number().int().meta({ description: 'Items this request posted (a resumed execution skips those already posted)' }),
    refundEntries: z.number().int(),
    claimEntries: z.number().int(),
    paid: z.object({ custody: money, deposit: money, insurance: money }),
    shortfall: money,
    executedAt: z.string(),
  })
  .meta({ id: 'WindDownExecution' });
