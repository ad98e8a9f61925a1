import { sql } from 'kysely';
import type { Tx } from '../../db/transaction';

/**
 * Rectification notice numbers in the style of an official document number (公文发文字号, GB/T
 * 9704-2012 §7.3.1): issuer's code, year in 〔〕, serial number, 号 — 沪教培整〔2026〕000123号.
 */
export const NOTICE_PREFIX = '沪教培整';

export function formatNoticeNumber(year: number, seq: number): string {
  return `${NOTICE_PREFIX}〔${year}〕${String(seq).padStart(6, '0')}号`;
}

/**
 * Takes the next number of the year. The upsert locks the year's counter row until the caller's
 * transaction ends, so numbers are gapless: a rolled-back opening gives its number back, and two
 * openings cannot take the same one. Openings are rare, so the short wait is no bottleneck.
 */
export async function nextNoticeNumber(trx: Tx, year: number): Promise<{ year: number; seq: number; number: string }> {
  const { rows } = await sql<{ last_number: number }>`
    insert into rectification_notice_counter (year, last_number) values (${year}, 1)
    on conflict (year) do update set last_number = rectification_notice_counter.last_number + 1
    returning last_number`.execute(trx);
  const seq = rows[0]?.last_number;
  if (seq === undefined) throw new Error('notice counter upsert returned nothing');
  return { year, seq, number: formatNoticeNumber(year, seq) };
}
