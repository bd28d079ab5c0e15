/**
 * `Y W^T` when the target is diagonal (its sibling `diagonalMtY` gives `M^T Y`):
 * `Y[i][i] = d_i` for `i < k` (`k = d.length <= min(n, m)`), every other entry 0. That is the target
 * of a run written in the singular bases of `Y` (`reduceToSingularBasis`), where
 *
 *   (Y W^T)[i][j] = d_i W[j][i]   (i < k; 0 below),      (M^T Y)[j][c] = d_c M[c][j]   (c < k; 0 beyond),
 *
 * cost `k r` multiplications each, against `n m r` multiply-adds for the dense products they replace.
 * The other products of the Gram form never touch `Y`, so a GD step on such a target costs
 * `O((n + m) r^2)`.
 *
 * Kernels: no validation, no allocation. `ywt` is `n x r`, `w` is `r x m`; `mty` is `r x m`, `mT` (the
 * backward matrix) is `n x r`; all row-major.
 * @internal
 */
export function diagonalYWt(
  d: Float64Array,
  w: Float64Array,
  ywt: Float64Array,
  n: number,
  m: number,
  r: number,
): void {
  const k = d.length;
  for (let i = 0; i < k; i++) {
    const di = d[i];
    const row = i * r;
    for (let j = 0; j < r; j++) ywt[row + j] = di * w[j * m + i];
  }
  ywt.fill(0, k * r, n * r);
}
