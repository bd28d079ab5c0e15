import type { ClaimResult } from '../claim/ClaimResult.js';
import { mergeBlockResults } from './mergeBlockResults.js';

/** Why the blocks of a sharded run cannot be put together: one line for the command line. @public */
export class ShardMergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShardMergeError';
  }
}

/**
 * The results of a sharded run (`verify --shard K/N`), one per seed block, put together into one
 * result per claim in the order of `claimIds`: every claim present, every block of it exactly once,
 * all from one run (the same seed, cases and block count). The merged results are what one unsharded
 * run with that seed and block count gives ({@link mergeBlockResults}), but for `seconds`. Throws
 * {@link ShardMergeError} for an incomplete or mixed set. Pure.
 * @public
 */
export function mergeShards(blocks: readonly ClaimResult[], claimIds: readonly string[]): ClaimResult[] {
  const byClaim = new Map<string, ClaimResult[]>();
  let run: { seed: number; runs: number; count: number } | undefined;
  // A profile may give claims their own case counts: cases must agree within a claim, seed and blocks across.
  const runsOf = new Map<string, number>();
  for (const r of blocks) {
    if (r.block === undefined)
      throw new ShardMergeError(`${r.claim}: a result without a block (not from verify --shard)`);
    if (!claimIds.includes(r.claim)) throw new ShardMergeError(`unknown claim '${r.claim}'`);
    const { seed, runs, count } = r.block;
    run ??= { seed, runs, count };
    const claimRuns = runsOf.get(r.claim) ?? runs;
    runsOf.set(r.claim, claimRuns);
    if (seed !== run.seed || runs !== claimRuns || count !== run.count) {
      throw new ShardMergeError(
        `${r.claim}: block from another run (seed ${seed}, runs ${runs}, ${count} blocks; expected seed ${run.seed}, runs ${claimRuns}, ${run.count} blocks)`,
      );
    }
    byClaim.set(r.claim, [...(byClaim.get(r.claim) ?? []), r]);
  }
  if (run === undefined) throw new ShardMergeError('no results to merge');
  const { seed, count } = run;
  return claimIds.map((id) => {
    const mine = [...(byClaim.get(id) ?? [])].sort((a, b) => (a.block?.index ?? 0) - (b.block?.index ?? 0));
    // Blocks with no cases (more blocks than cases) are never run, so they are not expected.
    const expected = Math.min(count, runsOf.get(id) ?? run.runs);
    const indices = mine.map((r) => r.block?.index);
    const complete = indices.length === expected && indices.every((b, i) => b === i);
    if (!complete) {
      throw new ShardMergeError(
        `${id}: blocks [${indices.join(', ')}] of ${expected}: a shard is missing or given twice`,
      );
    }
    return mergeBlockResults(mine, seed);
  });
}
