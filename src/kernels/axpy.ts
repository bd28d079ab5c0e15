/**
 * `y += alpha x` over the first `len` entries, with `alpha = alphas[at]` (`-1` subtracts exactly).
 * The coefficient comes from an array so that the WebAssembly twin of this kernel gets no double
 * argument, which would be allocated on the heap at each call from JavaScript.
 * Kernel: no validation, no allocation; `y` may not alias `x` at a shifted offset.
 * @internal
 */
export function axpy(alphas: Float64Array, at: number, x: Float64Array, y: Float64Array, len: number): void {
  const alpha = alphas[at];
  for (let i = 0; i < len; i++) y[i] += alpha * x[i];
}
