import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { gaussianArbitrary } from './gaussianArbitrary.js';
import { inverseNormalCdf } from './inverseNormalCdf.js';

/**
 * Up to this side, a grid's every entry is a shrinkable part of its own; above it, the grid comes
 * from one seed. `maxSide^2` parts cost fast-check about 40 ms a case at side 64 and 200 at 256 to
 * generate, and a failure's shrinking visits every part (65536 of them a matrix at 256, most of them
 * outside the matrix actually used), which never ends in practice.
 */
export const GRID_PART_LIMIT = 16;

/**
 * A `maxSide x maxSide` grid of standard normal entries (row-major), laid out so that a matrix of
 * any smaller side reads the same entries at the same places: its sides shrink without moving them.
 * Up to {@link GRID_PART_LIMIT} each entry is a {@link gaussianArbitrary}, which shrinks to 0 (so
 * frames built from the grid shrink to the coordinate axes); above it the grid is drawn by
 * `seedrandom` from one integer part (the `seed`), generated and replayed by fast-check like any
 * other part: shrinking then moves the sides, ranks and spectra of a counterexample but not its
 * random directions. Either way the grid is a pure function of its parts.
 * @public
 */
export function gaussianGridArbitrary(maxSide: number): fc.Arbitrary<readonly number[]> {
  const area = maxSide * maxSide;
  if (maxSide <= GRID_PART_LIMIT) return fc.array(gaussianArbitrary(), { minLength: area, maxLength: area });
  return fc.noBias(fc.integer({ min: 0, max: 0x7fffffff })).map((seed) => {
    // seedrandom's uniform on [0, 1) through the normal quantile (never at 0: 2^-32 at least).
    const uniform = seedrandom(`grid/${maxSide}/${seed}`);
    return Array.from({ length: area }, () => inverseNormalCdf(Math.max(uniform(), 2 ** -32)));
  });
}
