import type { Matrix } from 'ml-matrix';
import { rankTolerance } from './rankTolerance.js';
import { singularValues } from './singularValues.js';

/**
 * Numerical rank: the number of singular values above `tol`, by default
 * `max(rows, cols) * Number.EPSILON * s1` ({@link rankTolerance}).
 * @public
 */
export function numericalRank(a: Matrix, tol?: number): number {
  const s = singularValues(a);
  if (s.length === 0 || s[0] === 0) return 0;
  const t = tol ?? rankTolerance(a.rows, a.columns, s[0]);
  return s.filter((v) => v > t).length;
}
