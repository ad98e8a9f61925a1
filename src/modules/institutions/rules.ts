import { AppError } from '../../http/errors';
import { usccProblem, type UsccProblem } from './uscc';

const USCC_REASONS: Record<UsccProblem, { zh: string; en: string }> = {
  length: { zh: '长度必须为 18 位', en: 'it must be 18 characters long' },
  lower_case: { zh: '字母必须大写', en: 'letters must be upper case' },
  excluded_letter: { zh: '不得使用字母 I、O、Z、S、V', en: 'the letters I, O, Z, S and V are not used' },
  invalid_character: { zh: '含有不允许的字符', en: 'it contains a character outside the code set' },
  check_character: { zh: '校验码不正确', en: 'the check character is wrong' },
};

export function assertValidUscc(uscc: string): void {
  const problem = usccProblem(uscc);
  if (problem) {
    throw new AppError('INSTITUTION_USCC_INVALID', {
      value: uscc,
      reason: USCC_REASONS[problem].zh,
      reasonEn: USCC_REASONS[problem].en,
      rule: `uscc.${problem}`,
    });
  }
}

export interface RegistrationFacts {
  kind: 'for_profit' | 'non_profit';
  categories: readonly string[];
  mode: 'offline' | 'online';
  supervisionMode: 'custody' | 'deposit';
  licence?: { number: string; expiresOn: string } | null | undefined;
  icpFilingNumber?: string | null | undefined;
  foundedOn: string;
}

/**
 * The registration rules of SPEC §2, applied at registration and after every change, so an
 * institution can never be edited into a state it could not have registered in.
 */
export function assertRegistrationRules(facts: RegistrationFacts, today: string): void {
  const subject = facts.categories.includes('subject');
  // 2021 “双减” opinions: K-12 subject training may only be run by non-profit institutions.
  if (subject && facts.kind === 'for_profit') throw new AppError('FOR_PROFIT_SUBJECT_FORBIDDEN', { rule: 'for_profit_subject' });
  // 教监管函〔2021〕2号: subject training fees are bank-custodied in full.
  if (subject && facts.supervisionMode !== 'custody') throw new AppError('SUBJECT_REQUIRES_CUSTODY', { rule: 'subject_custody' });
  if (facts.mode === 'offline' && !facts.licence) {
    throw new AppError('LICENCE_REQUIRED', { mode: 'offline', field: 'licence', rule: 'licence_required' });
  }
  if (facts.mode === 'online' && !facts.icpFilingNumber) {
    throw new AppError('LICENCE_REQUIRED', { mode: 'online', field: 'icpFilingNumber', rule: 'icp_required' });
  }
  if (facts.licence && facts.licence.expiresOn < today) {
    throw new AppError('LICENCE_EXPIRED', { expiresOn: facts.licence.expiresOn, rule: 'licence_valid' });
  }
  if (facts.foundedOn > today) throw new AppError('FOUNDED_IN_FUTURE', { foundedOn: facts.foundedOn });
}
