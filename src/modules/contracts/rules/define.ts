import { segmentBounds } from '../clauses';
import { CONSUMER_EN, CONSUMER_ZH, OPERATOR_EN, OPERATOR_ZH, roleOf } from '../parties';
import type { RuleContext, RuleHit, RuleMatcher } from './types';

/**
 * A small declarative matcher: trigger patterns, then exceptions that cancel a hit.
 * Exceptions are scoped, because negation in Chinese contracts is local:
 * "退费不收取任何手续费" is fair, "退费不收取任何手续费，但扣除20%管理费" is not.
 */

export type ExceptionScope =
  /** the matched text itself */
  | 'match'
  /** the comma-delimited segments the match touches */
  | 'segment'
  /** the whole sentence */
  | 'sentence'
  /** up to `window` characters before the match, within its segment */
  | 'before'
  /** up to `window` characters after the match, within its segment */
  | 'after'
  /** the sentence text before the match */
  | 'prefix'
  /** the sentence text after the match */
  | 'suffix'
  /**
   * the sentence from the last contrast before the match ("但", "但是", "however", "but") to its
   * end: "本机构依法承担责任，但课间发生的伤害，本机构不承担责任" — the fair first half does not excuse the carve-out
   */
  | 'clause';

export interface Exception {
  re: RegExp;
  scope: ExceptionScope;
  window?: number;
}

export interface Trigger {
  re: RegExp;
  /** cheap pre-filter for this trigger only: the sentence must match it (a literal alternation) */
  gate?: RegExp;
  /** further test on the match (numbers against limits, party roles); false drops the hit */
  accept?: (m: RegExpExecArray, ctx: RuleContext) => boolean;
  /** exceptions for this trigger only, on top of the matcher's */
  unless?: Exception[];
}

export interface MatcherSpec {
  /** cheap pre-filter: the sentence must contain one of these strings */
  anyOf?: readonly string[];
  triggers: readonly (RegExp | Trigger)[];
  unless?: readonly Exception[];
  /** rule-wide test, run after exceptions */
  accept?: (m: RegExpExecArray, ctx: RuleContext) => boolean;
  /**
   * read a condition the previous sentence left open (Sentence.prev): the triggers also run over
   * the two sentences joined, so "若孩子在营期内受伤。营地不承担医疗费用。" is one clause. Hits that lie
   * wholly in the previous sentence are left to that sentence's own scan.
   */
  acrossSentences?: boolean;
}

interface CompiledTrigger {
  re: RegExp;
  gate?: RegExp;
  accept?: (m: RegExpExecArray, ctx: RuleContext) => boolean;
  unless: Exception[];
}

function compile(re: RegExp): RegExp {
  const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
  return new RegExp(re.source, flags);
}

function scopeText(ctx: RuleContext, start: number, end: number, ex: Exception): string {
  const t = ctx.text;
  switch (ex.scope) {
    case 'match':
      return t.slice(start, end);
    case 'sentence':
      return t;
    case 'prefix':
      return t.slice(0, start);
    case 'suffix':
      return t.slice(end);
    case 'clause': {
      const before = t.slice(0, start);
      let from = -1;
      for (const m of before.matchAll(CONTRAST)) from = m.index + m[0].length;
      return from < 0 ? t : t.slice(from);
    }
    case 'segment': {
      const [a] = segmentBounds(t, start);
      const [, b] = segmentBounds(t, Math.max(start, end - 1));
      return t.slice(a, b);
    }
    case 'before': {
      const [a] = segmentBounds(t, start);
      return t.slice(Math.max(a, start - (ex.window ?? 12)), start);
    }
    case 'after': {
      const [, b] = segmentBounds(t, Math.max(start, end - 1));
      return t.slice(end, Math.min(b, end + (ex.window ?? 12)));
    }
  }
}

/** A contrast that opens a carve-out: what follows it is a statement of its own. */
const CONTRAST = /但(?:是)?|然而|不过|\b(?:however|but)\b/g;

/**
 * Quoted to be disowned: a banned clause quoted after a negated verb of use ("不使用“一经报名概不退费”等
 * 不公平条款", "will not use terms such as \"no refunds\"") or quoted and declared void ("…等条款无效"). The
 * quotation is not a term of the contract.
 */
const NEG_USE_BEFORE =
  /(?:不|不得|不会|不再|禁止|严禁|杜绝|拒绝|避免|绝不|决不|未|没有|无)(?:在[^".]{0,10}?中)?(?:使用|采用|出现|写入|设置|设定|约定|载明|载有|包含|含有|列入|适用|订立|制定|使用含有|出现含有|存在|设有)[^".]{0,8}$|(?:不得|不能|不可|不应|无权|禁止|严禁)(?:以|援引|借口|依据|凭)$|\b(?:not|never|no longer|avoid\w*|refrain from|prohibited from|bans?|banned|forbids?|forbidden)\b[^".]{0,40}$/;
const VOID_AFTER = /^[^".]{0,12}?(?:条款|内容|表述|字样|规定|约定|terms?|clauses?|wording)[^".]{0,8}?(?:无效|不发生效力|不具(?:有)?(?:法律)?(?:效力|约束力)|不予适用|(?:is|are|shall be) (?:void|invalid|of no effect|null))/;

export function quotedToDisown(t: string, start: number, end: number): boolean {
  if (!t.includes('"')) return false;
  const quotes: number[] = [];
  for (let k = 0; k < t.length; k++) if (t[k] === '"') quotes.push(k);
  // pairs in order: [open, close]
  let inside = -1;
  for (let k = 0; k + 1 < quotes.length; k += 2) {
    if ((quotes[k] as number) <= start && end <= (quotes[k + 1] as number) + 1) inside = k;
  }
  if (inside < 0) return false;
  // a run of quoted phrases: "…""…"、"…" — move to the first and the last of the run
  let first = inside;
  while (first >= 2 && /^[\s,、和及或与/]*$/.test(t.slice((quotes[first - 1] as number) + 1, quotes[first] as number))) first -= 2;
  let last = inside;
  while (last + 3 < quotes.length && /^[\s,、和及或与/]*$/.test(t.slice((quotes[last + 1] as number) + 1, quotes[last + 2] as number))) last += 2;
  const before = t.slice(Math.max(0, (quotes[first] as number) - 24), quotes[first] as number);
  const after = t.slice((quotes[last + 1] as number) + 1);
  return NEG_USE_BEFORE.test(before) || VOID_AFTER.test(after);
}

/**
 * Named to be forbidden, denied or answered "no" (every rule): a fair clause that names an unfair practice
 * only to rule it out is not a term imposing it.
 *  (a) the operator is the subject of a prohibition whose act is a refusal or an imposition:
 *      "甲方不得以乙方投诉…为由拒绝退费", "严禁本机构擅自…", "The Centre shall not refuse a refund because…";
 *      "本中心不能退费" (an inability, no prohibition) and the consumer's "乙方不得要求退费" stay findings;
 *  (b) a denial or absence over a negative phrase (a double negation): "不存在概不退还的情形", "there are no
 *      non-refundable fees";
 *  (c) a question the next sentence answers "no": "Non-refundable? Not here.", "概不退费？不存在的。"
 */
const PARTY_TAIL_ZH = `(甲方|乙方|${CONSUMER_ZH}|${OPERATOR_ZH})(?:及其[^,.;]{0,6})?(?:均|也|亦|都|一律|绝|决|同样|在任何情况下)?`;
const PROHIBITED_ZH = new RegExp(
  `${PARTY_TAIL_ZH}(?:不得(?!不)|严禁|禁止|无权|不应|不允许|不可(?=以|因|借|擅自|随意|单方)|不能(?=以|因|借|擅自|随意|单方))([^,.;]{0,30})$`,
);
const PROHIBITING_ZH = new RegExp(`(?:严禁|禁止|不允许)(甲方|${OPERATOR_ZH})([^,.;]{0,30})$`);
const ACT_ZH = /拒|扣|收|要求|强制|强迫|以|因|借|擅自|随意|单方|设置|设定|约定|限制|免除|排除|终止|解除|取消|克扣|拖延|不予|没收|变更|调整|增加|转嫁|使用|写入/;
const PROHIBITED_EN = new RegExp(
  `(${OPERATOR_EN}|${CONSUMER_EN})[^,.;]{0,20}?\b(?:shall not|must not|may not(?! be able)|cannot lawfully|is not (?:permitted|allowed|entitled) to|are not (?:permitted|allowed|entitled) to|is prohibited from|are prohibited from|is forbidden to)\b([^,.;]{0,60})$`,
);
const ACT_EN = /(?:refus\w*|withh\w*|den(?:y|ies|ied)|charg\w*|impos\w*|deduct\w*|retain\w*|keep\w*|cancel\w*|terminat\w*|penali[sz]\w*|includ\w*|us(?:e|ing)|insert\w*|requir\w*|ask\w*|demand\w*|forc\w*|compel\w*|limit\w*|restrict\w*|exclud\w*|disclaim\w*|on the ground|because)/;
const DENIAL_BEFORE = /(?:不设|不存在|并不存在|不含|不包含|没有|并无|绝无|从无|不会有|不会出现|(?:there (?:is|are|will be) no|no such(?: thing as)?|we have no))(?:任何|所谓的?|any )?[\s"]*$/;
const NEGATIVE_PHRASE = /^[\s"]*(?:不|无|非|概不|恕不|non[- ]|no|not)/;
const ANSWER_NO = /^[\s"]*(?:not here|not with us|not at all|no|nope|never|absolutely not|certainly not|不存在|没有|不会|不是|当然不|绝不|绝对不)/;

function namedToRuleOut(ctx: RuleContext, start: number, end: number): boolean {
  const t = ctx.text;
  const [segA] = segmentBounds(t, start);
  const prefix = t.slice(Math.max(0, start - 60), start);
  const m = PROHIBITED_ZH.exec(prefix) ?? PROHIBITING_ZH.exec(prefix);
  if (m?.[1] !== undefined && roleOf(m[1], ctx) === 'institution' && ACT_ZH.test(`${m[2] ?? ''}${t.slice(start, end)}`)) return true;
  const e = PROHIBITED_EN.exec(prefix);
  if (e?.[1] !== undefined && roleOf(e[1].trim(), ctx) === 'institution' && ACT_EN.test(`${e[2] ?? ''} ${t.slice(start, end)}`)) return true;
  if (DENIAL_BEFORE.test(t.slice(Math.max(segA, start - 16), start)) && NEGATIVE_PHRASE.test(t.slice(start, end))) return true;
  const answer = ctx.sentence.answer;
  return answer !== undefined && ANSWER_NO.test(answer);
}

/**
 * Money flowing from the operator to the consumer — interest on a late refund, compensation, a penalty
 * paid BY the operator ("甲方逾期退费的，每逾期一日按应退金额的万分之五向乙方支付利息") — is never a fee on the consumer.
 */
export const PAID_TO_CONSUMER: Exception = {
  re: new RegExp(
    `(?:甲方|${OPERATOR_ZH})(?:[^.]|(?<=\\d)\\.(?=\\d)){0,40}?向(?:乙方|${CONSUMER_ZH})(?:加倍)?(?:支付|给付|加付|赔付|偿付)[^,.]{0,8}?(?:利息|违约金|赔偿金|滞纳金|补偿|罚息|赔偿|双倍)|(?:${OPERATOR_EN})[^.]{0,60}?\\b(?:pays?|paying|shall pay|will pay)\\b[^.]{0,20}?\\b(?:interest|compensation|a penalty|damages)\\b|\\b(?:interest|compensation|damages)\\b[^.]{0,20}?\\b(?:payable|paid) to (?:${CONSUMER_EN})`,
  ),
  scope: 'sentence',
};

/** Trims separators so an excerpt starts and ends on words. */
function trimHit(t: string, start: number, end: number): RuleHit {
  while (start < end && /[\s,.:;、"'()]/.test(t[start] as string)) start++;
  while (end > start && /[\s,.:;、"'(]/.test(t[end - 1] as string)) end--;
  if (end > start && t[end - 1] === ')' && !t.slice(start, end).includes('(')) end--;
  return { start, end };
}

/**
 * Consecutive plain triggers (a bare RegExp: no accept, gate or exception of its own) are merged
 * into one alternation: one exec per sentence instead of one per pattern, which is most of a
 * rule's cost on the many sentences its gate lets through. Any hit of any of them is a hit of the
 * rule, so merging changes at most which of two overlapping spans is reported.
 */
function mergePlain(triggers: readonly (RegExp | Trigger)[]): (RegExp | Trigger)[] {
  const out: (RegExp | Trigger)[] = [];
  let run: RegExp[] = [];
  const flush = (): void => {
    if (run.length === 1) out.push(run[0] as RegExp);
    else if (run.length > 1) out.push(new RegExp(run.map((r) => `(?:${r.source})`).join('|'), (run[0] as RegExp).flags));
    run = [];
  };
  for (const t of triggers) {
    const plain = t instanceof RegExp && (run.length === 0 || t.flags.replace('g', '') === (run[0] as RegExp).flags.replace('g', ''));
    if (plain) run.push(t);
    else {
      flush();
      if (t instanceof RegExp) run.push(t);
      else out.push(t);
    }
  }
  flush();
  return out;
}

export function matcher(spec: MatcherSpec): RuleMatcher {
  const triggers: CompiledTrigger[] = mergePlain(spec.triggers).map((t) =>
    t instanceof RegExp ? { re: compile(t), unless: [] } : { re: compile(t.re), gate: t.gate, accept: t.accept, unless: t.unless ?? [] },
  );
  const common = spec.unless ?? [];
  const run = (ctx: RuleContext, hits: RuleHit[], from: number): void => {
    const t = ctx.text;
    for (const trig of triggers) {
      if (trig.gate !== undefined && !trig.gate.test(t)) continue;
      trig.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = trig.re.exec(t)) !== null) {
        if (m[0].length === 0) {
          trig.re.lastIndex++;
          continue;
        }
        const start = m.index;
        const end = start + m[0].length;
        if (end <= from || hits.some((h) => start < h.end && end > h.start)) continue;
        let rejected = false;
        for (const ex of trig.unless) {
          ex.re.lastIndex = 0;
          if (ex.re.test(scopeText(ctx, start, end, ex))) {
            rejected = true;
            break;
          }
        }
        if (!rejected) {
          for (const ex of common) {
            ex.re.lastIndex = 0;
            if (ex.re.test(scopeText(ctx, start, end, ex))) {
              rejected = true;
              break;
            }
          }
        }
        if (rejected) continue;
        if (quotedToDisown(t, start, end) || namedToRuleOut(ctx, start, end)) continue;
        if (trig.accept && !trig.accept(m, ctx)) continue;
        if (spec.accept && !spec.accept(m, ctx)) continue;
        const hit = trimHit(t, start, end);
        if (hit.end > hit.start) hits.push(hit);
      }
    }
  };
  const matchSentence = (ctx: RuleContext): RuleHit[] => {
    const t = ctx.text;
    const prev = ctx.sentence.prev;
    const hits: RuleHit[] = [];
    run(ctx, hits, 0);
    if (spec.acrossSentences === true && prev !== undefined && ctx.sentence.prevStart !== undefined) {
      // the two sentences joined with a comma in place of the full stop, index for index
      const offset = ctx.sentence.start - ctx.sentence.prevStart;
      const joined = `${prev}${','.repeat(offset - prev.length)}${t}`;
      const more: RuleHit[] = hits.map((h) => ({ start: h.start + offset, end: h.end + offset }));
      const known = more.length;
      run({ ...ctx, text: joined }, more, offset);
      for (const h of more.slice(known)) hits.push({ start: h.start - offset, end: h.end - offset });
    }
    return hits;
  };
  // the gate is the caller's to test, for all rules at once (literal-gate.ts)
  return spec.anyOf && spec.anyOf.length > 0 ? Object.assign(matchSentence, { anyOf: spec.anyOf }) : matchSentence;
}

/** Reads "30%", "1/2", "半", "30" (as percent) into a fraction 0..n; null when unreadable. */
export function readRatio(s: string): number | null {
  const pct = /(\d+(?:\.\d+)?)\s?%/.exec(s);
  if (pct?.[1]) return Number(pct[1]) / 100;
  const frac = /(\d+)\s?\/\s?(\d+)/.exec(s);
  if (frac?.[1] && frac[2] && Number(frac[2]) !== 0) return Number(frac[1]) / Number(frac[2]);
  if (/半|half/.test(s)) return 0.5;
  const times = /(\d+(?:\.\d+)?)\s?(?:倍|times)/.exec(s);
  if (times?.[1]) return Number(times[1]);
  if (/double|twice/.test(s)) return 2;
  if (/two[- ]thirds/.test(s)) return 2 / 3;
  if (/(?:one|a)[- ]third/.test(s)) return 1 / 3;
  if (/three[- ]quarters/.test(s)) return 0.75;
  if (/(?:one|a)[- ]quarter/.test(s)) return 0.25;
  return null;
}

/** True when the few characters before `idx` (within its segment) negate what follows ("不作废", "不因到期而作废", "不得以此为由作废"). */
export function negatedJustBefore(text: string, idx: number, window = 10): boolean {
  const [a] = segmentBounds(text, idx);
  const before = text.slice(Math.max(a, idx - window), idx);
  return /(?:不|无|未|非|免|勿|没有|不会|不得|不应|不能|不可|不因[^,.]{0,8}而|(?:不得|不能|不应|不可|无权|禁止|严禁)(?:以|因)[^,.]{0,8}?(?:为由|为借口|为理由|而)|并不|绝不|决不|无需|无须|不予以|不再|不致|避免)(?:得|会|应|能|可|再|另|另行|予|需|须|用|必|额外)?(?:收取|收|支付|缴纳|交纳|扣除|扣|承担|加收|计收|产生|设置|存在|包含|含|涉及|要求)?(?:任何|其他|额外|另外)?(?:的)?$/.test(before);
}

/** English counterpart: "not", "no", "never", "without", "shall not" shortly before. */
export function negatedJustBeforeEn(text: string, idx: number, window = 40): boolean {
  const [a] = segmentBounds(text, idx);
  const before = text.slice(Math.max(a, idx - window), idx);
  return /\b(?:not|no|never|without|nor|neither|free of|waive[sd]?|n't)\b[^,.;]{0,30}$/.test(before) || /n't\s[^,.;]{0,30}$/.test(before);
}

/** Builds a RegExp from fragments (strings are regex source). */
export function re(parts: TemplateStringsArray, ...fragments: string[]): RegExp {
  let src = '';
  parts.raw.forEach((p, i) => {
    src += p;
    if (i < fragments.length) src += fragments[i];
  });
  return new RegExp(src);
}
