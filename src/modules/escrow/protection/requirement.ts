import { Decimal } from 'decimal.js';
import { daysBetween, type IsoDate } from '../../../lib/dates';
import { toMoney } from '../../../lib/money';
import type { EscrowPolicy } from '../../policies/values';
import type { SupervisionMode } from '../tables';
import type { z } from 'zod';

/*
 * What protects the families' prepaid money, and what is required (SPEC §3.2, §3.5). Pure: the
 * figures come from figures.ts (one set-based query for one institution or all of them), so the
 * escrow summary, the deposit-withdrawal check and the hourly warning scan apply one rule.
 *
 * coverage = custody + deposit + active insurance + active guarantees (SPEC §3.5);
 * exposure = Σ unconsumed prepaid liabilities (enrollments and cards, the ledger's holder accounts);
 * coverageRatio = coverage ÷ exposure, 4 decimals (half up); null when exposure is 0: nothing is
 *   owed, so there is nothing to cover and compliance rests on the requirement alone.
 *
 * requiredProtection and compliant:
 * - custody mode: exposure × requiredCoverageRatio; compliant when coverage ≥ it.
 * - deposit mode: the required risk deposit, the larger of
 *   (a) one charging period of fees: the prepayments received (enrollments and card loads, not
 *       cancelled) in the depositChargingPeriodDays (92) before asOf, of the money that went to the
 *       institution rather than into custody. MOE reply on 风险保证金: "不低于一个收费周期（3个月）
 *       向全部学员收取的费用"; 教监管函〔2021〕2号.
 *   (b) the Shanghai prepaid-card rule (《上海市单用途预付消费卡管理规定实施办法》, 2019) on the
 *       outstanding prepaid balance held outside custody, B:
 *         B ≤ 200 000                         → 0
 *         B > special threshold, or the institution is under one year old → 100 % of B
 *         otherwise                           → 40 % of the whole B (half up to the fen)
 *       special threshold = 20 % of last year's main-business revenue, at least the general
 *       threshold and at most 50 000 000 ("以上年度主营业务收入的20%…最高不超过5000万元").
 *       Last year's revenue is the institution's filing for the previous calendar year (the latest
 *       filing counts). Without one, the special threshold falls to the general threshold: an
 *       institution that has not shown its revenue gets no benefit of the 40 % tier.
 *   Insurance and guarantees offset it (实施办法: 履约保证保险或保函可以抵减; REGULATION-NOTES §6:
 *   "deposit + insured amount ≥ required"), so compliant when deposit + insurance + guarantees ≥ it.
 * A withdrawal may leave no less than minimumDeposit = requiredProtection minus what else counts
 * towards it (custody mode: custody, insurance, guarantees; deposit mode: insurance, guarantees).
 */

export interface ProtectionFigures {
  institutionId: string;
  status: string;
  districtCode: string;
  supervisionMode: SupervisionMode;
  foundedOn: IsoDate;
  custody: string;
  deposit: string;
  earned: string;
  exposure: string;
  /** Outstanding balance of deposit-mode holders: prepaid money held by the institution itself. */
  unsupervised: string;
  /** Deposit-mode prepayments received in the charging period. */
  feesInPeriod: string;
  insurance: string;
  guarantees: string;
  /** Filed revenue of `revenueYear`, or null. */
  revenue: string | null;
}

export type RuleTier = 'none' | 'general' | 'special' | 'young';

export interface DepositRequirement {
  chargingPeriod: { days: number; feesCollected: string };
  prepaidCardRule: {
    balance: string;
    generalThreshold: string;
    generalRatio: string;
    specialThreshold: string;
    revenueYear: number;
    revenue: string | null;
    young: boolean;
    ageDays: number;
    tier: RuleTier;
    amount: string;
  };
  required: string;
  binding: 'charging_period' | 'prepaid_card_rule';
}

export interface Assessment {
  supervisionMode: SupervisionMode;
  custodyBalance: string;
  depositBalance: string;
  earnedUnreleased: string;
  exposure: string;
  insuranceCoverage: string;
  guarantees: string;
  coverage: string;
  coverageRatio: string | null;
  requiredProtection: string;
  compliant: boolean;
  /** What counts towards requiredProtection (custody mode: coverage; deposit mode: deposit + insurance + guarantees). */
  counted: string;
  /** The least deposit balance a withdrawal may leave. */
  minimumDeposit: string;
  deposit: DepositRequirement;
}

type Escrow = z.infer<typeof EscrowPolicy>;

const ZERO = new Decimal(0);

/** The prepaid-card rule (b) alone, on balance B; exported for its boundary tests. */
export function prepaidCardRule(
  balance: Decimal.Value,
  revenue: Decimal.Value | null,
  young: boolean,
  escrow: Pick<Escrow, 'depositGeneralThreshold' | 'depositGeneralRatio' | 'depositSpecialRevenueRatio' | 'depositSpecialCap'>,
): { tier: RuleTier; amount: string; specialThreshold: string } {
  const b = new Decimal(balance);
  const general = new Decimal(escrow.depositGeneralThreshold);
  const special = revenue === null
    ? general
    : Decimal.min(Decimal.max(new Decimal(revenue).times(escrow.depositSpecialRevenueRatio), general), escrow.depositSpecialCap);
  const specialThreshold = toMoney(special);
  if (b.lte(general)) return { tier: 'none', amount: '0.00', specialThreshold };
  if (young) return { tier: 'young', amount: toMoney(b), specialThreshold };
  if (b.gt(special)) return { tier: 'special', amount: toMoney(b), specialThreshold };
  return { tier: 'general', amount: toMoney(b.times(escrow.depositGeneralRatio)), specialThreshold };
}

function money(d: Decimal): string {
  return toMoney(d);
}

export function assessProtection(f: ProtectionFigures, escrow: Escrow, today: IsoDate): Assessment {
  const custody = new Decimal(f.custody);
  const deposit = new Decimal(f.deposit);
  const exposure = new Decimal(f.exposure);
  const insurance = new Decimal(f.insurance);
  const guarantees = new Decimal(f.guarantees);
  const coverage = custody.plus(deposit).plus(insurance).plus(guarantees);

  const ageDays = daysBetween(f.foundedOn, today);
  const young = ageDays < escrow.depositYoungInstitutionDays;
  const revenueYear = Number(today.slice(0, 4)) - 1;
  const rule = prepaidCardRule(f.unsupervised, f.revenue, young, escrow);
  const fees = new Decimal(f.feesInPeriod);
  const ruleAmount = new Decimal(rule.amount);
  const requiredDeposit = Decimal.max(fees, ruleAmount);
  const depositRequirement: DepositRequirement = {
    chargingPeriod: { days: escrow.depositChargingPeriodDays, feesCollected: money(fees) },
    prepaidCardRule: {
      balance: money(new Decimal(f.unsupervised)),
      generalThreshold: money(new Decimal(escrow.depositGeneralThreshold)),
      generalRatio: escrow.depositGeneralRatio,
      specialThreshold: rule.specialThreshold,
      revenueYear,
      revenue: f.revenue === null ? null : money(new Decimal(f.revenue)),
      young,
      ageDays,
      tier: rule.tier,
      amount: rule.amount,
    },
    required: money(requiredDeposit),
    binding: ruleAmount.gt(fees) ? 'prepaid_card_rule' : 'charging_period',
  };

  let required: Decimal;
  let counted: Decimal;
  let others: Decimal;
  if (f.supervisionMode === 'custody') {
    required = exposure.times(escrow.requiredCoverageRatio).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    counted = coverage;
    others = custody.plus(insurance).plus(guarantees);
  } else {
    required = requiredDeposit;
    counted = deposit.plus(insurance).plus(guarantees);
    others = insurance.plus(guarantees);
  }
  return {
    supervisionMode: f.supervisionMode,
    custodyBalance: money(custody),
    depositBalance: money(deposit),
    earnedUnreleased: money(new Decimal(f.earned)),
    exposure: money(exposure),
    insuranceCoverage: money(insurance),
    guarantees: money(guarantees),
    coverage: money(coverage),
    coverageRatio: exposure.isZero() ? null : coverage.dividedBy(exposure).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4),
    requiredProtection: money(required),
    compliant: counted.gte(required),
    counted: money(counted),
    minimumDeposit: money(Decimal.max(ZERO, required.minus(others))),
    deposit: depositRequirement,
  };
}
