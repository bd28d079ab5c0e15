import { Matrix } from 'ml-matrix';
import { createKernelArena } from '../kernels/createKernelArena.js';
import { oneOffKernelKind } from '../kernels/oneOffKernelKind.js';
import { distanceSquared } from '../kernels/distanceSquared.js';
import { dot } from '../kernels/dot.js';
import { toDense, type Dense } from '../linalg/Dense.js';
import { rankTolerance } from './rankTolerance.js';
import { rowSpaceBasis } from './rowSpaceBasis.js';

/** The closed-form limit of FA from zero initialisation. @public */
export interface FaLimit {
  /** `Y P_S`, the limit of `Z W` (made into a `Matrix` when first read). */
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
 *
 * `B^T Y` (`r x m`), `Y Q` and `(Y Q) Q^T` (`Q`: `m x dim S`, orthonormal, from {@link rowSpaceBasis})
 * are dense products on row-major storage (the kernels of `src/kernels`, checked against ml-matrix
 * in their tests, and this function against ml-matrix's products in its own); the loss is the direct
 * residual `||Y - Y Q Q^T||_F^2`, never `||Y||^2 - ||Y Q||^2` (which cancels when the loss is small).
 * `Y` and `B` may be ml-matrix matrices or row-major {@link Dense} storage (the solver's own).
 * @public
 */
export function faLimit(yIn: Matrix | Dense, bIn: Matrix | Dense, tol?: number): FaLimit {
  const y = toDense(yIn);
  const b = toDense(bIn);
  const n = y.rows;
  const m = y.cols;
  const r = b.cols;
  const kind = oneOffKernelKind(n * m * r);
  const arena = createKernelArena(2 * n * m + n * r + r * m + (m + n) * Math.min(r, m), kind);
  const k = arena.kernels;
  const ya = arena.alloc(n * m);
  ya.set(y.data.subarray(0, n * m));
  const ba = arena.alloc(n * r);
  ba.set(b.data.subarray(0, n * r));
  // B^T Y is computed to about n eps ||B||_F ||Y||_F per entry: singular values below that are rounding,
  // also when all of B^T Y is (B orthogonal to the columns of Y), so the default threshold is relative
  // to ||B||_F ||Y||_F rather than to the largest singular value of B^T Y itself.
  const scale = Math.sqrt(dot(ba, ba, n * r)) * Math.sqrt(dot(ya, ya, n * m));
  const threshold = tol ?? rankTolerance(n, Math.max(r, m), scale);
  const bty = arena.alloc(r * m);
  k.gemmTN(ba, ya, bty, r, n, m); // B^T Y
  const q = rowSpaceBasis(Matrix.from1DArray(r, m, bty), threshold); // m x d, orthonormal columns
  const d = q.columns;
  const qa = arena.alloc(m * d);
  qa.set(toDense(q).data);
  const yq = arena.alloc(n * d);
  k.gemmNN(ya, qa, yq, n, m, d); // Y Q
  const product = arena.alloc(n * m);
  k.gemmNT(yq, qa, product, n, d, m); // Y P_S = (Y Q) Q^T
  const loss = distanceSquared(ya, product, n * m);
  let matrix: Matrix | undefined;
  return {
    get product(): Matrix {
      matrix ??= new Matrix(Array.from({ length: n }, (_, i) => product.subarray(i * m, (i + 1) * m)));
      return matrix;
    },
    loss,
    dimension: d,
  };
}
