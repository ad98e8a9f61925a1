import fc from 'fast-check';
import { parseChineseNumeral } from '../../../src/modules/contracts/numerals';
import { normalizeText, originalSpan } from '../../../src/modules/contracts/normalize';

describe('Chinese numerals', () => {
  it.each([
    ['三十', 30],
    ['十五', 15],
    ['一百二十', 120],
    ['两千', 2000],
    ['伍仟', 5000],
    ['壹万贰仟', 12000],
    ['一万零五', 10005],
    ['二〇二五', 2025],
    ['三十五点五', 35.5],
    ['万', 10000],
  ])('%s = %d', (run, value) => {
    expect(parseChineseNumeral(run)).toBe(value);
  });
});

describe('normalizeText', () => {
  it.each([
    ['百分之三十', '30%'],
    ['三十%', '30%'],
    ['３０％', '30%'],
    ['30 %', '30%'],
    ['二分之一', '50%'],
    ['三分之一', '33.33%'],
    ['两成', '20%'],
    ['一半', '50%'],
    ['万分之五', '0.05%'],
    ['六十课时', '60课时'],
    ['三个月', '3个月'],
    ['人民币伍仟元', '人民币5000元'],
    ['5,000元', '5000元'],
    ['1.5万元', '15000元'],
    ['半年', '6个月'],
    ['thirty percent', '30%'],
    ['sixty lessons', '60 lessons'],
    ['一经缴费，概不退还。', '一经缴费,概不退还.'],
    ['退 费', '退费'],
    ['兩成 退費', '20%退费'],
  ])('%s → %s', (input, output) => {
    expect(normalizeText(input).text).toBe(output);
  });

  it('keeps words that only look numeric (一经, 统一, 一律, 十分)', () => {
    expect(normalizeText('一经缴费一律统一，十分满意').text).toBe('一经缴费一律统一,十分满意');
  });

  it('maps every normalised unit back into the original text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        const nt = normalizeText(s);
        expect(nt.starts.length).toBe(nt.text.length);
        for (let i = 0; i < nt.text.length; i++) {
          const a = nt.starts[i] as number;
          const b = nt.ends[i] as number;
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeLessThanOrEqual(s.length);
          expect(b).toBeGreaterThan(a);
          if (i > 0) expect(a).toBeGreaterThanOrEqual(nt.starts[i - 1] as number);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('maps a span over a rewritten numeral to the whole original numeral', () => {
    const nt = normalizeText('退费扣除百分之三十手续费');
    const at = nt.text.indexOf('30%');
    const span = originalSpan(nt, at, at + 3);
    expect(nt.original.slice(span.start, span.end)).toBe('百分之三十');
  });
});
