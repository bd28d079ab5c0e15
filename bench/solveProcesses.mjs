import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import Table from 'cli-table3';
import { benchCase } from './_lib/benchCase.mjs';
import { loopStepFlops } from './_lib/loopStepFlops.mjs';
import { machineLine, pythonWith } from './_lib/machine.mjs';
import { naiveStepFlops } from './_lib/naiveStepFlops.mjs';
import { timeProcesses } from './_lib/timeProcesses.mjs';

/** Issue #5 whole-process targets: `fa-verify solve` against a numpy loop of the same case and steps. */
const CASES = [
  { n: 8, r: 3, steps: 100_000, target: 0.3 },
  { n: 32, r: 8, steps: 40_000, target: 0.7 },
  { n: 128, r: 16, steps: 10_000, target: 1.0 },
];
const REPETITIONS = 3;

/**
 * Times, interleaved, {@link REPETITIONS} times each:
 * - `node bin/fa-verify.js solve case.json --json`, as shipped: the run is reduced to its subspace
 *   (`reduce`, on by default; from zero on a rank-r target that is an r x r problem);
 * - the same with `"reduce": false`: every step on the full n x n matrices, in Gram form;
 * - `python3 bench/peer/numpy_solve.py case.json` (default BLAS threads, and one thread).
 * Prints each fa-verify / numpy ratio against its target, both the median and every one of the
 * interleaved runs (each ratio from one run of both), and GFLOP/s of the whole processes: numpy and
 * the direct run by the flops they do (naive, Gram form); the reduced run by the naive flops it
 * stands for (what numpy would need to match it), since its own are a few per cent of those.
 * @returns {Array<Record<string, number | boolean | string>>} the rows
 */
export function solveProcesses() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const python = pythonWith();
  const dir = mkdtempSync(join(tmpdir(), 'fa-verify-bench-'));
  const table = new Table({
    head: [
      'case',
      'steps',
      'numpy s',
      'GFLOP/s',
      'fa-verify s',
      'subspace',
      'GFLOP/s equiv',
      'ratio',
      'each run',
      'target',
      'met',
      'direct s',
      'GFLOP/s',
      'ratio',
      'numpy 1-thread s',
    ],
    style: { head: [], border: [] },
  });
  const rows = [];
  console.log(`\nWhole processes: fa-verify solve vs a numpy loop (${machineLine()})`);
  try {
    for (const c of CASES) {
      const file = join(dir, `case-${c.n}-${c.r}.json`);
      const directFile = join(dir, `case-${c.n}-${c.r}-direct.json`);
      const benchInput = benchCase(c.n, c.r, c.steps);
      writeFileSync(file, JSON.stringify(benchInput));
      writeFileSync(directFile, JSON.stringify({ ...benchInput, reduce: false }));
      const cli = (name, path) => ({
        name,
        command: process.execPath,
        args: ['bin/fa-verify.js', 'solve', path, '--json'],
        cwd: root,
      });
      const commands = [cli('fa-verify', file), cli('direct', directFile)];
      if (python !== null) {
        const script = join(root, 'bench/peer/numpy_solve.py');
        commands.push({ name: 'numpy', command: python, args: [script, file] });
        commands.push({
          name: 'numpy-1',
          command: 'env',
          args: ['OPENBLAS_NUM_THREADS=1', 'OMP_NUM_THREADS=1', 'MKL_NUM_THREADS=1', python, script, file],
        });
      }
      const t = timeProcesses(commands, REPETITIONS);
      const ours = t.get('fa-verify');
      const direct = t.get('direct');
      for (const [name, entry] of [
        ['fa-verify', ours],
        ['direct', direct],
      ]) {
        const report = JSON.parse(entry.stdout);
        if (report.reason !== 'steps' || report.steps !== c.steps)
          throw new Error(`case ${c.n} (${name}): stopped early (${report.reason})`);
      }
      const subspace = JSON.parse(ours.stdout).subspace;
      const np = t.get('numpy');
      const np1 = t.get('numpy-1');
      const gramFlops = loopStepFlops('fa', c.n, c.n, c.r) * c.steps;
      const naiveFlops = naiveStepFlops(c.n, c.n, c.r) * c.steps;
      const ratio = np === undefined ? NaN : ours.median / np.median;
      const each = np === undefined ? [] : ours.seconds.map((s, i) => s / np.seconds[i]);
      const directRatio = np === undefined ? NaN : direct.median / np.median;
      const row = {
        n: c.n,
        r: c.r,
        steps: c.steps,
        ours: ours.median,
        subspace: subspace === undefined ? 'none' : `${subspace.rows}x${subspace.cols}`,
        direct: direct.median,
        numpy: np?.median ?? NaN,
        numpy1: np1?.median ?? NaN,
        ratio,
        eachRatio: each,
        directRatio,
        target: c.target,
        met: each.length > 0 && each.every((x) => x <= c.target),
      };
      rows.push(row);
      const f = (x, digits) => (Number.isNaN(x) ? 'n/a' : x.toFixed(digits));
      table.push([
        `${c.n}x${c.n} r=${c.r}`,
        c.steps,
        np === undefined ? 'n/a' : np.median.toFixed(3),
        np === undefined ? 'n/a' : (naiveFlops / np.median / 1e9).toFixed(2),
        ours.median.toFixed(3),
        row.subspace,
        (naiveFlops / ours.median / 1e9).toFixed(2),
        f(ratio, 2),
        each.map((x) => x.toFixed(2)).join(' '),
        `<= ${c.target}`,
        np === undefined ? 'n/a' : row.met ? 'yes' : 'NO',
        direct.median.toFixed(3),
        (gramFlops / direct.median / 1e9).toFixed(2),
        f(directRatio, 2),
        np1 === undefined ? 'n/a' : np1.median.toFixed(3),
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(table.toString());
  console.log(
    `(median of ${REPETITIONS} interleaved runs each; "met" means every run's ratio is within the target; ` +
      `"direct" is the same case with "reduce": false; ${machineLine()})`,
  );
  if (python === null) console.log('numpy columns skipped: python3 with numpy not found');
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) solveProcesses();
