import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { toDense } from '../../src/linalg/Dense.js';
import { rangeBasis } from '../../src/solve/rangeBasis.js';
import { maxAbs, seededLowRank, seededMatrix } from '../_support/seededMatrix.js';

const orthonormalityError = (q: Matrix): number =>
  maxAbs(q.transpose().mmul(q).sub(Matrix.eye(q.columns, q.columns)).to1DArray());

/** `||(I - Q Q^T) A||_F`. */
const leftOver = (q: Matrix, a: Matrix): number =>
  a
    .clone()
    .sub(q.mmul(q.transpose().mmul(a)))
    .norm('frobenius');

describe('rangeBasis', () => {
  it.each([
    [12, 10, 3],
    [10, 12, 4],
    [6, 6, 6],
    [9, 2, 2],
  ])('%i x %i of rank %i: that many orthonormal columns, spanning every column of A', (p, q, k) => {
    const a = seededLowRank(p, q, k, `range/${p}/${q}/${k}`);
    const basis = rangeBasis(toDense(a), 1e-14, Infinity);
    expect(basis).not.toBeNull();
    if (basis === null) return;
    expect([basis.rows, basis.columns]).toEqual([p, k]);
    expect(orthonormalityError(basis)).toBeLessThanOrEqual(1e-14);
    expect(leftOver(basis, a)).toBeLessThanOrEqual(1e-14);
  });

  it('takes the longest column first (pivoting)', () => {
    const a = new Matrix([
      [1, 0, 0],
      [0, 0, 5],
      [0, 2, 0],
    ]);
    const basis = rangeBasis(toDense(a), 1e-12, Infinity) as Matrix;
    expect(basis.getColumn(0).map(Math.abs)).toEqual([0, 1, 0]);
    expect(basis.getColumn(1).map(Math.abs)).toEqual([0, 0, 1]);
    expect(basis.getColumn(2).map(Math.abs)).toEqual([1, 0, 0]);
  });

  it('leaves out what is within tol: every column of A - Q Q^T A is at most tol long', () => {
    const big = seededMatrix(7, 5, 'range/tol/big');
    const small = seededMatrix(7, 5, 'range/tol/small').mul(1e-9);
    const a = seededLowRank(7, 5, 2, 'range/tol/low').add(small);
    const tol = 1e-6;
    const basis = rangeBasis(toDense(a), tol, Infinity) as Matrix;
    expect(basis.columns).toBe(2);
    for (let j = 0; j < 5; j++) {
      const col = a.getColumnVector(j);
      expect(leftOver(basis, col)).toBeLessThanOrEqual(tol);
    }
    expect(rangeBasis(toDense(a), 1e-12, Infinity)?.columns).toBe(5);
    expect(rangeBasis(toDense(big), 1e-12, Infinity)?.columns).toBe(5);
  });

  it('a zero matrix has an empty basis; a rank above maxRank gives null', () => {
    expect(rangeBasis(toDense(new Matrix(3, 4)), 1e-15, Infinity)?.columns).toBe(0);
    const a = toDense(seededLowRank(6, 6, 3, 'range/max'));
    expect(rangeBasis(a, 1e-14, 2)).toBeNull();
    expect(rangeBasis(a, 1e-14, 3)?.columns).toBe(3);
  });
});
