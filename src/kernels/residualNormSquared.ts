/**
 * The loss `||Z W - Y||_F^2` computed directly (no Gram matrices, so no cancellation):
 * for each row i, `e = Z[i,:] W - Y[i,:]`, accumulated entry by entry.
 * `Z` is `n x r`, `W` is `r x m`, `Y` is `n x m`; `row` is scratch of length `m`.
 * Costs `n m r` multiply-adds. Kernel: no validation, no allocation.
 * @internal
 */
export function residualNormSquared(
  z: Float64Array,
  w: Float64Array,
  y: Float64Array,
  n: number,
  m: number,
  r: number,
  row: Float64Array,
): number {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) row[j] = -y[i * m + j];
    for (let k = 0; k < r; k++) {
      const zik = z[i * r + k];
      if (zik === 0) continue;
      const wk = k * m;
      for (let j = 0; j < m; j++) row[j] += zik * w[wk + j];
    }
    for (let j = 0; j < m; j++) acc += row[j] * row[j];
  }
  return acc;
}
