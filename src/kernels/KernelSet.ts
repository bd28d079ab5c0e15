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
  /** `sum_i a_i b_i` over `len` entries, in the four partial sums of `dot` (so bit for bit the same). */
  dot(a: Float64Array, b: Float64Array, len: number): number;
  /** `y += alpha x` over `len` entries. */
  axpy(alpha: number, x: Float64Array, y: Float64Array, len: number): void;
}
