import { spawnSync } from 'node:child_process';
import { fileURLToPath, URL } from 'node:url';
import Table from 'cli-table3';
import { Bench } from 'tinybench';
import { gemmTN } from '../dist/src/kernels/gemmTN.js';
import { fa } from '../dist/src/rules/fa.js';
import { gd } from '../dist/src/rules/gd.js';
import { applyUpdate } from '../dist/src/solve/applyUpdate.js';
import { gradientsGram } from '../dist/src/solve/gradientsGram.js';
import { createStepWorkspace } from '../dist/src/solve/StepWorkspace.js';
import { gaussianSampler } from '../dist/src/random/gaussianSampler.js';
import { seededUniform } from '../dist/src/random/seededUniform.js';
import { gramStepFlops } from './_lib/gramStepFlops.mjs';
import { machineLine, pythonWith } from './_lib/machine.mjs';
import { median } from './_lib/median.mjs';
import { naiveStepFlops } from './_lib/naiveStepFlops.mjs';
import { naiveStep } from './naiveStep.mjs';

/** Issue #5: per-step time and GFLOP/s of the Gram-form gd and fa steps against the naive step. */
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

/** One benchmark task per rule and form at n = m = `n`, rank `r`: a closure doing one step. */
function tasks(n, r) {
  const m = n;
  const y = seeded(n, m, 1, `steps/${n}/${r}/Y`);
  const z0 = seeded(n, r, 0.1, `steps/${n}/${r}/Z`);
  const w0 = seeded(r, m, 0.1, `steps/${n}/${r}/W`);
  const b = seeded(n, r, 1 / Math.sqrt(n), `steps/${n}/${r}/B`);
  const wsFa = createStepWorkspace(n, m, r, y, z0, w0, b);
  gemmTN(b, wsFa.y, wsFa.mty, r, n, m); // B^T Y once, as the solve loop does
  const wsGd = createStepWorkspace(n, m, r, y, z0, w0, null);
  const naiveFa = naiveStep(n, m, r, { y, z: Float64Array.from(z0), w: Float64Array.from(w0), b });
  return {
    'fa gram': () => {
      gradientsGram(wsFa, fa.backward(wsFa.z, wsFa.b), true);
      applyUpdate(wsFa, ETA);
    },
    'gd gram': () => {
      gradientsGram(wsGd, gd.backward(wsGd.z, null), false);
      applyUpdate(wsGd, ETA);
    },
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

/**
 * Runs the per-step benchmark ({@link ROUNDS} rounds of tinybench, the median of the rounds' mean
 * latencies) and prints one table row per shape.
 * @returns {Promise<Array<Record<string, number>>>} the rows, for the summary of bench/run.mjs
 */
export async function stepKernels() {
  const shapes = SIDES.flatMap((n) => RANKS.filter((r) => r <= n).map((r) => [n, r]));
  console.log(`\nPer-step time, Gram form vs naive three products (${machineLine()})`);
  console.log('flops: a multiply-add is 2 flops, a lone add/subtract 1 (bench/_lib/*StepFlops.mjs)');
  const seconds = new Map();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [n, r] of shapes) {
      const big = n * n * r > 1e6;
      const bench = new Bench({ time: big ? 150 : 60, warmupTime: big ? 50 : 20, iterations: 5 });
      for (const [name, fn] of Object.entries(tasks(n, r))) bench.add(name, fn);
      await bench.run();
      for (const task of bench.tasks) {
        const key = `${n}:${r}:${task.name}`;
        seconds.set(key, [...(seconds.get(key) ?? []), task.result.latency.mean / 1000]);
      }
    }
  }
  const numpy = numpySeconds(shapes);
  const table = new Table({
    head: [
      'n=m',
      'r',
      'fa gram us',
      'GFLOP/s',
      'gd gram us',
      'GFLOP/s',
      'fa naive us',
      'GFLOP/s',
      'naive/gram',
      'numpy us',
    ],
    style: { head: [], border: [] },
  });
  const rows = [];
  for (const [n, r] of shapes) {
    const t = (name) => median(seconds.get(`${n}:${r}:${name}`));
    const row = {
      n,
      r,
      faGram: t('fa gram'),
      gdGram: t('gd gram'),
      faNaive: t('fa naive'),
      numpy: numpy?.[`${n}:${r}`] ?? NaN,
    };
    rows.push(row);
    const us = (s) => (s * 1e6).toPrecision(4);
    const gf = (flops, s) => (flops / s / 1e9).toFixed(2);
    table.push([
      n,
      r,
      us(row.faGram),
      gf(gramStepFlops('fa', n, n, r), row.faGram),
      us(row.gdGram),
      gf(gramStepFlops('gd', n, n, r), row.gdGram),
      us(row.faNaive),
      gf(naiveStepFlops(n, n, r), row.faNaive),
      (row.faNaive / row.faGram).toFixed(2),
      numpy === null ? 'n/a' : us(row.numpy),
    ]);
  }
  console.log(table.toString());
  console.log(`(median of ${ROUNDS} rounds; ${machineLine()})`);
  if (numpy === null) console.log('numpy column skipped: python3 with numpy not found');
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await stepKernels();
