import { parentPort, workerData } from 'node:worker_threads';
import type { AnyClaim } from '../claim/Claim.js';
import { checkClaim, type CheckOptions } from './checkClaim.js';
import { loadClaimModules } from './loadClaimModules.js';
import type { ClaimResult } from '../claim/ClaimResult.js';

/** What a worker is started with: the options every block shares, and where the claims come from. @internal */
export interface CatalogueWorkerData {
  readonly options: Omit<CheckOptions, 'runs' | 'seed'>;
  /** URL of the module holding the claims, and the name of its export (or `claimFiles`). */
  readonly claimsModule?: string;
  readonly exportName?: string;
  /** The user's claim files the claims come from (`loadClaimModules`), instead of `claimsModule`. */
  readonly claimFiles?: readonly string[];
  /** The ids of the run's claims, in the run's order: a task's `claim` indexes this list. */
  readonly claimIds: readonly string[];
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
  const all: Promise<readonly AnyClaim[]> =
    data.claimFiles !== undefined
      ? loadClaimModules(data.claimFiles)
      : import(data.claimsModule ?? '').then(
          (m: Record<string, unknown>) => m[data.exportName ?? ''] as readonly AnyClaim[],
        );
  // The run may hold a selection of the module's claims (`verify --only`): the same, in the same order.
  const loaded = all.then((claims) =>
    data.claimIds.map((id) => {
      const claim = claims.find((c) => c.id === id);
      if (claim === undefined) throw new Error(`claim '${id}' not found in the worker's claims`);
      return claim;
    }),
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
