import type { Matrix } from 'ml-matrix';
import { toDense, toMatrix, type Dense } from '../linalg/Dense.js';
import { rankTolerance } from '../theory/rankTolerance.js';
import { basesWithStart } from './basesWithStart.js';
import { rangeBasis } from './rangeBasis.js';

/** The same run, written in orthonormal coordinates of the only subspaces it can reach. @internal */
export interface SubspaceReduction {
  /** `Q_Z` (`n x d1`, orthonormal columns): `Z_t = Q_Z z_t` for every `t`. */
  readonly qz: Matrix;
  /** `Q_W` (`m x d2`, orthonormal columns): `W_t = w_t Q_W^T` for every `t`. */
  readonly qw: Matrix;
  /** `Q_Z^T Y Q_W` (`d1 x d2`). */
  readonly y: Dense;
  /** `Q_Z^T Z_0` (`d1 x r`) and `W_0 Q_W` (`r x d2`). */
  readonly z0: Dense;
  readonly w0: Dense;
  /** `Q_Z^T B` (`d1 x r`), or null. */
  readonly b: Dense | null;
  /** `||Y - Q_Z (Q_Z^T Y Q_W) Q_W^T||_F^2`: what the reduced loss misses of the full one (rounding-sized). */
  readonly lossOffset: number;
}

/**
 * Why a run of GD or FA lives in a small subspace, exactly. Let `U` span the columns and `V` the rows
 * of `Y`. The updates
 *
 *   Z <- Z - eta (Z W - Y) W^T,    W <- W - eta M^T (Z W - Y)        (M = Z for GD, B for FA)
 *
 * add to `Z` only columns in `span[Z, U]` (`Z (W W^T)` and `Y W^T`), and to `W` only rows in
 * `span[W, V]` (`(M^T Z) W` and `M^T Y`). So with `Q_Z` an orthonormal basis of `span[Z_0, U]`
 * (`d1 <= min(n, rank Y + r)`) and `Q_W` one of `span[W_0^T, V]`, every iterate is
 * `Z_t = Q_Z z_t`, `W_t = w_t Q_W^T`, and since `Y = Q_Z y Q_W^T` with `y = Q_Z^T Y Q_W`,
 *
 *   z <- z - eta (z w - y) w^T,    w <- w - eta m^T (z w - y)      (m = z for GD, Q_Z^T B for FA)
 *
 * is the same run on a `d1 x d2` target, and `||Z W - Y||_F = ||z w - y||_F`. A step then costs
 * `O(d1 d2 r)` instead of `O(n m r)`: from zero and `rank Y = k`, a `d = k` problem whatever `n`.
 *
 * `U` comes from Gram–Schmidt with column pivoting on `Y` ({@link rangeBasis}), `V` from the same on
 * the rows of `U^T Y`; columns shorter than {@link rankTolerance} of `||Y||_F` are left out. In
 * floating point the reduction so changes the problem by rounding-sized amounts only: the part of `Y`
 * left out (at most `sqrt(m)` times that tolerance) has its energy in `lossOffset`, added back to
 * every loss, and components of `Z_0`, `W_0` outside the span below `max(n, m) eps` of their norm
 * are dropped. Costs `O(n m (k + d))` once. Returns null when `rank Y` exceeds `maxRank`.
 * @internal
 */
export function reduceToSubspace(
  y: Dense,
  r: number,
  z0: Float64Array,
  w0: Float64Array,
  b: Dense | null,
  maxRank: number,
): SubspaceReduction | null {
  const n = y.rows;
  const m = y.cols;
  const full = toMatrix(y);
  const tol = rankTolerance(n, m, full.norm('frobenius'));
  const u = rangeBasis(y, tol, maxRank);
  if (u === null) return null;
  // The rows of U^T Y span the rows of Q_U Q_U^T Y: their basis, as the columns of (U^T Y)^T.
  const v = rangeBasis(toDense(full.transpose().mmul(u)), tol, Infinity) as Matrix; // no bound: never null
  const bases = basesWithStart(u, v, z0, w0, b, r);
  const { qz, qw } = bases;
  const reduced = qz.transpose().mmul(full).mmul(qw);
  const lossOffset = full.clone().sub(qz.mmul(reduced).mmul(qw.transpose())).norm('frobenius') ** 2;
  return { ...bases, y: toDense(reduced), lossOffset };
}
