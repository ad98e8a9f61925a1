import { segmentBounds } from '../clauses';
import type { PartyRole, RuleContext, RuleHit, RuleMatcher } from './types';

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
  | 'suffix';

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

/** Trims separators so an excerpt starts and ends on words. */
function trimHit(t: string, start: number, end: number): RuleHit {
  while (start < end && /[\s,.:;、"'()]/.test(t[start] as string)) start++;
  while (end > start && /[\s,.:;、"'(]/.test(t[end - 1] as string)) end--;
  if (end > start && t[end - 1] === ')' && !t.slice(start, end).includes('(')) end--;
  return { start, end };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  // one precompiled alternation instead of a loop of includes(): this gate runs for every rule on every sentence
  const gate = spec.anyOf && spec.anyOf.length > 0 ? new RegExp(spec.anyOf.map(escapeRegExp).join('|')) : null;
  return (ctx) => {
    const t = ctx.text;
    // the gate also passes on an unfinished previous sentence the rules may read (Sentence.prev)
    if (gate !== null && !gate.test(t) && !(ctx.sentence.prev !== undefined && gate.test(ctx.sentence.prev))) return [];
    const hits: RuleHit[] = [];
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
        if (hits.some((h) => start < h.end && end > h.start)) continue;
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
        if (trig.accept && !trig.accept(m, ctx)) continue;
        if (spec.accept && !spec.accept(m, ctx)) continue;
        const hit = trimHit(t, start, end);
        if (hit.end > hit.start) hits.push(hit);
      }
    }
    return hits;
  };
}

// ---------------------------------------------------------------------------------------------
// Party roles: who is acting in a segment.

const PARTY_WORD =
  /(本培训机构|本培训中心|本培训学校|培训中心|培训学校|本教育机构|教育机构|培训机构|本机构|我机构|本中心|我中心|本校|本学校|我校|学校|校方|本公司|我公司|我司|公司|本园|本店|本场馆|本馆|本俱乐部|本工作室|本学院|本单位|本平台|培训方|服务方|机构|我方|我们|校长|负责人|俱乐部|馆方|园方|店方|举办方|主办方|承办方|运营方|营地|营方|本[\u4e00-\u9fff]{0,2}(?:院|营地|营|馆|园|店|室|社|团|所|坊|苑|琴行|学堂|中心|学校|机构|俱乐部|公司)|甲方|乙方|学员家长|孩子家长|学生家长|学员方|学员|学生|家长|监护人|消费者|客户|会员|报名者|参训人|受训方|孩子|幼儿|儿童|持卡人|您|\bthe (?:institution|school|company|centre|center|provider|academy|trainer|organi[sz]ation|organi[sz]er|operator|institute|camp|studio|club|training (?:centre|center|school|institution|provider))\b|\bparty [ab]\b|\b(?:we|us|our)\b|\b(?:the )?(?:student|parent|guardian|consumer|customer|learner|member|pupil|participant)s?\b|\b(?:the )?(?:child|children|families|family)\b|\byou\b)/g;

export function roleOf(word: string, ctx: RuleContext): PartyRole {
  if (word === '甲方' || word === 'party a') return ctx.parties.partyAIsInstitution ? 'institution' : 'consumer';
  if (word === '乙方' || word === 'party b') return ctx.parties.partyAIsInstitution ? 'consumer' : 'institution';
  if (/^(?:学员家长|孩子家长|学生家长|学员方|学员|学生|家长|监护人|消费者|客户|会员|报名者|参训人|受训方|孩子|幼儿|儿童|持卡人|您|(?:the )?(?:student|parent|guardian|consumer|customer|learner|member|pupil|participant)s?|(?:the )?(?:child|children|families|family)|you)$/.test(word)) {
    return 'consumer';
  }
  return 'institution';
}

/** The role of the last party named in `text` (e.g. the subject before "有权"), or null. */
export function lastPartyIn(text: string, ctx: RuleContext): PartyRole | null {
  PARTY_WORD.lastIndex = 0;
  let last: string | null = null;
  let m: RegExpExecArray | null;
  while ((m = PARTY_WORD.exec(text)) !== null) last = m[1] ?? null;
  return last === null ? null : roleOf(last, ctx);
}

/**
 * The party written right before `at` — the grammatical subject of "X不得…", allowing
 * "及其工作人员" and adverbs like 均/也/亦 in between — or null when none is there.
 */
export function subjectRightBefore(ctx: RuleContext, at: number): PartyRole | null {
  const before = ctx.text.slice(Math.max(0, at - 16), at);
  const m = SUBJECT_TAIL.exec(before);
  return m?.[1] === undefined ? null : roleOf(m[1], ctx);
}
const SUBJECT_TAIL =
  /(本培训机构|本培训中心|本培训学校|培训中心|培训学校|培训机构|本机构|我机构|本中心|本校|我校|学校|本公司|公司|本场馆|本馆|本店|本俱乐部|本工作室|俱乐部|馆方|园方|店方|营地|营方|主办方|本[\u4e00-\u9fff]{0,2}(?:院|营地|营|馆|园|店|室|社|团|所|坊|苑|琴行|学堂|中心|学校|机构|俱乐部|公司)|机构|我们|甲方|乙方|学员家长|孩子家长|学生家长|学员方|学员|学生|家长|监护人|消费者|客户|会员|孩子|幼儿|儿童|持卡人|报名者|参训人|受训方|您)(?:及其[^,.]{0,6})?(?:均|也|亦|都|一律|再|同样|应当|应|将|会)?$/;

/** The role of the first party named in `text`, or null. */
export function firstPartyIn(text: string, ctx: RuleContext): PartyRole | null {
  PARTY_WORD.lastIndex = 0;
  const m = PARTY_WORD.exec(text);
  return m?.[1] === undefined ? null : roleOf(m[1], ctx);
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
  return null;
}

/** True when the few characters before `idx` (within its segment) negate what follows ("不作废", "不因到期而作废"). */
export function negatedJustBefore(text: string, idx: number, window = 10): boolean {
  const [a] = segmentBounds(text, idx);
  const before = text.slice(Math.max(a, idx - window), idx);
  return /(?:不|无|未|非|免|勿|没有|不会|不得|不应|不能|不可|不因[^,.]{0,8}而|并不|绝不|决不|无需|无须|不予以|不再|不致|避免)(?:得|会|应|能|可|再|另|另行|予|需|须|用|必|额外)?(?:收取|收|支付|缴纳|交纳|扣除|扣|承担|加收|计收|产生|设置|存在|包含|含|涉及|要求)?(?:任何|其他|额外|另外)?(?:的)?$/.test(before);
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
