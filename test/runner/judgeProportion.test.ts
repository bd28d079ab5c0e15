import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/statistics/wilsonInterval.js';
import { inverseNormalCdf } from '../../src/generate/inverseNormalCdf.js';
import { DEFAULT_CONFIDENCE, judgeProportion, probabilityLooks } from '../../src/runner/judgeProportion.js';

describe('probabilityLooks', () => {
  it.each([
    [1, [1]],
    [15, [15]],
    [16, [16]],
    [17, [16, 17]],
    [32, [16, 32]],
    [100, [16, 32, 64, 100]],
    [1000, [16, 32, 64, 128, 256, 512, 1000]],
  ])('runs %i: looks %j', (runs, looks) => {
    expect(probabilityLooks(runs)).toEqual(looks);
  });

  it('is 16, 32, 64, ... below runs, then runs: strictly increasing, ending at runs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (runs) => {
        const looks = probabilityLooks(runs);
        expect(looks.at(-1)).toBe(runs);
        looks.slice(0, -1).forEach((n, i) => expect(n).toBe(16 * 2 ** i));
        for (let i = 1; i < looks.length; i++) expect(looks[i]).toBeGreaterThan(looks[i - 1]);
      }),
      { seed: 2, numRuns: 200 },
    );
  });
});

/** A count: trials in 0..400, successes in 0..trials. */
const counts = fc
  .integer({ min: 0, max: 400 })
  .chain((trials) => fc.tuple(fc.integer({ min: 0, max: trials }), fc.constant(trials)));
const spec = fc.record(
  {
    p: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
    confidence: fc.constantFrom(0.9, 0.95, 0.99, 0.999),
  },
  { requiredKeys: ['p'] },
);

describe('judgeProportion', () => {
  it('holds exactly when the Wilson lower end at the split confidence is >= p, refuted when the upper is < p', () => {
    fc.assert(
      fc.property(counts, spec, fc.integer({ min: 1, max: 12 }), ([successes, trials], s, looks) => {
        const confidence = s.confidence ?? DEFAULT_CONFIDENCE;
        const z = inverseNormalCdf(1 - (1 - confidence) / looks / 2);
        const { lower, upper } = wilsonInterval(successes, trials, z);
        const { estimate, decided } = judgeProportion(successes, trials, s, looks);
        expect(estimate).toEqual({ p: s.p, successes, trials, lower, upper, confidence, looks });
        const expected = trials === 0 ? null : lower >= s.p ? 'holds' : upper < s.p ? 'refuted' : null;
        expect(decided).toBe(expected);
        expect(lower).toBeLessThanOrEqual(upper);
      }),
      { seed: 3, numRuns: 500 },
    );
  });

  it('decides nothing from no trials', () => {
    const { estimate, decided } = judgeProportion(0, 0, { p: 0.01 }, 1);
    expect(decided).toBeNull();
    expect([estimate.lower, estimate.upper]).toEqual([0, 1]);
  });

  it('defaults the confidence to 0.99, as in the estimate', () => {
    expect(DEFAULT_CONFIDENCE).toBe(0.99);
    expect(judgeProportion(5, 10, { p: 0.5 }, 1)).toEqual(
      judgeProportion(5, 10, { p: 0.5, confidence: 0.99 }, 1),
    );
    expect(judgeProportion(5, 10, { p: 0.5 }, 3).estimate.confidence).toBe(0.99);
  });

  it('widens the interval with more looks (the confidence split over them)', () => {
    fc.assert(
      fc.property(
        counts,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 20 }),
        ([s, t], a, b) => {
          fc.pre(t > 0 && a < b);
          const few = judgeProportion(s, t, { p: 0.5 }, a).estimate;
          const many = judgeProportion(s, t, { p: 0.5 }, b).estimate;
          expect(many.lower).toBeLessThanOrEqual(few.lower);
          expect(many.upper).toBeGreaterThanOrEqual(few.upper);
          expect(many.upper - many.lower).toBeGreaterThan(few.upper - few.lower);
        },
      ),
      { seed: 4, numRuns: 300 },
    );
  });

  it('so that more looks can undo a decision: 100 of 100 holds p = 0.9 on one look, not on a thousand', () => {
    const one = judgeProportion(100, 100, { p: 0.9 }, 1);
    expect(one.decided).toBe('holds');
    expect(one.estimate.lower).toBeGreaterThanOrEqual(0.9);
    const many = judgeProportion(100, 100, { p: 0.9 }, 1000);
    expect(many.decided).toBeNull();
    expect(many.estimate.lower).toBeLessThan(0.9);
    expect(many.estimate.upper).toBeGreaterThanOrEqual(0.9);
    const refuted = judgeProportion(50, 100, { p: 0.9 }, 7);
    expect(refuted.decided).toBe('refuted');
    expect(refuted.estimate.upper).toBeLessThan(0.9);
  });

  it('holds at a lower end exactly equal to p (at or above), and a lower confidence narrows', () => {
    const { estimate } = judgeProportion(90, 100, { p: 0.5 }, 2);
    expect(judgeProportion(90, 100, { p: estimate.lower }, 2).decided).toBe('holds');
    const narrow = judgeProportion(90, 100, { p: 0.5, confidence: 0.9 }, 2).estimate;
    expect(narrow.lower).toBeGreaterThan(estimate.lower);
    expect(narrow.upper).toBeLessThan(estimate.upper);
  });
});
