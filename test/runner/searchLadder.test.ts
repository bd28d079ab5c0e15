import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchLadder } from '../../src/runner/searchLadder.js';

describe('searchLadder', () => {
  it.each([
    [1, [1]],
    [2, [2]],
    [3, [2, 3]],
    [4, [2, 4]],
    [5, [2, 4, 5]],
    [8, [2, 4, 8]],
    [10, [2, 4, 8, 10]],
    [64, [2, 4, 8, 16, 32, 64]],
    [100, [2, 4, 8, 16, 32, 64, 100]],
  ])('maxSize %i climbs %j', (maxSize, rungs) => {
    expect(searchLadder(maxSize)).toEqual(rungs);
  });

  it('is 2, 4, 8, ... below maxSize, then maxSize: strictly increasing, ending at maxSize', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (maxSize) => {
        const rungs = searchLadder(maxSize);
        expect(rungs.at(-1)).toBe(maxSize);
        rungs.slice(0, -1).forEach((side, i) => expect(side).toBe(2 ** (i + 1)));
        for (let i = 1; i < rungs.length; i++) expect(rungs[i]).toBeGreaterThan(rungs[i - 1]);
        expect(rungs.length).toBe(maxSize <= 2 ? 1 : Math.ceil(Math.log2(maxSize)));
      }),
      { seed: 1, numRuns: 200 },
    );
  });
});
