import { englishNumberValue, formatNumber, isChineseNumeralChar, isChineseNumeralCode, parseChineseNumeral } from './numerals';
import { TRAD_CODE_TO_SIMP, TRAD_TO_SIMP } from './traditional';

/**
 * A contract text rewritten into one canonical form for matching, with a map back to the
 * original: NFKC, full-width → half-width, Chinese punctuation → ASCII, lower case, a few
 * traditional characters → simplified, Chinese numerals → Arabic digits ("百分之三十" → "30%"),
 * whitespace dropped between CJK characters and lines re-joined where a PDF copy wrapped them.
 *
 * `starts[i]`/`ends[i]` give the span of the ORIGINAL text (JavaScript string indices, end
 * exclusive) that produced normalised code unit i, so a match [a, b) in `text` maps back to
 * [starts[a], ends[b - 1]) in the original: that is what makes a finding's excerpt exactly
 * `original.slice(start, end)` even when the match ran over "百分之三十", "３０％" or an emoji.
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** Maps a normalised span [a, b) (b > a) back to the original text. */
export function originalSpan(nt: NormalizedText, a: number, b: number): { start: number; end: number } {
  if (b <= a) {
    const at = a < nt.starts.length ? (nt.starts[a] ?? 0) : nt.original.length;
    return { start: at, end: at };
  }
  return { start: nt.starts[a] ?? 0, end: nt.ends[b - 1] ?? nt.original.length };
}

// ---------------------------------------------------------------------------------------------
// Pass 1: code point by code point (NFKC, punctuation, case, traditional → simplified).

const PUNCTUATION: Readonly<Record<string, string>> = {
  '。': '.', '｡': '.', '．': '.', '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'", '「': '"', '」': '"',
  '『': '"', '』': '"', '【': '[', '】': ']', '〔': '(', '〕': ')', '〖': '[', '〗': ']', '—': '-',
  '–': '-', '―': '-', '～': '~', '〜': '~', '﹐': ',', '﹑': '、', '､': '、',
};

const nfkcCache = new Map<number, string>();
function nfkc(cp: number, ch: string): string {
  let r = nfkcCache.get(cp);
  if (r === undefined) {
    r = ch.normalize('NFKC').toLowerCase();
    nfkcCache.set(cp, r);
  }
  return r;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x1680;
}
function isNewlineCode(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
}
function isInvisible(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff || c === 0xad || c === 0x2060;
}

const UTF16 = new TextDecoder('utf-16le');

/** Growable UTF-16 buffer with the original span of every code unit (typed arrays: this runs per character). */
class SpanBuilder {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(capacity: number) {
    const c = Math.max(16, capacity);
    this.codes = new Uint16Array(c);
    this.starts = new Int32Array(c);
    this.ends = new Int32Array(c);
  }
  private grow(): void {
    const c = this.codes.length * 2;
    const codes = new Uint16Array(c);
    codes.set(this.codes);
    const starts = new Int32Array(c);
    starts.set(this.starts);
    const ends = new Int32Array(c);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }
  pushCode(code: number, a: number, b: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = a;
    this.ends[this.length] = b;
    this.length++;
  }
  push(s: string, a: number, b: number): void {
    for (let k = 0; k < s.length; k++) this.pushCode(s.charCodeAt(k), a, b);
  }
  lastChar(): string | undefined {
    return this.length === 0 ? undefined : String.fromCharCode(this.codes[this.length - 1] as number);
  }
  text(): string {
    // typed arrays are little-endian on every platform Node runs on
    return UTF16.decode(this.codes.subarray(0, this.length));
  }
}

function pass1(original: string): SpanBuilder {
  const out = new SpanBuilder(original.length + 16);
  const push = (s: string, a: number, b: number): void => out.push(s, a, b);
  const n = original.length;
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    // ASCII fast path.
    if (c < 0x80) {
      if (c === 0x0d) {
        const crlf = original.charCodeAt(i + 1) === 0x0a;
        push('\n', i, crlf ? i + 2 : i + 1);
        i += crlf ? 2 : 1;
        continue;
      }
      if (c === 0x0a) out.pushCode(0x0a, i, i + 1);
      else if (isSpaceCode(c)) out.pushCode(0x20, i, i + 1);
      else if (c >= 0x41 && c <= 0x5a) out.pushCode(c + 32, i, i + 1);
      else out.pushCode(c, i, i + 1);
      i += 1;
      continue;
    }
    if (c >= 0x4e00 && c <= 0x9fff) {
      // CJK fast path (no slice, no string allocation): the bulk of a Chinese contract
      out.pushCode(TRAD_CODE_TO_SIMP.get(c) ?? c, i, i + 1);
      i += 1;
      continue;
    }
    const cp = original.codePointAt(i) as number;
    const len = cp > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + len);
    if (cp >= 0x4e00 && cp <= 0x9fff) {
      const simp = TRAD_TO_SIMP.get(ch);
      if (simp === undefined) out.pushCode(cp, i, i + 1);
      else push(simp, i, i + len);
    } else if (isNewlineCode(cp)) {
      push('\n', i, i + len);
    } else if (isSpaceCode(cp)) {
      push(' ', i, i + len);
    } else if (isInvisible(cp)) {
      // dropped: zero-width characters pasted from web pages must not break a phrase
    } else if (cp >= 0x2460 && cp <= 0x2473) {
      // ①…⑳ are list markers: "(1)" keeps them markers instead of NFKC's bare digit
      push(`(${cp - 0x2460 + 1})`, i, i + len);
    } else {
      const p = PUNCTUATION[ch];
      if (p !== undefined) push(p, i, i + len);
      else {
        let r = nfkc(cp, ch);
        const p2 = r.length === 1 ? PUNCTUATION[r] : undefined;
        if (p2 !== undefined) r = p2;
        push(r, i, i + len);
      }
    }
    i += len;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Pass 2: whitespace, numbers.

function isCjkish(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x2e80 && c < 0xd800) || (c >= 0xf900 && c <= 0xffef);
}
function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}
function isLatin(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}
function isTerminal(ch: string | undefined): boolean {
  return ch === '.' || ch === '!' || ch === '?' || ch === ';' || ch === ':';
}

/** A line that starts with one of these begins a new clause even when the previous line did not end. */
// "第五条 退费" is a heading only with a space after it: a PDF copy may wrap a cross-reference
// ("…本合同\n第二条载明的…") and "乙方将…" may start a wrapped line, so only "乙方：" counts.
const LINE_MARKER = /(?:第[一二三四五六七八九十百零〇\d]+[条章款节项部](?:[ \n]|$)|[一二三四五六七八九十]+[、.,]|\(\s*[一二三四五六七八九十\d]+\s*\)|\d+(?:\.\d+)*\s*[、.)](?!\d)|[#\[*•·-]|(?:甲方|乙方|丙方)\s*[(:]|article\s|section\s|clause\s)/y;

/** Units that make a Chinese numeral a quantity ("三个月", "六十课时", "五千元"). */
const NUMERAL_UNIT = /(?: ?%|(?:个)?(?:课时|节|堂|次|课|期|月|周|星期|天|日|年|岁|元|块|小时|分钟|人|名|倍|学期|学年|季度|季(?!节)|工作日|自然日|%|折|条|款|项|章|门|科|级|轮|班|份))/y;
/** After "N成" these characters mean 成 is a verb or noun, not "tenths" (成为, 成功, 成年…). */
const CHENG_NOT_PERCENT = new Set(Array.from('为功立年人本交绩员长熟就果品型都效'));
const ENGLISH_UNIT = /[ -](?:percent|per cent|%|lessons?|classes|class|sessions?|hours?|months?|days?|weeks?|years?|terms?|semesters?|instal(?:l)?ments?|payments?|yuan|rmb|times|working|calendar|business|students?|children|child|pupils?|participants?|people|persons?|learners?|members?|kids?|campers?|places?|famil(?:y|ies))\b/y;
const PERCENT_WORD = / ?(?:percent|per cent)\b/y;

function stickyAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

export function normalizeText(original: string): NormalizedText {
  const b1 = pass1(original);
  const s1 = b1.text();
  const S = b1.starts;
  const E = b1.ends;
  const n = s1.length;

  const out = new SpanBuilder(n + 16);
  let lineStart = 0;
  let lineHasColon = false;
  const emit = (s: string, a: number, b: number): void => out.push(s, a, b);
  const emitSource = (from: number, to: number): void => {
    for (let k = from; k < to; k++) out.pushCode(s1.charCodeAt(k), S[k] as number, E[k] as number);
  };
  const spanStart = (k: number): number => S[k] as number;
  const spanEnd = (k: number): number => E[k - 1] as number;

  const numeralRunEnd = (from: number): number => {
    let k = from;
    while (k < n) {
      const ch = s1[k] as string;
      if (isChineseNumeralChar(ch)) k++;
      else if (ch === '点' && k > from && k + 1 < n && isChineseNumeralChar(s1[k + 1] as string)) k++;
      else break;
    }
    return k;
  };
  const digitRunEnd = (from: number): number => {
    let k = from;
    while (k < n && isDigit(s1[k])) k++;
    if (s1[k] === '.' && isDigit(s1[k + 1])) {
      k++;
      while (k < n && isDigit(s1[k])) k++;
    }
    return k;
  };
  /** "X分之Y" at `at` (just after the denominator): returns [value %, end] or null. */
  const fractionAfter = (denominator: number | null, at: number): [number, number] | null => {
    if (denominator === null || denominator === 0) return null;
    if (s1[at] !== '分' || s1[at + 1] !== '之') return null;
    const k = at + 2;
    let end: number;
    let numerator: number | null;
    if (isDigit(s1[k])) {
      end = digitRunEnd(k);
      numerator = Number(s1.slice(k, end));
    } else {
      end = numeralRunEnd(k);
      numerator = end > k ? parseChineseNumeral(s1.slice(k, end)) : null;
    }
    if (numerator === null) return null;
    return [(numerator / denominator) * 100, end];
  };

  const HALF = 0x534a; // 半
  const DOUBLE = 0x53cc; // 双
  let i = 0;
  while (i < n) {
    // Fast path: an ideograph that is no numeral (most of a Chinese contract) is copied as is.
    const code = s1.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff && code !== HALF && code !== DOUBLE && !isChineseNumeralCode(code)) {
      out.pushCode(code, S[i] as number, E[i] as number);
      i++;
      continue;
    }
    const ch = s1[i] as string;

    // Whitespace runs: dropped next to CJK, one space between words, a line break where a
    // new clause starts (blank line, list marker, after a terminator, after a short heading).
    if (ch === ' ' || ch === '\n') {
      let k = i;
      let newlines = 0;
      while (k < n && (s1[k] === ' ' || s1[k] === '\n')) {
        if (s1[k] === '\n') newlines++;
        k++;
      }
      const prev = out.lastChar();
      const next = s1[k];
      if (prev === undefined || next === undefined || prev === '\n') {
        // leading, trailing, or after a break already emitted
      } else if (newlines > 0) {
        const lineLength = out.length - lineStart;
        const marker = stickyAt(LINE_MARKER, s1, k) !== null;
        if (newlines >= 2 || marker || isTerminal(prev) || lineLength < 16 || lineHasColon) {
          emit('\n', spanStart(i), spanEnd(k));
          lineStart = out.length;
          lineHasColon = false;
        } else if (!isCjkish(prev) && !isCjkish(next)) {
          emit(' ', spanStart(i), spanEnd(k));
        }
      } else if (!isCjkish(prev) && !isCjkish(next) && !(next === '%' && isDigit(prev))) {
        emit(' ', spanStart(i), spanEnd(k));
      }
      i = k;
      continue;
    }

    if (isDigit(ch)) {
      // Digits, with thousands separators only where the original had an ASCII comma
      // ("5,000" is one number; "60，300" is two).
      let k = i;
      let digits = '';
      for (;;) {
        while (k < n && isDigit(s1[k])) digits += s1[k++];
        if (s1[k] === ',' && original[S[k] as number] === ',' && isDigit(s1[k + 1]) && isDigit(s1[k + 2]) &&
          isDigit(s1[k + 3]) && !isDigit(s1[k + 4])) {
          k++;
          continue;
        }
        break;
      }
      if (s1[k] === '.' && isDigit(s1[k + 1])) {
        digits += '.';
        k++;
        while (k < n && isDigit(s1[k])) digits += s1[k++];
      }
      const value = Number(digits);
      const frac = fractionAfter(value, k);
      if (frac) {
        emit(`${formatNumber(frac[0])}%`, spanStart(i), spanEnd(frac[1]));
        i = frac[1];
        continue;
      }
      if ((s1[k] === '万' || s1[k] === '千') && (s1[k + 1] === '元' || s1[k + 1] === '块')) {
        emit(formatNumber(value * (s1[k] === '万' ? 10_000 : 1000)), spanStart(i), spanEnd(k + 1));
        i = k + 1;
        continue;
      }
      if (s1[k] === '成' && value >= 1 && value <= 10 && !CHENG_NOT_PERCENT.has(s1[k + 1] ?? '')) {
        emit(`${formatNumber(value * 10)}%`, spanStart(i), spanEnd(k + 1));
        i = k + 1;
        continue;
      }
      // Digits are emitted one by one so each keeps its own span (commas are skipped).
      for (let d = i; d < k; d++) if (s1[d] !== ',') emitSource(d, d + 1);
      i = k;
      const pw = stickyAt(PERCENT_WORD, s1, i);
      if (pw) {
        emit('%', spanStart(i), spanEnd(i + pw[0].length));
        i += pw[0].length;
      }
      continue;
    }

    if (isChineseNumeralChar(ch)) {
      const k = numeralRunEnd(i);
      const run = s1.slice(i, k);
      const value = parseChineseNumeral(run);
      if (run === '一' && s1[k] === '半') {
        emit('50%', spanStart(i), spanEnd(k + 1));
        i = k + 1;
        continue;
      }
      const frac = fractionAfter(value, k);
      if (frac) {
        emit(`${formatNumber(frac[0])}%`, spanStart(i), spanEnd(frac[1]));
        i = frac[1];
        continue;
      }
      if (value !== null && s1[k] === '成' && run.length === 1 && value >= 1 && value <= 10 &&
        !CHENG_NOT_PERCENT.has(s1[k + 1] ?? '')) {
        emit(`${formatNumber(value * 10)}%`, spanStart(i), spanEnd(k + 1));
        i = k + 1;
        continue;
      }
      if (value !== null && (stickyAt(NUMERAL_UNIT, s1, k) !== null || out.lastChar() === '第')) {
        emit(formatNumber(value), spanStart(i), spanEnd(k));
        i = k;
        continue;
      }
      emitSource(i, k);
      i = k;
      continue;
    }

    if (ch === '半') {
      // 半数 = half; 半年 = six months (a common "半年卡" charge); 双倍 handled below
      if (s1[i + 1] === '数') {
        emit('50%', spanStart(i), spanEnd(i + 2));
        i += 2;
        continue;
      }
      if (s1[i + 1] === '年') {
        emit('6个月', spanStart(i), spanEnd(i + 2));
        i += 2;
        continue;
      }
    }
    if (ch === '双' && s1[i + 1] === '倍') {
      emit('2', spanStart(i), spanEnd(i + 1));
      i += 1;
      continue;
    }

    if (isLatin(ch)) {
      let k = i;
      while (k < n && isLatin(s1[k])) k++;
      const word = s1.slice(i, k);
      const v = englishNumberValue(word);
      if (v !== undefined && !isLatin(s1[i - 1]) && stickyAt(ENGLISH_UNIT, s1, k) !== null) {
        emit(String(v), spanStart(i), spanEnd(k));
        i = k;
        const pw = stickyAt(PERCENT_WORD, s1, i);
        if (pw) {
          emit('%', spanStart(i), spanEnd(i + pw[0].length));
          i += pw[0].length;
        }
        continue;
      }
      emitSource(i, k);
      i = k;
      continue;
    }

    if (ch === ':') lineHasColon = true;
    emitSource(i, i + 1);
    i += 1;
  }

  return { original, text: out.text(), starts: out.starts.subarray(0, out.length), ends: out.ends.subarray(0, out.length) };
}
