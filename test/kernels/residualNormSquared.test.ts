import { describe, expect, it } from 'vitest';
import { residualNormSquared } from '../../src/kernels/residualNormSquared.js';
import { toDense } from '../../src/linalg/Dense.js';
import { seededMatrix } from '../_support/seededMatrix.js';

// [n, m, r]: Z is n x r, W is r x m, Y is n x m.
const SHAPES: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 1],
  [1, 4, 2],
  [4, 1, 2],
  [5, 3, 2],
  [3, 5, 4],
  [4, 4, 4],
  [6, 2, 1],
];

describe('residualNormSquared: ||Z W - Y||_F^2', () => {
  for (const [n, m, r] of SHAPES) {
    it(`matches ml-matrix for n=${n}, m=${m}, r=${r}`, () => {
      const seed = `residual/${n}x${m}x${r}`;
      const z = seededMatrix(n, r, `${seed}/Z`);
      const w = seededMatrix(r, m, `${seed}/W`);
      const y = seededMatrix(n, m, `${seed}/Y`);
      z.set(0, 0, 0); // exercise the zero-skip branch
      const expected = z.mmul(w).sub(y).norm('frobenius') ** 2;
      const row = new Float64Array(m).fill(Number.NaN); // scratch: stale contents must not matter
      const got = residualNormSquared(toDense(z).data, toDense(w).data, toDense(y).data, n, m, r, row);
      expect(Math.abs(got - expected), `seed ${seed}`).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(expected)));
    });
  }

  it('is exactly 0 for an exact factorization and ||Y||^2 for zero factors', () => {
    // Z = [[1], [2]], W = [[3, 4]], Y = Z W = [[3, 4], [6, 8]]
    const y = Float64Array.from([3, 4, 6, 8]);
    const row = new Float64Array(2);
    expect(residualNormSquared(Float64Array.from([1, 2]), Float64Array.from([3, 4]), y, 2, 2, 1, row)).toBe(
      0,
    );
    expect(residualNormSquared(new Float64Array(2), new Float64Array(2), y, 2, 2, 1, row)).toBe(125);
  });
});
