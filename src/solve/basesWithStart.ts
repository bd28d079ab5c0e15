import type { Matrix } from 'ml-matrix';
import { toDense, toMatrix, type Dense } from '../linalg/Dense.js';
import { extendOrthonormal } from './extendOrthonormal.js';

/** The bases of a reduction and the start and feedback written in them. @internal */
export interface BasesWithStart {
  /** `[U, Z_0 completed]` (`n x d1`, orthonormal columns). */
  readonly qz: Matrix;
  /** `[V, W_0^T completed]` (`m x d2`, orthonormal columns). */
  readonly qw: Matrix;
  /** `Q_Z^T Z_0` (`d1 x r`), `W_0 Q_W` (`r x d2`), `Q_Z^T B` (`d1 x r`) or null. */
  readonly z0: Dense;
  readonly w0: Dense;
  readonly b: Dense | null;
}

/**
 * Completes orthonormal bases `u` (`n x k`) of the columns and `v` (`m x k'`) of the rows a run's
 * target reaches by the columns of its start `Z_0` and the rows of `W_0` (`extendOrthonormal`:
 * directions below `max(n, m) eps` of their norm are left out), and writes the start and the feedback
 * in them: the part every reduction of GD and FA to `span[Z_0, U] x span[W_0^T, V]` shares
 * (`reduceToSubspace`, `reduceToSingularBasis`).
 * @internal
 */
export function basesWithStart(
  u: Matrix,
  v: Matrix,
  z0: Float64Array,
  w0: Float64Array,
  b: Dense | null,
  r: number,
): BasesWithStart {
  const n = u.rows;
  const m = v.rows;
  const relTol = Math.max(n, m) * Number.EPSILON;
  const qz = extendOrthonormal(u, z0, r, relTol);
  // The rows of W_0 are the columns of W_0^T: transpose the row-major r x m data to m x r.
  const w0t = new Float64Array(m * r);
  for (let i = 0; i < r; i++) for (let j = 0; j < m; j++) w0t[j * r + i] = w0[i * m + j];
  const qw = extendOrthonormal(v, w0t, r, relTol);
  const z0m = toMatrix({ rows: n, cols: r, data: z0 });
  const w0m = toMatrix({ rows: r, cols: m, data: w0 });
  return {
    qz,
    qw,
    z0: toDense(qz.transpose().mmul(z0m)),
    w0: toDense(w0m.mmul(qw)),
    b: b === null ? null : toDense(qz.transpose().mmul(toMatrix(b))),
  };
}
