import { Matrix, QrDecomposition } from 'ml-matrix';
import { gaussianMatrix } from './gaussianMatrix.js';

/** The Q factor of a Gaussian `n x k` matrix with column signs fixed (diag R > 0): a Haar-random frame. */
function haarFrame(n: number, k: number, normal: () => number): Matrix {
  const qr = new QrDecomposition(new Matrix(gaussianMatrix(n, k, 1, normal)));
  const q = qr.orthogonalMatrix.subMatrix(0, n - 1, 0, k - 1);
  const r = qr.upperTriangularMatrix;
  for (let j = 0; j < k; j++) {
    if (r.get(j, j) < 0) for (let i = 0; i < n; i++) q.set(i, j, -q.get(i, j));
  }
  return q;
}

/** A target `Y = U diag(s) V^T` with its frames, as {@link randomTarget} returns it. @public */
export interface RandomTarget {
  /** `Y`, `n x m`, as nested rows. */
  readonly Y: number[][];
  /** `U`, `n x k`, orthonormal columns: the left singular vectors of `Y`. */
  readonly U: Matrix;
  /** `V`, `m x k`, orthonormal columns. */
  readonly V: Matrix;
}

/**
 * A target `Y = U diag(s) V^T` (`n x m`, rank `k = s.length <= min(n, m)`) with Haar-random frames:
 * `U` from the first `n k` normal draws, then `V` from the next `m k`. Its singular values are exactly
 * `s` (up to rounding), so spectra, ranks and `L*(r)` are known in advance.
 * @public
 */
export function randomTarget(n: number, m: number, s: readonly number[], normal: () => number): RandomTarget {
  const k = s.length;
  if (k < 1 || k > Math.min(n, m)) throw new RangeError(`rank ${k} must be in [1, min(${n}, ${m})]`);
  const u = haarFrame(n, k, normal);
  const v = haarFrame(m, k, normal);
  const y = u.mmul(Matrix.diag([...s])).mmul(v.transpose());
  return { Y: y.to2DArray(), U: u, V: v };
}
