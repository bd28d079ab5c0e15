import { parentPort, workerData } from 'node:worker_threads';
import type { AnyClaim } from '../claim/Claim.js';
import { checkClaim, type CheckOptions } from './checkClaim.js';
import type { ClaimResult } from '../claim/ClaimResult.js';

/** What a worker is started with: the options every block shares, and where the claims come from. @internal */
export interface CatalogueWorkerData {
  readonly options: Omit<CheckOptions, 'runs' | 'seed'>;
  /** URL of the module holding the claims, and the name of its export. */
  readonly claimsModule: string;
  readonly exportName: string;
}

/** A block to run: its index in the run's units, its claim's catalogue index, its cases and seed. @internal */
export interface CatalogueTask {
  readonly index: number;
  readonly claim: number;
  readonly runs: number;
  readonly seed: number;
  /** This claim's side bound and time budget, where they differ from the shared options. */
  readonly maxSize?: number;
  readonly timeBudget?: number;
}

/** A worker's answer to one {@link CatalogueTask}: the claim's result, or the message of what it threw. @internal */
export type CatalogueWorkerReply =
  | { readonly index: number; readonly result: ClaimResult }
  | { readonly index: number; readonly error: string };

/*
 * The entry of a `node:worker_threads` worker of `runCatalogue`: `workerData` ({@link CatalogueWorkerData})
 * holds the {@link CheckOptions} shared by every block (side bound, time budget) and the module of the
 * claims, which the worker imports; each message names one block
 * (its claim by catalogue index, its cases and seed) and is answered with its {@link ClaimResult}
 * (plain data, so it survives the structured clone unchanged).
 * Loaded as a worker only; importing it elsewhere does nothing.
 */
if (parentPort !== null) {
  const port = parentPort;
  const data = workerData as CatalogueWorkerData;
  const options = data.options;
  // The claims come from the module the runner names (the catalogue, or a user's claim file).
  const loaded = import(data.claimsModule).then(
    (m: Record<string, unknown>) => m[data.exportName] as readonly AnyClaim[],
  );
  port.on('message', async (task: CatalogueTask) => {
    const catalogue = await loaded;
    let reply: CatalogueWorkerReply;
    try {
      const { runs, seed, maxSize, timeBudget } = task;
      const result = checkClaim(catalogue[task.claim], {
        ...options,
        runs,
        seed,
        ...(maxSize === undefined ? {} : { maxSize }),
        ...(timeBudget === undefined ? {} : { timeBudget }),
      });
      reply = { index: task.index, result };
    } catch (e) {
      reply = { index: task.index, error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
  });
}
