import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import Table from 'cli-table3';
import { benchCase } from './_lib/benchCase.mjs';
import { gramStepFlops } from './_lib/gramStepFlops.mjs';
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
 * Times `node bin/fa-verify.js solve case.json --json` and `python3 bench/peer/numpy_solve.py case.json`
 * (default threads, and with one BLAS thread, as fa-verify has), interleaved, {@link REPETITIONS} times
 * each; prints the medians, the ratio fa-verify / numpy against its target, and GFLOP/s of the whole
 * process (the Gram-form flops for fa-verify, the naive flops for numpy).
 * @returns {Array<Record<string, number | boolean>>} the rows, for the summary of bench/run.mjs
 */
export function solveProcesses() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const python = pythonWith();
  const dir = mkdtempSync(join(tmpdir(), 'fa-verify-bench-'));
  const table = new Table({
    head: [
      'case',
      'steps',
      'fa-verify s',
      'GFLOP/s',
      'numpy s',
      'GFLOP/s',
      'ratio',
      'target',
      'met',
      'numpy 1-thread s',
      'ratio',
    ],
    style: { head: [], border: [] },
  });
  const rows = [];
  console.log(`\nWhole processes: fa-verify solve vs a numpy loop (${machineLine()})`);
  try {
    for (const c of CASES) {
      const file = join(dir, `case-${c.n}-${c.r}.json`);
      writeFileSync(file, JSON.stringify(benchCase(c.n, c.r, c.steps)));
      const commands = [
        {
          name: 'fa-verify',
          command: process.execPath,
          args: ['bin/fa-verify.js', 'solve', file, '--json'],
          cwd: root,
        },
      ];
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
      const report = JSON.parse(ours.stdout);
      if (report.reason !== 'steps' || report.steps !== c.steps)
        throw new Error(`case ${c.n}: stopped early (${report.reason})`);
      const np = t.get('numpy');
      const np1 = t.get('numpy-1');
      const gramFlops = gramStepFlops('fa', c.n, c.n, c.r) * c.steps;
      const naiveFlops = naiveStepFlops(c.n, c.n, c.r) * c.steps;
      const ratio = np === undefined ? NaN : ours.median / np.median;
      const row = {
        n: c.n,
        r: c.r,
        steps: c.steps,
        ours: ours.median,
        numpy: np?.median ?? NaN,
        numpy1: np1?.median ?? NaN,
        ratio,
        target: c.target,
        met: ratio <= c.target,
      };
      rows.push(row);
      table.push([
        `${c.n}x${c.n} r=${c.r}`,
        c.steps,
        ours.median.toFixed(3),
        (gramFlops / ours.median / 1e9).toFixed(2),
        np === undefined ? 'n/a' : np.median.toFixed(3),
        np === undefined ? 'n/a' : (naiveFlops / np.median / 1e9).toFixed(2),
        Number.isNaN(ratio) ? 'n/a' : ratio.toFixed(2),
        `<= ${c.target}`,
        Number.isNaN(ratio) ? 'n/a' : row.met ? 'yes' : 'NO',
        np1 === undefined ? 'n/a' : np1.median.toFixed(3),
        np1 === undefined ? 'n/a' : (ours.median / np1.median).toFixed(2),
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(table.toString());
  console.log(`(median of ${REPETITIONS} interleaved runs each; ${machineLine()})`);
  if (python === null) console.log('numpy columns skipped: python3 with numpy not found');
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) solveProcesses();
