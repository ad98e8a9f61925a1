import type { PartyRole, PartyRoles, RuleContext } from './rules/types';

/**
 * Who is who in a contract. A training contract has two sides: the consumer (the student, the
 * parent or guardian, "you") and the operator — and the operator is ANY other party, however the
 * text names it: 甲方 in the model contract, "本机构", a trade noun ("本琴行", "本道馆", "营地",
 * "本击剑馆"), a trade name ("某某跆拳道馆"), "we", "the Organiser". So the rules recognise the
 * consumer from a short closed list and the operator from a generic shape: 本 + up to a few
 * characters + a place or body noun (馆 院 园 室 社 营 中心 …), minus the document words that
 * also start with 本 (本合同, 本期, 本人 …).
 *
 * Patterns are regex sources for the NORMALISED text (see normalize.ts: lower case, simplified
 * characters, half-width punctuation).
 */

/** Nouns a training operator is named by, with or without 本/我/该 in front. */
const TRADE_ZH =
  '(?:培训机构|教育机构|培训学校|培训中心|培训班|艺术中心|教育中心|托管中心|托管班|托育中心|托育园|幼儿园|园所|机构|学校|中心|公司|学院|书院|棋院|画院|学堂|学馆|学苑|工作室|画室|琴房|琴行|舞蹈室|俱乐部|道馆|武馆|拳馆|球馆|场馆|游泳馆|健身房|训练营|夏令营|冬令营|研学营|营地|实验室|艺术团|剧社|学社|基地)';

/**
 * 本 + a body noun: 本馆, 本琴行, 本跆拳道馆, 本机器人实验室, 本营地. The lookahead keeps out what
 * 本 also starts: the document (本合同所称), its parts, times and the person (本人).
 */
const BEN_OPERATOR =
  '本(?!合同|协议|条|款|须知|规定|规则|章程|细则|办法|通知|简章|声明|项|人|次|期|学期|学年|课|阶段|活动|身|金|息|月|年|周|日|届|地|市|省|区|县|着|来|质|级|科|单|表|页|部分|文|班|批|轮|节)[\\u4e00-\\u9fff]{0,5}?(?:院|馆|园|店|室|社|团|坊|苑|琴行|学堂|中心|校|机构|俱乐部|公司|营地|营|基地|培训班|房|单位|平台)';

/** The operator, however a Chinese contract names it. 甲方/乙方 are resolved per contract. */
export const OPERATOR_ZH =
  `(?:${BEN_OPERATOR}|(?:我|我们|该|贵)?${TRADE_ZH}|我机构|我中心|我校|我园|我馆|我司|我方|我们|校方|馆方|园方|店方|营方|院方|社方|培训方|服务方|机构方|管理方|举办方|主办方|承办方|运营方|商家|校长|园长|馆长|负责人)`;

/** The consumer side of a Chinese contract. */
export const CONSUMER_ZH =
  '(?:学员家长|孩子家长|学生家长|学员方|学员|学生|家长|监护人|消费者|客户|会员|报名者|报名人|参训人|参训者|受训方|受训者|学习者|营员|队员|孩子|幼儿|儿童|小朋友|宝宝|子女|持卡人|您|你方)';

/** Operator nouns in English, after "the", "this" or "our" ("the Organiser", "our dance school"). */
const TRADE_EN =
  '(?:institution|school|company|centre|center|provider|academy|trainer|tutors?|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|dojo|conservatory|nursery|kindergarten|business|management|programme provider|service provider)';

export const OPERATOR_EN = `(?:\\b(?:the|this|our) (?:[a-z-]+ ){0,2}?${TRADE_EN}\\b|\\bparty a\\b|\\b(?:we|us|our)\\b)`;
export const CONSUMER_EN =
  '(?:\\bparty b\\b|\\b(?:the |a |any |each |every |your |their )?(?:students?|parents?|guardians?|consumers?|customers?|learners?|members?|pupils?|participants?|campers?|trainees?|attendees?|clients?|child|children|famil(?:y|ies))\\b|\\byou\\b)';

/** The consumer words, for telling a captured party word's side. */
const CONSUMER_WORD = new RegExp(`^(?:${CONSUMER_ZH}|${CONSUMER_EN})$`);

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

// ---------------------------------------------------------------------------------------------
// Party roles in a sentence: who is acting.

const PARTY_WORD = new RegExp(`(甲方|乙方|${CONSUMER_ZH}|${OPERATOR_ZH}|${CONSUMER_EN}|${OPERATOR_EN})`, 'g');

export function roleOf(word: string, ctx: RuleContext): PartyRole {
  if (word === '甲方' || word === 'party a') return ctx.parties.partyAIsInstitution ? 'institution' : 'consumer';
  if (word === '乙方' || word === 'party b') return ctx.parties.partyAIsInstitution ? 'consumer' : 'institution';
  return CONSUMER_WORD.test(word) ? 'consumer' : 'institution';
}

/** The role of the last party named in `text` (e.g. the subject before "有权"), or null. */
export function lastPartyIn(text: string, ctx: RuleContext): PartyRole | null {
  PARTY_WORD.lastIndex = 0;
  let last: string | null = null;
  let m: RegExpExecArray | null;
  while ((m = PARTY_WORD.exec(text)) !== null) last = m[1] ?? null;
  return last === null ? null : roleOf(last, ctx);
}

/** The role of the first party named in `text`, or null. */
export function firstPartyIn(text: string, ctx: RuleContext): PartyRole | null {
  PARTY_WORD.lastIndex = 0;
  const m = PARTY_WORD.exec(text);
  return m?.[1] === undefined ? null : roleOf(m[1], ctx);
}

const SUBJECT_TAIL = new RegExp(
  `(甲方|乙方|${CONSUMER_ZH}|${OPERATOR_ZH})(?:及其[^,.]{0,6})?(?:均|也|亦|都|一律|再|同样|应当|应|将|会|对此|概|绝|恕)?$`,
);

/**
 * The party written right before `at` — the grammatical subject of "X不得…", allowing
 * "及其工作人员" and adverbs like 均/也/亦 in between — or null when none is there.
 */
export function subjectRightBefore(ctx: RuleContext, at: number): PartyRole | null {
  const before = ctx.text.slice(Math.max(0, at - 16), at);
  const m = SUBJECT_TAIL.exec(before);
  return m?.[1] === undefined ? null : roleOf(m[1], ctx);
}
