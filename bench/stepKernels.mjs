import { spawnSync } from 'node:child_process';
import { fileURLToPath, URL } from 'node:url';
import Table from 'cli-table3';
import { Bench } from 'tinybench';
import { fa } from '../dist/src/rules/fa.js';
import { gd } from '../dist/src/rules/gd.js';
import { advanceYWt } from '../dist/src/solve/advanceYWt.js';
import { applyUpdate } from '../dist/src/solve/applyUpdate.js';
import { gradientsGram } from '../dist/src/solve/gradientsGram.js';
import { gradientsResidual } from '../dist/src/solve/gradientsResidual.js';
import { stepForm, YWT_REFRESH } from '../dist/src/solve/stepForm.js';
import { createStepWorkspace } from '../dist/src/solve/StepWorkspace.js';
import { gaussianSampler } from '../dist/src/random/gaussianSampler.js';
import { seededUniform } from '../dist/src/random/seededUniform.js';
import { loopStepFlops } from './_lib/loopStepFlops.mjs';
import { machineLine, pythonWith } from './_lib/machine.mjs';
import { median } from './_lib/median.mjs';
import { naiveStepFlops } from './_lib/naiveStepFlops.mjs';
import { naiveStep } from './naiveStep.mjs';

/**
 * Issue #5: per-step time and GFLOP/s of the `fa` and `gd` steps as `solveLoop` runs them, on the
 * WebAssembly and the JavaScript kernels, against the naive three-product step and numpy. Other shapes
 * from the command line, `n:r` (n = m) or `n:m:r`: `node bench/stepKernels.mjs 16:16 48:32:16`
 * (numpy only where n = m).
 */
const SIDES = [8, 32, 128, 512];
const RANKS = [3, 8, 16, 32];
const ROUNDS = 3;
/** A step size so small that thousands of repeated steps stay near the start. */
const ETA = 1e-9;

/** Seeded random `rows x cols` data with entries of standard deviation `scale`. */
function seeded(rows, cols, scale, seed) {
  const normal = gaussianSampler(seededUniform(seed));
  return new Float64Array(rows * cols).map(() => scale * normal());
}

/**
 * One step of `rule` as `solveLoop` takes it: the form `stepForm` picks; for FA in Gram form, `Y W^T`
 * carried by `advanceYWt` and recomputed every {@link YWT_REFRESH} steps (the refresh is in the
 * timing, one step in that many); then `applyUpdate`.
 */
function loopStep(ws, rule) {
  const constant = rule.backwardIsConstant;
  const residual = stepForm(ws.n, ws.m, ws.r, constant) === 'residual';
  const b = ws.b;
  if (!residual && constant) {
    const m0 = rule.backward(ws.z, b);
    ws.kernels.gemmTN(m0, ws.y, ws.mty, ws.r, ws.n, ws.m);
    ws.kernels.gemmTN(ws.y, m0, ws.ytm, ws.m, ws.n, ws.r);
    ws.kernels.gemmNN(ws.y, ws.ytm, ws.yytm, ws.n, ws.m, ws.r);
  }
  let t = 0;
  return () => {
    const backward = rule.backward(ws.z, b);
    if (residual) gradientsResidual(ws, backward);
    else gradientsGram(ws, backward, constant, constant && t % YWT_REFRESH !== 0);
    applyUpdate(ws, ETA);
    if (!residual && constant) advanceYWt(ws, ETA);
    t++;
  };
}

/** One benchmark task per rule and kernel set at `n x m`, rank `r`: a closure doing one step. */
function tasks(n, m, r) {
  const y = seeded(n, m, 1, `steps/${n}/${r}/Y`);
  const z0 = seeded(n, r, 0.1, `steps/${n}/${r}/Z`);
  const w0 = seeded(r, m, 0.1, `steps/${n}/${r}/W`);
  const b = seeded(n, r, 1 / Math.sqrt(n), `steps/${n}/${r}/B`);
  const ws = (kernels, feedback) => createStepWorkspace(n, m, r, y, z0, w0, feedback, { kernels });
  const naiveFa = naiveStep(n, m, r, { y, z: Float64Array.from(z0), w: Float64Array.from(w0), b });
  return {
    'fa wasm': loopStep(ws('wasm', b), fa),
    'fa js': loopStep(ws('js', b), fa),
    'gd wasm': loopStep(ws('wasm', null), gd),
    'fa naive': () => naiveFa(ETA),
  };
}

/** numpy's seconds per naive step for every shape, or null without python3 and numpy. */
function numpySeconds(shapes) {
  if (pythonWith() === null) return null;
  const script = fileURLToPath(new URL('./peer/numpy_steps.py', import.meta.url));
  const run = spawnSync('python3', [script, ...shapes.map(([n, r]) => `${n}:${r}`)], { encoding: 'utf8' });
  return run.status === 0 ? JSON.parse(run.stdout) : null;
}

/** `n:r` or `n:m:r` from the command line as `[n, m, r]`. */
function parseShape(text) {
  const sides = text.split(':').map(Number);
  if (sides.length < 2 || sides.length > 3 || !sides.every((x) => Number.isInteger(x) && x > 0)) {
    throw new Error(`stepKernels: a shape is n:r or n:m:r, got ${text}`);
  }
  return sides.length === 2 ? [sides[0], sides[0], sides[1]] : sides;
}

/**
 * Runs the per-step benchmark ({@link ROUNDS} rounds of tinybench, the median of the rounds' mean
 * latencies) and prints one table row per shape.
 * @param {Array<[number, number, number]>} [shapes] `[n, m, r]`; by default n = m in SIDES, r in RANKS
 * @returns {Promise<Array<Record<string, number>>>} the rows, for the summary of bench/run.mjs
 */
export async function stepKernels(
  shapes = SIDES.flatMap((n) => RANKS.filter((r) => r <= n).map((r) => [n, n, r])),
) {
  console.log(`\nPer-step time as solveLoop runs it, WebAssembly and JavaScript kernels (${machineLine()})`);
  console.log('flops: a multiply-add is 2 flops, a lone add/subtract 1 (bench/_lib/*StepFlops.mjs)');
  const seconds = new Map();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [n, m, r] of shapes) {
      const big = n * m * r > 1e6;
      const bench = new Bench({ time: big ? 150 : 60, warmupTime: big ? 50 : 20, iterations: 5 });
      for (const [name, fn] of Object.entries(tasks(n, m, r))) bench.add(name, fn);
      await bench.run();
      for (const task of bench.tasks) {
        const key = `${n}:${m}:${r}:${task.name}`;
        seconds.set(key, [...(seconds.get(key) ?? []), task.result.latency.mean / 1000]);
      }
    }
  }
  const numpy = numpySeconds(shapes.filter(([n, m]) => n === m).map(([n, , r]) => [n, r]));
  const table = new Table({
    head: [
      'n x m',
      'r',
      'form',
      'fa wasm us',
      'GFLOP/s',
      'fa js us',
      'GFLOP/s',
      'gd wasm us',
      'GFLOP/s',
      'fa naive us',
      'GFLOP/s',
      'numpy us',
      'numpy / fa wasm',
    ],
    style: { head: [], border: [] },
  });
  const rows = [];
  for (const [n, m, r] of shapes) {
    const t = (name) => median(seconds.get(`${n}:${m}:${r}:${name}`));
    const row = {
      n,
      m,
      r,
      form: stepForm(n, m, r, true),
      faWasm: t('fa wasm'),
      faJs: t('fa js'),
      gdWasm: t('gd wasm'),
      faNaive: t('fa naive'),
      numpy: (n === m ? numpy?.[`${n}:${r}`] : undefined) ?? NaN,
    };
    rows.push(row);
    const us = (sec) => (sec * 1e6).toPrecision(4);
    const gf = (flops, sec) => (flops / sec / 1e9).toFixed(2);
    const faFlops = loopStepFlops('fa', n, m, r);
    table.push([
      n === m ? n : `${n} x ${m}`,
      r,
      row.form,
      us(row.faWasm),
      gf(faFlops, row.faWasm),
      us(row.faJs),
      gf(faFlops, row.faJs),
      us(row.gdWasm),
      gf(loopStepFlops('gd', n, m, r), row.gdWasm),
      us(row.faNaive),
      gf(naiveStepFlops(n, m, r), row.faNaive),
      Number.isNaN(row.numpy) ? 'n/a' : us(row.numpy),
      Number.isNaN(row.numpy) ? 'n/a' : (row.numpy / row.faWasm).toFixed(2),
    ]);
  }
  console.log(table.toString());
  console.log(`(median of ${ROUNDS} rounds; ${machineLine()})`);
  if (numpy === null) console.log('numpy column skipped: python3 with numpy not found');
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  await (args.length > 0 ? stepKernels(args.map(parseShape)) : stepKernels());
}
