/**
 * `M^T Y` when the target is diagonal: `(M^T Y)[j][c] = d_c M[c][j]` for `c < k = d.length`, 0 beyond
 * (see {@link diagonalYWt}, which also says where such targets come from). `k r` multiplications
 * against `n m r` multiply-adds for the dense product. Kernel: no validation, no allocation; `mT` (the
 * backward matrix) is `n x r`, `mty` is `r x m`, row-major.
 * @internal
 */
export function diagonalMtY(
  d: Float64Array,
  mT: Float64Array,
  mty: Float64Array,
  m: number,
  r: number,
): void {
  const k = d.length;
  for (let j = 0; j < r; j++) {
    const row = j * m;
    for (let c = 0; c < k; c++) mty[row + c] = d[c] * mT[c * r + j];
    mty.fill(0, row + k, row + m);
  }
}
