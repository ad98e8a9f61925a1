import { Decimal } from 'decimal.js';
import type { PolicyValues } from '../policies/values';

type Caps = PolicyValues['registry']['subjectPriceCaps'];

export interface CourseShape {
  mode: 'offline' | 'online';
  classSize: number;
  lessonMinutes: number;
}

/**
 * 沪发改价调〔2021〕47号: subject-training fees follow a guidance price per head per lesson unit
 * (offline 45 min, by class size; online 30 min) and may exceed it by at most 10 %, prorated by
 * the lesson's length.
 */
function guidance(course: CourseShape, caps: Caps): { price: Decimal; unitMinutes: number } {
  if (course.mode === 'online') return { price: new Decimal(caps.onlinePrice), unitMinutes: caps.onlineUnitMinutes };
  const band = caps.offlineBands.find((b) => b.maxClassSize === null || course.classSize <= b.maxClassSize);
  if (!band) throw new Error('the subject price bands do not cover every class size');
  return { price: new Decimal(band.price), unitMinutes: caps.offlineUnitMinutes };
}

/**
 * Whether a price per lesson is within the cap, compared without division
 * (price × unit ≤ guidance × minutes × (1 + markup)) so no rounding can move the boundary.
 */
export function withinSubjectPriceCap(price: Decimal, course: CourseShape, caps: Caps): boolean {
  const g = guidance(course, caps);
  return price
    .times(g.unitMinutes)
    .lte(g.price.times(course.lessonMinutes).times(new Decimal(1).plus(caps.markupRatio)));
}

/** The highest fen price within the cap, for messages and the filing record. */
export function subjectPriceCap(course: CourseShape, caps: Caps): string {
  const g = guidance(course, caps);
  return g.price
    .times(course.lessonMinutes)
    .times(new Decimal(1).plus(caps.markupRatio))
    .dividedBy(g.unitMinutes)
    .toDecimalPlaces(2, Decimal.ROUND_DOWN)
    .toFixed(2);
}
