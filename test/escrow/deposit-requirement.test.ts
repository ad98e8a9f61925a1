import { assessProtection, prepaidCardRule, type ProtectionFigures } from '../../src/modules/escrow/protection/requirement';
import { allocateWindDown, prorate } from '../../src/modules/escrow/wind-down/allocation';
import { DEFAULT_POLICY } from '../../src/modules/policies/values';

/*
 * The protection rules of SPEC §3.2/§3.5 as pure functions, at their boundaries and with the
 * policy defaults: none up to 200 000; 40 % of the whole balance above it; 100 % above the special
 * threshold (20 % of last year's revenue, at least 200 000, at most 50 000 000) or when the
 * institution is under one year old.
 */

const escrow = DEFAULT_POLICY.escrow;
const rule = (balance: string, revenue: string | null, young = false) => prepaidCardRule(balance, revenue, young, escrow);

describe('the Shanghai prepaid-card rule (实施办法 2019)', () => {
  it('asks nothing up to 200 000.00 and 40 % of the whole balance just above it', () => {
    expect(rule('200000.00', '5000000.00')).toEqual({ tier: 'none', amount: '0.00', specialThreshold: '1000000.00' });
    expect(rule('200000.01', '5000000.00')).toEqual({ tier: 'general', amount: '80000.00', specialThreshold: '1000000.00' });
    expect(rule('250000.00', '5000000.00')).toMatchObject({ tier: 'general', amount: '100000.00' });
    expect(rule('1000000.00', '5000000.00')).toMatchObject({ tier: 'general', amount: '400000.00' });
  });

  it('asks 100 % above 20 % of last year’s revenue', () => {
    expect(rule('1000000.01', '5000000.00')).toEqual({ tier: 'special', amount: '1000000.01', specialThreshold: '1000000.00' });
    // 20 % of 900 000 is below the general threshold, so the special threshold is the general one.
    expect(rule('200000.01', '900000.00')).toEqual({ tier: 'special', amount: '200000.01', specialThreshold: '200000.00' });
  });

  it('caps the special threshold at 50 000 000', () => {
    expect(rule('50000000.00', '1000000000.00')).toEqual({ tier: 'general', amount: '20000000.00', specialThreshold: '50000000.00' });
    expect(rule('50000000.01', '1000000000.00')).toMatchObject({ tier: 'special', amount: '50000000.01' });
  });

  it('asks 100 % of an institution under one year old, above the general threshold only', () => {
    expect(rule('200000.00', '5000000.00', true)).toMatchObject({ tier: 'none', amount: '0.00' });
    expect(rule('200000.01', '5000000.00', true)).toMatchObject({ tier: 'young', amount: '200000.01' });
  });

  it('gives no 40 % tier without a revenue filing', () => {
    expect(rule('200000.01', null)).toEqual({ tier: 'special', amount: '200000.01', specialThreshold: '200000.00' });
    expect(rule('200000.00', null)).toMatchObject({ tier: 'none' });
  });
});

const figures = (overrides: Partial<ProtectionFigures>): ProtectionFigures => ({
  institutionId: 'x',
  status: 'active',
  districtCode: '310115',
  supervisionMode: 'deposit',
  foundedOn: '2018-03-01',
  custody: '0.00',
  deposit: '0.00',
  earned: '0.00',
  exposure: '0.00',
  unsupervised: '0.00',
  feesInPeriod: '0.00',
  insurance: '0.00',
  guarantees: '0.00',
  revenue: null,
  ...overrides,
});

describe('assessProtection', () => {
  it('custody mode: coverage against exposure × requiredCoverageRatio', () => {
    const a = assessProtection(figures({ supervisionMode: 'custody', custody: '7000.00', deposit: '200.00', earned: '1300.00', exposure: '5700.00', insurance: '1000.00', guarantees: '500.00' }), escrow, '2026-09-01');
    expect(a).toMatchObject({ coverage: '8700.00', coverageRatio: '1.5263', requiredProtection: '5700.00', compliant: true, counted: '8700.00', minimumDeposit: '0.00' });
    const strict = assessProtection(figures({ supervisionMode: 'custody', custody: '7000.00', deposit: '200.00', exposure: '5700.00', insurance: '1000.00', guarantees: '500.00' }), { ...escrow, requiredCoverageRatio: '1.60' }, '2026-09-01');
    expect(strict).toMatchObject({ requiredProtection: '9120.00', compliant: false, minimumDeposit: '620.00' });
  });

  it('deposit mode: the larger of one charging period of fees and the card rule, offset by insurance and guarantees', () => {
    const fees = assessProtection(figures({ deposit: '3000.00', exposure: '6500.00', unsupervised: '6500.00', feesInPeriod: '7000.00', insurance: '2000.00', guarantees: '1000.00' }), escrow, '2026-09-01');
    expect(fees).toMatchObject({ requiredProtection: '7000.00', compliant: false, counted: '6000.00', minimumDeposit: '4000.00' });
    expect(fees.deposit).toMatchObject({ binding: 'charging_period', required: '7000.00', prepaidCardRule: { tier: 'none', amount: '0.00' } });
    const card = assessProtection(figures({ deposit: '0.00', exposure: '200000.01', unsupervised: '200000.01', insurance: '50000.00', guarantees: '30000.00', revenue: '5000000.00' }), escrow, '2026-09-01');
    expect(card).toMatchObject({ requiredProtection: '80000.00', compliant: true, minimumDeposit: '0.00' });
    expect(card.deposit).toMatchObject({ binding: 'prepaid_card_rule', prepaidCardRule: { tier: 'general', revenueYear: 2025, young: false } });
    const young = assessProtection(figures({ foundedOn: '2025-09-02', exposure: '200000.01', unsupervised: '200000.01', revenue: '5000000.00' }), escrow, '2026-09-01');
    expect(young.deposit.prepaidCardRule).toMatchObject({ young: true, ageDays: 364, tier: 'young', amount: '200000.01' });
    const yearOld = assessProtection(figures({ foundedOn: '2025-09-01', exposure: '200000.01', unsupervised: '200000.01', revenue: '5000000.00' }), escrow, '2026-09-01');
    expect(yearOld.deposit.prepaidCardRule).toMatchObject({ young: false, ageDays: 365, tier: 'general' });
  });

  it('has no ratio when nothing is owed', () => {
    expect(assessProtection(figures({ deposit: '100.00' }), escrow, '2026-09-01')).toMatchObject({ coverageRatio: null, requiredProtection: '0.00', compliant: true });
  });
});

describe('wind-down allocation', () => {
  it('shares a short source pro rata by largest remainders, never paying more than owed', () => {
    const byPaid = (a: number, b: number) => a - b;
    expect(prorate(200n, [300n, 300n, 300n], byPaid)).toEqual([67n, 67n, 66n]);
    expect(prorate(1000n, [300n, 300n], byPaid)).toEqual([300n, 300n]);
    expect(prorate(0n, [300n], byPaid)).toEqual([0n]);
  });

  it('pays custody-mode holders from custody only, the others from deposit then insurance', () => {
    const at = (d: string) => new Date(`${d}T00:00:00Z`);
    const out = allocateWindDown(
      [
        { id: 'a', mode: 'custody', paidAt: at('2026-08-01'), refundable: '100.00' },
        { id: 'b', mode: 'deposit', paidAt: at('2026-08-02'), refundable: '100.00' },
        { id: 'c', mode: 'deposit', paidAt: at('2026-08-03'), refundable: '100.00' },
      ],
      { custody: '500.00', deposit: '0.01', insurance: '100.00' },
    );
    expect(out).toEqual([
      { id: 'a', fromCustody: '100.00', fromDeposit: '0.00', fromInsurance: '0.00', shortfall: '0.00' },
      // the one fen of deposit: equal remainders, so the earlier payment; then insurance to 99.99 / 100.00 owed
      { id: 'b', fromCustody: '0.00', fromDeposit: '0.01', fromInsurance: '50.00', shortfall: '49.99' },
      { id: 'c', fromCustody: '0.00', fromDeposit: '0.00', fromInsurance: '50.00', shortfall: '50.00' },
    ]);
  });
});
