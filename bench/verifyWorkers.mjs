import { fileURLToPath, URL } from 'node:url';
import Table from 'cli-table3';
import { machineLine } from './_lib/machine.mjs';
import { parallelCapacity } from './_lib/parallelCapacity.mjs';
import { timeProcesses } from './_lib/timeProcesses.mjs';

/** Issue #5: wall time of `fa-verify verify` (the whole catalogue, defaults) with 1 and 2 workers. */
const WORKERS = [1, 2];
const REPETITIONS = 3;

/** The JSON results without `seconds`, the one field that may differ between runs. */
const withoutSeconds = (stdout) => JSON.stringify(JSON.parse(stdout).map(({ seconds: _s, ...rest }) => rest));

/**
 * Times `node bin/fa-verify.js verify --json --workers N` for each N, interleaved, {@link REPETITIONS}
 * times each, prints the medians and the speed-up, and checks that the results are the same. Then
 * measures the parallel capacity of the machine (`_lib/parallelCapacity.mjs`), the ceiling of any
 * speed-up from workers.
 * @returns {Promise<{ seconds: Record<number, number>, identical: boolean, capacity: number }>}
 */
export async function verifyWorkers() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  console.log(`\nfa-verify verify, 1 vs 2 workers (${machineLine()})`);
  const t = timeProcesses(
    WORKERS.map((w) => ({
      name: String(w),
      command: process.execPath,
      args: ['bin/fa-verify.js', 'verify', '--json', '--workers', String(w)],
      cwd: root,
    })),
    REPETITIONS,
  );
  const table = new Table({
    head: ['workers', 'median s', 'runs (s)', 'speed-up'],
    style: { head: [], border: [] },
  });
  const serial = t.get('1').median;
  const seconds = {};
  for (const w of WORKERS) {
    const entry = t.get(String(w));
    seconds[w] = entry.median;
    const runs = entry.seconds.map((s) => s.toFixed(2)).join(' ');
    table.push([w, entry.median.toFixed(2), runs, (serial / entry.median).toFixed(2)]);
  }
  const identical = WORKERS.every(
    (w) => withoutSeconds(t.get(String(w)).stdout) === withoutSeconds(t.get('1').stdout),
  );
  console.log(table.toString());
  console.log(`results identical but for seconds: ${identical ? 'yes' : 'NO'} (${machineLine()})`);
  const cap = await parallelCapacity();
  const work = await parallelCapacity(
    ['bin/fa-verify.js', 'verify', '--workers', '1', '--no-fixtures'],
    root,
  );
  const line = (name, c) =>
    `${name}: 1 process ${c.one.toFixed(2)} s, 2 at once ${c.two.toFixed(2)} s each: ` +
    `${c.capacity.toFixed(2)} processes' worth of compute`;
  console.log(`parallel capacity (the ceiling for the workers' speed-up):`);
  console.log(`  ${line('a CPU-bound loop', cap)}`);
  console.log(`  ${line('fa-verify verify --workers 1', work)}`);
  return { seconds, identical, capacity: cap.capacity, verifyCapacity: work.capacity };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await verifyWorkers();
