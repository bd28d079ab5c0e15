import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { numericalRank } from '../../src/theory/numericalRank.js';
import { seededLowRank } from '../_support/seededMatrix.js';

describe('numericalRank', () => {
  it('counts the nonzero singular values of a diagonal matrix', () => {
    expect(numericalRank(Matrix.diag([3, 2, 1]))).toBe(3);
    expect(numericalRank(Matrix.diag([3, 0, 1]))).toBe(2);
  });

  it('finds the rank of a rank-deficient matrix (third row = first + second)', () => {
    const a = new Matrix([
      [1, 2, 3],
      [4, 5, 6],
      [5, 7, 9],
    ]);
    expect(numericalRank(a)).toBe(2);
  });

  it.each([
    [6, 5, 3],
    [3, 7, 2],
    [4, 4, 1],
    [5, 5, 5],
  ])('finds rank k of a seeded %ix%i product of rank %i', (n, m, k) => {
    expect(numericalRank(seededLowRank(n, m, k, `rank/${n}x${m}/${k}`))).toBe(k);
  });

  it('is 0 for zero matrices', () => {
    expect(numericalRank(Matrix.zeros(3, 2))).toBe(0);
    expect(numericalRank(new Matrix([[0]]))).toBe(0);
  });

  it('ignores singular values below max(rows, cols) * eps * s1, and honours an explicit tol', () => {
    expect(numericalRank(Matrix.diag([1, 1e-20]))).toBe(1);
    expect(numericalRank(Matrix.diag([1, 1e-10]))).toBe(2);
    expect(numericalRank(Matrix.diag([1, 1e-3]), 1e-2)).toBe(1);
  });
});

describe('numericalRank: strictly above the tolerance', () => {
  it('does not count a singular value equal to tol', () => {
    const a = new Matrix([
      [1, 0],
      [0, 0.5],
    ]);
    expect(numericalRank(a, 0.5)).toBe(1);
    expect(numericalRank(a, 0.4999)).toBe(2);
  });
});
