import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import Table from 'cli-table3';
import { fullRankCase } from './_lib/fullRankCase.mjs';
import { machineLine, pythonWith } from './_lib/machine.mjs';
import { naiveStepFlops } from './_lib/naiveStepFlops.mjs';
import { timeProcesses } from './_lib/timeProcesses.mjs';

/**
 * Issue #14's whole-process goals on full-rank (noisy) targets, where no range reduction applies:
 * FA at most 0.1x numpy (the feedback reduction makes it an `r x r` problem, or `3r x 2r` from a random
 * start), GD from a small random start at most 0.7x numpy at sides 256 (the singular bases of `Y`
 * make its target diagonal). The other rows are measured and printed without a goal.
 */
const CASES = [
  { n: 128, m: 96, r: 16, rule: 'fa', init: 'zero', steps: 20_000, target: 0.1 },
  { n: 256, m: 192, r: 16, rule: 'fa', init: 'zero', steps: 20_000, target: 0.1 },
  { n: 256, m: 192, r: 16, rule: 'fa', init: 'small-random', steps: 20_000, target: 0.1 },
  { n: 512, m: 384, r: 32, rule: 'fa', init: 'zero', steps: 10_000, target: 0.1 },
  { n: 256, m: 192, r: 16, rule: 'gd', init: 'small-random', steps: 10_000, target: 0.7 },
  { n: 128, m: 96, r: 16, rule: 'gd', init: 'small-random', steps: 20_000, target: null },
  { n: 512, m: 384, r: 32, rule: 'gd', init: 'small-random', steps: 2_000, target: null },
];
const REPETITIONS = 3;

/**
 * The part of every row no work on the case can remove: a bare `node` and a 2 x 2 `fa-verify solve`
 * (start, module loading, output), medians of {@link REPETITIONS} interleaved runs. At 0.1x, a numpy
 * run must take ten times the second for any goal to be reachable.
 * @param {string} root
 * @returns {string}
 */
function processFloor(root) {
  const dir = mkdtempSync(join(tmpdir(), 'fa-verify-floor-'));
  try {
    const tiny = join(dir, 'tiny.json');
    writeFileSync(
      tiny,
      JSON.stringify({
        Y: [
          [1, 0],
          [0, 2],
        ],
        r: 1,
        rule: 'fa',
        eta: 0.1,
        steps: 10,
        B: [[1], [0.5]],
      }),
    );
    const t = timeProcesses(
      [
        { name: 'node', command: process.execPath, args: ['-e', '0'] },
        {
          name: 'solve',
          command: process.execPath,
          args: ['bin/fa-verify.js', 'solve', tiny, '--json'],
          cwd: root,
        },
      ],
      REPETITIONS,
    );
    return `process floor: bare node ${t.get('node').median.toFixed(3)} s, a 2 x 2 fa-verify solve ${t.get('solve').median.toFixed(3)} s (${machineLine()})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Times, interleaved, {@link REPETITIONS} times each: `node bin/fa-verify.js solve case.json --json` as
 * shipped and `python3 bench/peer/numpy_solve.py case.json` (default BLAS threads), on the same case
 * file (same `Y`, `B`, start, `eta` and step count). Checks that both ran every step and end at the
 * same loss (relative 1e-6: rounding only), then prints each ratio against its goal, every
 * interleaved run's ratio, and the subspace the solver took. Skips (returns []) without numpy.
 * @returns {Array<Record<string, unknown>>} the rows
 */
export function fullRankProcesses() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const python = pythonWith();
  console.log(`\nWhole processes on full-rank targets: fa-verify solve vs a numpy loop (${machineLine()})`);
  if (python === null) {
    console.log('skipped: python3 with numpy not found');
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'fa-verify-bench-'));
  const table = new Table({
    head: [
      'case',
      'rule',
      'start',
      'steps',
      'numpy s',
      'GFLOP/s',
      'fa-verify s',
      'subspace',
      'ratio',
      'each run',
      'goal',
      'met',
      'loss rel. diff',
    ],
    style: { head: [], border: [] },
  });
  const rows = [];
  try {
    for (const c of CASES) {
      const file = join(dir, `case-${c.rule}-${c.n}x${c.m}-${c.r}-${c.init}.json`);
      writeFileSync(file, JSON.stringify(fullRankCase(c)));
      const t = timeProcesses(
        [
          {
            name: 'fa-verify',
            command: process.execPath,
            args: ['bin/fa-verify.js', 'solve', file, '--json'],
            cwd: root,
          },
          { name: 'numpy', command: python, args: [join(root, 'bench/peer/numpy_solve.py'), file] },
        ],
        REPETITIONS,
      );
      const ours = t.get('fa-verify');
      const np = t.get('numpy');
      const report = JSON.parse(ours.stdout);
      if (report.reason !== 'steps' || report.steps !== c.steps)
        throw new Error(`${c.rule} ${c.n}x${c.m}: stopped early (${report.reason} after ${report.steps})`);
      const peerLoss = JSON.parse(np.stdout).loss;
      const lossDiff = Math.abs(report.loss - peerLoss) / Math.max(peerLoss, Number.MIN_VALUE);
      if (!(lossDiff <= 1e-6))
        throw new Error(`${c.rule} ${c.n}x${c.m}: loss ${report.loss} vs numpy ${peerLoss}`);
      const each = ours.seconds.map((s, i) => s / np.seconds[i]);
      const ratio = ours.median / np.median;
      const met = c.target === null ? null : each.every((x) => x <= c.target);
      const subspace =
        report.subspace === undefined
          ? 'none'
          : `${report.subspace.rows}x${report.subspace.cols} ${report.subspace.kind}`;
      rows.push({
        ...c,
        ours: ours.median,
        numpy: np.median,
        ratio,
        eachRatio: each,
        subspace,
        met,
        lossDiff,
      });
      table.push([
        `${c.n}x${c.m} r=${c.r}`,
        c.rule,
        c.init,
        c.steps,
        np.median.toFixed(3),
        ((naiveStepFlops(c.n, c.m, c.r) * c.steps) / np.median / 1e9).toFixed(2),
        ours.median.toFixed(3),
        subspace,
        ratio.toFixed(3),
        each.map((x) => x.toFixed(3)).join(' '),
        c.target === null ? '-' : `<= ${c.target}`,
        met === null ? '-' : met ? 'yes' : 'NO',
        lossDiff.toExponential(1),
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(table.toString());
  console.log(
    `(median of ${REPETITIONS} interleaved runs each; "met": every run's ratio within the goal; ${machineLine()})`,
  );
  console.log(processFloor(root));
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) fullRankProcesses();
