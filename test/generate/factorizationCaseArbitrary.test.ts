import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FactorizationCase } from '../../src/generate/FactorizationCase.js';
import {
  defaultMaxRank,
  factorizationCaseArbitrary,
  type FactorizationCaseConstraints,
} from '../../src/generate/factorizationCaseArbitrary.js';
import {
  assertProduceCorrectValues,
  assertProduceSameValueGivenSameSeed,
  assertSampleSameGivenSameSeed,
  assertShrinksSmaller,
} from '../_support/arbitraryAssertions.js';
import { expectFactorizationCase } from '../_support/factorizationCaseInvariants.js';

/** Every option the generator has, one at a time, and a few together; small sides keep it quick. */
const CONSTRAINTS: ReadonlyArray<readonly [string, FactorizationCaseConstraints]> = [
  ['defaults', {}],
  ['rank any', { maxSide: 6, rank: 'any' }],
  ['rank r>=k', { maxSide: 6, rank: 'r>=k' }],
  ['rank r<k', { maxSide: 6, rank: 'r<k' }],
  ['flat spectrum', { maxSide: 6, spectra: ['flat'] }],
  ['geometric spectrum', { maxSide: 6, spectra: ['geometric'], maxCondition: 100 }],
  ['power-law spectrum', { maxSide: 6, spectra: ['power-law'] }],
  ['gap ratio 1/2', { maxSide: 6, gapRatio: 0.5 }],
  ['gap ratio 1/10, r<k, geometric', { maxSide: 6, rank: 'r<k', gapRatio: 0.1, spectra: ['geometric'] }],
  ['init zero', { maxSide: 6, init: 'zero' }],
  ['init small-random', { maxSide: 6, init: 'small-random' }],
  ['init small-random, scale 1e-4', { maxSide: 5, init: 'small-random', initScale: 1e-4 }],
  ['gaussian feedback', { maxSide: 6, feedback: ['gaussian'] }],
  ['orthonormal feedback', { maxSide: 6, feedback: ['orthonormal'] }],
  ['repeated-column feedback', { maxSide: 6, feedback: ['repeated-column'] }],
  ['orthogonal-to-target feedback', { maxSide: 6, feedback: ['orthogonal-to-target'] }],
  [
    'every family, r<k, small-random',
    {
      maxSide: 5,
      rank: 'r<k',
      init: 'small-random',
      feedback: ['gaussian', 'orthonormal', 'repeated-column', 'orthogonal-to-target'],
    },
  ],
  ['minSide 3', { minSide: 3, maxSide: 5 }],
  ['maxSide 1', { maxSide: 1 }],
  ['maxSide 2, r<k', { maxSide: 2, rank: 'r<k' }],
  ['maxRank 2', { maxSide: 6, maxRank: 2 }],
  ['maxRank 2, r<k', { maxSide: 6, maxRank: 2, rank: 'r<k' }],
  // Above GRID_PART_LIMIT the Gaussian parts come from one seed each.
  ['maxSide 20, maxRank 3, small-random', { maxSide: 20, maxRank: 3, init: 'small-random' }],
];

const sides = (c: FactorizationCase): number => c.n + c.m;

describe.each(CONSTRAINTS)('factorizationCaseArbitrary (%s)', (name, constraints) => {
  const arb = factorizationCaseArbitrary(constraints);
  const seed = [...name].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) | 0, 7);

  it('gives bitwise the same values for the same seed, other values for another', () => {
    assertSampleSameGivenSameSeed(arb, seed, 5);
  });

  it('gives the same value and the same shrinks from the same random state', () => {
    assertProduceSameValueGivenSameSeed(arb, { seed, numRuns: 4, depth: 6 });
  });

  it('gives values with every invariant, and so does every shrink along random paths', () => {
    const checked = assertProduceCorrectValues(arb, (c) => expectFactorizationCase(c, constraints), {
      seed,
      numRuns: 8,
      depth: 8,
    });
    expect(checked).toBeGreaterThan(8);
  });
});

/** The least side a constraint set allows. */
const leastSide = (c: FactorizationCaseConstraints): number =>
  Math.min(c.maxSide ?? 8, Math.max(c.minSide ?? 1, c.rank === 'r<k' ? 2 : 1));

describe.each(CONSTRAINTS.filter(([, c]) => (c.maxSide ?? 8) > leastSide(c)))(
  'factorizationCaseArbitrary (%s) shrinks',
  (name, constraints) => {
    const arb = factorizationCaseArbitrary(constraints);
    const least = leastSide(constraints);
    const seed = [...name].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) | 0, 11);

    // A side above both rank(Y) and the least side comes from its own part, which shrinks alone. (A side
    // equal to rank(Y) may not shrink in one step: see the report of issue #11.)
    it('to smaller sides among the first shrinks of a value with a side above rank(Y) and the least side', () => {
      assertShrinksSmaller(
        arb,
        {
          first: 40,
          expectSmaller: (c) => Math.max(c.n, c.m) > Math.max(c.k, least),
          isSmaller: (s, c) => sides(s) < sides(c),
        },
        { seed, numRuns: 25 },
      );
    });
  },
);

describe('factorizationCaseArbitrary constraints', () => {
  it.each([
    [{ maxSide: 0 }],
    [{ maxSide: 1.5 }],
    [{ maxSide: 1, rank: 'r<k' as const }],
    [{ maxRank: 0 }],
    [{ maxRank: 2.5 }],
  ])('rejects %j with a RangeError', (constraints) => {
    expect(() => factorizationCaseArbitrary(constraints)).toThrow(RangeError);
  });
});

describe('factorizationCaseArbitrary at research sizes', () => {
  it.each([
    [8, 8],
    [64, 32],
    [256, 32],
  ])('maxSide %i: r and rank(Y) at most %i by default, sides up to the maximum', (maxSide, top) => {
    expect(defaultMaxRank(maxSide)).toBe(top);
    const cases = fc.sample(factorizationCaseArbitrary({ maxSide, rank: 'r>=k' }), { seed: 3, numRuns: 25 });
    const worst = (f: (c: FactorizationCase) => number): number => Math.max(...cases.map(f));
    expect(worst((c) => c.r)).toBeLessThanOrEqual(top);
    expect(worst((c) => c.k)).toBeLessThanOrEqual(top);
    // The sides are not capped: some case reaches beyond the rank cap at research sizes.
    expect(worst((c) => Math.max(c.n, c.m))).toBeGreaterThan(Math.min(top, maxSide - 1));
  });
});

describe('factorizationCaseArbitrary ties at research sizes', () => {
  it.each(['any', 'r>=k'] as const)(
    'rank %s at sides up to 64: square targets and r = rank(Y) about one time in four',
    (rank) => {
      const cases = fc.sample(factorizationCaseArbitrary({ maxSide: 64, rank }), { seed: 11, numRuns: 400 });
      const share = (f: (c: FactorizationCase) => boolean): number => cases.filter(f).length / cases.length;
      expect(share((c) => c.n === c.m)).toBeGreaterThanOrEqual(0.15);
      expect(share((c) => c.r === c.k)).toBeGreaterThanOrEqual(0.15);
      // Not always: the ties are parts, not the rule.
      expect(share((c) => c.n === c.m)).toBeLessThanOrEqual(0.6);
    },
  );
});
