import { sql } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import type { Caller } from '../../../http/api';
import { AppError } from '../../../http/errors';
import { decodeCursor, toPage } from '../../../http/pagination';
import { dateInZone, type IsoDate } from '../../../lib/dates';
import { recordAudit } from '../../audit/service';
import { assertCanFileFor, assertRegulatorFor } from '../../institutions/policy';
import { loadVisibleInstitution } from '../../institutions/service';
import { iso } from '../mapper';
import type { CoverStatus } from '../supervision-tables';
import type { CoverListQuery, CoverStatusInput, Guarantee, GuaranteeInput, InsurancePolicy, InsurancePolicyInput } from './schema';

/*
 * Performance-guarantee insurance (履约保证保险) and bank guarantees (保函), SPEC §3.5. The
 * institution files its own (or a regulator files for it); regulators in scope see them and record
 * that one expired, was cancelled or was claimed. An institution sees only its own (404 otherwise).
 * A policy or guarantee counts towards coverage while it is active: status active and today
 * (Asia/Shanghai) within its period. The two share one shape, so one service serves both.
 */

export type CoverKind = 'insurance' | 'guarantee';

const SPEC = {
  insurance: { table: 'insurance_policy', issuer: 'insurer', number: 'policy_number', amount: 'insured_amount', notFound: 'INSURANCE_POLICY_NOT_FOUND' },
  guarantee: { table: 'bank_guarantee', issuer: 'bank', number: 'guarantee_number', amount: 'amount', notFound: 'GUARANTEE_NOT_FOUND' },
} as const;

interface CoverRow {
  id: string;
  institution_id: string;
  issuer: string;
  number: string;
  amount: string;
  period_start: string;
  period_end: string;
  status: CoverStatus;
  status_reason: string | null;
  filed_by: string;
  created_at: Date;
  updated_at: Date;
}

type InsuranceView = z.infer<typeof InsurancePolicy>;
type GuaranteeView = z.infer<typeof Guarantee>;

function columns(kind: CoverKind) {
  const s = SPEC[kind];
  return sql`id, institution_id, ${sql.ref(s.issuer)} as issuer, ${sql.ref(s.number)} as number, ${sql.ref(s.amount)}::text as amount,
             period_start, period_end, status, status_reason, filed_by, created_at, updated_at`;
}

function isActive(row: CoverRow, today: IsoDate): boolean {
  return row.status === 'active' && row.period_start <= today && today <= row.period_end;
}

function present(kind: CoverKind, row: CoverRow, today: IsoDate): InsuranceView | GuaranteeView {
  const common = {
    id: row.id,
    institutionId: row.institution_id,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    status: row.status,
    statusReason: row.status_reason,
    active: isActive(row, today),
    filedBy: row.filed_by,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
  return kind === 'insurance'
    ? { ...common, insurer: row.issuer, policyNumber: row.number, insuredAmount: row.amount }
    : { ...common, bank: row.issuer, guaranteeNumber: row.number, amount: row.amount };
}

function isNumberTaken(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string } | undefined;
  return e?.code === '23505' && (e.constraint?.endsWith('_number_unique') ?? true);
}

type CoverInput = z.infer<typeof InsurancePolicyInput> | z.infer<typeof GuaranteeInput>;

export async function fileCover(ctx: AppContext, caller: Caller, kind: CoverKind, institutionId: string, input: CoverInput) {
  const institution = await loadVisibleInstitution(ctx, caller, institutionId);
  assertCanFileFor(caller.actor, institution);
  const now = ctx.clock.now();
  const today = dateInZone(now, ctx.config.timeZone);
  const s = SPEC[kind];
  const [issuer, number, amount] =
    'insurer' in input ? [input.insurer, input.policyNumber, input.insuredAmount] : [input.bank, input.guaranteeNumber, input.amount];
  try {
    return await inTransaction(ctx.db, async (trx) => {
      const { rows } = await sql<CoverRow>`
        insert into ${sql.table(s.table)} (institution_id, ${sql.ref(s.issuer)}, ${sql.ref(s.number)}, ${sql.ref(s.amount)}, period_start, period_end,
                                           status, status_changed_at, filed_by, created_at, updated_at)
        values (${institutionId}, ${issuer}, ${number}, ${amount}, ${input.periodStart}, ${input.periodEnd}, 'active', ${now}, ${caller.actor.sub}, ${now}, ${now})
        returning ${columns(kind)}`.execute(trx);
      const row = rows[0]!;
      await recordAudit(trx, caller, {
        action: `${s.table}.filed`,
        subjectType: s.table,
        subjectId: row.id,
        institutionId,
        details: { issuer, number, amount, periodStart: input.periodStart, periodEnd: input.periodEnd },
        at: now,
      });
      return present(kind, row, today);
    });
  } catch (error) {
    if (isNumberTaken(error)) throw new AppError('COVER_NUMBER_TAKEN', { issuer, number });
    throw error;
  }
}

export async function listCover(ctx: AppContext, caller: Caller, kind: CoverKind, institutionId: string, query: z.infer<typeof CoverListQuery>) {
  await loadVisibleInstitution(ctx, caller, institutionId);
  const today = dateInZone(ctx.clock.now(), ctx.config.timeZone);
  const after = decodeCursor(query.cursor);
  const { rows } = await sql<CoverRow>`
    select ${columns(kind)} from ${sql.table(SPEC[kind].table)}
     where institution_id = ${institutionId}
       ${after ? sql`and (created_at, id) > (${after.createdAt}, ${after.id}::uuid)` : sql``}
     order by created_at, id limit ${query.limit + 1}`.execute(ctx.db);
  return toPage(rows, query.limit, (r) => present(kind, r, today));
}

/** A regulator in scope records that an active policy or guarantee expired, was cancelled or was claimed. */
export async function changeCoverStatus(
  ctx: AppContext,
  caller: Caller,
  kind: CoverKind,
  institutionId: string,
  coverId: string,
  input: z.infer<typeof CoverStatusInput>,
) {
  const institution = await loadVisibleInstitution(ctx, caller, institutionId);
  assertRegulatorFor(caller.actor, institution.district_code);
  const now = ctx.clock.now();
  const today = dateInZone(now, ctx.config.timeZone);
  const s = SPEC[kind];
  return inTransaction(ctx.db, async (trx) => {
    const { rows } = await sql<CoverRow>`
      select ${columns(kind)} from ${sql.table(s.table)} where id = ${coverId} and institution_id = ${institutionId} for update`.execute(trx);
    const row = rows[0];
    if (!row) throw new AppError(s.notFound, { id: coverId });
    if (row.status !== 'active') throw new AppError('COVER_STATUS_FINAL', { from: row.status, to: input.status });
    const updated = await sql<CoverRow>`
      update ${sql.table(s.table)} set status = ${input.status}, status_reason = ${input.reason}, status_changed_at = ${now}, updated_at = ${now}
       where id = ${coverId} returning ${columns(kind)}`.execute(trx);
    await recordAudit(trx, caller, {
      action: `${s.table}.status_changed`,
      subjectType: s.table,
      subjectId: coverId,
      institutionId,
      details: { from: row.status, to: input.status, reason: input.reason },
      at: now,
    });
    return present(kind, updated.rows[0]!, today);
  });
}
