import { z } from 'zod';
import { MONEY_PATTERN } from '../../lib/money';

/*
 * Every number a rule uses lives here, as a default of the versioned policy table: regulations
 * differ by city and change by year, so a regulator changes them at /api/v1/policies and every
 * decision records the version it applied. Sources: REGULATION-NOTES.md beside SPEC.md.
 */
const money = z.string().regex(MONEY_PATTERN, '@money');
const ratio = z.string().regex(/^(0|[1-9]\d*)(\.\d{1,6})?$/, 'must be a non-negative decimal string');
const days = z.number().int().min(0).max(36500);
const count = z.number().int().min(0).max(100000);

export const RegistryPolicy = z.strictObject({
  /** 沪发改价调〔2021〕47号: subject-training guidance price per head per lesson unit. */
  subjectPriceCaps: z
    .strictObject({
      offlineUnitMinutes: count.min(1),
      offlineBands: z
        .array(z.strictObject({ maxClassSize: count.min(1).nullable(), price: money }))
        .min(1),
      onlineUnitMinutes: count.min(1),
      onlinePrice: money,
      /** "上浮不超过10%": filed fees may exceed the guidance price by at most this share. */
      markupRatio: ratio,
    })
    .default({
      offlineUnitMinutes: 45,
      offlineBands: [
        { maxClassSize: 9, price: '80.00' },
        { maxClassSize: 35, price: '60.00' },
        { maxClassSize: null, price: '40.00' },
      ],
      onlineUnitMinutes: 30,
      onlinePrice: '20.00',
      markupRatio: '0.10',
    }),
  /** 上海单用途卡实施办法: closure needs at least 30 days' public notice. */
  closureNoticeDays: days.default(30),
  /** SPEC §3.8: a licence expiring within this many days raises an early warning. */
  licenceExpiryAlertDays: days.default(30),
});

export const ChargePolicy = z.strictObject({
  /** 教监管函〔2021〕2号 / 13-department 意见 (2022): one charge ≤ 60 lessons and ≤ 3 months. */
  maxLessonsPerCharge: count.default(60),
  maxDaysPerCharge: days.default(92),
  /** Non-subject training: one charge ≤ 5 000 yuan (13-department 意见, Dec 2022). */
  maxAmountNonSubject: money.default('5000.00'),
  /** Renewal only when ≤ 20 lessons remain or the new period starts within 1 month. */
  renewalMaxLessonsRemaining: count.default(20),
  renewalWindowDays: days.default(31),
  /** 民法典 586: a 定金 may not exceed 20 % of the contract price. */
  maxDepositRatio: ratio.default('0.20'),
});

export const EscrowPolicy = z.strictObject({
  /** Consumed value is released to the institution this many days after consumption (T+1). */
  settlementDelayDays: days.default(1),
  /** 穗教规字〔2021〕8号: refunds within 5 working days before the start, 10 after. */
  refundWorkingDaysBeforeStart: days.default(5),
  refundWorkingDaysAfterStart: days.default(10),
  /** MOE: the risk deposit covers at least one charging period (3 months) of fees. */
  depositChargingPeriodDays: days.default(92),
  /** 上海单用途卡实施办法: 40 % of the whole balance above 200 000; 100 % above the special threshold. */
  depositGeneralThreshold: money.default('200000.00'),
  depositGeneralRatio: ratio.default('0.40'),
  depositSpecialRevenueRatio: ratio.default('0.20'),
  depositSpecialCap: money.default('50000000.00'),
  depositYoungInstitutionDays: days.default(365),
  /** Coverage ÷ exposure must reach this for an institution to be compliant. */
  requiredCoverageRatio: ratio.default('1.00'),
  expiryAlertDays: days.default(30),
  /** 单用途商业预付卡管理办法: named cards ≤ 5 000 yuan, anonymous ≤ 1 000 yuan. */
  namedCardMax: money.default('5000.00'),
  anonymousCardMax: money.default('1000.00'),
  /** 广东: one withdrawal over 10 % of the custody balance is a warning. */
  largeWithdrawalRatio: ratio.default('0.10'),
  /** A prepayment surge: last 30 days over this multiple of the 90-day monthly average. */
  prepaymentSurgeMultiple: ratio.default('3'),
  /** SPEC §3.8 "in the last 30 days": the window of the surge and stalled-consumption warnings. */
  warningWindowDays: days.min(1).default(30),
  /** SPEC §3.8 "the 90-day monthly average": the baseline before the window, averaged per window. */
  surgeBaselineDays: days.min(1).default(90),
});

export const ContractPolicy = z.strictObject({
  rectificationDeadlineDays: days.default(30),
});

export const CreditPolicy = z.strictObject({
  startScore: count.default(100),
  generalBreachPoints: z.number().int().default(-5),
  seriousBreachPoints: z.number().int().default(-50),
  /** Association-sourced events are self-discipline findings: they count at half weight. */
  associationWeight: ratio.default('0.5'),
  /** 发改办财金〔2019〕527号: general dishonesty published 3 months–1 year; serious up to 3 years. */
  generalPublicationDays: days.default(365),
  seriousPublicationDays: days.default(1095),
  gradeA: count.default(90),
  gradeB: count.default(75),
  gradeC: count.default(60),
  /** 国市监信规〔2021〕3号: repair after 6 months of publication (serious: 1 year). */
  repairMinDaysGeneral: days.default(182),
  repairMinDaysSerious: days.default(365),
  /** A commendation adds at most this many points (守信激励 must not buy immunity from breaches). */
  commendationMaxPoints: count.min(1).default(10),
  /** How long a commendation counts (SPEC §5 is silent; the general-breach period by analogy). */
  commendationPublicationDays: days.default(365),
});

export const InspectionPolicy = z.strictObject({
  /** SAMR: about 5 % of entities a year. */
  baseSamplingRatio: ratio.default('0.05'),
  gradeWeights: z
    .strictObject({ A: ratio, B: ratio, C: ratio, D: ratio })
    .default({ A: '0.5', B: '1', C: '2', D: '4' }),
  minInspectors: count.min(2).default(2),
  publishWithinWorkingDays: days.default(20),
});

const isoDay = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '@date');

/**
 * Working days (refund deadlines, publication periods) are Monday to Friday minus public holidays
 * plus the weekend days the State Council's yearly arrangement makes working days (调休). The
 * defaults are the statutory holidays of 《全国年节及纪念日放假办法》 (2024 revision) for 2026; a
 * regulator adds each year's published arrangement through /api/v1/policies.
 */
export const CalendarPolicy = z.strictObject({
  holidays: z.array(isoDay).max(400).default([
    '2026-01-01', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-04-05', '2026-05-01', '2026-05-02',
    '2026-06-19', '2026-09-25', '2026-10-01', '2026-10-02', '2026-10-03',
  ]),
  workingWeekends: z.array(isoDay).max(100).default([]),
});

export const PolicyValues = z
  .object({
    registry: RegistryPolicy.default(RegistryPolicy.parse({})),
    charges: ChargePolicy.default(ChargePolicy.parse({})),
    escrow: EscrowPolicy.default(EscrowPolicy.parse({})),
    contracts: ContractPolicy.default(ContractPolicy.parse({})),
    credit: CreditPolicy.default(CreditPolicy.parse({})),
    inspection: InspectionPolicy.default(InspectionPolicy.parse({})),
    calendar: CalendarPolicy.default(CalendarPolicy.parse({})),
  })
  .strict();

export type PolicyValues = z.infer<typeof PolicyValues>;

export const DEFAULT_POLICY: PolicyValues = PolicyValues.parse({});
