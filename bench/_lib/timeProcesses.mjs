import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { median } from './median.mjs';

/**
 * Wall time of whole processes, each command run `repetitions` times, the commands interleaved
 * (A B A B A B) so that all of them see the same changes of load on a shared machine. A run that
 * exits non-zero is an error: a benchmark of a failing command measures nothing.
 * @param {ReadonlyArray<{ name: string, command: string, args: readonly string[], cwd?: string }>} commands
 * @param {number} repetitions
 * @returns {Map<string, { seconds: number[], median: number, stdout: string }>}
 */
export function timeProcesses(commands, repetitions) {
  const out = new Map(commands.map((c) => [c.name, { seconds: [], median: NaN, stdout: '' }]));
  for (let rep = 0; rep < repetitions; rep++) {
    for (const c of commands) {
      const start = performance.now();
      const run = spawnSync(c.command, c.args, { cwd: c.cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
      const seconds = (performance.now() - start) / 1000;
      if (run.status !== 0) {
        throw new Error(`${c.name}: exit ${run.status}\n${run.stderr}`);
      }
      const entry = out.get(c.name);
      entry.seconds.push(seconds);
      entry.stdout = run.stdout;
    }
  }
  for (const entry of out.values()) entry.median = median(entry.seconds);
  return out;
}
