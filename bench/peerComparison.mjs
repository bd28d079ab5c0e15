import { fileURLToPath, URL } from 'node:url';
import Table from 'cli-table3';
import { machineLine, pythonWith } from './_lib/machine.mjs';
import { timeProcesses } from './_lib/timeProcesses.mjs';

/**
 * Issue #3: the same two checks as whole processes, fa-verify against Hypothesis + numpy
 * (bench/peer/hypothesis_checks.py). Target: fa-verify at most half the peer's time.
 */
const CHECKS = [
  { claim: 'fa-reaches-optimum-when-r-ge-rank', peer: 'r-ge-rank' },
  { claim: 'fa-reaches-optimum-for-every-r', peer: 'every-r' },
];
const REPETITIONS = 3;
const TARGET = 0.5;

/**
 * Times `node bin/fa-verify.js check <claim> --runs 100 --max-size 8` and
 * `python3 bench/peer/hypothesis_checks.py <check>` interleaved, {@link REPETITIONS} times each, and
 * prints the medians and their ratio. Skips (returns null) without python3, numpy and Hypothesis.
 * @returns {Array<Record<string, number | string | boolean>> | null}
 */
export function peerComparison() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  console.log(
    `\nPeer comparison (issue #3): fa-verify vs Hypothesis + numpy, whole processes (${machineLine()})`,
  );
  const python = pythonWith({ hypothesis: true });
  if (python === null) {
    console.log('skipped: python3 with numpy and hypothesis not found');
    return null;
  }
  const table = new Table({
    head: ['check', 'fa-verify s', 'runs (s)', 'hypothesis s', 'runs (s)', 'ratio', 'target', 'met'],
    style: { head: [], border: [] },
  });
  const rows = [];
  for (const c of CHECKS) {
    const t = timeProcesses(
      [
        {
          name: 'fa-verify',
          command: process.execPath,
          args: ['bin/fa-verify.js', 'check', c.claim, '--runs', '100', '--max-size', '8'],
          cwd: root,
        },
        { name: 'hypothesis', command: python, args: ['bench/peer/hypothesis_checks.py', c.peer], cwd: root },
      ],
      REPETITIONS,
    );
    const ours = t.get('fa-verify');
    const peer = t.get('hypothesis');
    const ratio = ours.median / peer.median;
    rows.push({ check: c.claim, ours: ours.median, peer: peer.median, ratio, met: ratio <= TARGET });
    const list = (xs) => xs.map((x) => x.toFixed(2)).join(' ');
    table.push([
      c.claim,
      ours.median.toFixed(2),
      list(ours.seconds),
      peer.median.toFixed(2),
      list(peer.seconds),
      ratio.toFixed(2),
      `<= ${TARGET}`,
      ratio <= TARGET ? 'yes' : 'NO',
    ]);
  }
  console.log(table.toString());
  console.log(`(median of ${REPETITIONS} interleaved runs each; ${machineLine()})`);
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) peerComparison();
