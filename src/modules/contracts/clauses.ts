/**
 * Splitting a normalised contract into the units rules look at. A rule sees one sentence
 * (ended by . ! ? ; or a line break); inside it, commas and colons delimit the segments that
 * negation and exceptions are scoped to, so "乙方可随时申请退费，但开课后概不退还" still yields
 * the unfair second half.
 */

export interface Sentence {
  /** start in the normalised text, inclusive */
  start: number;
  /** end in the normalised text, exclusive */
  end: number;
  text: string;
  hasCjk: boolean;
  hasLatin: boolean;
  /**
   * the previous sentence's text when this one continues it: a clause cut by a full stop after
   * its condition ("学员开课后要求退费的。本机构一律不予办理。", "若孩子在营期内受伤。营地不承担医疗费用。",
   * "学员开课后提出退学。本中心对此不予退款。") — the rules may read the condition there
   */
  prev?: string;
  /** where the previous sentence starts (normalised text), when `prev` is set */
  prevStart?: number;
  /** the next sentence's text when a semicolon joins the two halves of one clause ("不予退还；未上课时全额退还") */
  next?: string;
  /** the next sentence when this one is a question it answers ("Non-refundable? Not here.") */
  answer?: string;
}

/** Sentences longer than this are cut at commas so bounded regex gaps stay cheap. */
const MAX_SENTENCE = 400;

function isBoundary(text: string, k: number): boolean {
  const ch = text[k];
  if (ch === '\n' || ch === ';' || ch === '!' || ch === '?') return true;
  if (ch !== '.') return false;
  const prev = text[k - 1];
  const next = text[k + 1];
  // 5.5 and 3.2.1 are numbers, not ends; "e.g." is not worth special-casing in contracts
  if (prev !== undefined && prev >= '0' && prev <= '9' && next !== undefined && next >= '0' && next <= '9') return false;
  if (next === '.' || prev === '.') return false;
  return true;
}

function makeSentence(text: string, a: number, b: number): Sentence | null {
  while (a < b && (text[a] === ' ' || text[a] === ',')) a++;
  while (b > a && (text[b - 1] === ' ' || text[b - 1] === ',')) b--;
  if (b <= a) return null;
  const t = text.slice(a, b);
  return { start: a, end: b, text: t, hasCjk: /[\u3400-\u9fff]/.test(t), hasLatin: /[a-z]{2}/.test(t) };
}

/** 的 者 时 后: a Chinese condition ("…退费的") that the next sentence completes. */
const CONDITION_ENDS: ReadonlySet<number> = new Set(Array.from('的者时后', (c) => c.charCodeAt(0)));
/** A sentence that opens with a condition ("若…", "如果…", "Where a student leaves…") and has no main clause. */
const CONDITION_OPENS = /^(?:若|如|如果|假如|倘若|凡|一旦|当|万一|(?:if|where|when|whenever|should|once|in the event)\b)/;
/** A sentence that refers back to the one before: "对此", "此种情况", "一经发现", "否则", "in that case". */
const REFERS_BACK = /^(?:[^,.]{0,8}?(?:对此|对于此|此种|此类|该情形|该情况|上述情形|上述情况|这种情况|这种情形)|(?:一经(?:发现|查实|核实|查证|确认)|违者|否则|如有违反|如违反|若违反)|(?:in (?:that|this|such a|which) case|in these circumstances|then)\b)/;

/**
 * A sentence that only says how the charge is paid, after the one that says what it covers:
 * "本课程共计90课时.学费须在首节课前1次性缴清." is one charge of 90 lessons.
 */
const PAID_AT_ONCE = /(?:1次性|一次性|全额|预交|预缴|预付)|(?:付|缴|交)(?:清|齐)|\b(?:upfront|up-front|in full|in advance|(?:in )?(?:one|1|a single|single) (?:instal(?:l)?ment|payment))\b/;
const QUANTITY = /\d(?:个)?(?:课时|节|次|堂|学时|月|年|周|学期|季度|元)|\d (?:lessons|classes|sessions|weeks|months|terms)\b/;

function continues(p: Sentence, s: Sentence, text: string): boolean {
  if (s.start - p.end > 2 || text[p.end] === '\n') return false;
  if (PAID_AT_ONCE.test(s.text) && !/\d/.test(s.text) && QUANTITY.test(p.text)) return true;
  if (CONDITION_ENDS.has(p.text.charCodeAt(p.text.length - 1))) return s.hasCjk;
  return (CONDITION_OPENS.test(p.text) && !/[,:]/.test(p.text.slice(-40))) || REFERS_BACK.test(s.text);
}

export function splitSentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  const pushRange = (a: number, b: number): void => {
    if (b - a <= MAX_SENTENCE) {
      const s = makeSentence(text, a, b);
      if (s) result.push(s);
      return;
    }
    // cut an over-long run at the last comma before the limit (or hard at the limit)
    let from = a;
    while (b - from > MAX_SENTENCE) {
      let cut = text.lastIndexOf(',', from + MAX_SENTENCE);
      if (cut <= from + MAX_SENTENCE / 4) cut = from + MAX_SENTENCE;
      const s = makeSentence(text, from, cut);
      if (s) result.push(s);
      from = cut;
    }
    const s = makeSentence(text, from, b);
    if (s) result.push(s);
  };
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    if (isBoundary(text, k)) {
      pushRange(start, k);
      start = k + 1;
    }
  }
  pushRange(start, text.length);
  for (let k = 1; k < result.length; k++) {
    const p = result[k - 1] as Sentence;
    const s = result[k] as Sentence;
    // only a condition left open that runs straight on into this sentence
    if (continues(p, s, text)) {
      s.prev = p.text;
      s.prevStart = p.start;
    }
    if (text[p.end] === ';' && s.start - p.end <= 2) p.next = s.text;
    if (text[p.end] === '?' && s.start - p.end <= 2) p.answer = s.text;
  }
  return result;
}

/** Bounds [a, b) of the comma/colon-delimited segment of `s` that contains index `at`. */
export function segmentBounds(s: string, at: number): [number, number] {
  let a = at;
  while (a > 0 && !isSegmentBreak(s[a - 1])) a--;
  let b = at;
  while (b < s.length && !isSegmentBreak(s[b])) b++;
  return [a, b];
}

function isSegmentBreak(ch: string | undefined): boolean {
  return ch === ',' || ch === ':';
}
