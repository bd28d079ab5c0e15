import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { optimalLoss } from '../../src/theory/optimalLoss.js';
import { toDense } from '../../src/linalg/Dense.js';
import { seededMatrix, seededOrthonormal } from '../_support/seededMatrix.js';

describe('optimalLoss (Eckart–Young): L*(r) = sum_{i > r} s_i^2', () => {
  const d = Matrix.diag([3, 2, 1]);

  it.each([
    [1, 5],
    [2, 1],
    [3, 0],
    [4, 0],
  ])('diag(3, 2, 1) with r = %i gives %d', (r, expected) => {
    expect(Math.abs(optimalLoss(d, r) - expected)).toBeLessThanOrEqual(1e-12);
  });

  it('is invariant under orthogonal changes of basis: U diag(3, 2, 1) V^T, U 5x3, V 4x3', () => {
    const y = seededOrthonormal(5, 3, 'optimal/U')
      .mmul(d)
      .mmul(seededOrthonormal(4, 3, 'optimal/V').transpose());
    for (const [r, expected] of [
      [1, 5],
      [2, 1],
      [3, 0],
    ]) {
      expect(Math.abs(optimalLoss(y, r) - expected), `r = ${r}`).toBeLessThanOrEqual(1e-12);
    }
  });

  it('handles wide matrices and r = 0 (the whole ||Y||^2)', () => {
    // Rows are orthogonal with norms 2 and 0.5: singular values 2 and 0.5.
    const y = new Matrix([
      [2, 0, 0, 0],
      [0, 0, 0.5, 0],
    ]);
    expect(Math.abs(optimalLoss(y, 1) - 0.25)).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(optimalLoss(y, 0) - 4.25)).toBeLessThanOrEqual(1e-15);
    expect(optimalLoss(y, 2)).toBeLessThanOrEqual(1e-30);
  });

  it('is 0 for the zero matrix', () => {
    expect(optimalLoss(Matrix.zeros(3, 2), 1)).toBe(0);
  });
});

describe('optimalLoss on row-major storage', () => {
  it.each([
    [6, 5, 2],
    [70, 66, 8],
  ])('%i x %i, r = %i: the very number it gives for the Matrix', (n, m, r) => {
    const y = seededMatrix(n, m, `optimalLoss/dense/${n}x${m}`);
    const fromDense = optimalLoss(toDense(y), r);
    expect(fromDense).toBe(optimalLoss(y, r));
    expect(fromDense).toBeGreaterThan(0);
  });
});
