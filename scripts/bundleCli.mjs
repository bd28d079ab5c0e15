// Bundles the command line into dist/cli/ with esbuild, so that `fa-verify` starts by reading a few
// files instead of resolving some 300 modules (zod alone is ~60 ms unbundled, ~30 ms bundled). Each
// command stays a lazily loaded chunk; the catalogue worker is its own entry, beside the chunk that
// starts it. Source maps point at src/, for stack traces and for c8 in the audit.
import { build } from 'esbuild';
import { renameSync, rmSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/cli`;
// Built beside, then swapped in, so a command started meanwhile finds the old bundle or the new one.
const staging = `${outdir}.${process.pid}`;
rmSync(staging, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts', 'src/runner/catalogueWorker.ts', 'properties/catalogue.ts'],
  outdir: staging,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // Bundled CommonJS dependencies (commander, seedrandom) call `require`, which ESM lacks.
  banner: {
    js: "import { createRequire as __faVerifyRequire } from 'node:module'; const require = __faVerifyRequire(import.meta.url);",
  },
  // The report's plotting and browser libraries load lazily and are large: left to node_modules.
  external: ['vega', 'vega-lite', 'playwright-core'],
  logLevel: 'warning',
});
rmSync(outdir, { recursive: true, force: true });
renameSync(staging, outdir);
