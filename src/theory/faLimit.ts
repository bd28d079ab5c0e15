import type { Matrix } from 'ml-matrix';
import { rankTolerance } from './rankTolerance.js';
import { rowSpaceBasis } from './rowSpaceBasis.js';

/** The closed-form limit of FA from zero initialisation. @public */
export interface FaLimit {
  /** `Y P_S`, the limit of `Z W`. */
  readonly product: Matrix;
  /** `||Y (I - P_S)||_F^2`, the limit of the loss, computed as a direct residual. */
  readonly loss: number;
  /** `dim S = rank(B^T Y)`. */
  readonly dimension: number;
}

/**
 * docs/theory.md §Closed forms (1): from zero, every row of `W` stays in `S = row(B^T Y)`; at a stationary
 * point `Z W = Y P_S`, so FA converges (when it does) to `Y P_S` with loss `||Y (I - P_S)||_F^2`.
 * `tol` is the rank threshold for `B^T Y` (default: {@link rankTolerance} of `||B||_F ||Y||_F`, the
 * rounding level of `B^T Y`).
 * @public
 */
export function faLimit(y: Matrix, b: Matrix, tol?: number): FaLimit {
  // B^T Y is computed to about n eps ||B||_F ||Y||_F per entry: singular values below that are rounding,
  // also when all of B^T Y is (B orthogonal to the columns of Y), so the default threshold is relative
  // to ||B||_F ||Y||_F rather than to the largest singular value of B^T Y itself.
  const scale = b.norm('frobenius') * y.norm('frobenius');
  const threshold = tol ?? rankTolerance(b.rows, Math.max(b.columns, y.columns), scale);
  const q = rowSpaceBasis(b.transpose().mmul(y), threshold); // m x dim S, orthonormal columns
  const product = y.mmul(q).mmul(q.transpose()); // Y P_S with P_S = Q Q^T
  const residual = y.clone().sub(product);
  return { product, loss: residual.norm('frobenius') ** 2, dimension: q.columns };
}
