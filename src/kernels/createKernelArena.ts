import { jsKernels } from './jsKernels.js';
import type { KernelSet } from './KernelSet.js';
import { wasmKernels } from './wasmKernels.js';

/** Which kernels a workspace runs on. @internal */
export type KernelKind = 'wasm' | 'js';

/** Buffers and the kernels that may work on them. @internal */
export interface KernelArena {
  readonly kernels: KernelSet;
  /** A zeroed `Float64Array` of `length` entries, inside the arena. */
  alloc(length: number): Float64Array;
}

/**
 * An arena of `capacity` doubles for one workspace, with the kernels that work on it: for `wasm`, a
 * WebAssembly memory of exactly that size (never grown) and an instance of the SIMD kernels bound to
 * it; for `js`, ordinary arrays and the JavaScript kernels. Allocation is a bump pointer; asking for
 * more than `capacity` throws.
 * @internal
 */
export function createKernelArena(capacity: number, kind: KernelKind): KernelArena {
  if (kind === 'js') return { kernels: jsKernels, alloc: (length) => new Float64Array(length) };
  const pages = Math.max(1, Math.ceil((capacity * 8) / 65536));
  const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
  const kernels = wasmKernels(memory);
  let used = 0;
  return {
    kernels,
    alloc: (length) => {
      if (used + length > capacity) throw new Error(`kernel arena: ${used + length} doubles > ${capacity}`);
      const view = new Float64Array(memory.buffer, used * 8, length);
      used += length;
      return view;
    },
  };
}
