/*
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-character
 * set (digits and upper-case letters without I, O, Z, S, V), the last being a check character:
 * C18 = 31 − (Σ Ci × Wi mod 31), with 31 written as 0.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const VALUE = new Map([...CHARSET].map((c, i) => [c, i]));

export type UsccProblem = 'length' | 'lower_case' | 'excluded_letter' | 'invalid_character' | 'check_character';

export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (VALUE.get(first17[i] ?? '') ?? 0) * (WEIGHTS[i] ?? 0);
  const check = 31 - (sum % 31);
  return CHARSET[check === 31 ? 0 : check] ?? '0';
}

/** Why a code is not a valid USCC, or null when it is. */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return 'length';
  if (/[a-z]/.test(code)) return 'lower_case';
  if (/[IOZSV]/.test(code)) return 'excluded_letter';
  for (const c of code) if (!VALUE.has(c)) return 'invalid_character';
  return usccCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'check_character';
}

export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}
