import { Decimal } from 'decimal.js';
import { stringify } from 'csv-stringify/sync';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../../context';
import { inTransaction, type Tx } from '../../../db/transaction';
import type { Caller } from '../../../http/api';
import { AppError } from '../../../http/errors';
import { decodeCursor, toPage } from '../../../http/pagination';
import { addDays } from '../../../lib/dates';
import { raiseAlert, resolveAlertByKey } from '../../alerts/service';
import { recordAudit } from '../../audit/service';
import { assertCanFileFor } from '../../institutions/policy';
import { loadVisibleInstitution } from '../../institutions/service';
import { iso } from '../mapper';
import type { Selectable } from 'kysely';
import type { ReconciliationItemTable } from '../supervision-tables';
import { difference, matchStatement, type LedgerMovement, type MatchedItem } from './matching';
import type { ReconciliationListQuery, ReconciliationReport, ReconciliationRun, StatementInput } from './schema';
import { parseStatement } from './statement';

/*
 * Reconciliation of a custodian bank's statement with the custody account (SPEC §3.6): parse
 * (statement.ts), match (matching.ts), keep the run and every line, and raise a
 * reconciliation_mismatch alert when anything is left unmatched or differs; the institution's next
 * clean run resolves it. The institution itself or a regulator in scope imports; both read.
 * Statements arrive over this API (not by file drop), so there is no reconcile-all job.
 */

interface RunLike {
  id: string;
  institution_id: string;
  period_start: string;
  period_end: string;
  statement_name: string | null;
  statement_lines: number;
  matched_by_reference: number;
  matched_by_amount_date: number;
  unmatched_statement: number;
  unmatched_ledger: number;
  statement_net: string;
  ledger_net: string;
  net_difference: string;
  closing_balance: string | null;
  ledger_closing_balance: string;
  closing_difference: string | null;
  clean: boolean;
  actor_sub: string;
  created_at: Date;
}

type ItemRow = Selectable<ReconciliationItemTable>;

function presentRun(r: RunLike): z.infer<typeof ReconciliationRun> {
  return {
    id: r.id,
    institutionId: r.institution_id,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    statementName: r.statement_name,
    statementLines: r.statement_lines,
    matchedByReference: r.matched_by_reference,
    matchedByAmountDate: r.matched_by_amount_date,
    unmatchedStatementCount: r.unmatched_statement,
    unmatchedLedgerCount: r.unmatched_ledger,
    statementNet: r.statement_net,
    ledgerNet: r.ledger_net,
    difference: difference(new Decimal(r.net_difference)),
    closingBalance: r.closing_balance,
    ledgerClosingBalance: r.ledger_closing_balance,
    closingDifference: r.closing_difference === null ? null : difference(new Decimal(r.closing_difference)),
    clean: r.clean,
    actor: r.actor_sub,
    createdAt: iso(r.created_at),
  };
}

function presentItem(i: ItemRow) {
  return {
    seq: i.seq,
    match: i.match,
    lineNo: i.line_no,
    bookedOn: i.booked_on,
    direction: i.direction,
    amount: i.amount,
    counterparty: i.counterparty,
    bankReference: i.bank_reference,
    entryId: i.entry_id,
    entryKind: i.entry_kind,
    entryOn: i.entry_on,
    note: i.note,
  };
}

function presentReport(run: RunLike, items: ItemRow[]): z.infer<typeof ReconciliationReport> {
  const views = items.map(presentItem);
  return {
    ...presentRun(run),
    matched: views.filter((i) => i.match === 'reference' || i.match === 'amount_date'),
    unmatchedStatement: views.filter((i) => i.match === 'statement_only'),
    unmatchedLedger: views.filter((i) => i.match === 'ledger_only'),
  };
}

/** The custody account's movements, one per entry, booked (Asia/Shanghai days) from..to. */
async function custodyMovements(trx: Tx, institutionId: string, custodyId: number, from: string, to: string, timeZone: string): Promise<LedgerMovement[]> {
  const { rows } = await sql<{ entry_id: number; kind: string; booked_on: string; net: string; reference: string | null }>`
    select e.id as entry_id, e.kind, timezone(${timeZone}, e.occurred_at)::date as booked_on, br.reference,
           sum(case when t.debit_account_id = ${custodyId} then t.amount else -t.amount end)::text as net
      from ledger_entry e
      join ledger_transfer t on t.entry_id = e.id and (t.debit_account_id = ${custodyId} or t.credit_account_id = ${custodyId})
      left join ledger_bank_reference br on br.entry_id = e.id
     where e.institution_id = ${institutionId}
       and timezone(${timeZone}, e.occurred_at)::date between ${from}::date and ${to}::date
       and e.kind <> 'reversal'
       and not exists (select 1 from ledger_entry r where r.reverses_entry_id = e.id)
     group by e.id, e.kind, e.occurred_at, br.reference
    having sum(case when t.debit_account_id = ${custodyId} then t.amount else -t.amount end) <> 0
     order by e.id`.execute(trx);
  return rows.map((r) => {
    const net = new Decimal(r.net);
    return { entryId: Number(r.entry_id), kind: r.kind, bookedOn: r.booked_on, direction: net.gt(0) ? 'credit' : 'debit', amount: net.abs().toFixed(2), reference: r.reference };
  });
}

/** The ledger's custody balance at the end of `day`. */
async function custodyBalanceAt(trx: Tx, institutionId: string, custodyId: number, day: string, timeZone: string): Promise<string> {
  const { rows } = await sql<{ balance: string }>`
    select coalesce(sum(case when t.debit_account_id = ${custodyId} then t.amount else -t.amount end), 0)::numeric(18, 2)::text as balance
      from ledger_entry e
      join ledger_transfer t on t.entry_id = e.id and (t.debit_account_id = ${custodyId} or t.credit_account_id = ${custodyId})
     where e.institution_id = ${institutionId} and timezone(${timeZone}, e.occurred_at)::date <= ${day}::date`.execute(trx);
  return rows[0]!.balance;
}

function itemRow(runId: string, seq: number, i: MatchedItem): ItemRow {
  const line = i.line;
  const m = i.movement;
  return {
    run_id: runId,
    seq,
    match: i.match,
    line_no: line?.lineNo ?? null,
    booked_on: line?.bookedOn ?? m!.bookedOn,
    direction: line?.direction ?? m!.direction,
    amount: line?.amount ?? m!.amount,
    counterparty: line?.counterparty ?? null,
    bank_reference: line?.reference ?? m?.reference ?? null,
    entry_id: m?.entryId ?? null,
    entry_kind: m?.kind ?? null,
    entry_on: m?.bookedOn ?? null,
    note: i.note,
  };
}

export async function importStatement(ctx: AppContext, caller: Caller, institutionId: string, input: z.infer<typeof StatementInput>) {
  const institution = await loadVisibleInstitution(ctx, caller, institutionId);
  assertCanFileFor(caller.actor, institution);
  const lines = parseStatement(input.csv);
  const days = lines.map((l) => l.bookedOn).sort();
  const periodStart = input.periodStart ?? days[0];
  const periodEnd = input.periodEnd ?? days[days.length - 1];
  if (!periodStart || !periodEnd) throw new AppError('STATEMENT_MALFORMED', { line: 1, reason: '对账单没有交易行，也未给出对账期间', reasonEn: 'the statement has no lines and no period' });
  const outside = lines.find((l) => l.bookedOn < periodStart || l.bookedOn > periodEnd);
  if (outside) {
    throw new AppError('STATEMENT_MALFORMED', { line: outside.lineNo, reason: `日期 ${outside.bookedOn} 不在对账期间 ${periodStart}–${periodEnd} 内`, reasonEn: `the date ${outside.bookedOn} is outside the period ${periodStart}–${periodEnd}` });
  }
  const now = ctx.clock.now();
  const tz = ctx.config.timeZone;
  return inTransaction(ctx.db, async (trx) => {
    const custody = await trx.selectFrom('ledger_account').select('id').where('institution_id', '=', institutionId).where('kind', '=', 'custody').executeTakeFirst();
    const custodyId = custody ? Number(custody.id) : -1;
    const movements = custody ? await custodyMovements(trx, institutionId, custodyId, addDays(periodStart, -1), addDays(periodEnd, 1), tz) : [];
    const ledgerClosing = custody ? await custodyBalanceAt(trx, institutionId, custodyId, periodEnd, tz) : '0.00';
    const outcome = matchStatement(lines, movements, { start: periodStart, end: periodEnd });
    const closingDifference = input.closingBalance === undefined ? null : new Decimal(input.closingBalance).minus(ledgerClosing);
    const clean = outcome.unmatchedStatement === 0 && outcome.unmatchedLedger === 0 && outcome.difference === '0.00' && (closingDifference === null || closingDifference.isZero());
    const run = await trx
      .insertInto('reconciliation_run')
      .values({
        institution_id: institutionId,
        period_start: periodStart,
        period_end: periodEnd,
        statement_lines: lines.length,
        matched_by_reference: outcome.matchedByReference,
        matched_by_amount_date: outcome.matchedByAmountDate,
        unmatched_statement: outcome.unmatchedStatement,
        unmatched_ledger: outcome.unmatchedLedger,
        statement_net: outcome.statementNet,
        ledger_net: outcome.ledgerNet,
        net_difference: outcome.difference,
        closing_balance: input.closingBalance ?? null,
        ledger_closing_balance: ledgerClosing,
        closing_difference: closingDifference === null ? null : closingDifference.toFixed(2),
        clean,
        statement_name: input.statementName ?? null,
        actor_sub: caller.actor.sub,
        request_id: caller.requestId,
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const rows = outcome.items.map((item, i) => itemRow(run.id, i + 1, item));
    for (let i = 0; i < rows.length; i += 1000) await trx.insertInto('reconciliation_item').values(rows.slice(i, i + 1000)).execute();
    const alertKey = `reconciliation_mismatch:${institutionId}`;
    if (clean) {
      await resolveAlertByKey(trx, alertKey, now, `clean reconciliation run ${run.id}`);
    } else {
      await raiseAlert(trx, {
        kind: 'reconciliation_mismatch',
        severity: 'warning',
        institutionId,
        dedupeKey: alertKey,
        details: {
          runId: run.id,
          periodStart,
          periodEnd,
          unmatchedStatement: outcome.unmatchedStatement,
          unmatchedLedger: outcome.unmatchedLedger,
          difference: outcome.difference,
          closingDifference: run.closing_difference,
        },
        at: now,
      });
    }
    await recordAudit(trx, caller, {
      action: 'reconciliation.imported',
      subjectType: 'reconciliation_run',
      subjectId: run.id,
      institutionId,
      details: { periodStart, periodEnd, lines: lines.length, clean, difference: outcome.difference },
      at: now,
    });
    return presentReport(run, rows);
  });
}

async function loadRun(ctx: AppContext, caller: Caller, institutionId: string, runId: string) {
  await loadVisibleInstitution(ctx, caller, institutionId);
  const run = await ctx.db.selectFrom('reconciliation_run').selectAll().where('id', '=', runId).where('institution_id', '=', institutionId).executeTakeFirst();
  if (!run) throw new AppError('RECONCILIATION_NOT_FOUND', { id: runId });
  const items = await ctx.db.selectFrom('reconciliation_item').selectAll().where('run_id', '=', runId).orderBy('seq').execute();
  return { run, items };
}

export async function getReconciliation(ctx: AppContext, caller: Caller, institutionId: string, runId: string) {
  const { run, items } = await loadRun(ctx, caller, institutionId, runId);
  return presentReport(run, items);
}

const MATCH_LABELS = {
  reference: { zh: '按银行流水号匹配', en: 'matched by reference' },
  amount_date: { zh: '按金额和日期匹配', en: 'matched by amount and date' },
  statement_only: { zh: '银行有、账本无', en: 'on the statement only' },
  ledger_only: { zh: '账本有、银行无', en: 'in the ledger only' },
} as const;

/** The run's report as a spreadsheet (UTF-8 with BOM so Excel reads Chinese). */
export async function reconciliationCsv(ctx: AppContext, caller: Caller, institutionId: string, runId: string): Promise<string> {
  const { run, items } = await loadRun(ctx, caller, institutionId, runId);
  const zh = caller.lang === 'zh';
  const header = zh
    ? ['序号', '匹配结果', '对账单行号', '银行记账日', '方向', '金额', '对方户名', '银行流水号', '分录编号', '分录类型', '分录日期', '备注']
    : ['seq', 'match', 'lineNo', 'bookedOn', 'direction', 'amount', 'counterparty', 'bankReference', 'entryId', 'entryKind', 'entryOn', 'note'];
  const direction = (d: string) => (zh ? (d === 'credit' ? '收' : '付') : d);
  const lines = items.map((i) => [i.seq, MATCH_LABELS[i.match][caller.lang], i.line_no ?? '', i.booked_on, direction(i.direction), i.amount, i.counterparty ?? '', i.bank_reference ?? '', i.entry_id ?? '', i.entry_kind ?? '', i.entry_on ?? '', i.note ?? '']);
  const r = presentRun(run);
  const footer = zh
    ? [['对账期间', `${r.periodStart}–${r.periodEnd}`], ['对账单净额', r.statementNet], ['账本净额', r.ledgerNet], ['差额', r.difference], ['结果', r.clean ? '相符' : '不符']]
    : [['period', `${r.periodStart}–${r.periodEnd}`], ['statementNet', r.statementNet], ['ledgerNet', r.ledgerNet], ['difference', r.difference], ['result', r.clean ? 'clean' : 'mismatch']];
  return '\ufeff' + stringify([header, ...lines, [], ...footer]);
}

export async function listReconciliations(ctx: AppContext, caller: Caller, institutionId: string, query: z.infer<typeof ReconciliationListQuery>) {
  await loadVisibleInstitution(ctx, caller, institutionId);
  const after = decodeCursor(query.cursor);
  let q = ctx.db
    .selectFrom('reconciliation_run')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
  if (after) q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('created_at', 'id'), '<', tuple(after.createdAt, after.id)));
  return toPage(await q.execute(), query.limit, presentRun);
}

