import { Decimal } from 'decimal.js';

/** Money is a decimal string with at most two decimals at every boundary, Decimal inside. */
export type MoneyString = string;

export const MONEY_PATTERN = /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/;

export function toDecimal(value: MoneyString | Decimal): Decimal {
  return value instanceof Decimal ? value : new Decimal(value);
}

/** Two decimals, rounding half up (the courts' and the banks' rounding for fen). */
export function toMoney(value: Decimal | MoneyString): MoneyString {
  return toDecimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

export function sumMoney(values: Array<MoneyString | Decimal>): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(toDecimal(v)), new Decimal(0));
}
