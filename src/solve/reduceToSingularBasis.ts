import { Matrix } from 'ml-matrix';
import { residualNormSquared } from '../kernels/residualNormSquared.js';
import { BidiagonalSvdFailed } from '../linalg/bidiagonalSvd.js';
import { golubKahanSvd } from '../linalg/golubKahanSvd.js';
import { jacobiSvd, type Svd } from '../linalg/jacobiSvd.js';
import { toMatrix, type Dense } from '../linalg/Dense.js';
import { rankTolerance } from '../theory/rankTolerance.js';
import { basesWithStart } from './basesWithStart.js';
import type { SubspaceReduction } from './reduceToSubspace.js';

/** A {@link SubspaceReduction} whose reduced target is diagonal: `y[i][i] = diagonal[i]`, 0 elsewhere. @internal */
export interface SingularBasisReduction extends SubspaceReduction {
  readonly diagonal: Float64Array;
  /** Every singular value of `Y`, largest first (`min(n, m)` of them, those left out included). */
  readonly values: Float64Array;
}

/** The SVD of `y` by {@link golubKahanSvd}, or by {@link jacobiSvd} where its iteration does not settle. */
function svdOf(y: Matrix): Svd {
  try {
    return golubKahanSvd(y);
  } catch (e) {
    if (e instanceof BidiagonalSvdFailed) return jacobiSvd(y);
    throw e;
  }
}

/**
 * GD (and any rule whose backward matrix is built from `Z` alone) is the same run in any orthonormal
 * coordinates: with `Z = Q_Z z`, `W = w Q_W^T`, `y = Q_Z^T Y Q_W`, the updates
 * `z <- z - eta (z w - y) w^T`, `w <- w - eta z^T (z w - y)` are those of `Z`, `W` rotated, provided
 * the iterates stay in `span Q_Z`, `span Q_W` (docs/theory.md §Closed forms (5); `reduceToSubspace`
 * has the argument). Here `Q_Z = [U, Z_0 completed]`, `Q_W = [V, W_0^T completed]` with `U`, `V` the
 * singular vectors of `Y = U diag(s) V^T` (singular values above {@link rankTolerance} of `s_1`): the
 * reduced target is then **diagonal**, `y = diag(s)` padded with zeros, and the step's two products
 * with the target cost `k r` instead of `n m r` (`diagonalYWt`, `diagonalMtY`). This is what makes GD
 * on a full-rank target (noisy data), where no subspace is smaller than the whole, cost
 * `O((n + m) r^2)` a step: sides `d1 = min(n, k + r)`, `d2 = min(m, k + r)` (from zero or a random
 * start alike).
 *
 * Exact to rounding: `Q_Z^T Y Q_W` differs from `diag(s)` by rounding of the SVD (about
 * `max(n, m) eps s_1`), which is dropped; the energy of `Y` the diagonal misses,
 * `||Y - U diag(s) V^T||_F^2`, is `lossOffset`, added back to every loss. Costs one SVD of `Y`
 * ({@link golubKahanSvd}, about `20 n m min(n, m)` flops with the vectors: 0.1 s at 256 x 192; the
 * one-sided Jacobi SVD where it does not settle) and `O(n m (k + r))` more, so the solver takes it
 * only for runs long enough to repay it (`solveDense`).
 * @internal
 */
export function reduceToSingularBasis(
  y: Dense,
  r: number,
  z0: Float64Array,
  w0: Float64Array,
  b: Dense | null,
): SingularBasisReduction {
  const n = y.rows;
  const m = y.cols;
  const full = toMatrix(y);
  const svd = svdOf(full);
  const values = svd.values;
  const tol = rankTolerance(n, m, values[0] ?? 0);
  let k = 0;
  while (k < values.length && values[k] > tol) k++;
  const u = k > 0 ? svd.U.subMatrix(0, n - 1, 0, k - 1) : new Matrix(n, 0);
  const v = k > 0 ? svd.V.subMatrix(0, m - 1, 0, k - 1) : new Matrix(m, 0);
  const bases = basesWithStart(u, v, z0, w0, b, r);
  const { qz, qw } = bases;
  const diagonal = values.slice(0, k);
  const d1 = qz.columns;
  const d2 = qw.columns;
  const reduced = new Float64Array(d1 * d2);
  for (let i = 0; i < k; i++) reduced[i * d2 + i] = diagonal[i];
  // ||Y - (U diag(s)) V^T||_F^2, directly (row-major U diag(s), n x k, and V^T, k x m).
  const us = new Float64Array(n * k);
  for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) us[i * k + j] = u.get(i, j) * diagonal[j];
  const vt = new Float64Array(k * m);
  for (let j = 0; j < k; j++) for (let i = 0; i < m; i++) vt[j * m + i] = v.get(i, j);
  const lossOffset = residualNormSquared(us, vt, y.data, n, m, k, new Float64Array(m));
  return {
    ...bases,
    y: { rows: d1, cols: d2, data: reduced },
    lossOffset,
    diagonal,
    values,
  };
}
