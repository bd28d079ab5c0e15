import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NetworkCase } from '../../src/generate/NetworkCase.js';
import { networkCaseArbitrary } from '../../src/generate/networkCaseArbitrary.js';
import {
  assertProduceCorrectValues,
  assertProduceSameValueGivenSameSeed,
  assertSampleSameGivenSameSeed,
  assertShrinksSmaller,
} from '../_support/arbitraryAssertions.js';
import { expectFactorizationCase } from '../_support/factorizationCaseInvariants.js';

/** Every invariant of a network case drawn with `maxSide` and `correlated`. */
function expectNetworkCase(v: NetworkCase, maxSide: number, correlated: boolean): void {
  expectFactorizationCase(v.c, { maxSide, init: 'small-random' });
  expect(['fa', 'gd']).toContain(v.rule);
  expect(Number.isInteger(v.extra) && v.extra >= 0 && v.extra <= 8, `extra ${v.extra}`).toBe(true);
  expect(Number.isInteger(v.inputSeed) && v.inputSeed >= 0 && v.inputSeed <= 1_000_000).toBe(true);
  expect(v.varianceLevels).toHaveLength(maxSide);
  expect(v.varianceLevels.length).toBeGreaterThanOrEqual(v.c.m); // one level per input coordinate
  for (const level of v.varianceLevels) {
    expect(Number.isInteger(level), `level ${level}`).toBe(true);
    expect(Math.abs(level), `level ${level}`).toBeLessThanOrEqual(correlated ? 2 : 0);
  }
}

describe.each([
  [3, false],
  [4, true],
])('networkCaseArbitrary(maxSide %i, correlated %s)', (maxSide, correlated) => {
  const arb = networkCaseArbitrary(maxSide, correlated);
  const seed = 100 * maxSide + (correlated ? 1 : 0);

  it('gives bitwise the same values for the same seed, other values for another', () => {
    assertSampleSameGivenSameSeed(arb, seed, 5);
  });

  it('gives the same value and the same shrinks from the same random state', () => {
    assertProduceSameValueGivenSameSeed(arb, { seed, numRuns: 4, depth: 6 });
  });

  it('gives values with every invariant, and so does every shrink along random paths', () => {
    assertProduceCorrectValues(arb, (v) => expectNetworkCase(v, maxSide, correlated), {
      seed,
      numRuns: 10,
      depth: 8,
    });
  });

  it('shrinks a case with a side above rank(Y) to smaller sides among its first shrinks', () => {
    assertShrinksSmaller(
      arb,
      {
        first: 40,
        expectSmaller: (v) => Math.max(v.c.n, v.c.m) > v.c.k,
        isSmaller: (s, v) => s.c.n + s.c.m < v.c.n + v.c.m,
      },
      { seed, numRuns: 20 },
    );
  });
});

describe('networkCaseArbitrary variance levels', () => {
  it('are sometimes non-zero when correlated (else every data set would be isotropic), and shrink toward 0', () => {
    const arb = networkCaseArbitrary(3, true);
    const values = fc.sample(arb, { seed: 42, numRuns: 30 });
    expect(values.filter((v) => v.varianceLevels.some((l) => l !== 0)).length).toBeGreaterThan(15);
    assertShrinksSmaller(
      arb,
      {
        first: 20_000,
        expectSmaller: (v) => v.varianceLevels.some((l) => l !== 0),
        isSmaller: (s, v) => levelSize(s) < levelSize(v),
      },
      { seed: 43, numRuns: 10 },
    );
  });
});

const levelSize = (v: NetworkCase): number => v.varianceLevels.reduce((t, l) => t + Math.abs(l), 0);
