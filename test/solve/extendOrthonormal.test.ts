import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { toDense } from '../../src/linalg/Dense.js';
import { extendOrthonormal } from '../../src/solve/extendOrthonormal.js';
import { maxAbs, seededMatrix, seededOrthonormal } from '../_support/seededMatrix.js';

const TOL = 8 * Number.EPSILON;

/** `||Q^T Q - I||_max`. */
const orthonormalityError = (q: Matrix): number =>
  maxAbs(q.transpose().mmul(q).sub(Matrix.eye(q.columns, q.columns)).to1DArray());

/** `||(I - Q Q^T) A||_max`: how far the columns of `A` are from the span of `Q`. */
const outsideSpan = (q: Matrix, a: Matrix): number =>
  maxAbs(
    a
      .clone()
      .sub(q.mmul(q.transpose().mmul(a)))
      .to1DArray(),
  );

describe('extendOrthonormal', () => {
  it('extends 2 orthonormal columns by 3 generic ones to 5 orthonormal columns spanning all of them', () => {
    const basis = seededOrthonormal(9, 2, 'extend/basis');
    const extra = seededMatrix(9, 3, 'extend/extra');
    const q = extendOrthonormal(basis, toDense(extra).data, 3, 1e-13);
    expect([q.rows, q.columns]).toEqual([9, 5]);
    expect(orthonormalityError(q)).toBeLessThanOrEqual(1e-14);
    expect(outsideSpan(q, extra)).toBeLessThanOrEqual(1e-14);
    expect(outsideSpan(q, basis)).toBeLessThanOrEqual(1e-14);
    // The given basis comes first, unchanged.
    expect(maxAbs(q.subMatrix(0, 8, 0, 1).sub(basis).to1DArray())).toBe(0);
  });

  it('adds nothing for columns already in the span, zero columns, or beyond n columns', () => {
    const basis = seededOrthonormal(4, 2, 'extend/inside');
    const inside = basis.mmul(
      new Matrix([
        [1, 0, 2],
        [3, 0, -1],
      ]),
    ); // 4 x 3: combinations and a zero column
    expect(extendOrthonormal(basis, toDense(inside).data, 3, 1e-12).columns).toBe(2);
    const many = seededMatrix(4, 6, 'extend/many');
    const q = extendOrthonormal(basis, toDense(many).data, 6, 1e-12);
    expect(q.columns).toBe(4);
    expect(orthonormalityError(q)).toBeLessThanOrEqual(1e-14);
  });

  it('keeps a column whose part outside the span is just above relTol, drops one just below', () => {
    const basis = new Matrix([[1], [0], [0]]);
    const kept = extendOrthonormal(basis, Float64Array.from([1, 1e-9, 0]), 1, 1e-10);
    expect(kept.columns).toBe(2);
    expect(Math.abs(Math.abs(kept.get(1, 1)) - 1)).toBeLessThanOrEqual(TOL);
    expect(extendOrthonormal(basis, Float64Array.from([1, 1e-11, 0]), 1, 1e-10).columns).toBe(1);
  });

  it('starts from no basis at all (n x 0)', () => {
    const q = extendOrthonormal(new Matrix(3, 0), Float64Array.from([3, 0, 0, 0, 4, 0]), 2, 1e-12); // rows (3, 0), (0, 0), (4, 0)
    expect([q.rows, q.columns]).toEqual([3, 1]);
    expect(maxAbs(q.getColumn(0).map((v, i) => v - [0.6, 0, 0.8][i]))).toBeLessThanOrEqual(TOL);
  });
});
