import type { MoneyString } from '../../lib/money';

/*
 * SPEC §3.4, the value of lessons, exactly: the value of the first c lessons of an enrollment is
 * round_half_up(amountPaid × c ÷ totalLessons, 2), gift lessons included in totalLessons (a court
 * values a discounted or gifted lesson at the price actually paid). A consumption posts
 * cumulative(after) − cumulative(before), so a whole course consumes exactly amountPaid and the
 * refund at any point is amountPaid − cumulative(consumed), with no fen lost or made by rounding.
 *
 * Computed in integer fen with BigInt: floor((2·A·c + T) ÷ 2T) is A·c/T rounded half up, with no
 * intermediate rounding at all. escrow_lesson_value() in the migration is the same formula; a test
 * holds the two to each other.
 */

function toFen(amount: MoneyString): bigint {
  const [whole = '0', fraction = ''] = amount.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

function fromFen(fen: bigint): MoneyString {
  const whole = fen / 100n;
  const cents = fen % 100n;
  return `${whole}.${cents.toString().padStart(2, '0')}`;
}

/** The value of the first `lessons` lessons of a charge of `amountPaid` for `totalLessons`. */
export function cumulativeLessonValue(amountPaid: MoneyString, lessons: number, totalLessons: number): MoneyString {
  if (!Number.isInteger(totalLessons) || totalLessons < 1) throw new RangeError('totalLessons must be a positive integer');
  if (!Number.isInteger(lessons) || lessons < 0 || lessons > totalLessons) throw new RangeError('lessons must be within 0..totalLessons');
  const a = toFen(amountPaid);
  const c = BigInt(lessons);
  const t = BigInt(totalLessons);
  return fromFen((2n * a * c + t) / (2n * t));
}

/** What one consumption of `lessons` posts, after `consumedBefore` lessons. */
export function consumptionValue(amountPaid: MoneyString, consumedBefore: number, lessons: number, totalLessons: number): MoneyString {
  const after = toFen(cumulativeLessonValue(amountPaid, consumedBefore + lessons, totalLessons));
  const before = toFen(cumulativeLessonValue(amountPaid, consumedBefore, totalLessons));
  return fromFen(after - before);
}

/** The refund after `consumed` lessons: everything not yet consumed; no fee, no forfeited gifts. */
export function refundableAmount(amountPaid: MoneyString, consumed: number, totalLessons: number): MoneyString {
  return fromFen(toFen(amountPaid) - toFen(cumulativeLessonValue(amountPaid, consumed, totalLessons)));
}
