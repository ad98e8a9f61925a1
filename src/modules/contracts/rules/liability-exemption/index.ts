import { LIABILITY_BREACH_EXEMPTION } from './breach';
import { LIABILITY_CAPPED } from './cap';
import { LIABILITY_CLOSURE_NO_REFUND } from './closure';
import { LIABILITY_FORCE_MAJEURE_NO_REFUND } from './force-majeure';
import { LIABILITY_GENERAL_EXEMPTION } from './general';
import { LIABILITY_PERSONAL_INJURY, LIABILITY_PROPERTY_LOSS } from './injury-and-property';
import type { Rule } from '../types';

/**
 * 免除经营者责任 (operator exemptions), REGULATION-NOTES §3 patterns 25–28. Exemption from
 * personal-injury liability, or from property loss caused intentionally or by gross negligence,
 * is void (民法典 art. 506); educational institutions owe minors a duty of care (arts. 1199–1201);
 * force majeure excuses performance, not the refund of what was not performed (arts. 590, 消保法 53).
 */
export const LIABILITY_EXEMPTION_RULES: readonly Rule[] = [
  LIABILITY_PERSONAL_INJURY,
  LIABILITY_PROPERTY_LOSS,
  LIABILITY_FORCE_MAJEURE_NO_REFUND,
  LIABILITY_CLOSURE_NO_REFUND,
  LIABILITY_BREACH_EXEMPTION,
  LIABILITY_CAPPED,
  LIABILITY_GENERAL_EXEMPTION,
];
