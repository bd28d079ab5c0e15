import { Matrix } from 'ml-matrix';
import { jacobiSvd } from '../linalg/jacobiSvd.js';
import { rankTolerance } from './rankTolerance.js';

/**
 * An orthonormal basis of the row space of `a`, as the columns of a `cols x rank` matrix: the right
 * singular vectors whose singular values pass {@link rankTolerance} (or `tol`), by {@link jacobiSvd}.
 * @public
 */
export function rowSpaceBasis(a: Matrix, tol?: number): Matrix {
  // The row space of A: its right singular vectors.
  const svd = jacobiSvd(a);
  const s = svd.values;
  const u = svd.V;
  const s1 = s.reduce((x, v) => Math.max(x, v), 0);
  const t = tol ?? rankTolerance(a.rows, a.columns, s1);
  const keep: number[] = [];
  for (let i = 0; i < s.length; i++) if (s1 > 0 && s[i] > t) keep.push(i);
  const basis = new Matrix(a.columns, keep.length);
  keep.forEach((col, j) => {
    for (let i = 0; i < a.columns; i++) basis.set(i, j, u.get(i, col));
  });
  return basis;
}
