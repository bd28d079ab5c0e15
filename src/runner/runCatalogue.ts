import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnyClaim } from '../claim/Claim.js';
import type { CatalogueTask, CatalogueWorkerData, CatalogueWorkerReply } from './catalogueWorker.js';
import { checkClaim } from './checkClaim.js';
import type { ClaimResult } from '../claim/ClaimResult.js';
import { catalogueUnits, shardOf } from './catalogueUnits.js';
import { mergeBlockResults } from './mergeBlockResults.js';

/** Options of {@link runCatalogue}. @public */
export interface RunCatalogueOptions {
  /** The claims to run (the catalogue, or a user's). */
  readonly claims: readonly AnyClaim[];
  /**
   * The module the claims come from, and the name of its export that holds them: worker threads
   * import it to get the same claims. Without it the claims run in this thread only.
   */
  readonly claimsModule?: { readonly url: URL; readonly exportName: string };
  /**
   * The user's claim files the claims come from (`loadClaimModules`), for worker threads to load
   * instead of `claimsModule`. `claims` may be a selection of theirs, in any order.
   */
  readonly claimFiles?: readonly string[];
  /** Generated cases per claim. */
  readonly runs: number;
  /** fast-check seed, the same for every claim. */
  readonly seed: number;
  /** Largest matrix side. */
  readonly maxSize: number;
  /** Seconds per claim; when spent before any failure, that claim is `inconclusive` (see `checkClaim`). */
  readonly timeBudget?: number;
  /** Also return each claim's statistics (`checkClaim`'s `statistics`). Default false. */
  readonly statistics?: boolean;
  /**
   * Per-claim settings by catalogue index (a profile's, `src/runner/profiles.ts`): where given, a
   * claim's cases, side bound and time budget replace `runs`, `maxSize` and `timeBudget`.
   */
  readonly claimSettings?: readonly (
    { readonly runs?: number; readonly maxSize?: number; readonly timeBudget?: number } | undefined
  )[];
  /**
   * Threads to spread the claims over: this one and `workers - 1` worker threads; 1 runs them one
   * after another in this thread. Default `os.availableParallelism()`. No more threads than claims.
   */
  readonly workers?: number;
  /**
   * Seed blocks per claim (default 1): each claim's cases are split into this many seeded
   * `checkClaim` calls ({@link catalogueUnits}), merged back into one result per claim
   * ({@link mergeBlockResults}). One block is exactly the unblocked run.
   */
  readonly blocks?: number;
  /**
   * Run only shard `index` of `count` (1-based) of the blocks ({@link shardOf}), and return the
   * blocks' own results (each with its `block` field) instead of merged ones: `fa-verify merge`
   * puts the shards together.
   */
  readonly shard?: { readonly index: number; readonly count: number };
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
  return new URL('../../dist/src/runner/catalogueWorker.js', import.meta.url);
}

/** Tasks a worker holds at once: one running and one waiting, so it never idles between messages. */
const PREFETCH = 2;

/**
 * Runs the catalogue with {@link checkClaim}: every claim's cases in `blocks` seeded blocks (default
 * one), and returns one result per claim in catalogue order, the blocks merged
 * ({@link mergeBlockResults}); with `shard`, only that shard's blocks, each result as it is (with its
 * `block` field), in unit order. With `workers = N > 1`, N threads share the blocks: this one and
 * N - 1 `node:worker_threads` workers, each taking the next block when it is free (this thread runs
 * blocks between the workers' messages, so it starts no worker for itself and uses its warm compiler
 * state). Each block is one seeded, deterministic `checkClaim` call, so the results equal a serial
 * run's field for field, except `seconds` (wall time), and shards merged equal the unsharded run.
 * @public
 */
export async function runCatalogue(options: RunCatalogueOptions): Promise<ClaimResult[]> {
  const { claims, runs, seed, maxSize } = options;
  const catalogue = claims;
  const blocks = options.blocks ?? 1;
  const own = (claim: number) => options.claimSettings?.[claim] ?? {};
  const runsOf = (claim: number): number => own(claim).runs ?? runs;
  const all = catalogueUnits(catalogue.length, { runs, seed, blocks, runsOf });
  const units = options.shard === undefined ? all : shardOf(all, options.shard.index, options.shard.count);
  const shared = {
    maxSize,
    ...(options.timeBudget === undefined ? {} : { timeBudget: options.timeBudget }),
    ...(options.statistics === true ? { statistics: true } : {}),
  };
  const onResult = options.onResult ?? (() => undefined);
  const threads =
    options.claimsModule === undefined && options.claimFiles === undefined
      ? 1
      : Math.max(1, Math.min(options.workers ?? availableParallelism(), units.length));
  const unitResults: ClaimResult[] = new Array<ClaimResult>(units.length);
  // Blocks still to come per claim: a claim is reported when its last block is in.
  const pending = new Map<number, number>();
  for (const u of units) pending.set(u.claim, (pending.get(u.claim) ?? 0) + 1);
  let next = 0;
  let done = 0;
  const finish = (index: number, result: ClaimResult): void => {
    const u = units[index];
    unitResults[index] =
      options.shard === undefined
        ? result
        : { ...result, block: { index: u.block, count: u.blocks, seed, runs: runsOf(u.claim) } };
    done++;
    const left = (pending.get(u.claim) ?? 1) - 1;
    pending.set(u.claim, left);
    if (options.shard !== undefined) onResult(unitResults[index], u.claim);
    else if (left === 0) onResult(merged(u.claim), u.claim);
  };
  const merged = (claim: number): ClaimResult =>
    mergeBlockResults(
      units.flatMap((u, i) => (u.claim === claim ? [unitResults[i]] : [])),
      seed,
    );
  const task = (index: number): CatalogueTask => {
    const { maxSize: claimMaxSize, timeBudget: claimBudget } = own(units[index].claim);
    return {
      index,
      claim: units[index].claim,
      runs: units[index].runs,
      seed: units[index].seed,
      ...(claimMaxSize === undefined ? {} : { maxSize: claimMaxSize }),
      ...(claimBudget === undefined ? {} : { timeBudget: claimBudget }),
    };
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
      const module = options.claimsModule;
      const workerData: CatalogueWorkerData = {
        options: shared,
        claimIds: catalogue.map((c) => c.id),
        ...(options.claimFiles === undefined
          ? { claimsModule: module?.url.href, exportName: module?.exportName }
          : { claimFiles: options.claimFiles }),
      };
      const worker = new Worker(url, { workerData });
      pool.push(worker);
      const feed = (): void => {
        if (next < units.length) worker.postMessage(task(next++));
      };
      worker.on('message', (reply: CatalogueWorkerReply) => {
        if ('error' in reply)
          return fail(new Error(`${catalogue[units[reply.index].claim].id}: ${reply.error}`));
        finish(reply.index, reply.result);
        feed();
        wake();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (done < units.length) fail(new Error(`catalogue worker exited with code ${code}`));
      });
      for (let k = 0; k < PREFETCH; k++) feed();
    }
    for (;;) {
      if (pool.length > 0) await new Promise((resolve) => setImmediate(resolve)); // hear the workers
      if (failure !== null) throw failure;
      if (next >= units.length) break;
      const { index, claim, ...settings } = task(next++);
      finish(index, checkClaim(catalogue[claim], { ...shared, ...settings }));
    }
    while (done < units.length) {
      await new Promise<void>((resolve) => (wake = resolve));
      if (failure !== null) throw failure;
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  if (options.shard !== undefined) return unitResults;
  return [...pending.keys()].sort((a, b) => a - b).map(merged);
}
