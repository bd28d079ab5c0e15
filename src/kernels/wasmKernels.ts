import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../io/packageRoot.js';
import type { KernelSet } from './KernelSet.js';

/** Where `npm run build` (scripts/buildWasm.mjs) puts the compiled kernels of wasm/kernels.ts. */
const WASM_PATH = 'dist/wasm/kernels.wasm';

interface KernelExports {
  gemmNN(a: number, b: number, c: number, p: number, q: number, s: number): void;
  gemmNT(a: number, b: number, c: number, p: number, q: number, s: number): void;
  gemmTN(a: number, b: number, c: number, p: number, q: number, s: number): void;
  syrkNT(a: number, c: number, p: number, q: number): void;
  dotInto(a: number, b: number, len: number, out: number): void;
  axpy(alphaAt: number, x: number, y: number, len: number): void;
}

let compiled: WebAssembly.Module | undefined;

/** Tags a view of a kernel memory carries once checked: the memory's buffer and its byte offset. */
const MEMORY = Symbol('wasm kernels: memory');
const OFFSET = Symbol('wasm kernels: byte offset');
type Tagged = Float64Array & { [MEMORY]?: ArrayBuffer; [OFFSET]?: number };

/** The compiled module, read and compiled once per process (it never changes while running). */
function kernelModule(): WebAssembly.Module {
  if (compiled === undefined) {
    const path = join(packageRoot(), WASM_PATH);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      throw new Error(`${path} is missing: run \`npm run build\` (it compiles wasm/kernels.ts)`);
    }
    compiled = new WebAssembly.Module(bytes);
  }
  return compiled;
}

/**
 * The WebAssembly SIMD kernels as a {@link KernelSet} over `memory`: each call passes byte offsets,
 * so every array must be a view of `memory` (checked: a view of another buffer throws, since the
 * kernel would read the wrong bytes). `memory` must not grow while the set is used (views of a grown
 * memory detach). About 2-4x the JavaScript kernels at the solver's shapes (bench/stepKernels.mjs).
 * @internal
 */
export function wasmKernels(memory: WebAssembly.Memory): KernelSet {
  const instance = new WebAssembly.Instance(kernelModule(), {
    env: {
      memory,
      abort: () => {
        throw new Error('wasm kernel aborted');
      },
    },
  });
  const k = instance.exports as unknown as KernelExports;
  const buffer = memory.buffer;
  // The byte offset of a view of `memory`, checked once per array: the first time an array comes in,
  // its buffer is compared with the memory's (a view of another buffer throws: the kernel would read
  // the wrong bytes) and the array is tagged with both; later calls read the tags (about 1 ns against
  // some 28 ns for `buffer` and `byteOffset`, which V8 does not inline for views of a WebAssembly
  // memory: 12 kernel calls a step made a tenth of a 48 x 32 FA step). A view's buffer and offset
  // never change, and the memory never grows.
  const at = (a: Float64Array): number => {
    const tagged = a as Tagged;
    if (tagged[MEMORY] === buffer) return tagged[OFFSET] as number;
    if (a.buffer !== buffer) throw new Error('wasm kernels: an array outside their memory');
    tagged[MEMORY] = buffer;
    tagged[OFFSET] = a.byteOffset;
    return a.byteOffset;
  };
  return {
    name: 'wasm',
    gemmNN: (a, b, c, p, q, s) => k.gemmNN(at(a), at(b), at(c), p, q, s),
    gemmNT: (a, b, c, p, q, s) => k.gemmNT(at(a), at(b), at(c), p, q, s),
    gemmTN: (a, b, c, p, q, s) => k.gemmTN(at(a), at(b), at(c), p, q, s),
    syrkNT: (a, c, p, q) => k.syrkNT(at(a), at(c), p, q),
    dotInto: (a, b, len, out, i) => k.dotInto(at(a), at(b), len, at(out) + 8 * i),
    axpy: (alphas, i, x, y, len) => k.axpy(at(alphas) + 8 * i, at(x), at(y), len),
  };
}
