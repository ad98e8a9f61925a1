import { z } from 'zod';
import { AppError } from './errors';

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/**
 * Keyset pagination over (created_at, id): stable under inserts, no OFFSET scans. The cursor is
 * opaque to clients (base64url of the last row's key).
 */
export interface KeysetCursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor(key: KeysetCursor): string {
  return Buffer.from(JSON.stringify([key.createdAt.toISOString(), key.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): KeysetCursor | undefined {
  if (cursor === undefined) return undefined;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt !== 'string' || typeof id !== 'string') throw new Error('shape');
    const date = new Date(createdAt);
    if (Number.isNaN(date.getTime())) throw new Error('date');
    return { createdAt: date, id };
  } catch {
    throw new AppError('INVALID_CURSOR');
  }
}

/** Rows come back with one extra row fetched to tell whether a next page exists. */
export function toPage<R extends { created_at: Date; id: string }, T>(rows: R[], limit: number, map: (row: R) => T): Page<T> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(map),
    nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null,
  };
}
