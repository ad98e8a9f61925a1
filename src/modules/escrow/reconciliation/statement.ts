import { parse } from 'csv-parse/sync';
import { AppError } from '../../../http/errors';
import { isValidIsoDate, type IsoDate } from '../../../lib/dates';
import { MONEY_PATTERN, toMoney } from '../../../lib/money';

/*
 * A custodian bank's statement (SPEC §3.6) as CSV: a header row, then one row per transfer on the
 * supervised custody account. UTF-8, with or without a BOM; commas; quotes as RFC 4180. Columns are
 * found by their header (English or the usual Chinese names, any order, other columns ignored):
 *   date         2026-09-01, 2026/09/01 or 20260901 (the bank's booking day)
 *   amount       positive, at most two decimals, thousands separators allowed ("12,500.00")
 *   direction    credit / 收 / 收入 / 贷 (money in) or debit / 付 / 支出 / 借 (money out)
 *   counterparty optional
 *   reference    optional: the bank's reference (流水号)
 * The first malformed row refuses the whole statement with a 400 naming its line: nothing is
 * written, and the bank is asked for a correct file rather than half of one being reconciled.
 */

export interface StatementLine {
  lineNo: number;
  bookedOn: IsoDate;
  direction: 'credit' | 'debit';
  amount: string;
  counterparty: string | null;
  reference: string | null;
}

type Column = 'date' | 'amount' | 'direction' | 'counterparty' | 'reference';

const HEADERS: Record<Column, readonly string[]> = {
  date: ['date', 'bookedon', 'booked_on', 'valuedate', 'value_date', '日期', '交易日期', '记账日期'],
  amount: ['amount', '金额', '交易金额', '发生额'],
  direction: ['direction', 'dc', '方向', '收付', '收付方向', '收支', '借贷', '借贷方向', '借贷标志'],
  counterparty: ['counterparty', 'counterpartyname', '对方户名', '对方', '对方账户名称', '对方名称', '交易对手'],
  reference: ['reference', 'bankreference', 'bank_reference', 'bankref', '流水号', '银行流水号', '交易流水号', '参考号'],
};

const CREDIT = new Set(['credit', 'cr', 'c', 'in', '收', '收入', '入', '贷', '贷方']);
const DEBIT = new Set(['debit', 'dr', 'd', 'out', '付', '支', '支出', '出', '借', '借方']);
const THOUSANDS = /^\d{1,3}(,\d{3})+(\.\d{1,2})?$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function malformed(line: number, zh: string, en: string): AppError {
  return new AppError('STATEMENT_MALFORMED', { line, reason: zh, reasonEn: en });
}

function normalizeHeader(cell: string): string {
  return cell.trim().toLowerCase().replace(/[\s-]+/g, '');
}

function parseDate(value: string, line: number): IsoDate {
  const v = value.trim();
  const m = /^(\d{4})[-/]?(\d{2})[-/]?(\d{2})$/.exec(v);
  const date = m ? `${m[1]}-${m[2]}-${m[3]}` : '';
  if (!isValidIsoDate(date)) throw malformed(line, `日期“${v}”无效（应为 YYYY-MM-DD）`, `the date "${v}" is not a valid YYYY-MM-DD date`);
  return date;
}

function parseAmount(value: string, line: number): string {
  const v = value.trim();
  const plain = THOUSANDS.test(v) ? v.replace(/,/g, '') : v;
  if (!MONEY_PATTERN.test(plain) || !/[1-9]/.test(plain)) {
    throw malformed(line, `金额“${v}”无效（应为正数，最多两位小数，收付方向另列）`, `the amount "${v}" is not a positive amount with at most two decimals (the direction column gives the sign)`);
  }
  return toMoney(plain);
}

function parseDirection(value: string, line: number): 'credit' | 'debit' {
  const v = value.trim().toLowerCase();
  if (CREDIT.has(v)) return 'credit';
  if (DEBIT.has(v)) return 'debit';
  throw malformed(line, `收付方向“${value.trim()}”无法识别（应为 credit/debit 或 收/付）`, `the direction "${value.trim()}" is neither credit/收 nor debit/付`);
}

function parseText(value: string | undefined, max: number, line: number, what: string): string | null {
  const v = (value ?? '').trim();
  if (v === '') return null;
  if (v.length > max || CONTROL.test(v)) throw malformed(line, `${what}过长或含控制字符`, `the ${what === '对方户名' ? 'counterparty' : 'reference'} is too long or holds control characters`);
  return v;
}

export function parseStatement(csv: string): StatementLine[] {
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = parse(csv.replace(/\r\n?/g, '\n'), { bom: true, info: true, skip_empty_lines: true, relax_quotes: false }) as typeof rows;
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    throw malformed(e.lines ?? 1, `CSV 格式错误（${e.message ?? '无法解析'}）`, `not valid CSV (${e.message ?? 'unreadable'})`);
  }
  const [header, ...body] = rows;
  if (!header) throw malformed(1, '对账单为空', 'the statement is empty');
  const index = new Map<Column, number>();
  header.record.forEach((cell, i) => {
    const name = normalizeHeader(cell);
    for (const [column, names] of Object.entries(HEADERS) as Array<[Column, readonly string[]]>) {
      if (names.includes(name) && !index.has(column)) index.set(column, i);
    }
  });
  for (const required of ['date', 'amount', 'direction'] as const) {
    if (!index.has(required)) {
      throw malformed(header.info.lines, `表头缺少“${required}”列（日期、金额、收付方向为必需列）`, `the header has no "${required}" column (date, amount and direction are required)`);
    }
  }
  const cell = (row: string[], column: Column) => (index.has(column) ? row[index.get(column)!] : undefined);
  const lines: StatementLine[] = [];
  for (const { record, info } of body) {
    if (record.every((c) => c.trim() === '')) continue;
    const line = info.lines;
    lines.push({
      lineNo: line,
      bookedOn: parseDate(cell(record, 'date') ?? '', line),
      amount: parseAmount(cell(record, 'amount') ?? '', line),
      direction: parseDirection(cell(record, 'direction') ?? '', line),
      counterparty: parseText(cell(record, 'counterparty'), 200, line, '对方户名'),
      reference: parseText(cell(record, 'reference'), 100, line, '银行流水号'),
    });
  }
  return lines;
}
