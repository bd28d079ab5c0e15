import { Matrix } from 'ml-matrix';
import type { Dense } from '../linalg/Dense.js';
import { orthogonalizeAgainst } from './orthogonalizeAgainst.js';

/** `sum_i x[from + i] y[to + i]` over `len` entries (small, so that V8 optimises it after a few calls). */
function dotAt(x: Float64Array, from: number, y: Float64Array, to: number, len: number): number {
  let acc = 0;
  for (let i = 0; i < len; i++) acc += x[from + i] * y[to + i];
  return acc;
}

/** `y[to + i] -= d v[i]` over `len` entries. */
function subtractAt(d: number, v: Float64Array, y: Float64Array, to: number, len: number): void {
  for (let i = 0; i < len; i++) y[to + i] -= d * v[i];
}

/**
 * An orthonormal basis of the column space of `a` (`p x q`), as the columns of a `p x k` matrix, by
 * Gram–Schmidt with column pivoting: take the remaining column of largest norm, normalise it (after
 * a second orthogonalisation against the basis so far, which keeps the basis orthonormal to rounding),
 * project it out of every remaining column, and repeat while some column is longer than `tol`.
 *
 * What stops uncounted is small by construction: every column of `a - Q Q^T a` is at most `tol` long,
 * so `||a - Q Q^T a||_F <= sqrt(q) tol`. Costs about `3 p q k` multiply-adds for rank `k`, against an
 * SVD's `O(p q min(p, q))` (ml-matrix's SVD of a 128 x 128 matrix takes some 60 ms; this, for rank 16,
 * under 1 ms). Returns null as soon as the rank passes `maxRank`.
 * @internal
 */
export function rangeBasis(a: Dense, tol: number, maxRank: number): Matrix | null {
  const p = a.rows;
  const q = a.cols;
  // The columns of a, each contiguous: rest[j * p + i] = a[i][j].
  const rest = new Float64Array(p * q);
  for (let i = 0; i < p; i++) for (let j = 0; j < q; j++) rest[j * p + i] = a.data[i * q + j];
  const basis: Float64Array[] = [];
  const tolSq = tol * tol;
  for (;;) {
    let best = -1;
    let bestSq = tolSq;
    for (let j = 0; j < q; j++) {
      const sq = dotAt(rest, j * p, rest, j * p, p);
      if (sq > bestSq) {
        best = j;
        bestSq = sq;
      }
    }
    if (best < 0 || basis.length === p) break;
    if (basis.length === maxRank) return null;
    const v = rest.slice(best * p, best * p + p);
    const norm = Math.sqrt(orthogonalizeAgainst(v, basis, p));
    for (let i = 0; i < p; i++) v[i] /= norm;
    basis.push(v);
    for (let j = 0; j < q; j++) subtractAt(dotAt(v, 0, rest, j * p, p), v, rest, j * p, p);
  }
  const out = new Matrix(p, basis.length);
  basis.forEach((u, j) => {
    for (let i = 0; i < p; i++) out.set(i, j, u[i]);
  });
  return out;
}
