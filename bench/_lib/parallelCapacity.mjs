import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** A fixed CPU-bound loop (no allocation, no I/O), as a `node -e` script. */
const SPIN =
  '(() => { let x = 0; for (let i = 0; i < 3e8; i++) x += Math.sqrt(i); if (x < 0) console.log(x); })();';

/** Wall seconds for `count` processes `node ...args` started together. */
function together(count, args, cwd) {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    let left = count;
    for (let i = 0; i < count; i++) {
      const child = spawn(process.execPath, args, { stdio: 'ignore', cwd });
      child.on('error', reject);
      child.on('exit', () => {
        left--;
        if (left === 0) resolve((performance.now() - start) / 1000);
      });
    }
  });
}

/**
 * How much parallel compute the machine really gives to a workload: the same process alone, then two
 * at once; capacity `2 t1 / t2`. On 2 free cores both take the same wall time (capacity 2); on 2
 * hyperthreads of one core, or under a CPU quota, less. By default the workload is a tight CPU-bound
 * loop (few execution units: the most any pair of threads can get); pass `args` (and `cwd`) to
 * measure a real one, such as `fa-verify verify`. Worker threads cannot beat the figure for their
 * own workload, so it is printed beside their speed-up.
 * @param {readonly string[]} [args] arguments of `node`
 * @param {string} [cwd]
 * @returns {Promise<{ one: number, two: number, capacity: number }>}
 */
export async function parallelCapacity(args = ['-e', SPIN], cwd = undefined) {
  const one = await together(1, args, cwd);
  const two = await together(2, args, cwd);
  return { one, two, capacity: (2 * one) / two };
}
