import { Decimal } from 'decimal.js';
import { sql } from 'kysely';
import { SYSTEM } from '../../auth/actor';
import type { AppContext } from '../../context';
import type { Caller } from '../../http/api';
import { addDays, dateInZone } from '../../lib/dates';
import { transitionInstitution } from '../institutions/service';
import { fileCover } from './protection/cover-service';
import { moveDeposit } from './protection/deposit-service';
import { fileAnnualRevenue } from './protection/revenue-service';
import { assessInstitution } from './protection/summary-service';
import { importStatement } from './reconciliation/service';
import { scanEscrowWarnings } from './warnings/scan';
import { approveWindDown } from './wind-down/service';

/*
 * Demo data around the ledger (SPEC §9), made through the services after seedEscrowDemo: revenue
 * filings, insurance policies and risk-deposit top-ups for the deposit-mode institutions (all but
 * the last one covered, so one coverage warning shows), a bank guarantee and a policy about to
 * expire, one clean reconciliation, and the wind-down of the institutions that are closing: they
 * took their students' prepayments while active and move to closing now, which builds their refund
 * plans; a second regulator approves them. Then one warning scan, so /alerts is not empty.
 */

const system: Caller = { actor: SYSTEM, requestId: 'demo-seed', lang: 'zh' };
const key = (what: string) => `demo-supervision-${what}`;

export interface SupervisionDemoSummary {
  policies: number;
  guarantees: number;
  topups: number;
  windDownPlans: number;
}

export async function seedEscrowSupervisionDemo(ctx: AppContext, options: { closing: readonly string[] }): Promise<SupervisionDemoSummary> {
  const policy = await ctx.policies.current();
  const now = ctx.clock.now();
  const today = dateInZone(now, ctx.config.timeZone);
  const year = Number(today.slice(0, 4));
  const summary: SupervisionDemoSummary = { policies: 0, guarantees: 0, topups: 0, windDownPlans: 0 };
  const institutions = await ctx.db
    .selectFrom('institution')
    .select(['id', 'supervision_mode', 'district_code'])
    .where('status', 'in', ['active', 'rectifying'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();

  const deposit: Array<{ id: string; required: Decimal }> = [];
  for (const [n, inst] of institutions.filter((i) => i.supervision_mode === 'deposit').entries()) {
    await fileAnnualRevenue(ctx, system, inst.id, { year: year - 1, revenue: (1_200_000 + n * 350_000).toFixed(2), note: '上年度审计报告主营业务收入' });
    const required = new Decimal((await assessInstitution(ctx.db, inst.id, policy, now, ctx.config.timeZone)).requiredProtection);
    if (required.gt(0)) deposit.push({ id: inst.id, required });
  }
  for (const [n, { id, required }] of deposit.entries()) {
    const insured = required.times(0.4).toDecimalPlaces(0, Decimal.ROUND_UP);
    await fileCover(ctx, system, 'insurance', id, {
      insurer: ['中国人民财产保险股份有限公司上海市分公司', '中国平安财产保险股份有限公司上海分公司'][n % 2]!,
      policyNumber: `LYBZ${year}${String(31000 + n).padStart(6, '0')}`,
      insuredAmount: insured.toFixed(2),
      periodStart: addDays(today, -120),
      periodEnd: addDays(today, 245),
    });
    summary.policies++;
    // The last one tops up only half of what it still needs: the coverage warning has a case.
    const short = n === deposit.length - 1;
    const topup = required.minus(insured).times(short ? 0.5 : 1.05).toDecimalPlaces(2, Decimal.ROUND_UP);
    if (topup.gt(0)) {
      await moveDeposit(ctx, system, id, 'deposit_topup', { amount: topup.toFixed(2), bankReference: `DEMO-DEP-${n + 1}`, memo: '缴存风险保证金' }, key(`topup-${n}`));
      summary.topups++;
    }
  }

  const custody = institutions.filter((i) => i.supervision_mode === 'custody');
  if (custody[0]) {
    await fileCover(ctx, system, 'guarantee', custody[0].id, {
      bank: '中国工商银行股份有限公司上海市分行',
      guaranteeNumber: `BH${year}-0001`,
      amount: '50000.00',
      periodStart: addDays(today, -30),
      periodEnd: addDays(today, 335),
    });
    summary.guarantees++;
    await reconcileCleanly(ctx, custody[0].id, today);
  }
  if (custody[1]) {
    await fileCover(ctx, system, 'insurance', custody[1].id, {
      insurer: '中国太平洋财产保险股份有限公司上海分公司',
      policyNumber: `LYBZ${year}${String(39001).padStart(6, '0')}`,
      insuredAmount: '30000.00',
      periodStart: addDays(today, -345),
      periodEnd: addDays(today, 20),
    });
    summary.policies++;
  }

  for (const id of options.closing) {
    await transitionInstitution(ctx, system, id, { to: 'closing', reason: '举办者申请停业，进入退出程序' });
    const inst = await ctx.db.selectFrom('institution').select('district_code').where('id', '=', id).executeTakeFirstOrThrow();
    const regulator: Caller = { actor: { role: 'regulator', sub: `demo-regulator-${inst.district_code}`, district: inst.district_code }, requestId: 'demo-seed', lang: 'zh' };
    await approveWindDown(ctx, regulator, id, { note: '经复核，清退方案资金来源与退费金额无误，同意执行' });
    summary.windDownPlans++;
  }
  await scanEscrowWarnings(ctx, { asOf: now });
  return summary;
}

/** A statement that is exactly the custody account's movements of the last 30 days: a clean run. */
async function reconcileCleanly(ctx: AppContext, institutionId: string, today: string): Promise<void> {
  const from = addDays(today, -30);
  const { rows } = await sql<{ booked_on: string; net: string; entry_id: number }>`
    select timezone(${ctx.config.timeZone}, e.occurred_at)::date::text as booked_on, e.id as entry_id,
           sum(case when a.kind = 'custody' and t.debit_account_id = a.id then t.amount else -t.amount end)::text as net
      from ledger_entry e
      join ledger_transfer t on t.entry_id = e.id
      join ledger_account a on a.id in (t.debit_account_id, t.credit_account_id) and a.kind = 'custody'
     where e.institution_id = ${institutionId} and timezone(${ctx.config.timeZone}, e.occurred_at)::date between ${from}::date and ${today}::date
     group by e.id, e.occurred_at
     order by e.id`.execute(ctx.db);
  const lines = rows
    .filter((r) => !new Decimal(r.net).isZero())
    .map((r, i) => [r.booked_on, new Decimal(r.net).abs().toFixed(2), new Decimal(r.net).gt(0) ? '收' : '付', new Decimal(r.net).gt(0) ? '学员家长' : '本机构', `DEMO-BANK-${String(i + 1).padStart(5, '0')}`].join(','));
  if (lines.length === 0) return;
  await importStatement(ctx, system, institutionId, {
    csv: ['交易日期,金额,收付,对方户名,银行流水号', ...lines].join('\n'),
    periodStart: from,
    periodEnd: today,
    statementName: '托管银行月度对账单（演示）',
  });
}
