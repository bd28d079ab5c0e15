/**
 * Frobenius inner product `<A, B> = sum_i a_i b_i` over the first `len` entries.
 * Kernel: no validation, no allocation.
 * @internal
 */
export function dot(a: Float64Array, b: Float64Array, len: number): number {
  let acc = 0;
  for (let i = 0; i < len; i++) acc += a[i] * b[i];
  return acc;
}
