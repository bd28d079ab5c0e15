import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** A fixed CPU-bound loop (no allocation, no I/O), as a `node -e` script. */
const SPIN =
  '(() => { let x = 0; for (let i = 0; i < 3e8; i++) x += Math.sqrt(i); if (x < 0) console.log(x); })();';

/** Wall seconds for `count` spin processes started together. */
function spins(count) {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    let left = count;
    for (let i = 0; i < count; i++) {
      const child = spawn(process.execPath, ['-e', SPIN], { stdio: 'ignore' });
      child.on('error', reject);
      child.on('exit', () => {
        left--;
        if (left === 0) resolve((performance.now() - start) / 1000);
      });
    }
  });
}

/**
 * How much parallel compute the machine really gives: the same CPU-bound loop in 1 process, then in 2
 * at once. On 2 free cores both take the same wall time (capacity 2); on 2 hyperthreads of one busy
 * core, or under a CPU quota, the pair takes about twice as long (capacity 1). Worker threads cannot
 * beat this figure, so it is printed beside the workers' speed-up.
 * @returns {Promise<{ one: number, two: number, capacity: number }>}
 */
export async function parallelCapacity() {
  const one = await spins(1);
  const two = await spins(2);
  return { one, two, capacity: (2 * one) / two };
}
