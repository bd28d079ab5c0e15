/**
 * The Gram matrix of the rows, `C = A A^T`, on row-major storage: `A` is `p x q`, `C` is `p x p`
 * (overwritten), `C[i][j] = sum_k A[i][k] A[j][k]`.
 *
 * `C` is symmetric, so only the blocks on and above the diagonal are computed, as 2 x 2 blocks of dot
 * products of contiguous rows (four sums per pass of `k`), and the lower triangle is copied from the
 * upper: `C[j][i] = C[i][j]`, bit for bit. Costs `p (p + 1) q / 2` multiply-adds (plus at most `p q`
 * for the diagonal blocks' redundant entry). Kernel: no validation, no allocation; `C` must not alias `A`.
 * @internal
 */
export function syrkNT(a: Float64Array, c: Float64Array, p: number, q: number): void {
  for (let i = 0; i < p; i += 2) {
    const a0 = i * q;
    const a1 = a0 + q;
    const two = i + 1 < p;
    for (let j = i; j < p; j += 2) {
      const b0 = j * q;
      const b1 = b0 + q;
      if (two && j + 1 < p) {
        let c00 = 0,
          c01 = 0,
          c10 = 0,
          c11 = 0;
        for (let k = 0; k < q; k++) {
          const x0 = a[a0 + k];
          const x1 = a[a1 + k];
          const y0 = a[b0 + k];
          const y1 = a[b1 + k];
          c00 += x0 * y0;
          c01 += x0 * y1;
          c10 += x1 * y0;
          c11 += x1 * y1;
        }
        c[i * p + j] = c00;
        c[i * p + j + 1] = c01;
        c[(i + 1) * p + j] = c10;
        c[(i + 1) * p + j + 1] = c11;
      } else {
        // A last row or column: one or two sums.
        for (let ii = i; ii < Math.min(i + 2, p); ii++) {
          const ai = ii * q;
          for (let jj = j; jj < Math.min(j + 2, p); jj++) {
            const aj = jj * q;
            let acc = 0;
            for (let k = 0; k < q; k++) acc += a[ai + k] * a[aj + k];
            c[ii * p + jj] = acc;
          }
        }
      }
    }
  }
  for (let i = 1; i < p; i++) for (let j = 0; j < i; j++) c[i * p + j] = c[j * p + i];
}
