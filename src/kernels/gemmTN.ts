/**
 * `C = A^T B` on row-major storage, `A` is `q x p`, `B` is `q x s`, `C` is `p x s` (overwritten).
 * Loop order k-i-j: each row k of `A` and `B` is read once, rows of `C` are walked contiguously.
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
  c.fill(0, 0, p * s);
  for (let k = 0; k < q; k++) {
    const ak = k * p;
    const bk = k * s;
    for (let i = 0; i < p; i++) {
      const aki = a[ak + i];
      if (aki === 0) continue;
      const ci = i * s;
      for (let j = 0; j < s; j++) c[ci + j] += aki * b[bk + j];
    }
  }
}
