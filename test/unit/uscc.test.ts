import { isValidUscc, usccCheckCharacter, usccProblem } from '../../src/modules/institutions/uscc';

describe('unified social credit code (GB 32100-2015)', () => {
  // Published codes of real organisations, with their check characters.
  const valid = ['91350100M000100Y43', '91110000600037341L', '12100000400010398P'];

  it.each(valid)('accepts %s', (code) => {
    expect(usccProblem(code)).toBeNull();
    expect(isValidUscc(code)).toBe(true);
  });

  it('computes the check character, writing 31 as 0', () => {
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(usccCheckCharacter('91110000600037341')).toBe('L');
  });

  it('refuses a wrong check character', () => {
    expect(usccProblem('91350100M000100Y44')).toBe('check_character');
    expect(usccProblem('91110000600037341K')).toBe('check_character');
  });

  it('refuses lower case letters', () => {
    expect(usccProblem('91350100m000100y43')).toBe('lower_case');
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('refuses the excluded letter %s', (letter) => {
    expect(usccProblem(`91350100${letter}000100Y43`)).toBe('excluded_letter');
  });

  it('refuses other characters', () => {
    expect(usccProblem('91350100-000100Y43')).toBe('invalid_character');
    expect(usccProblem('91350100Ｍ000100Y43')).toBe('invalid_character');
  });

  it.each(['', '9135010', '91350100M000100Y4', '91350100M000100Y433'])('refuses the wrong length "%s"', (code) => {
    expect(usccProblem(code)).toBe('length');
  });
});
