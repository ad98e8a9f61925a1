import fc from 'fast-check';
import { scanContract } from '../../../src/modules/contracts/scanner';

/** Every finding's span indexes the ORIGINAL text: excerpt === text.slice(start, end). */
function checkSpans(text: string): void {
  for (const f of scanContract(text, { checkMandatory: false }).findings) {
    expect(f.excerpt).toBe(text.slice(f.start, f.end));
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.end).toBeGreaterThan(f.start);
  }
}

const UNFAIR = '一经缴费，概不退还。';

describe('finding spans', () => {
  it('point into the original text of a plain clause', () => {
    const [f] = scanContract(UNFAIR).findings;
    expect(f?.excerpt).toBe('一经缴费，概不退还');
    expect(f?.start).toBe(0);
    expect(f?.end).toBe(9);
  });

  it('survive full-width characters, emoji (surrogate pairs) and CRLF before the match', () => {
    const prefix = '😀👨‍👩‍👧 合同编号：ＨＴ－２０２５\r\n第１条　课程：钢琴（ＡＢＣ）。\r\n\r\n';
    const text = `${prefix}第２条　学费一经缴纳，恕不退款！\r\n第３条　退费扣除３０％管理费。\r\n`;
    const findings = scanContract(text).findings;
    expect(findings.map((f) => f.ruleId)).toEqual(['REFUND_NO_REFUND', 'BURDEN_REFUND_HANDLING_FEE']);
    expect(findings[0]?.excerpt).toBe('一经缴纳，恕不退款');
    expect(findings[1]?.excerpt).toBe('扣除３０％管理费');
    checkSpans(text);
  });

  it('cover a Chinese numeral rewritten during normalisation', () => {
    const text = '🙂退费时扣除百分之三十的管理费。';
    const f = scanContract(text).findings.find((x) => x.ruleId === 'BURDEN_REFUND_HANDLING_FEE');
    expect(f?.excerpt).toBe('扣除百分之三十的管理费');
    expect(text.slice(f?.start, f?.end)).toBe(f?.excerpt);
  });

  it('stay inside an unfair clause embedded in arbitrary text (property)', () => {
    const filler = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.replace(/[退费款还缴]/g, ''));
    fc.assert(
      fc.property(filler, filler, (before, after) => {
        const text = `${before}\n${UNFAIR}\n${after}`;
        const at = before.length + 1;
        checkSpans(text);
        const f = scanContract(text, { checkMandatory: false }).findings.find((x) => x.ruleId === 'REFUND_NO_REFUND');
        expect(f).toBeDefined();
        expect(f?.start).toBeGreaterThanOrEqual(at);
        expect(f?.end).toBeLessThanOrEqual(at + UNFAIR.length);
      }),
      { numRuns: 200 },
    );
  });

  it('are exact for any text at all (property)', () => {
    const piece = fc.constantFrom('一经缴费', '概不退还', '，', '。', '\r\n', '😀', '３０％', '百分之三十', '手续费', '退费扣除', ' ', 'refund', 'non-refundable', '最终解释权', 'Ａ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((a) => a.join('')), checkSpans), { numRuns: 300 });
  });
});
