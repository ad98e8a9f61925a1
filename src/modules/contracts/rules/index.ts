import { CONSUMER_BURDEN_RULES } from './consumer-burden/index';
import { LIABILITY_EXEMPTION_RULES } from './liability-exemption/index';
import { OVER_LIMIT_RULES } from './over-limit/index';
import { PAYMENT_CHANNEL_RULES } from './payment-channel/index';
import { REFUND_EXCLUSION_RULES } from './refund-exclusion/index';
import { REMEDY_EXCLUSION_RULES } from './remedy-exclusion/index';
import { UNILATERAL_RIGHT_RULES } from './unilateral-right/index';
import type { Rule } from './types';

export { MISSING_MANDATORY_CLAUSE } from './missing-mandatory-clause';
export type { Rule, RuleContext, RuleHit, RuleMatcher, PartyRoles } from './types';

/**
 * Version of the rule library. Bump it whenever a rule is added, removed or its matching
 * changes: stored scan results carry it, and the rescan job (SPEC §6) re-scans every current
 * contract whose findings were produced by an older version.
 */
export const RULE_LIBRARY_VERSION = '2025.8.0';

export const RULES: readonly Rule[] = Object.freeze([
  ...REFUND_EXCLUSION_RULES,
  ...CONSUMER_BURDEN_RULES,
  ...UNILATERAL_RIGHT_RULES,
  ...LIABILITY_EXEMPTION_RULES,
  ...REMEDY_EXCLUSION_RULES,
  ...PAYMENT_CHANNEL_RULES,
  ...OVER_LIMIT_RULES,
]);

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}
