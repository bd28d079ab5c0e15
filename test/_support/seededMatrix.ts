import { Matrix, QrDecomposition } from 'ml-matrix';
import { gaussianSampler } from '../../src/random/gaussianSampler.js';
import { seededUniform } from '../../src/random/seededUniform.js';

/** A `rows x cols` matrix of i.i.d. `scale * N(0, 1)` entries drawn from `seedrandom(seed)`, row by row. */
export function seededMatrix(rows: number, cols: number, seed: string, scale = 1): Matrix {
  const normal = gaussianSampler(seededUniform(seed));
  const out = new Matrix(rows, cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out.set(i, j, scale * normal());
  return out;
}

/** `Y = A C` with Gaussian `A` (`n x k`) and `C` (`k x m`): rank `k` with probability 1, scaled to `||Y||_F = 1`. */
export function seededLowRank(n: number, m: number, k: number, seed: string): Matrix {
  const y = seededMatrix(n, k, `${seed}/A`).mmul(seededMatrix(k, m, `${seed}/C`));
  return y.div(y.norm('frobenius'));
}

/** A `rows x cols` matrix with orthonormal columns (`cols <= rows`), from the QR of a seeded Gaussian. */
export function seededOrthonormal(rows: number, cols: number, seed: string): Matrix {
  return new QrDecomposition(seededMatrix(rows, cols, seed)).orthogonalMatrix;
}

/** The largest `|a_i - b_i|`; NaN when any difference is NaN or the lengths differ, so a bound on it fails. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Number.NaN;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]);
    if (Number.isNaN(d)) return Number.NaN;
    if (d > worst) worst = d;
  }
  return worst;
}

/** The largest `|a_i|`; NaN when any entry is NaN. */
export function maxAbs(a: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const v = Math.abs(a[i]);
    if (Number.isNaN(v)) return Number.NaN;
    if (v > worst) worst = v;
  }
  return worst;
}

/** Whether every entry is finite (false on NaN and on +-Infinity). */
export function allFinite(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
  return true;
}
