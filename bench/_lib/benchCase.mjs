import { gaussianSampler } from '../../dist/src/random/gaussianSampler.js';
import { seededUniform } from '../../dist/src/random/seededUniform.js';

/** `k` orthonormal columns (n x k, row-major) by Gram–Schmidt on Gaussian columns. */
function orthonormalColumns(n, k, normal) {
  const q = new Float64Array(n * k);
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < n; i++) q[i * k + j] = normal();
    for (let pass = 0; pass < 2; pass++) {
      for (let l = 0; l < j; l++) {
        let d = 0;
        for (let i = 0; i < n; i++) d += q[i * k + j] * q[i * k + l];
        for (let i = 0; i < n; i++) q[i * k + j] -= d * q[i * k + l];
      }
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += q[i * k + j] ** 2;
    norm = Math.sqrt(norm);
    for (let i = 0; i < n; i++) q[i * k + j] /= norm;
  }
  return q;
}

/** Row-major `rows x cols` data as nested rows, for a case file. */
const nested = (data, rows, cols) =>
  Array.from({ length: rows }, (_, i) => Array.from(data.subarray(i * cols, (i + 1) * cols)));

/**
 * A benchmark case for `fa-verify solve` (and the numpy loop): `Y = U diag(s) V^T`, `n x n` of rank
 * `r`, singular values evenly spaced from 1 down to 0.5; `B` with i.i.d. `N(0, 1/n)` entries; FA from
 * zero with `eta = 0.1`, which for such a `Y` and `B` neither diverges nor stalls, in `"steps"` mode
 * (no early stop). Seeded, so every run and every machine benchmarks the same numbers.
 * @param {number} n
 * @param {number} r
 * @param {number} steps
 * @returns {{ Y: number[][], r: number, rule: 'fa', eta: number, steps: number, B: number[][] }}
 */
export function benchCase(n, r, steps) {
  const normal = gaussianSampler(seededUniform(`bench/${n}/${r}`));
  const u = orthonormalColumns(n, r, normal);
  const v = orthonormalColumns(n, r, normal);
  const y = new Float64Array(n * n);
  for (let l = 0; l < r; l++) {
    const s = r === 1 ? 1 : 1 - (0.5 * l) / (r - 1);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) y[i * n + j] += u[i * r + l] * s * v[j * r + l];
  }
  const b = new Float64Array(n * r).map(() => normal() / Math.sqrt(n));
  return { Y: nested(y, n, n), r, rule: 'fa', eta: 0.1, steps, B: nested(b, n, r) };
}
