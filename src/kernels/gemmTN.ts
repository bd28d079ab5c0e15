/** Widest `C` (columns) for which the dot-product form is used; wider ones use outer products. */
const DOT_FORM_MAX_COLS = 32;

/**
 * `C = A^T B` on row-major storage, `A` is `q x p`, `B` is `q x s`, `C` is `p x s` (overwritten).
 *
 * Two loop orders, by the width `s` of `C`:
 * - narrow `C` (`s <= 32`, e.g. `B^T Z`, `r x r`): each 2 x 2 block of `C` is four dot products of
 *   columns, `C[i][j] = sum_k A[k][i] B[k][j]`, accumulated in locals down the rows `k`, so `C` is
 *   written once;
 * - wide `C` (e.g. `Z^T Y`, `r x m`): `C = sum_k A[k,:]^T B[k,:]`, outer products of matching rows
 *   taken two rows at a time, `C[i,:] += A[k][i] B[k,:] + A[k+1][i] B[k+1,:]`, so rows of `B` and `C`
 *   are walked contiguously.
 *
 * Costs `p q s` multiply-adds. Kernel: no validation, no allocation; `C` must not alias `A` or `B`.
 * @internal
 */
export function gemmTN(
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  p: number,
  q: number,
  s: number,
): void {
  if (s <= DOT_FORM_MAX_COLS) columnDots(a, b, c, p, q, s);
  else rowOuterProducts(a, b, c, p, q, s);
}

/** `C[i][j] = sum_k A[k][i] B[k][j]` by 2 x 2 blocks of column dot products. */
function columnDots(
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  p: number,
  q: number,
  s: number,
): void {
  for (let i = 0; i < p; i += 2) {
    const two = i + 1 < p;
    for (let j = 0; j < s; j += 2) {
      if (two && j + 1 < s) {
        let c00 = 0,
          c01 = 0,
          c10 = 0,
          c11 = 0;
        for (let k = 0, ak = i, bk = j; k < q; k++, ak += p, bk += s) {
          const x0 = a[ak];
          const x1 = a[ak + 1];
          const y0 = b[bk];
          const y1 = b[bk + 1];
          c00 += x0 * y0;
          c01 += x0 * y1;
          c10 += x1 * y0;
          c11 += x1 * y1;
        }
        c[i * s + j] = c00;
        c[i * s + j + 1] = c01;
        c[(i + 1) * s + j] = c10;
        c[(i + 1) * s + j + 1] = c11;
      } else {
        // A last row or column: one or two sums.
        for (let ii = i; ii < Math.min(i + 2, p); ii++) {
          for (let jj = j; jj < Math.min(j + 2, s); jj++) {
            let acc = 0;
            for (let k = 0, ak = ii, bk = jj; k < q; k++, ak += p, bk += s) acc += a[ak] * b[bk];
            c[ii * s + jj] = acc;
          }
        }
      }
    }
  }
}

/** `C = sum_k A[k,:]^T B[k,:]`, two rows `k` at a time. */
function rowOuterProducts(
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  p: number,
  q: number,
  s: number,
): void {
  c.fill(0, 0, p * s);
  let k = 0;
  for (; k + 1 < q; k += 2) {
    const a0 = k * p;
    const a1 = a0 + p;
    const b0 = k * s;
    const b1 = b0 + s;
    for (let i = 0; i < p; i++) {
      const x0 = a[a0 + i];
      const x1 = a[a1 + i];
      const ci = i * s;
      for (let j = 0; j < s; j++) c[ci + j] += x0 * b[b0 + j] + x1 * b[b1 + j];
    }
  }
  if (k < q) {
    // The last row.
    const ak = k * p;
    const bk = k * s;
    for (let i = 0; i < p; i++) {
      const x = a[ak + i];
      const ci = i * s;
      for (let j = 0; j < s; j++) c[ci + j] += x * b[bk + j];
    }
  }
}
