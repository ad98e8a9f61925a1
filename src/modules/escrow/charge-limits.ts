import { Decimal } from 'decimal.js';
import type { ErrorCode } from '../../http/errors';
import { daysBetween, type IsoDate } from '../../lib/dates';
import { PREPAYMENT_STATUSES, type InstitutionStatus } from '../institutions/lifecycle';
import type { Policy } from '../policies/store';

/*
 * The limits on one charge (SPEC §3.1), all from the policy in force. Each refusal names its rule,
 * the limit and the value (and, added by the caller, the policy version). Definitions where the
 * texts leave room:
 * - lessons: every lesson the charge covers counts, gift lessons included (the 60-lesson cap is
 *   on the service prepaid for, and gifts are a known way round it);
 * - service days: both ends inclusive, serviceStartsOn..serviceEndsOn (3 months ≤ 92 days);
 * - renewal: a charge for a student and course that still has open charges (active, with lessons
 *   left) is accepted when those have at most `renewalMaxLessonsRemaining` lessons left, or when
 *   the new period starts at most `renewalWindowDays` after the payment day ("not earlier than one
 *   month before the new course", the wording Jiangsu, Shandong, Qingdao and Chengdu share);
 * - deposit (定金): part of amountPaid, at most `maxDepositRatio` of it, the contract price of the
 *   charge (Civil Code art. 586);
 * - filed fee: the amount may not exceed the paid lessons at the filed price per lesson (gifts are free).
 */

const BASIS_CHARGE = '教监管函〔2021〕2号；十三部门《关于进一步加强非学科类校外培训规范管理的意见》（2022）';
const BASIS_RENEWAL = '各地预收费续费时点规定（剩余不超过20课时或新课程开课前1个月内）';
const BASIS_DEPOSIT = '《民法典》第586条';

const exact = Decimal.clone({ precision: 60 });

export interface ChargeFacts {
  institutionStatus: string;
  block: null | { list: string; measureCode: string; since: string };
  courseCategory: string;
  pricePerLesson: string;
  lessonsPaid: number;
  giftLessons: number;
  amountPaid: string;
  depositAmount: string | undefined;
  serviceStartsOn: IsoDate;
  serviceEndsOn: IsoDate;
  paidOn: IsoDate;
  /** Lessons left on the open charges of the same student and course (null when there are none). */
  openLessonsRemaining: number | null;
}

export interface ChargeViolation {
  code: ErrorCode;
  rule: string;
  limit: unknown;
  value: unknown;
  [extra: string]: unknown;
}

export function chargeViolations(f: ChargeFacts, policy: Policy): ChargeViolation[] {
  const p = policy.values.charges;
  const out: ChargeViolation[] = [];
  if (!PREPAYMENT_STATUSES.includes(f.institutionStatus as InstitutionStatus)) {
    out.push({ code: 'CHARGE_INSTITUTION_STATUS', rule: 'institution_status', limit: [...PREPAYMENT_STATUSES], value: f.institutionStatus });
  }
  if (f.block) {
    out.push({ code: 'CHARGE_BLOCKED', rule: 'credit_black_list', limit: null, value: f.block.measureCode, list: f.block.list, since: f.block.since });
  }
  const lessons = f.lessonsPaid + f.giftLessons;
  if (lessons > p.maxLessonsPerCharge) {
    out.push({ code: 'CHARGE_TOO_MANY_LESSONS', rule: 'max_lessons_per_charge', limit: p.maxLessonsPerCharge, value: lessons, basis: BASIS_CHARGE });
  }
  const days = daysBetween(f.serviceStartsOn, f.serviceEndsOn) + 1;
  if (days > p.maxDaysPerCharge) {
    out.push({ code: 'CHARGE_PERIOD_TOO_LONG', rule: 'max_days_per_charge', limit: p.maxDaysPerCharge, value: days, basis: BASIS_CHARGE });
  }
  const amount = new exact(f.amountPaid);
  if (f.courseCategory !== 'subject' && amount.gt(p.maxAmountNonSubject)) {
    out.push({ code: 'CHARGE_AMOUNT_OVER_LIMIT', rule: 'max_amount_non_subject', limit: p.maxAmountNonSubject, value: f.amountPaid, basis: BASIS_CHARGE });
  }
  const filedCap = new exact(f.pricePerLesson).times(f.lessonsPaid);
  if (amount.gt(filedCap)) {
    out.push({ code: 'CHARGE_ABOVE_FILED_PRICE', rule: 'filed_price', limit: filedCap.toFixed(2), value: f.amountPaid });
  }
  if (f.depositAmount !== undefined) {
    const cap = amount.times(p.maxDepositRatio);
    if (new exact(f.depositAmount).gt(cap)) {
      out.push({
        code: 'CHARGE_DEPOSIT_OVER_LIMIT',
        rule: 'max_deposit_ratio',
        limit: cap.toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed(2),
        value: f.depositAmount,
        ratio: p.maxDepositRatio,
        basis: BASIS_DEPOSIT,
      });
    }
  }
  if (f.openLessonsRemaining !== null && f.openLessonsRemaining > p.renewalMaxLessonsRemaining) {
    const lead = daysBetween(f.paidOn, f.serviceStartsOn);
    if (lead > p.renewalWindowDays) {
      out.push({
        code: 'CHARGE_RENEWAL_TOO_EARLY',
        rule: 'renewal_window',
        limit: p.renewalMaxLessonsRemaining,
        value: f.openLessonsRemaining,
        windowDays: p.renewalWindowDays,
        startsOn: f.serviceStartsOn,
        basis: BASIS_RENEWAL,
      });
    }
  }
  return out;
}
