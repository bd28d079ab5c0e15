import type { KernelKind } from './createKernelArena.js';

/**
 * From this many multiply-adds on, a product taken once runs on the WebAssembly kernels: they are
 * compiled before their first call, where a JavaScript product run once runs mostly unoptimised
 * (ml-matrix's products took 130 ms of `faLimit`'s 140 at 512 x 384, r = 32). Below it, setting up an
 * instance and its memory (about 70 us) costs more than the products.
 * @internal
 */
export const ONE_OFF_WASM_MIN_WORK = 1 << 16;

/**
 * The kernels for one-off products of `work` multiply-adds (the oracles' and the reductions' set-up
 * and lift, not a loop's steps): WebAssembly from {@link ONE_OFF_WASM_MIN_WORK}, else JavaScript.
 * @internal
 */
export function oneOffKernelKind(work: number): KernelKind {
  return work >= ONE_OFF_WASM_MIN_WORK ? 'wasm' : 'js';
}
