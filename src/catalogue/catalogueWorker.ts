import { parentPort, workerData } from 'node:worker_threads';
import { catalogue } from '../../properties/catalogue.js';
import { checkClaim, type CheckOptions } from './checkClaim.js';
import type { ClaimResult } from './ClaimResult.js';

/** A claim to run: its index in the catalogue. @internal */
export interface CatalogueTask {
  readonly index: number;
}

/** A worker's answer to one {@link CatalogueTask}: the claim's result, or the message of what it threw. @internal */
export type CatalogueWorkerReply =
  | { readonly index: number; readonly result: ClaimResult }
  | { readonly index: number; readonly error: string };

/*
 * The entry of a `node:worker_threads` worker of `runCatalogue`: `workerData` holds the
 * {@link CheckOptions} shared by every claim; each message names one claim by its catalogue index and is
 * answered with its {@link ClaimResult} (plain data, so it survives the structured clone unchanged).
 * Loaded as a worker only; importing it elsewhere does nothing.
 */
if (parentPort !== null) {
  const port = parentPort;
  const options = workerData as CheckOptions;
  port.on('message', (task: CatalogueTask) => {
    let reply: CatalogueWorkerReply;
    try {
      reply = { index: task.index, result: checkClaim(catalogue[task.index], options) };
    } catch (e) {
      reply = { index: task.index, error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
  });
}
