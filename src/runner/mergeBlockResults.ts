import type { ClaimResult } from '../claim/ClaimResult.js';
import type { ClaimStatistics } from '../claim/ClaimStatistics.js';
import { judgeProportion } from './judgeProportion.js';

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
 * likewise (sizes added up, the tightest pass of all blocks). A high-probability claim's blocks add
 * up their draws and successes, and its outcome is decided again from the merged counts (at the
 * confidence split over all the blocks' looks), unless a block erred. A single block is returned
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
    blocks.find((r) => r.outcome === 'refuted' || r.outcome === 'witnessed') ??
    blocks.find((r) => r.outcome === 'inconclusive') ??
    blocks.find((r) => r.roundingOnly === true) ??
    blocks[0];
  const chosen: { -readonly [K in keyof ClaimResult]?: ClaimResult[K] } = { ...strip(decisive) };
  delete chosen.skipped;
  const statistics = mergeStatistics(blocks, decisive);
  const probability = mergeProbability(blocks);
  if (probability !== undefined && probability.error === undefined) delete chosen.error;
  return {
    ...(chosen as ClaimResult),
    ...(probability ?? {}),
    runs: blocks.reduce((a, r) => a + r.runs, 0),
    seconds: blocks.reduce((a, r) => a + r.seconds, 0),
    stats,
    ...(skipped > 0 ? { skipped } : {}),
    ...(statistics === undefined ? {} : { statistics }),
  };
}

/** A high-probability claim's blocks as one run's evidence: counts added up, the interval and outcome decided again. */
function mergeProbability(
  blocks: readonly ClaimResult[],
): Pick<ClaimResult, 'probability' | 'outcome' | 'error'> | undefined {
  const evidence = blocks.flatMap((r) => (r.probability === undefined ? [] : [r.probability]));
  if (evidence.length !== blocks.length || blocks.some((r) => r.outcome === 'error')) return undefined;
  const successes = evidence.reduce((a, e) => a + e.successes, 0);
  const trials = evidence.reduce((a, e) => a + e.trials, 0);
  const looks = evidence.reduce((a, e) => a + e.looks, 0);
  const spec = { p: evidence[0].p, confidence: evidence[0].confidence };
  const { estimate, decided } = judgeProportion(successes, trials, spec, looks);
  if (decided !== null) return { probability: estimate, outcome: decided };
  const error = `${trials} draws in ${blocks.length} blocks with the interval undecided: [${estimate.lower.toFixed(3)}, ${estimate.upper.toFixed(3)}] contains p = ${spec.p}`;
  return { probability: estimate, outcome: 'inconclusive', error };
}
