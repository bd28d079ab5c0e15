/**
 * One unit of catalogue work: one block of one claim's cases, a seeded `checkClaim` call of its own.
 * @internal
 */
export interface WorkUnit {
  /** The claim's index in the catalogue. */
  readonly claim: number;
  /** This block's index, `0 <= block < blocks`. */
  readonly block: number;
  readonly blocks: number;
  /** Cases of this block: the claim's runs shared out, the first blocks taking one more. */
  readonly runs: number;
  /** This block's seed ({@link blockSeed}). */
  readonly seed: number;
}

/** Golden-ratio increment: blocks of one run get well-spread seeds. */
const SEED_STEP = 0x9e3779b1;

/**
 * The seed of block `b` of a run with seed `seed`: the seed itself for block 0 (so a run of one block
 * is exactly the unblocked run), then steps of the golden ratio, wrapped to a 32-bit signed integer
 * (fast-check's range). Pure.
 * @internal
 */
export function blockSeed(seed: number, block: number): number {
  return block === 0 ? seed : (seed + Math.imul(block, SEED_STEP)) | 0;
}

/**
 * The work of a catalogue run of `claims` claims, each split into `blocks` seed blocks, in a fixed order
 * (claim by claim, block by block); a claim's cases are `runsOf(claim)` where given, else `runs`. Pure.
 * @internal
 */
export function catalogueUnits(
  claims: number,
  o: { runs: number; seed: number; blocks: number; runsOf?: (claim: number) => number },
): WorkUnit[] {
  const units: WorkUnit[] = [];
  for (let claim = 0; claim < claims; claim++) {
    const claimRuns = o.runsOf?.(claim) ?? o.runs;
    for (let block = 0; block < o.blocks; block++) {
      const runs = Math.floor(claimRuns / o.blocks) + (block < claimRuns % o.blocks ? 1 : 0);
      if (runs > 0) units.push({ claim, block, blocks: o.blocks, runs, seed: blockSeed(o.seed, block) });
    }
  }
  return units;
}

/**
 * Shard `index` of `count` (1-based, as `--shard K/N` says it): every `count`-th unit from the
 * `index`-th, so shards are disjoint, cover the run, and differ in size by at most one unit. Pure.
 * @internal
 */
export function shardOf<T>(units: readonly T[], index: number, count: number): T[] {
  return units.filter((_u, i) => i % count === index - 1);
}
