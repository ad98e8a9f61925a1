/**
 * Every rule's cheap pre-filter (MatcherSpec.anyOf: the sentence must contain one of these
 * strings) tested for all rules at once. A rule's gate was its own regular expression, run on
 * every sentence: some forty scans of each sentence, a quarter of a cold scan. Here the literals
 * of all rules go into one Aho–Corasick automaton, a sentence is read once, and the result says
 * which rules' gates pass. Same answer as each rule's `literals.some((l) => text.includes(l))`.
 */
export class LiteralGate {
  private readonly words: number;
  /** per state: next state by character code */
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** per state: the rules one of whose literals ends here (own or by a shorter suffix), as bit words */
  private readonly out: (Uint32Array | null)[] = [null];
  /** rules that pass on any text (an empty literal) */
  private readonly always: Uint32Array;
  private memoText: string | null = null;
  private memoMask: Uint32Array;

  /** `literals[i]` is rule i's gate; null for a rule without one (it always passes). */
  constructor(literals: readonly (readonly string[] | null)[]) {
    this.words = Math.max(1, Math.ceil(literals.length / 32));
    this.always = new Uint32Array(this.words);
    this.memoMask = new Uint32Array(this.words);
    literals.forEach((list, rule) => {
      if (list === null || list.length === 0 || list.some((l) => l.length === 0)) {
        setBit(this.always, rule);
        return;
      }
      for (const literal of list) this.add(literal, rule);
    });
    this.link();
  }

  private add(literal: string, rule: number): void {
    let s = 0;
    for (let k = 0; k < literal.length; k++) {
      const c = literal.charCodeAt(k);
      let t = this.next[s]?.get(c);
      if (t === undefined) {
        t = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.out.push(null);
        this.next[s]?.set(c, t);
      }
      s = t;
    }
    const own = this.out[s] ?? new Uint32Array(this.words);
    setBit(own, rule);
    this.out[s] = own;
  }

  /** Failure links breadth first; each state's output takes in its failure state's. */
  private link(): void {
    const queue: number[] = [];
    for (const t of (this.next[0] as Map<number, number>).values()) queue.push(t);
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head] as number;
      for (const [c, t] of this.next[s] as Map<number, number>) {
        let f = this.fail[s] as number;
        while (f !== 0 && !(this.next[f] as Map<number, number>).has(c)) f = this.fail[f] as number;
        const g = (this.next[f] as Map<number, number>).get(c);
        this.fail[t] = g ?? 0;
        const inherited = this.out[this.fail[t] as number];
        if (inherited) {
          const own = this.out[t] ?? new Uint32Array(this.words);
          for (let w = 0; w < this.words; w++) own[w] = (own[w] as number) | (inherited[w] as number);
          this.out[t] = own;
        }
        queue.push(t);
      }
    }
  }

  /** The rules whose gates pass on `text`, as bit words (bit i: rule i). */
  private scan(text: string): Uint32Array {
    const mask = Uint32Array.from(this.always);
    const { next, fail, out } = this;
    let s = 0;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      let t = (next[s] as Map<number, number>).get(c);
      while (t === undefined && s !== 0) {
        s = fail[s] as number;
        t = (next[s] as Map<number, number>).get(c);
      }
      s = t ?? 0;
      const o = out[s];
      if (o) for (let w = 0; w < mask.length; w++) mask[w] = (mask[w] as number) | (o[w] as number);
    }
    return mask;
  }

  /**
   * The rules whose gates pass on the sentence or on the unfinished sentence before it (which
   * the rules may read). The previous sentence was usually the last one scanned, so its answer
   * is remembered.
   */
  passing(text: string, prev?: string): Uint32Array {
    const own = this.scan(text);
    const before = prev === undefined ? null : prev === this.memoText ? this.memoMask : this.scan(prev);
    this.memoText = text;
    this.memoMask = own;
    if (before === null) return own;
    const mask = Uint32Array.from(own);
    for (let w = 0; w < mask.length; w++) mask[w] = (mask[w] as number) | (before[w] as number);
    return mask;
  }
}

function setBit(mask: Uint32Array, i: number): void {
  mask[i >>> 5] = (mask[i >>> 5] as number) | (1 << (i & 31));
}

export function hasBit(mask: Uint32Array, i: number): boolean {
  return ((mask[i >>> 5] as number) & (1 << (i & 31))) !== 0;
}
