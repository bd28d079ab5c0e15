import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { rowSpaceBasis } from '../../src/theory/rowSpaceBasis.js';
import { maxAbsDiff, seededLowRank } from '../_support/seededMatrix.js';

describe('rowSpaceBasis', () => {
  it.each([
    [5, 4, 2],
    [3, 6, 3],
    [4, 4, 1],
  ])('gives rank-many orthonormal columns spanning the rows (%ix%i, rank %i)', (n, m, k) => {
    const a = seededLowRank(n, m, k, `rowspace/${n}x${m}/${k}`);
    const q = rowSpaceBasis(a);
    expect([q.rows, q.columns]).toEqual([m, k]);
    expect(maxAbsDiff(q.transpose().mmul(q).to1DArray(), Matrix.eye(k).to1DArray())).toBeLessThanOrEqual(
      1e-12,
    );
    // Projecting the rows onto the basis changes nothing: A Q Q^T = A.
    expect(maxAbsDiff(a.mmul(q).mmul(q.transpose()).to1DArray(), a.to1DArray())).toBeLessThanOrEqual(1e-12);
  });

  it('is empty for the zero matrix', () => {
    const q = rowSpaceBasis(Matrix.zeros(2, 3));
    expect([q.rows, q.columns]).toEqual([3, 0]);
  });
});

describe('rowSpaceBasis: an explicit tolerance', () => {
  it('keeps the directions whose singular values are strictly above tol', () => {
    const a = new Matrix([
      [2, 0, 0],
      [0, 0.5, 0],
    ]);
    expect(rowSpaceBasis(a, 0.5).columns).toBe(1);
    expect(rowSpaceBasis(a, 0.49).columns).toBe(2);
    expect(Math.abs(Math.abs(rowSpaceBasis(a, 0.5).get(0, 0)) - 1)).toBeLessThanOrEqual(1e-15);
  });
});
