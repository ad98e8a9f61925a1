import type { Localized } from '../types';

/**
 * Legal bases cited by the rules (REGULATION-NOTES §3). Article numbers of the SAMR measures
 * are marked unconfirmed in the notes; the citation names the measure and the article the notes
 * give so a reviewer can check it against the official text.
 */
const cite = (zh: string[], en: string[]): Localized => ({ zh: zh.join('；'), en: en.join('; ') });

const CC496 = ['《民法典》第四百九十六条（提示说明义务）', 'Civil Code art. 496 (duty to flag and explain standard terms)'] as const;
const CC497 = ['《民法典》第四百九十七条（不合理免除或减轻己方责任、加重对方责任、限制或排除对方主要权利的格式条款无效）', 'Civil Code art. 497 (standard terms that unreasonably exempt the drafter, aggravate the other side’s liability or restrict its main rights are void)'] as const;
const CC498 = ['《民法典》第四百九十八条（格式条款有两种以上解释的，作不利于提供方的解释）', 'Civil Code art. 498 (ambiguous standard terms are construed against the drafter)'] as const;
const CC506 = ['《民法典》第五百零六条（免除人身损害责任、故意或重大过失财产损失责任的条款无效）', 'Civil Code art. 506 (exemption for personal injury, or for property loss caused intentionally or by gross negligence, is void)'] as const;
const CC585 = ['《民法典》第五百八十五条（约定的违约金过分高于造成的损失的，可以请求适当减少）', 'Civil Code art. 585 (liquidated damages excessively higher than the loss may be reduced)'] as const;
const CC586 = ['《民法典》第五百八十六条（定金数额不得超过主合同标的额的百分之二十）', 'Civil Code art. 586 (a deposit may not exceed 20 % of the contract price)'] as const;
const CPL26 = ['《消费者权益保护法》第二十六条（格式条款不得排除、限制消费者权利，减轻、免除经营者责任）', 'Consumer Protection Law art. 26 (standard terms may not exclude or restrict consumer rights or reduce the operator’s liability)'] as const;
const CPL53 = ['《消费者权益保护法》第五十三条（预收款方式提供服务的，应当按约定提供，未按约定提供的应当退回预付款并承担利息和合理费用）', 'Consumer Protection Law art. 53 (a prepaid service must be provided as agreed or the prepayment refunded with interest and reasonable costs)'] as const;
const M6 = ['《合同行政监督管理办法》（市场监管总局令第77号）第六条（不得免除或减轻经营者责任）', 'SAMR Measures on Administrative Supervision of Contracts (Order 77) art. 6 (no exemption or reduction of the operator’s liability)'] as const;
const M7 = ['《合同行政监督管理办法》（市场监管总局令第77号）第七条（不得加重消费者责任、排除或限制消费者权利）', 'SAMR Measures on Administrative Supervision of Contracts (Order 77) art. 7 (no aggravation of consumer liability, no exclusion or restriction of consumer rights)'] as const;
const NOTICE2021 = ['《关于加强校外培训机构预收费监管工作的通知》（教监管函〔2021〕2号）', 'MOE et al. notice on supervising prepaid fees of off-campus training institutions (教监管函〔2021〕2号, 2021)'] as const;
const OPINION2022 = ['《关于规范面向中小学生的非学科类校外培训的意见》（2022年，十三部门）', '13-department opinion on non-subject off-campus training (Dec 2022)'] as const;
const CPL_LITIGATION = ['《民事诉讼法》第三十五条及《最高人民法院关于适用〈民事诉讼法〉的解释》第三十一条（经营者以格式条款约定管辖未采取合理方式提请消费者注意的，消费者可主张无效）', 'Civil Procedure Law art. 35 and SPC interpretation art. 31 (a venue chosen by the operator’s standard terms may be held invalid against a consumer)'] as const;
const CPL39 = ['《消费者权益保护法》第三十九条（消费者可以通过协商、调解、投诉、仲裁、诉讼解决争议）', 'Consumer Protection Law art. 39 (consumers may resolve disputes by negotiation, mediation, complaint, arbitration or litigation)'] as const;
const MODEL = ['《中小学生校外培训服务合同（示范文本）》（GF—2021—2604）', 'Model off-campus training contract GF-2021-2604'] as const;
const CC1199 = ['《民法典》第一千一百九十九条至第一千二百零一条（教育机构对未成年人的安全保障责任）', 'Civil Code arts. 1199–1201 (educational institutions’ duty of care for minors)'] as const;
const CC590 = ['《民法典》第五百九十条（不可抗力仅免除不能履行部分的违约责任）', 'Civil Code art. 590 (force majeure excuses only the performance it prevents)'] as const;

type Pair = readonly [string, string];
function b(...pairs: Pair[]): Localized {
  return cite(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
}

export const BASIS = {
  refund: b(CC497, CPL26, CPL53, M7),
  refundModel: b(CC497, CPL26, CPL53, M7, MODEL),
  deposit: b(CC586, CC497, CPL26),
  penalty: b(CC585, CC497, M7),
  burden: b(CC497, CPL26, M7),
  price: b(CC497, CC498, CPL26, M7),
  interpretation: b(CC498, M7),
  unilateral: b(CC497, CPL26, M7),
  unilateralNotice: b(CC497, CPL26, M6),
  injury: b(CC506, CC1199, CPL26, M6),
  property: b(CC506, CPL26, M6),
  exemption: b(CC497, CPL26, M6),
  forceMajeure: b(CC590, CPL53, CC497, M6),
  closure: b(CPL53, CC497, M6, MODEL),
  venue: b(CPL_LITIGATION, CPL26, M7),
  remedy: b(CPL39, CPL26, M7),
  notice496: b(CC496, M7),
  waiver: b(CC497, CPL26, M7),
  trainingLoan: b(NOTICE2021, MODEL),
  supervisedAccount: b(NOTICE2021, MODEL),
  overLimit: b(NOTICE2021, OPINION2022),
  mandatory: b(MODEL, NOTICE2021, CC496),
} as const;
