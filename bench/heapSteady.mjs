import { fileURLToPath } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
import { setTimeout } from 'node:timers';
import { fa } from '../dist/src/rules/fa.js';
import { createStepWorkspace } from '../dist/src/solve/StepWorkspace.js';
import { solveLoop } from '../dist/src/solve/solveLoop.js';
import { benchCase } from './_lib/benchCase.mjs';
import { machineLine } from './_lib/machine.mjs';

/** Issue #5 memory: a long 8 x 8 FA run without a trace (`traceEvery = 0`) must keep a steady heap. */
const TOTAL_STEPS = 2_000_000;
const CHUNK = 100_000;

/**
 * Runs {@link TOTAL_STEPS} FA steps on one workspace, once on the JavaScript and once on the
 * WebAssembly kernels (whose buffers live outside the JavaScript heap, in their own memory), as consecutive `solveLoop` calls of {@link CHUNK}
 * steps with `traceEvery = 0` (each call continues from the factors the previous one left), samples
 * `process.memoryUsage().heapUsed` after every chunk, and counts the garbage collections that ran
 * meanwhile. Any allocation per step costs at least 16 bytes (a boxed number), so the growth divided by
 * the steps bounds it: well under a byte per step means none (what little growth there is comes per
 * `solveLoop` call: its result object and closures, the compiler's work on re-entering the loop).
 * @returns {Promise<Record<"js" | "wasm", { steps: number, first: number, last: number, max: number, growth: number, bytesPerStep: number, gcs: number }>>}
 */
export async function heapSteady() {
  const results = {};
  for (const kernels of ['js', 'wasm']) results[kernels] = await heapOf(kernels);
  return results;
}

/** One run of {@link heapSteady} on the given kernels. */
async function heapOf(kernels) {
  const c = benchCase(8, 3, TOTAL_STEPS);
  const y = Float64Array.from(c.Y.flat());
  const b = Float64Array.from(c.B.flat());
  const ws = createStepWorkspace(8, 8, 3, y, new Float64Array(24), new Float64Array(24), b, { kernels });
  let gcs = 0;
  const observer = new PerformanceObserver((list) => (gcs += list.getEntries().length));
  observer.observe({ entryTypes: ['gc'] });
  const samples = [];
  for (let done = 0; done < TOTAL_STEPS; done += CHUNK) {
    const out = solveLoop(ws, fa, c.eta, { kind: 'steps', steps: CHUNK }, Infinity, 0);
    if (out.reason !== 'steps') throw new Error(`stopped early: ${out.reason}`);
    samples.push(process.memoryUsage().heapUsed);
  }
  await new Promise((resolve) => setTimeout(resolve, 0)); // let the observer deliver its entries
  observer.disconnect();
  const first = samples[0];
  const last = samples[samples.length - 1];
  const growth = last - first;
  const bytesPerStep = growth / (TOTAL_STEPS - CHUNK);
  const result = { steps: TOTAL_STEPS, first, last, max: Math.max(...samples), growth, bytesPerStep, gcs };
  const kb = (x) => `${(x / 1024).toFixed(1)} KiB`;
  console.log(
    `\nHeap over a ${TOTAL_STEPS}-step 8x8 FA run on the ${kernels} kernels, traceEvery = 0 (${machineLine()})`,
  );
  console.log(
    `heapUsed after the first chunk ${kb(first)}, after the last ${kb(last)}, max ${kb(result.max)}: ` +
      `growth ${kb(growth)} over ${samples.length} samples every ${CHUNK} steps ` +
      `(${bytesPerStep.toFixed(3)} bytes per step, ${(growth / (samples.length - 1) / 1024).toFixed(1)} KiB per call); ` +
      `${gcs} garbage collections during the run`,
  );
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await heapSteady();
