/**
 * `C = A B` on row-major storage, `A` is `p x q`, `B` is `q x s`, `C` is `p x s` (overwritten).
 * Loop order i-k-j: the inner loop walks rows of `B` and `C` contiguously. Costs `p q s` multiply-adds.
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
  for (let i = 0; i < p; i++) {
    const ci = i * s;
    const ai = i * q;
    for (let k = 0; k < q; k++) {
      const aik = a[ai + k];
      if (aik === 0) continue;
      const bk = k * s;
      for (let j = 0; j < s; j++) c[ci + j] += aik * b[bk + j];
    }
  }
}
