import { z } from 'zod';
import { isValidIsoDate } from '../lib/dates';
import { MONEY_PATTERN } from '../lib/money';

// C0 and C1 controls and DEL; a one-line field has no reason to carry any of them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_LAYOUT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** A one-line human text: no control characters, not blank. */
export function text(max: number) {
  return z
    .string()
    .max(max)
    .refine((s) => s.trim().length > 0, '@blank')
    .refine((s) => !CONTROL.test(s), '@control_chars');
}

/** A multi-line text: line breaks and tabs allowed, other control characters not. */
export function multilineText(max: number) {
  return z
    .string()
    .max(max)
    .refine((s) => s.trim().length > 0, '@blank')
    .refine((s) => !CONTROL_EXCEPT_LAYOUT.test(s), '@control_chars');
}

/** Money as a decimal string with at most two decimals: numbers are refused, not coerced. */
export const money = z.string().regex(MONEY_PATTERN, '@money').meta({ description: 'Decimal string, at most 2 decimals', example: '1234.50' });

// No sign is allowed, so any non-zero digit makes the amount positive.
export const positiveMoney = money.refine((s) => /[1-9]/.test(s), '@positive');

export const isoDate = z
  .string()
  .refine(isValidIsoDate, '@date')
  .meta({ description: 'Calendar date YYYY-MM-DD (Asia/Shanghai)', example: '2026-09-01' });

export const isoDateTime = z.iso.datetime({ offset: true, message: '@datetime' });

export const uuid = z.uuid('@uuid');

export const IdParams = z.object({ id: uuid });

/**
 * The `Idempotency-Key` header every money-moving request carries: 8–200 visible ASCII characters
 * (a UUID is a good key). Keys are scoped to the caller; see modules/escrow/ledger/idempotency.ts.
 */
export const IdempotencyKeyHeaders = z.object({
  'Idempotency-Key': z
    .string()
    .regex(/^[\x21-\x7e]{8,200}$/)
    .meta({
      description: 'Unique per intended operation, chosen by the client (a UUID is best). A retry with the same key and body returns the first result; another body is a 409.',
      example: '0b9a6a42-2f07-4f57-9a43-3c2b8d7a1e55',
    }),
});
