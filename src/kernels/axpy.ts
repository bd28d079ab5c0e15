/**
 * `y += alpha x` over the first `len` entries (`alpha = -1` subtracts exactly).
 * Kernel: no validation, no allocation; `y` may not alias `x` at a shifted offset.
 * @internal
 */
export function axpy(alpha: number, x: Float64Array, y: Float64Array, len: number): void {
  for (let i = 0; i < len; i++) y[i] += alpha * x[i];
}
