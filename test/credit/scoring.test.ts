import { DEFAULT_POLICY } from '../../src/modules/policies/values';
import { computeRating, findingState, listFor, type ScoredFinding } from '../../src/modules/credit/scoring';

const policy = DEFAULT_POLICY.credit;
const at = { asOf: new Date('2026-09-01T02:00:00Z'), asOfDate: '2026-09-01' };
let seq = 0;

function finding(overrides: Partial<ScoredFinding> = {}): ScoredFinding {
  seq++;
  return {
    id: `f${seq}`,
    sequence: seq,
    severity: 'general',
    source: 'inspection',
    points: '-5.00',
    recordedAt: new Date('2026-08-01T00:00:00Z'),
    publicationEndsOn: '2027-08-01',
    reversedAt: null,
    repairedAt: null,
    ...overrides,
  };
}

const generals = (n: number) => Array.from({ length: n }, () => finding());
const commendation = (points: string, source: ScoredFinding['source'] = 'regulator') => finding({ severity: 'commendation', points, source });

describe('grade boundaries (SPEC §5: A ≥ 90, B 75–89.99, C 60–74.99, D < 60)', () => {
  it.each([
    ['90.00', 'A', generals(2)],
    ['89.99', 'B', [...generals(3), commendation('4.99')]],
    ['75.00', 'B', generals(5)],
    ['74.99', 'C', [...generals(6), commendation('4.99')]],
    ['60.00', 'C', generals(8)],
    ['59.99', 'D', [...generals(9), commendation('4.99')]],
  ])('%s is grade %s', (score, grade, findings) => {
    const r = computeRating(findings, policy, at, 0);
    expect(r.score).toBe(score);
    expect(r.grade).toBe(grade);
  });
});

describe('weights', () => {
  it('counts association-sourced findings at half weight, to the cent', () => {
    const r = computeRating([finding({ source: 'association' }), commendation('4.99', 'association')], policy, at, 0);
    // 100 − 2.5 + 2.495 = 99.995 → 100.00 (half up), an A
    expect(r.counted.map((c) => c.weighted)).toEqual(['-2.50', '2.495']);
    expect(r.score).toBe('100.00');
    const three = computeRating([finding({ source: 'association' }), finding({ source: 'association' }), finding({ source: 'association' }), finding(), finding()], policy, at, 0);
    expect(three.score).toBe('82.50');
    expect(three.grade).toBe('B');
  });
});

describe('publication', () => {
  it('counts a finding from its recording until the start of its end day', () => {
    const f = finding({ publicationEndsOn: '2026-09-02' });
    expect(findingState(f, at)).toBe('counting');
    expect(findingState(f, { asOf: new Date('2026-09-01T16:00:00Z'), asOfDate: '2026-09-02' })).toBe('publication_ended');
    expect(findingState(finding({ recordedAt: new Date('2026-09-01T02:00:01Z') }), at)).toBe('not_yet_recorded');
  });

  it('stops counting a reversed or repaired finding from the moment of the reversal or repair', () => {
    const reversed = finding({ reversedAt: new Date('2026-08-15T00:00:00Z') });
    const repaired = finding({ repairedAt: new Date('2026-09-10T00:00:00Z') });
    expect(findingState(reversed, at)).toBe('reversed');
    expect(findingState(repaired, at)).toBe('counting');
    expect(findingState(repaired, { asOf: new Date('2026-09-10T00:00:00Z'), asOfDate: '2026-09-10' })).toBe('repaired');
  });
});

describe('lists', () => {
  it('black-lists a live serious breach whatever the score', () => {
    const r = computeRating([finding({ severity: 'serious', points: '-50.00' }), commendation('10'), commendation('10'), commendation('10'), commendation('10'), commendation('10')], policy, at, 0);
    expect(r.score).toBe('100.00');
    expect(r.grade).toBe('A');
    expect(r.list).toBe('black');
    expect(r.listReason).toBe('live_serious_breach');
  });

  it('keeps a grade-A institution with a live breach off the red list', () => {
    expect(computeRating(generals(1), policy, at, 0)).toMatchObject({ grade: 'A', list: null, reasons: ['grade_a_open_violation'] });
    expect(computeRating([], policy, at, 0)).toMatchObject({ score: '100.00', grade: 'A', list: 'red', listReason: 'grade_a_clean' });
  });

  it('puts an open rectification on the watch list, and black before watch before red', () => {
    expect(listFor({ grade: 'A', liveSerious: 0, liveBreaches: 0, openRectifications: 1 })).toMatchObject({ list: 'watch', reason: 'open_rectification' });
    expect(listFor({ grade: 'C', liveSerious: 0, liveBreaches: 3, openRectifications: 1 })).toMatchObject({ list: 'watch', reason: 'grade_c', reasons: ['grade_c', 'open_rectification'] });
    expect(listFor({ grade: 'D', liveSerious: 1, liveBreaches: 1, openRectifications: 1 })).toMatchObject({ list: 'black', reason: 'live_serious_breach' });
    expect(listFor({ grade: 'D', liveSerious: 0, liveBreaches: 9, openRectifications: 0 })).toMatchObject({ list: 'black', reason: 'grade_d' });
    expect(listFor({ grade: 'B', liveSerious: 0, liveBreaches: 2, openRectifications: 0 })).toMatchObject({ list: null, reason: 'grade_b' });
  });
});
