// Compiles the WebAssembly SIMD kernels (wasm/kernels.ts, AssemblyScript) into
// dist/wasm/kernels.wasm, which src/kernels/wasmKernels.ts loads. Run by `npm run build` (and so by
// `npm ci` through `prepare`); written beside and renamed, so a reader never sees half a file.
import asc from 'assemblyscript/asc';
import { mkdirSync, renameSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/wasm/kernels.wasm`;
const staging = `${out}.${process.pid}`;
mkdirSync(`${root}dist/wasm`, { recursive: true });
const { error, stderr } = await asc.main(
  [
    `${root}wasm/kernels.ts`,
    '--outFile',
    staging,
    '-O3',
    '--enable',
    'simd',
    '--runtime',
    'stub',
    '--importMemory',
    '--noExportMemory',
    '--noAssert',
  ],
  {},
);
if (error) {
  process.stderr.write(`buildWasm: ${error.message}\n${stderr.toString()}`);
  process.exit(1);
}
renameSync(staging, out);
