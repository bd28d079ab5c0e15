import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRID_PART_LIMIT, gaussianGridArbitrary } from '../../src/generate/gaussianGridArbitrary.js';

describe('gaussianGridArbitrary', () => {
  it.each([4, GRID_PART_LIMIT, GRID_PART_LIMIT + 1, 64])(
    'side %i: a side^2 grid, the same for the same seed, standard normal in its moments',
    (side) => {
      const [a, b] = [1, 1].map((seed) => fc.sample(gaussianGridArbitrary(side), { seed, numRuns: 3 }));
      expect(a).toEqual(b);
      const grid = a[2];
      expect(grid.length).toBe(side * side);
      const pooled = a.flat();
      const mean = pooled.reduce((x, v) => x + v, 0) / pooled.length;
      const variance = pooled.reduce((x, v) => x + (v - mean) ** 2, 0) / pooled.length;
      // 3 grids of at least 48 entries: mean within 5 standard errors, variance within a factor 2.
      expect(Math.abs(mean)).toBeLessThanOrEqual(5 / Math.sqrt(pooled.length));
      expect(Math.abs(Math.log(variance))).toBeLessThanOrEqual(Math.log(2));
    },
  );

  it('shrinks every entry toward 0 up to the part limit, and only the seed above it', () => {
    const small = gaussianGridArbitrary(2);
    const shrunk = fc.check(
      fc.property(small, (g) => g.every((x) => x === 0)),
      { seed: 5 },
    );
    // The smallest grid that is not all zero has one non-zero entry, the others shrunk to 0.
    expect(shrunk.counterexample?.[0].filter((x) => x !== 0).length).toBe(1);
    const large = gaussianGridArbitrary(GRID_PART_LIMIT + 1);
    const other = fc.sample(large, { seed: 5, numRuns: 2 });
    expect(other[0]).not.toEqual(other[1]);
  });
});
