import { Matrix } from 'ml-matrix';

/** The thin SVD `A = U diag(values) V^T` of an `n x m` matrix, `p = min(n, m)`, values descending. @public */
export interface Svd {
  /** The `p` singular values, largest first. */
  readonly values: Float64Array;
  /**
   * `U` (`n x p`). The columns of `U` and `V` whose value is above rounding are orthonormal; for the
   * values at rounding level or 0, the factor on the long side of `A` may hold short or zero columns
   * (every caller keeps only the columns above its rank tolerance).
   */
  readonly U: Matrix;
  /** `V` (`m x p`), as `U`. */
  readonly V: Matrix;
}

/** Thrown when the sweeps do not settle: never seen, and reported rather than looped on. @public */
export class SvdNotConvergedError extends Error {
  constructor(rows: number, cols: number, sweeps: number) {
    super(`the SVD of a ${rows} x ${cols} matrix did not converge in ${sweeps} sweeps`);
    this.name = 'SvdNotConvergedError';
  }
}

/** `||x||_2` without overflow or underflow (scaled by the largest entry). */
function norm2(x: Float64Array): number {
  let big = 0;
  for (const v of x) big = Math.max(big, Math.abs(v));
  if (big === 0 || !Number.isFinite(big)) return big;
  let acc = 0;
  for (const v of x) acc += (v / big) * (v / big);
  return big * Math.sqrt(acc);
}

/** `x . y` over `len` entries, summed in order (small, so that V8 optimises it after a few calls). */
function dotColumns(x: Float64Array, y: Float64Array, len: number): number {
  let acc = 0;
  for (let i = 0; i < len; i++) acc += x[i] * y[i];
  return acc;
}

/** `[x, y] <- [c x - s y, s x + c y]`, entry by entry. */
function rotateColumns(x: Float64Array, y: Float64Array, len: number, c: number, s: number): void {
  for (let i = 0; i < len; i++) {
    const a = x[i];
    const b = y[i];
    x[i] = c * a - s * b;
    y[i] = s * a + c * b;
  }
}

/** Sweeps allowed: one-sided Jacobi converges quadratically, in 6 to 12 sweeps at the sides we meet. */
const MAX_SWEEPS = 80;

/**
 * The singular value decomposition by one-sided Jacobi (Hestenes 1958; Demmel & Veselić 1992):
 * rotate pairs of columns of `G = A` (of `A^T` when `A` is wide) until every pair is orthogonal to
 * working precision, `|g_p . g_q| <= n eps ||g_p|| ||g_q||`, accumulating the rotations in `V`; then
 * `values_j = ||g_j||`, `U = G diag(1 / values)`. It always ends (bounded sweeps, an error past them)
 * and has high relative accuracy, where ml-matrix's `SingularValueDecomposition` (a JAMA port with no
 * iteration bound, mljs/matrix issue #70) loops forever on some rank-deficient inputs: a 30 x 31
 * feedback matrix with a repeated column hung `verify --profile thorough` (test/linalg/jacobiSvd).
 * Costs about `7 n m^2` flops a sweep (`n >= m`): 0.1 s at 128 x 96, under a second at 256 x 192.
 * `vectors: false` skips `V` and `U`.
 * @public
 */
export function jacobiSvd(a: Matrix, vectors = true): Svd {
  const wide = a.rows < a.columns;
  const n = wide ? a.columns : a.rows; // the long side: G is n x m with n >= m
  const m = wide ? a.rows : a.columns;
  // Scaled by the largest entry, so that no product of two entries overflows or underflows.
  let big = 0;
  for (let i = 0; i < a.rows; i++)
    for (let j = 0; j < a.columns; j++) big = Math.max(big, Math.abs(a.get(i, j)));
  const scale = big > 0 && Number.isFinite(big) ? big : 1;
  const g: Float64Array[] = [];
  let total = 0;
  for (let j = 0; j < m; j++) {
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      col[i] = (wide ? a.get(j, i) : a.get(i, j)) / scale;
      total += col[i] * col[i];
    }
    g.push(col);
  }
  // A column this short is zero to working precision (a direction of the null space): rotating it
  // against the others only stirs rounding, and would never settle.
  const negligible = (Number.EPSILON * Number.EPSILON * total) / 4;
  const v: Float64Array[] = [];
  if (vectors)
    for (let j = 0; j < m; j++) {
      const e = new Float64Array(m);
      e[j] = 1;
      v.push(e);
    }
  // Orthogonal "to working precision": |g_p . g_q| <= n eps ||g_p|| ||g_q||. A rotation computed from
  // dot products of length n leaves |g_p . g_q| at about sqrt(n) eps ||g_p|| ||g_q||, so a bound of
  // eps alone may never be met (a Gaussian 33 x 8 matrix rotated on forever; LAPACK's dgesvj takes
  // sqrt(n) eps, the more cautious n eps costs at most one more sweep).
  const eps = Math.max(n, 1) * Number.EPSILON;
  let sweeps = 0;
  for (let rotated = true; rotated; sweeps++) {
    if (sweeps >= MAX_SWEEPS) throw new SvdNotConvergedError(a.rows, a.columns, MAX_SWEEPS);
    rotated = false;
    // Squared column norms, recomputed each sweep and carried through its rotations (a rotation by
    // t = tan(theta) moves t gamma from one to the other), so that a pair costs one dot product.
    const sq = g.map((col) => {
      let acc = 0;
      for (let i = 0; i < n; i++) acc += col[i] * col[i];
      return acc;
    });
    for (let p = 0; p < m - 1; p++) {
      const gp = g[p];
      for (let q = p + 1; q < m; q++) {
        const gq = g[q];
        const alpha = sq[p];
        const beta = sq[q];
        const gamma = dotColumns(gp, gq, n);
        if (gamma === 0 || Math.abs(gamma) <= eps * Math.sqrt(alpha * beta)) continue;
        if (alpha <= negligible || beta <= negligible) continue;
        rotated = true;
        // The rotation that zeroes the (p, q) entry of G^T G: t = tan(theta), the smaller root.
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        sq[p] = Math.max(alpha - t * gamma, 0);
        sq[q] = beta + t * gamma;
        rotateColumns(gp, gq, n, c, s);
        if (vectors) rotateColumns(v[p], v[q], m, c, s);
      }
    }
  }
  const norms = g.map(norm2);
  const order = norms.map((_, j) => j).sort((x, y) => norms[y] - norms[x] || x - y);
  const values = Float64Array.from(order, (j) => norms[j] * scale);
  const left = new Matrix(n, vectors ? m : 0);
  const right = new Matrix(m, vectors ? m : 0);
  if (vectors)
    order.forEach((j, col) => {
      const scale = norms[j] > 0 ? 1 / norms[j] : 0;
      for (let i = 0; i < n; i++) left.set(i, col, g[j][i] * scale);
      for (let i = 0; i < m; i++) right.set(i, col, v[j][i]);
    });
  // For a wide A we decomposed A^T = G-side: A^T = U' S V'^T, so A = V' S U'^T.
  return wide ? { values, U: right, V: left } : { values, U: left, V: right };
}
