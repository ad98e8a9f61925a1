import { sql, type RawBuilder } from 'kysely';
import type { Db, Tx } from '../../../db/transaction';
import type { IsoDate } from '../../../lib/dates';
import type { ProtectionFigures } from './requirement';

const DAY_MS = 86_400_000;

export interface FiguresOptions {
  /** One institution, or every institution when absent (the warning scan). */
  institutionId?: string;
  asOf: Date;
  today: IsoDate;
  chargingPeriodDays: number;
}

interface Row {
  institution_id: string;
  status: string;
  district_code: string;
  supervision_mode: 'custody' | 'deposit';
  founded_on: string;
  custody: string;
  deposit: string;
  earned: string;
  exposure: string;
  unsupervised: string;
  fees: string;
  insurance: string;
  guarantees: string;
  revenue: string | null;
}

/**
 * The figures behind requirement.ts for one institution or all, in one set-based statement:
 * balances from the ledger's accounts (the source of truth; holder accounts split by the mode each
 * holder was taken under), fees of the charging period, active insurance and guarantees (status
 * active and `today` within the period, Asia/Shanghai days), and last year's latest revenue filing.
 */
export async function protectionFigures(db: Db | Tx, options: FiguresOptions): Promise<ProtectionFigures[]> {
  const only = (column: string): RawBuilder<unknown> =>
    options.institutionId ? sql`and ${sql.ref(column)} = ${options.institutionId}::uuid` : sql``;
  const since = new Date(options.asOf.getTime() - options.chargingPeriodDays * DAY_MS);
  const lastYear = Number(options.today.slice(0, 4)) - 1;
  const money = (expression: RawBuilder<unknown>) => sql`coalesce(${expression}, 0)::numeric(18, 2)::text`;
  const { rows } = await sql<Row>`
    with accounts as (
      select a.institution_id,
             sum(a.debits_posted - a.credits_posted) filter (where a.kind = 'custody') as custody,
             sum(a.debits_posted - a.credits_posted) filter (where a.kind = 'deposit') as deposit,
             sum(a.credits_posted - a.debits_posted) filter (where a.kind = 'earned_unreleased') as earned
        from ledger_account a
       where a.kind in ('custody', 'deposit', 'earned_unreleased') ${only('a.institution_id')}
       group by a.institution_id
    ), held as (
      select a.institution_id,
             sum(a.credits_posted - a.debits_posted) as exposure,
             sum(a.credits_posted - a.debits_posted) filter (where coalesce(e.supervision_mode, c.supervision_mode) = 'deposit') as unsupervised
        from ledger_account a
        left join enrollment e on e.prepaid_account_id = a.id
        left join prepaid_card c on c.account_id = a.id
       where a.kind in ('enrollment_prepaid', 'card_prepaid') and a.credits_posted <> a.debits_posted ${only('a.institution_id')}
       group by a.institution_id
    ), fees as (
      select f.institution_id, sum(f.amount) as fees from (
        select institution_id, amount_paid as amount from enrollment
         where supervision_mode = 'deposit' and status <> 'cancelled' and paid_at > ${since} and paid_at <= ${options.asOf} ${only('institution_id')}
        union all
        select institution_id, face_value from prepaid_card
         where supervision_mode = 'deposit' and status <> 'cancelled' and issued_at > ${since} and issued_at <= ${options.asOf} ${only('institution_id')}
      ) f group by f.institution_id
    ), insured as (
      select institution_id, sum(insured_amount) as amount from insurance_policy
       where status = 'active' and period_start <= ${options.today}::date and period_end >= ${options.today}::date ${only('institution_id')}
       group by institution_id
    ), guaranteed as (
      select institution_id, sum(amount) as amount from bank_guarantee
       where status = 'active' and period_start <= ${options.today}::date and period_end >= ${options.today}::date ${only('institution_id')}
       group by institution_id
    ), revenue as (
      select distinct on (institution_id) institution_id, revenue from annual_revenue_filing
       where year = ${lastYear}::integer ${only('institution_id')}
       order by institution_id, id desc
    )
    select i.id as institution_id, i.status, i.district_code, i.supervision_mode, i.founded_on,
           ${money(sql`ac.custody`)} as custody, ${money(sql`ac.deposit`)} as deposit, ${money(sql`ac.earned`)} as earned,
           ${money(sql`h.exposure`)} as exposure, ${money(sql`h.unsupervised`)} as unsupervised, ${money(sql`f.fees`)} as fees,
           ${money(sql`ins.amount`)} as insurance, ${money(sql`g.amount`)} as guarantees, r.revenue::text as revenue
      from institution i
      left join accounts ac on ac.institution_id = i.id
      left join held h on h.institution_id = i.id
      left join fees f on f.institution_id = i.id
      left join insured ins on ins.institution_id = i.id
      left join guaranteed g on g.institution_id = i.id
      left join revenue r on r.institution_id = i.id
     where true ${only('i.id')}
     order by i.id`.execute(db);
  return rows.map((r) => ({
    institutionId: r.institution_id,
    status: r.status,
    districtCode: r.district_code,
    supervisionMode: r.supervision_mode,
    foundedOn: r.founded_on,
    custody: r.custody,
    deposit: r.deposit,
    earned: r.earned,
    exposure: r.exposure,
    unsupervised: r.unsupervised,
    feesInPeriod: r.fees,
    insurance: r.insurance,
    guarantees: r.guarantees,
    revenue: r.revenue,
  }));
}
