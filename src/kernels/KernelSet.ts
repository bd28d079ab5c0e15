/**
 * The dense products and vector operations the step kernels need, with the contracts of `gemmNN`, `gemmNT`, `gemmTN` and
 * `syrkNT` (row-major, `C` overwritten, `C` never aliasing `A` or `B`). Two implementations: plain
 * JavaScript (`jsKernels`) and WebAssembly SIMD (`wasmKernels`), whose arrays must live in its
 * memory; a workspace holds the set that matches its buffers (`createKernelArena`).
 * @internal
 */
export interface KernelSet {
  readonly name: 'js' | 'wasm';
  /** `C = A B`: `A` is `p x q`, `B` is `q x s`. */
  gemmNN(a: Float64Array, b: Float64Array, c: Float64Array, p: number, q: number, s: number): void;
  /** `C = A B^T`: `A` is `p x q`, `B` is `s x q`. */
  gemmNT(a: Float64Array, b: Float64Array, c: Float64Array, p: number, q: number, s: number): void;
  /** `C = A^T B`: `A` is `q x p`, `B` is `q x s`. */
  gemmTN(a: Float64Array, b: Float64Array, c: Float64Array, p: number, q: number, s: number): void;
  /** `C = A A^T` (both triangles): `A` is `p x q`. */
  syrkNT(a: Float64Array, c: Float64Array, p: number, q: number): void;
  /**
   * `out[at] = sum_i a_i b_i` over `len` entries, in the four partial sums of `dot` (so bit for bit
   * the same in both sets). The result goes through `out` rather than a return value: a double
   * returned from a call that is not inlined is allocated on the heap, once per call.
   */
  dotInto(a: Float64Array, b: Float64Array, len: number, out: Float64Array, at: number): void;
  /** `y += alphas[at] x` over `len` entries (see `axpy`). */
  axpy(alphas: Float64Array, at: number, x: Float64Array, y: Float64Array, len: number): void;
}
