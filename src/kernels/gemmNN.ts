/**
 * `C = A B` on row-major storage, `A` is `p x q`, `B` is `q x s`, `C` is `p x s` (overwritten).
 *
 * Loop order i-k-j, so the inner loop walks rows of `B` and `C` contiguously, blocked two rows of `C`
 * by two rows of `B` at a time: `C[i,:] += A[i][k] B[k,:] + A[i][k+1] B[k+1,:]` (and the same for row
 * `i + 1`), which halves the loads and stores of `C` per multiply-add. A block whose entries of `A` are
 * all zero is skipped, so a zero `A` gives exact zeros whatever `B` holds. Costs `p q s` multiply-adds.
 * Kernel: no validation, no allocation; `C` must not alias `A` or `B`.
 * @internal
 */
export function gemmNN(
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  p: number,
  q: number,
  s: number,
): void {
  c.fill(0, 0, p * s);
  let i = 0;
  for (; i + 1 < p; i += 2) {
    const c0 = i * s;
    const c1 = c0 + s;
    const a0 = i * q;
    const a1 = a0 + q;
    let k = 0;
    for (; k + 1 < q; k += 2) {
      const x00 = a[a0 + k];
      const x01 = a[a0 + k + 1];
      const x10 = a[a1 + k];
      const x11 = a[a1 + k + 1];
      if (x00 === 0 && x01 === 0 && x10 === 0 && x11 === 0) continue;
      const b0 = k * s;
      const b1 = b0 + s;
      for (let j = 0; j < s; j++) {
        const u = b[b0 + j];
        const v = b[b1 + j];
        c[c0 + j] += x00 * u + x01 * v;
        c[c1 + j] += x10 * u + x11 * v;
      }
    }
    for (; k < q; k++) {
      const x0 = a[a0 + k];
      const x1 = a[a1 + k];
      if (x0 === 0 && x1 === 0) continue;
      const b0 = k * s;
      for (let j = 0; j < s; j++) {
        const u = b[b0 + j];
        c[c0 + j] += x0 * u;
        c[c1 + j] += x1 * u;
      }
    }
  }
  if (i < p) {
    // The last row.
    const ci = i * s;
    const ai = i * q;
    for (let k = 0; k < q; k++) {
      const x = a[ai + k];
      if (x === 0) continue;
      const bk = k * s;
      for (let j = 0; j < s; j++) c[ci + j] += x * b[bk + j];
    }
  }
}
