import fc from 'fast-check';
import { hasBit, LiteralGate } from '../../../src/modules/contracts/literal-gate';
import { RULES } from '../../../src/modules/contracts/rules/index';

/** What each rule's own gate answers: the text contains one of its literals. */
function naive(literals: readonly (readonly string[] | null)[], text: string, prev?: string): boolean[] {
  return literals.map(
    (list) => list === null || list.length === 0 || list.some((l) => text.includes(l) || (prev !== undefined && prev.includes(l))),
  );
}

function answer(gate: LiteralGate, n: number, text: string, prev?: string): boolean[] {
  const mask = gate.passing(text, prev);
  return Array.from({ length: n }, (_, i) => hasBit(mask, i));
}

describe('LiteralGate', () => {
  it('passes exactly the rules one of whose literals the text contains, overlapping and nested literals included', () => {
    const literals = [['退费', '不退'], ['费'], null, ['退费手续费'], ['abc', 'bcd'], ['cd'], ['x'], []];
    const gate = new LiteralGate(literals);
    expect(answer(gate, literals.length, '一经缴纳概不退费')).toEqual([true, true, true, false, false, false, false, true]);
    expect(answer(gate, literals.length, '收取退费手续费')).toEqual([true, true, true, true, false, false, false, true]);
    expect(answer(gate, literals.length, 'zabcdz')).toEqual([false, false, true, false, true, true, false, true]);
    expect(answer(gate, literals.length, '')).toEqual([false, false, true, false, false, false, false, true]);
    // the unfinished sentence before counts too, and a remembered answer is not confused with it
    expect(answer(gate, literals.length, 'bcd', 'x')).toEqual([false, false, true, false, true, true, true, true]);
    expect(answer(gate, literals.length, 'x')).toEqual([false, false, true, false, false, false, true, true]);
  });

  it('agrees with a test of every literal on random texts over a small alphabet (more than 32 rules)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '退', '费'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.array(word, { maxLength: 4 }), { nil: null }), { minLength: 1, maxLength: 70 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', '退', '费', ','), maxLength: 30 }),
        fc.option(fc.string({ unit: fc.constantFrom('a', 'b', '费'), maxLength: 10 }), { nil: undefined }),
        (literals, text, prev) => {
          const gate = new LiteralGate(literals);
          expect(answer(gate, literals.length, text, prev)).toEqual(naive(literals, text, prev));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('answers like the rule library’s own gates on real clauses', () => {
    const zh = RULES.filter((r) => r.zh !== undefined).map((r) => r.zh?.anyOf ?? null);
    const gate = new LiteralGate(zh);
    for (const text of ['一经报名，概不退费。', '甲方有权调整上课时间，乙方不得异议。', '本协议未尽事宜由双方协商解决。']) {
      expect(answer(gate, zh.length, text)).toEqual(naive(zh, text));
    }
  });
});
