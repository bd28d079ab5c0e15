import { spawnSync } from 'node:child_process';
import os from 'node:os';

/**
 * One line describing the machine and its load right now: timings on a shared machine are only
 * comparable beside the load they were taken under.
 * @returns {string}
 */
export function machineLine() {
  const load = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
  return `node ${process.version}, ${os.availableParallelism()} cores (${cpu}), loadavg ${load}`;
}

/**
 * The Python interpreter with numpy (and, when `hypothesis` is true, Hypothesis), or null when there is
 * none: every Python part of the benchmarks is optional and skips cleanly without it.
 * @param {{ hypothesis?: boolean }} [need]
 * @returns {string | null}
 */
export function pythonWith(need = {}) {
  const modules = need.hypothesis === true ? 'numpy, hypothesis' : 'numpy';
  const probe = spawnSync('python3', ['-c', `import ${modules}`], { stdio: 'ignore' });
  return probe.status === 0 ? 'python3' : null;
}
