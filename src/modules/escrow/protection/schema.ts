import { z } from 'zod';
import { isoDate, isoDateTime, money, positiveMoney, text, uuid } from '../../../http/fields';
import { PageQuery, pageSchema } from '../../../http/pagination';
import { BankReference } from '../schema';
import { COVER_STATUSES } from '../supervision-tables';

/* Request and response shapes of insurance, guarantees, revenue filings, the deposit and the summary. */

const period = <T extends { periodStart: string; periodEnd: string }>(v: T) => v.periodEnd >= v.periodStart;
const PERIOD_MESSAGE = { path: ['periodEnd'], message: '不得早于 periodStart / must not be before periodStart' };

export const InsurancePolicyInput = z
  .strictObject({
    insurer: text(200).meta({ description: 'The insurance company', example: '中国人民财产保险股份有限公司上海市分公司' }),
    policyNumber: text(100),
    insuredAmount: positiveMoney.meta({ description: '保险金额: what the insurer pays at most' }),
    periodStart: isoDate,
    periodEnd: isoDate,
  })
  .refine(period, PERIOD_MESSAGE)
  .meta({ id: 'InsurancePolicyInput' });

export const InsurancePolicy = z
  .object({
    id: uuid,
    institutionId: uuid,
    insurer: z.string(),
    policyNumber: z.string(),
    insuredAmount: money,
    periodStart: z.string(),
    periodEnd: z.string(),
    status: z.enum(COVER_STATUSES),
    statusReason: z.string().nullable(),
    active: z.boolean().meta({ description: 'Status active and today (Asia/Shanghai) within the period: counts towards coverage' }),
    filedBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'InsurancePolicy' });

export const InsurancePolicyPage = pageSchema(InsurancePolicy).meta({ id: 'InsurancePolicyPage' });

export const GuaranteeInput = z
  .strictObject({
    bank: text(200).meta({ example: '中国工商银行上海市分行' }),
    guaranteeNumber: text(100),
    amount: positiveMoney,
    periodStart: isoDate,
    periodEnd: isoDate,
  })
  .refine(period, PERIOD_MESSAGE)
  .meta({ id: 'GuaranteeInput' });

export const Guarantee = z
  .object({
    id: uuid,
    institutionId: uuid,
    bank: z.string(),
    guaranteeNumber: z.string(),
    amount: money,
    periodStart: z.string(),
    periodEnd: z.string(),
    status: z.enum(COVER_STATUSES),
    statusReason: z.string().nullable(),
    active: z.boolean(),
    filedBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Guarantee' });

export const GuaranteePage = pageSchema(Guarantee).meta({ id: 'GuaranteePage' });

export const CoverStatusInput = z
  .strictObject({ status: z.enum(['expired', 'cancelled', 'claimed']), reason: text(500) })
  .meta({ id: 'CoverStatusInput', description: 'A regulator records that an active policy or guarantee expired, was cancelled or was claimed.' });

export const PolicyParams = z.object({ id: uuid, policyId: uuid });
export const GuaranteeParams = z.object({ id: uuid, guaranteeId: uuid });

export const RevenueInput = z
  .strictObject({
    year: z.number().int().min(1990).max(2200).meta({ description: 'A finished calendar year' }),
    revenue: money.meta({ description: 'Main-business revenue of the year (主营业务收入)' }),
    note: text(500).optional(),
  })
  .meta({ id: 'AnnualRevenueInput' });

export const RevenueFiling = z
  .object({ id: z.number().int(), institutionId: uuid, year: z.number().int(), revenue: money, note: z.string().nullable(), filedBy: z.string(), filedAt: z.string() })
  .meta({ id: 'AnnualRevenueFiling' });

export const RevenueFilingList = z.object({ items: z.array(RevenueFiling) }).meta({ id: 'AnnualRevenueFilingList' });

export const DepositMovementInput = z
  .strictObject({
    amount: positiveMoney,
    occurredAt: isoDateTime.optional().meta({ description: 'When the bank moved the money (default: now)' }),
    bankReference: BankReference.optional(),
    memo: text(500).optional(),
  })
  .meta({ id: 'DepositMovementInput' });

export const DepositMovement = z
  .object({
    entryId: z.number().int(),
    institutionId: uuid,
    kind: z.enum(['deposit_topup', 'deposit_withdrawal']),
    amount: money,
    occurredAt: z.string(),
    recordedAt: z.string(),
    bankReference: z.string().nullable(),
    memo: z.string().nullable(),
    balanceBefore: money,
    balanceAfter: money,
    requiredDeposit: money.nullable().meta({ description: 'Withdrawals: the least balance the deposit had to keep (requirement net of insurance and guarantees)' }),
    largeWithdrawal: z.boolean().meta({ description: 'Over policy escrow.largeWithdrawalRatio of the balance: a large_withdrawal alert was raised' }),
    policyVersion: z.number().int(),
  })
  .meta({ id: 'DepositMovement' });

export const EscrowSummary = z
  .object({
    supervisionMode: z.enum(['custody', 'deposit']),
    custodyBalance: money,
    depositBalance: money,
    earnedUnreleased: money,
    exposure: money.meta({ description: 'Σ unconsumed prepaid liabilities (enrollments and cards)' }),
    insuranceCoverage: money.meta({ description: 'Insured amounts of active policies' }),
    guarantees: money.meta({ description: 'Amounts of active bank guarantees' }),
    coverage: money.meta({ description: 'custody + deposit + active insurance + active guarantees' }),
    coverageRatio: z.string().nullable().meta({ description: 'coverage ÷ exposure, 4 decimals; null when exposure is 0 (nothing owed)' }),
    requiredProtection: money.meta({ description: 'custody mode: exposure × requiredCoverageRatio; deposit mode: the required risk deposit' }),
    compliant: z.boolean().meta({ description: 'custody mode: coverage ≥ requiredProtection; deposit mode: deposit + insurance + guarantees ≥ requiredProtection' }),
    policyVersion: z.number().int(),
    asOf: z.string(),
  })
  .meta({ id: 'EscrowSummary' });

export const EscrowRequirement = z
  .object({
    supervisionMode: z.enum(['custody', 'deposit']),
    requiredProtection: money,
    compliant: z.boolean(),
    minimumDeposit: money.meta({ description: 'The least deposit balance a withdrawal may leave' }),
    deposit: z.object({
      chargingPeriod: z.object({ days: z.number().int(), feesCollected: money }),
      prepaidCardRule: z.object({
        balance: money.meta({ description: 'Outstanding prepaid balance held by the institution (deposit-mode holders)' }),
        generalThreshold: money,
        generalRatio: z.string(),
        specialThreshold: money,
        revenueYear: z.number().int(),
        revenue: money.nullable().meta({ description: 'Filed revenue of revenueYear; null: none filed, special threshold = general threshold' }),
        young: z.boolean(),
        ageDays: z.number().int(),
        tier: z.enum(['none', 'general', 'special', 'young']),
        amount: money,
      }),
      required: money,
      binding: z.enum(['charging_period', 'prepaid_card_rule']),
    }),
    policyVersion: z.number().int(),
    asOf: z.string(),
  })
  .meta({ id: 'EscrowRequirement' });

export const CoverListQuery = PageQuery;
