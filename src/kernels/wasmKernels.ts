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
  const outside = (): never => {
    throw new Error('wasm kernels: an array outside their memory');
  };
  return {
    name: 'wasm',
    gemmNN: (a, b, c, p, q, s) => {
      if (a.buffer !== buffer || b.buffer !== buffer || c.buffer !== buffer) outside();
      k.gemmNN(a.byteOffset, b.byteOffset, c.byteOffset, p, q, s);
    },
    gemmNT: (a, b, c, p, q, s) => {
      if (a.buffer !== buffer || b.buffer !== buffer || c.buffer !== buffer) outside();
      k.gemmNT(a.byteOffset, b.byteOffset, c.byteOffset, p, q, s);
    },
    gemmTN: (a, b, c, p, q, s) => {
      if (a.buffer !== buffer || b.buffer !== buffer || c.buffer !== buffer) outside();
      k.gemmTN(a.byteOffset, b.byteOffset, c.byteOffset, p, q, s);
    },
    syrkNT: (a, c, p, q) => {
      if (a.buffer !== buffer || c.buffer !== buffer) outside();
      k.syrkNT(a.byteOffset, c.byteOffset, p, q);
    },
    dotInto: (a, b, len, out, at) => {
      if (a.buffer !== buffer || b.buffer !== buffer || out.buffer !== buffer) outside();
      k.dotInto(a.byteOffset, b.byteOffset, len, out.byteOffset + 8 * at);
    },
    axpy: (alphas, at, x, y, len) => {
      if (alphas.buffer !== buffer || x.buffer !== buffer || y.buffer !== buffer) outside();
      k.axpy(alphas.byteOffset + 8 * at, x.byteOffset, y.byteOffset, len);
    },
  };
}
