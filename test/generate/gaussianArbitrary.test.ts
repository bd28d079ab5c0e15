import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussianArbitrary } from '../../src/generate/gaussianArbitrary.js';
import {
  assertProduceCorrectValues,
  assertProduceSameValueGivenSameSeed,
  assertSampleSameGivenSameSeed,
  assertShrinksSmaller,
} from '../_support/arbitraryAssertions.js';
import { GAUSSIAN_BOUND } from '../_support/factorizationCaseInvariants.js';

const arb = gaussianArbitrary();

describe('gaussianArbitrary', () => {
  it('gives bitwise the same draws for the same seed, other draws for another', () => {
    assertSampleSameGivenSameSeed(arb, 41, 50);
  });

  it('gives the same draw and the same shrinks from the same random state', () => {
    assertProduceSameValueGivenSameSeed(arb, { seed: 42, numRuns: 50, depth: 20 });
  });

  it('draws finite values within the quantile range, and so does every shrink', () => {
    assertProduceCorrectValues(
      arb,
      (x) => {
        expect(Number.isFinite(x), `${x}`).toBe(true);
        expect(Math.abs(x)).toBeLessThanOrEqual(GAUSSIAN_BOUND);
      },
      { seed: 43, numRuns: 200, depth: 30 },
    );
  });

  it('shrinks toward 0: every first shrink is strictly nearer 0 with the same sign, and 0 is among them', () => {
    assertShrinksSmaller(
      arb,
      {
        first: 100,
        check: (s, x) => {
          expect(Math.abs(s), `${s} from ${x}`).toBeLessThan(Math.abs(x));
          expect(s * x, `${s} from ${x}: same sign or 0`).toBeGreaterThanOrEqual(0);
        },
        expectSmaller: (x) => x !== 0,
        isSmaller: (s) => s === 0,
      },
      { seed: 44, numRuns: 100 },
    );
  });

  it('is standard normal: mean, variance and tails of 4000 seeded draws', () => {
    const xs = fc.sample(arb, { seed: 45, numRuns: 4000 });
    const mean = xs.reduce((t, x) => t + x, 0) / xs.length;
    const variance = xs.reduce((t, x) => t + (x - mean) ** 2, 0) / (xs.length - 1);
    // Standard errors: 1/sqrt(4000) = 0.016 for the mean, sqrt(2/4000) = 0.022 for the variance.
    expect(Math.abs(mean)).toBeLessThanOrEqual(0.08);
    expect(Math.abs(variance - 1)).toBeLessThanOrEqual(0.11);
    const beyond = (t: number): number => xs.filter((x) => Math.abs(x) > t).length / xs.length;
    expect(Math.abs(beyond(1) - 0.3173)).toBeLessThanOrEqual(0.04); // P(|Z| > 1)
    expect(Math.abs(beyond(2) - 0.0455)).toBeLessThanOrEqual(0.015); // P(|Z| > 2)
    expect(xs.filter((x) => x === 0).length).toBeLessThanOrEqual(5); // no pile at 0 (no bias)
  });
});
