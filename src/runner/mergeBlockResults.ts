import type { ClaimResult } from '../claim/ClaimResult.js';

/**
 * One claim's result from the results of its seed blocks (in block order, every block once), as if
 * one run had made them all: cases, skipped inputs, regime counts and seconds added up; the outcome
 * from the evidence (an error in any block is the claim's error; else the first block's refutation is
 * the claim's; else a block that ran out of time makes it inconclusive; else it holds), with that
 * block's counterexample and replay record, whose seed is the block's own. A single block is returned
 * as it is, but for its `block` field. Pure.
 * @internal
 */
export function mergeBlockResults(blocks: readonly ClaimResult[], seed: number): ClaimResult {
  if (blocks.length === 0) throw new RangeError('mergeBlockResults: no blocks');
  const strip = (r: ClaimResult): ClaimResult => {
    const rest: { -readonly [K in keyof ClaimResult]?: ClaimResult[K] } = { ...r, seed };
    delete rest.block;
    return rest as ClaimResult;
  };
  if (blocks.length === 1) return strip(blocks[0]);
  const stats: Record<string, number> = {};
  for (const r of blocks) for (const [k, v] of Object.entries(r.stats)) stats[k] = (stats[k] ?? 0) + v;
  const skipped = blocks.reduce((a, r) => a + (r.skipped ?? 0), 0);
  const decisive =
    blocks.find((r) => r.outcome === 'error') ??
    blocks.find((r) => r.outcome === 'refuted') ??
    blocks.find((r) => r.outcome === 'inconclusive') ??
    blocks.find((r) => r.roundingOnly === true) ??
    blocks[0];
  const chosen: { -readonly [K in keyof ClaimResult]?: ClaimResult[K] } = { ...strip(decisive) };
  delete chosen.skipped;
  return {
    ...(chosen as ClaimResult),
    runs: blocks.reduce((a, r) => a + r.runs, 0),
    seconds: blocks.reduce((a, r) => a + r.seconds, 0),
    stats,
    ...(skipped > 0 ? { skipped } : {}),
  };
}
