import { BASIS } from './basis';
import type { Localized, Severity } from '../types';

/**
 * `missing_mandatory_clause` is structural: it is not matched in a sentence but produced by
 * comparing a whole contract with the template's list of mandatory clauses (manifest.json).
 * The model contract GF-2021-2604 may be edited but not reduced below the institution's
 * statutory duties (REGULATION-NOTES §2); 教监管函〔2021〕2号 requires its use.
 */
export const MISSING_MANDATORY_CLAUSE = {
  id: 'MISSING_MANDATORY_CLAUSE',
  category: 'missing_mandatory_clause',
  basis: BASIS.mandatory,
  explanation: (clause: Localized): Localized => ({
    zh: `合同缺少示范文本规定的必备条款“${clause.zh}”。使用示范文本可以修改条款，但不得删减培训机构的法定义务和消费者的法定权利。`,
    en: `The contract lacks the mandatory clause “${clause.en}” of the model text. The model contract may be edited but not reduced below the institution’s statutory duties and the consumer’s rights.`,
  }),
  suggestion: (clause: Localized, modelText: Localized): Localized => ({
    zh: `补充“${clause.zh}”条款，可参照示范文本：${modelText.zh}`,
    en: `Add the “${clause.en}” clause, for example as in the model text: ${modelText.en}`,
  }),
  defaultSeverity: 'high' as Severity,
} as const;
