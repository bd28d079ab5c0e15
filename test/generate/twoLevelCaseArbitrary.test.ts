import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseHypotheses } from '../../src/claim/caseHypotheses.js';
import type { FactorizationCase } from '../../src/generate/FactorizationCase.js';
import {
  TWO_LEVEL_MAX_EPS,
  twoLevelCaseArbitrary,
  type TwoLevelConstraints,
} from '../../src/generate/twoLevelCaseArbitrary.js';
import { numericalRank } from '../../src/theory/numericalRank.js';
import { matrixDiff, orthonormalityError } from '../_support/factorizationCaseInvariants.js';

const CONSTRAINTS: ReadonlyArray<TwoLevelConstraints> = [
  { minR: 1, maxR: 3, maxSide: 8 },
  { minR: 2, maxR: 2, maxSide: 5 },
  { minR: 1, maxR: 10, maxSide: 6 },
  { minR: 1, maxR: 1, maxSide: 2 },
  { minR: 3, maxR: 8, maxSide: 20 },
];

const consistent = caseHypotheses({ rank: 'r<k', start: 'zero' });

/** Every promise of the generator on one instance. */
function expectTwoLevel(c: FactorizationCase, o: TwoLevelConstraints): void {
  const label = `${c.n}x${c.m}, r=${c.r}`;
  const top = Math.min(o.maxR, Math.floor(o.maxSide / 2));
  expect(Number.isInteger(c.r), label).toBe(true);
  expect(c.r, label).toBeGreaterThanOrEqual(o.minR);
  expect(c.r, label).toBeLessThanOrEqual(top);
  expect(c.k, label).toBe(2 * c.r);
  for (const side of [c.n, c.m]) {
    expect(Number.isInteger(side), label).toBe(true);
    expect(side, label).toBeGreaterThanOrEqual(2 * c.r);
    expect(side, label).toBeLessThanOrEqual(o.maxSide);
  }
  const eps = c.s[c.k - 1];
  expect(c.s, label).toEqual([...new Array<number>(c.r).fill(1), ...new Array<number>(c.r).fill(eps)]);
  expect(eps, label).toBeGreaterThanOrEqual(1e-3 * (1 - 1e-12));
  expect(eps, label).toBeLessThanOrEqual(TWO_LEVEL_MAX_EPS);
  expect(c.condition, label).toBe(1 / eps);
  expect(c.spectrum).toBe('two-level');
  expect(c.feedback).toBe('iid-gaussian');
  expect(c.Z0).toBeNull();
  expect(c.W0).toBeNull();
  expect([c.U.rows, c.U.columns, c.V.rows, c.V.columns]).toEqual([c.n, c.k, c.m, c.k]);
  expect([c.Y.rows, c.Y.columns, c.B.rows, c.B.columns]).toEqual([c.n, c.m, c.n, c.r]);
  expect(orthonormalityError(c.U), label).toBeLessThanOrEqual(1e-12);
  expect(orthonormalityError(c.V), label).toBeLessThanOrEqual(1e-12);
  const y = c.U.mmul(c.U.transpose().mmul(c.Y));
  expect(matrixDiff(y, c.Y), `${label}: Y in the span of U`).toBeLessThanOrEqual(1e-12);
  expect(numericalRank(c.Y), label).toBe(c.k);
  expect(c.B.to1DArray().every(Number.isFinite), label).toBe(true);
  expect(consistent(c), label).toEqual([]);
}

describe.each(CONSTRAINTS)('twoLevelCaseArbitrary (%j)', (o) => {
  const arb = twoLevelCaseArbitrary(o);

  it('draws r in range, k = 2r, sides in [2r, maxSide], r ones then r eps <= 0.1, an i.i.d. B, from zero', () => {
    fc.assert(
      fc.property(arb, (c) => expectTwoLevel(c, o)),
      { seed: 5, numRuns: 40 },
    );
    for (const c of fc.sample(fc.noBias(arb), { seed: 6, numRuns: 40 })) expectTwoLevel(c, o);
  });

  it('reaches both ends of the range of r', () => {
    const rs = new Set(fc.sample(fc.noBias(arb), { seed: 7, numRuns: 120 }).map((c) => c.r));
    expect(rs.has(o.minR)).toBe(true);
    expect(rs.has(Math.min(o.maxR, Math.floor(o.maxSide / 2)))).toBe(true);
  });

  it('is deterministic for its seed', () => {
    const one = fc.sample(arb, { seed: 8, numRuns: 5 });
    const two = fc.sample(arb, { seed: 8, numRuns: 5 });
    expect(two.map((c) => c.Y.to2DArray())).toEqual(one.map((c) => c.Y.to2DArray()));
    expect(two.map((c) => c.B.to2DArray())).toEqual(one.map((c) => c.B.to2DArray()));
  });
});

describe('twoLevelCaseArbitrary laws (fc.noBias)', () => {
  const draws = fc.sample(fc.noBias(twoLevelCaseArbitrary({ minR: 1, maxR: 3, maxSide: 8 })), {
    seed: 21,
    numRuns: 600,
  });
  const eps = draws.map((c) => c.s[c.k - 1]);

  it('puts about half the draws exactly at eps = 0.1, and the rest in [1e-3, 0.1)', () => {
    const atBound = eps.filter((e) => e === TWO_LEVEL_MAX_EPS).length / eps.length;
    expect(atBound).toBeGreaterThanOrEqual(0.42);
    expect(atBound).toBeLessThanOrEqual(0.58);
    const rest = eps.filter((e) => e !== TWO_LEVEL_MAX_EPS);
    for (const e of rest) {
      expect(e).toBeGreaterThanOrEqual(1e-3 * (1 - 1e-12));
      expect(e).toBeLessThan(TWO_LEVEL_MAX_EPS);
    }
    // Log-uniform: about half of the rest below 10^-2.
    const low = rest.filter((e) => e < 1e-2).length / rest.length;
    expect(low).toBeGreaterThanOrEqual(0.38);
    expect(low).toBeLessThanOrEqual(0.62);
  });

  it('draws B with no identity part: sqrt(n) B has entries of mean 0 and variance 1, diagonal included', () => {
    const diagonal: number[] = [];
    const off: number[] = [];
    for (const c of draws) {
      const scale = Math.sqrt(c.n);
      for (let i = 0; i < c.n; i++)
        for (let j = 0; j < c.r; j++) (i === j ? diagonal : off).push(scale * c.B.get(i, j));
    }
    const mean = (xs: readonly number[]): number => xs.reduce((a, x) => a + x, 0) / xs.length;
    const variance = (xs: readonly number[]): number => mean(xs.map((x) => x * x)) - mean(xs) ** 2;
    // A B of the gaussian family, (I + G) / sqrt(n), would have a diagonal of mean 1.
    expect(diagonal.length).toBeGreaterThanOrEqual(600);
    expect(Math.abs(mean(diagonal))).toBeLessThanOrEqual(0.15);
    expect(Math.abs(mean(off))).toBeLessThanOrEqual(0.1);
    expect(Math.abs(variance(diagonal) - 1)).toBeLessThanOrEqual(0.2);
    expect(Math.abs(variance(off) - 1)).toBeLessThanOrEqual(0.15);
  });
});

describe('twoLevelCaseArbitrary constraints', () => {
  it.each([
    [{ minR: 2, maxR: 4, maxSide: 3 }, /maxSide must be an integer >= 4/],
    [{ minR: 1, maxR: 2, maxSide: 1 }, /maxSide must be an integer >= 2/],
    [{ minR: 3, maxR: 3, maxSide: 5 }, /maxSide must be an integer >= 6/],
    [{ minR: 1, maxR: 2, maxSide: 4.5 }, /maxSide/],
  ])('rejects %j with a RangeError naming maxSide', (o, message) => {
    expect(() => twoLevelCaseArbitrary(o)).toThrow(RangeError);
    expect(() => twoLevelCaseArbitrary(o)).toThrow(message);
  });

  it('accepts maxSide exactly 2 minR', () => {
    const [c] = fc.sample(twoLevelCaseArbitrary({ minR: 2, maxR: 5, maxSide: 4 }), { seed: 1, numRuns: 1 });
    expect([c.n, c.m, c.r, c.k]).toEqual([4, 4, 2, 4]);
  });
});
