/**
 * `C = A B^T` on row-major storage, `A` is `p x q`, `B` is `s x q`, `C` is `p x s` (overwritten).
 * Each entry is a dot product of two contiguous rows: `C[i][j] = sum_k A[i][k] B[j][k]`.
 *
 * Register-blocked: a 4 x 2 block of `C` (rows `i..i+3` of `A` against rows `j, j+1` of `B`) is
 * accumulated in eight locals over one pass of `k`, so each loaded entry feeds several multiply-adds;
 * leftover rows and columns take the same sums with smaller blocks. Costs `p q s` multiply-adds.
 * Kernel: no validation, no allocation; `C` must not alias `A` or `B`.
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
  let i = 0;
  for (; i + 3 < p; i += 4) {
    const a0 = i * q;
    const a1 = a0 + q;
    const a2 = a1 + q;
    const a3 = a2 + q;
    const c0 = i * s;
    let j = 0;
    for (; j + 1 < s; j += 2) {
      const b0 = j * q;
      const b1 = b0 + q;
      let c00 = 0,
        c01 = 0,
        c10 = 0,
        c11 = 0,
        c20 = 0,
        c21 = 0,
        c30 = 0,
        c31 = 0;
      for (let k = 0; k < q; k++) {
        const y0 = b[b0 + k];
        const y1 = b[b1 + k];
        let x = a[a0 + k];
        c00 += x * y0;
        c01 += x * y1;
        x = a[a1 + k];
        c10 += x * y0;
        c11 += x * y1;
        x = a[a2 + k];
        c20 += x * y0;
        c21 += x * y1;
        x = a[a3 + k];
        c30 += x * y0;
        c31 += x * y1;
      }
      const o = c0 + j;
      c[o] = c00;
      c[o + 1] = c01;
      c[o + s] = c10;
      c[o + s + 1] = c11;
      c[o + 2 * s] = c20;
      c[o + 2 * s + 1] = c21;
      c[o + 3 * s] = c30;
      c[o + 3 * s + 1] = c31;
    }
    if (j < s) {
      // The last column of this block of rows.
      const b0 = j * q;
      let d0 = 0,
        d1 = 0,
        d2 = 0,
        d3 = 0;
      for (let k = 0; k < q; k++) {
        const y = b[b0 + k];
        d0 += a[a0 + k] * y;
        d1 += a[a1 + k] * y;
        d2 += a[a2 + k] * y;
        d3 += a[a3 + k] * y;
      }
      const o = c0 + j;
      c[o] = d0;
      c[o + s] = d1;
      c[o + 2 * s] = d2;
      c[o + 3 * s] = d3;
    }
  }
  for (; i < p; i++) {
    // The last rows, one at a time.
    const ai = i * q;
    for (let j = 0; j < s; j++) {
      const bj = j * q;
      let acc = 0;
      for (let k = 0; k < q; k++) acc += a[ai + k] * b[bj + k];
      c[i * s + j] = acc;
    }
  }
}
