import type { ClaimResult } from '../claim/ClaimResult.js';
import type { ClaimStatistics } from '../claim/ClaimStatistics.js';

/** The blocks' statistics as one run's: sizes added up, the tightest pass of all, the decisive block's failure and shrinking. */
function mergeStatistics(blocks: readonly ClaimResult[], decisive: ClaimResult): ClaimStatistics | undefined {
  const all = blocks.flatMap((r) => (r.statistics === undefined ? [] : [r.statistics]));
  if (all.length === 0) return undefined;
  const sizes: Record<string, number> = {};
  for (const st of all) for (const [k, v] of Object.entries(st.sizes)) sizes[k] = (sizes[k] ?? 0) + v;
  const tight = all.flatMap((st) => (st.tightest === undefined ? [] : [st.tightest]));
  const tightest = tight.reduce<ClaimStatistics['tightest']>(
    (a, t) => (a === undefined || t.margin > a.margin ? t : a),
    undefined,
  );
  const { unshrunk, shrinkTrajectory } = decisive.statistics ?? {};
  return {
    sizes,
    ...(tightest === undefined ? {} : { tightest }),
    ...(unshrunk === undefined ? {} : { unshrunk, shrinkTrajectory: shrinkTrajectory ?? [] }),
  };
}

/**
 * One claim's result from the results of its seed blocks (in block order, every block once), as if
 * one run had made them all: cases, skipped inputs, regime counts and seconds added up; the outcome
 * from the evidence (an error in any block is the claim's error; else the first block's refutation is
 * the claim's; else a block that ran out of time makes it inconclusive; else it holds), with that
 * block's counterexample and replay record, whose seed is the block's own, and statistics merged
 * likewise (sizes added up, the tightest pass of all blocks). A single block is returned
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
  const statistics = mergeStatistics(blocks, decisive);
  return {
    ...(chosen as ClaimResult),
    runs: blocks.reduce((a, r) => a + r.runs, 0),
    seconds: blocks.reduce((a, r) => a + r.seconds, 0),
    stats,
    ...(skipped > 0 ? { skipped } : {}),
    ...(statistics === undefined ? {} : { statistics }),
  };
}
