import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { catalogue } from '../../properties/catalogue.js';
import type { CatalogueTask, CatalogueWorkerReply } from './catalogueWorker.js';
import { checkClaim } from './checkClaim.js';
import type { ClaimResult } from './ClaimResult.js';

/** Options of {@link runCatalogue}. @public */
export interface RunCatalogueOptions {
  /** Generated cases per claim. */
  readonly runs: number;
  /** fast-check seed, the same for every claim. */
  readonly seed: number;
  /** Largest matrix side. */
  readonly maxSize: number;
  /** Seconds per claim; when spent before any failure, that claim is `inconclusive` (see `checkClaim`). */
  readonly timeBudget?: number;
  /**
   * Threads to spread the claims over: this one and `workers - 1` worker threads; 1 runs them one
   * after another in this thread. Default `os.availableParallelism()`. No more threads than claims.
   */
  readonly workers?: number;
  /** Called once per claim as soon as it is done (completion order), with its catalogue index. */
  readonly onResult?: (result: ClaimResult, index: number) => void;
  /** The compiled worker entry; default the `catalogueWorker.js` built beside this module. @internal */
  readonly workerUrl?: URL;
}

/**
 * The compiled worker entry: beside this module when it runs from `dist/`, else (running from the
 * TypeScript sources, as under vitest) the one in `dist/`, which `npm run build` makes.
 */
function defaultWorkerUrl(): URL {
  const sibling = new URL('./catalogueWorker.js', import.meta.url);
  if (existsSync(fileURLToPath(sibling))) return sibling;
  return new URL('../../dist/src/catalogue/catalogueWorker.js', import.meta.url);
}

/** Tasks a worker holds at once: one running and one waiting, so it never idles between messages. */
const PREFETCH = 2;

/**
 * Runs every claim of the catalogue with {@link checkClaim} and returns the results in catalogue
 * order. With `workers = N > 1`, N threads share the claims: this one and N - 1 `node:worker_threads`
 * workers, each taking the next claim of the catalogue when it is free (this thread runs claims
 * between the workers' messages, so it starts no worker for itself and uses its warm compiler state).
 * Each claim is still one seeded, deterministic `checkClaim` call, so the results equal a serial run's
 * field for field, except `seconds` (wall time).
 * @public
 */
export async function runCatalogue(options: RunCatalogueOptions): Promise<ClaimResult[]> {
  const { runs, seed, maxSize } = options;
  const shared = {
    runs,
    seed,
    maxSize,
    ...(options.timeBudget === undefined ? {} : { timeBudget: options.timeBudget }),
  };
  const onResult = options.onResult ?? (() => undefined);
  const threads = Math.min(options.workers ?? availableParallelism(), catalogue.length);
  const results: ClaimResult[] = new Array<ClaimResult>(catalogue.length);
  let next = 0;
  let done = 0;
  const finish = (index: number, result: ClaimResult): void => {
    results[index] = result;
    done++;
    onResult(result, index);
  };
  const url = options.workerUrl ?? defaultWorkerUrl();
  const pool: Worker[] = [];
  let failure: unknown = null;
  let wake: () => void = () => undefined;
  const fail = (e: unknown): void => {
    failure ??= e;
    wake();
  };
  try {
    for (let w = 1; w < threads; w++) {
      const worker = new Worker(url, { workerData: shared });
      pool.push(worker);
      const feed = (): void => {
        if (next < catalogue.length) worker.postMessage({ index: next++ } satisfies CatalogueTask);
      };
      worker.on('message', (reply: CatalogueWorkerReply) => {
        if ('error' in reply) return fail(new Error(`${catalogue[reply.index].id}: ${reply.error}`));
        finish(reply.index, reply.result);
        feed();
        wake();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (done < catalogue.length) fail(new Error(`catalogue worker exited with code ${code}`));
      });
      for (let k = 0; k < PREFETCH; k++) feed();
    }
    for (;;) {
      if (pool.length > 0) await new Promise((resolve) => setImmediate(resolve)); // hear the workers
      if (failure !== null) throw failure;
      if (next >= catalogue.length) break;
      const index = next++;
      finish(index, checkClaim(catalogue[index], shared));
    }
    while (done < catalogue.length) {
      await new Promise<void>((resolve) => (wake = resolve));
      if (failure !== null) throw failure;
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
}
