import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { dot } from '../../src/kernels/dot.js';
import { toDense } from '../../src/linalg/Dense.js';
import { seededMatrix } from '../_support/seededMatrix.js';

const SHAPES: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [1, 7],
  [7, 1],
  [3, 4],
  [5, 5],
];

describe('dot: <A, B>_F', () => {
  for (const [rows, cols] of SHAPES) {
    it(`matches ml-matrix dot for ${rows}x${cols}`, () => {
      const seed = `dot/${rows}x${cols}`;
      const a = seededMatrix(rows, cols, `${seed}/A`);
      const b = seededMatrix(rows, cols, `${seed}/B`);
      const expected = a.dot(b);
      const got = dot(toDense(a).data, toDense(b).data, rows * cols);
      expect(Math.abs(got - expected), `seed ${seed}`).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(expected)));
    });
  }

  it('sums only the first len entries', () => {
    const a = Float64Array.from([1, 2, 3, 1000]);
    const b = Float64Array.from([4, 5, 6, 1000]);
    expect(dot(a, b, 3)).toBe(32);
    expect(dot(a, b, 0)).toBe(0);
  });

  it('gives ||A||_F^2 for dot(A, A)', () => {
    const a = seededMatrix(4, 3, 'dot/self');
    const expected = new Matrix(a).norm('frobenius') ** 2;
    const data = toDense(a).data;
    expect(Math.abs(dot(data, data, 12) - expected)).toBeLessThanOrEqual(1e-12 * (1 + expected));
  });
});
