import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { distanceSquared } from '../../src/kernels/distanceSquared.js';
import { seededMatrix } from '../_support/seededMatrix.js';

describe('distanceSquared: sum of (x_i - y_i)^2 over the first `length` entries', () => {
  it.each([1, 7, 200])('equals ||X - Y||_F^2 of ml-matrix over %i x 3 entries', (rows) => {
    const x = seededMatrix(rows, 3, `dist/${rows}/x`);
    const y = seededMatrix(rows, 3, `dist/${rows}/y`);
    const expected = Matrix.sub(x, y).norm('frobenius') ** 2;
    const got = distanceSquared(Float64Array.from(x.to1DArray()), Float64Array.from(y.to1DArray()), rows * 3);
    expect(Math.abs(got - expected)).toBeLessThanOrEqual(1e-14 * expected);
  });

  it('reads only the first `length` entries, and is 0 for equal arrays', () => {
    const x = Float64Array.from([1, 2, 3, 100]);
    const y = Float64Array.from([1, 0, 5, -100]);
    expect(distanceSquared(x, y, 3)).toBe(8);
    expect(distanceSquared(x, y, 0)).toBe(0);
    expect(distanceSquared(x, x, 4)).toBe(0);
  });
});
