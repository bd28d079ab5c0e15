/**
 * `C = A B^T` on row-major storage, `A` is `p x q`, `B` is `s x q`, `C` is `p x s` (overwritten).
 * Each entry is a dot product of two contiguous rows: `C[i][j] = sum_k A[i][k] B[j][k]`.
 * Costs `p q s` multiply-adds. Kernel: no validation, no allocation; `C` must not alias `A` or `B`.
 * @internal
 */
export function gemmNT(
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  p: number,
  q: number,
  s: number,
): void {
  for (let i = 0; i < p; i++) {
    const ai = i * q;
    for (let j = 0; j < s; j++) {
      const bj = j * q;
      let acc = 0;
      for (let k = 0; k < q; k++) acc += a[ai + k] * b[bj + k];
      c[i * s + j] = acc;
    }
  }
}
