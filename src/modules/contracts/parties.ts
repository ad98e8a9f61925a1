import type { PartyRoles } from './rules/types';

/**
 * Which party is 甲方. GF-2021-2604 makes the institution 甲方, and most filed contracts follow
 * it, but some put the student first ("甲方（学员）"). Read the party block at the top of the
 * normalised text; default to the model contract's order.
 */
export function detectParties(normalized: string): PartyRoles {
  const head = normalized.slice(0, 3000);
  const aInstitution = /甲方[("\[]?[:\s]*(?:\(|（)?(?:培训机构|机构|学校|培训方|服务方|提供方|公司|中心|培训学校|教育机构)/.test(head);
  const aConsumer = /甲方[("\[]?[:\s]*(?:\(|（)?(?:学员|学生|家长|监护人|消费者|受训方|委托方)/.test(head);
  const bInstitution = /乙方[("\[]?[:\s]*(?:\(|（)?(?:培训机构|机构|学校|培训方|服务方|提供方|公司|中心|培训学校|教育机构)/.test(head);
  if ((aConsumer || bInstitution) && !aInstitution) return { partyAIsInstitution: false };
  if (/party a[^.\n]{0,20}\b(?:student|parent|guardian|consumer)\b/.test(head) && !/party a[^.\n]{0,20}\b(?:institution|school|company|provider)\b/.test(head)) {
    return { partyAIsInstitution: false };
  }
  return { partyAIsInstitution: true };
}
