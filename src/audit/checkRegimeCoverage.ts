import fc from 'fast-check';
import type { AnyClaim } from '../claim/Claim.js';
import { regimeVerdict, type RegimeRequirementVerdict } from './regimeVerdict.js';
import { twoSidedZ } from './twoSidedZ.js';

/** Options of {@link checkRegimeCoverage}, each with its default. @internal */
export interface RegimeCoverageOptions {
  /** Largest matrix side handed to the claim's generator (default 8, as `verify`). */
  readonly maxSize?: number;
  /** Seed of the first batch; batch `i` uses `seed + i` (default 7). */
  readonly seed?: number;
  /** Inputs per batch, one `fc.sample` call on a fresh seed (default 100, as `verify`'s runs). */
  readonly batch?: number;
  /** Stop after this many inputs even when a requirement is still undecided (default 10 000). */
  readonly maxSamples?: number;
  /** Confidence of each accept/reject decision (default 0.999). */
  readonly certainty?: number;
  /** The profiles whose runs use `maxSize` for this claim, named in the result (default none). */
  readonly profiles?: readonly string[];
}

/** The regime coverage of one claim's generator. @internal */
export interface RegimeCoverage {
  readonly claim: string;
  /** The largest side the generator was given. */
  readonly maxSize: number;
  /** The profiles that run the claim at these sides (empty when the audit was not asked per profile). */
  readonly profiles: readonly string[];
  readonly samples: number;
  /** Seeds used: `firstSeed`, `firstSeed + 1`, ... one per batch. */
  readonly firstSeed: number;
  readonly batches: number;
  readonly certainty: number;
  /** How many inputs fell in each regime (every label `classify` returned). */
  readonly counts: Readonly<Record<string, number>>;
  readonly requirements: readonly RegimeRequirementVerdict[];
  /** Labels in the claim's `regimes` without a required share (reported, not failed). */
  readonly unrequired: readonly string[];
  /** True when the claim declares no requirement at all (a failure). */
  readonly missingRequirements: boolean;
  /** Every requirement accepted (and at least one declared). */
  readonly pass: boolean;
}

/**
 * Checks statistically that a claim's generator reaches the regimes it declares
 * (`Claim.regimeRequirements`), as QuickCheck's `checkCoverage` does (fast-check has no such check,
 * its issue #342): samples the generator in batches with `fc.sample` on fresh seeds, counts the labels
 * of `classify`, and after each batch decides every requirement by its Wilson interval
 * ({@link regimeVerdict}); it stops when all are decided or at `maxSamples`. A requirement still
 * undecided at the cap fails, as a rejected one does. Each decision is at `certainty`; with several
 * requirements and repeated looks the overall error is larger, so required shares should sit well
 * below what the generator reaches.
 * @internal
 */
export function checkRegimeCoverage(claim: AnyClaim, options: RegimeCoverageOptions = {}): RegimeCoverage {
  // A claim whose inputs need larger sides runs at its least side bound at least (Claim.minSize).
  const maxSize = Math.max(options.maxSize ?? 8, claim.minSize ?? 1);
  const firstSeed = options.seed ?? 7;
  const batch = options.batch ?? 100;
  const maxSamples = options.maxSamples ?? 10_000;
  const certainty = options.certainty ?? 0.999;
  if (!Number.isInteger(batch) || batch < 1)
    throw new RangeError(`batch: must be an integer >= 1, got ${batch}`);
  if (!Number.isInteger(maxSamples) || maxSamples < 1) {
    throw new RangeError(`maxSamples: must be an integer >= 1, got ${maxSamples}`);
  }
  const z = twoSidedZ(certainty);
  const required = Object.entries(claim.regimeRequirements ?? {});
  // A high-probability claim draws without fast-check's bias (its probability is over that law).
  const drawn = claim.arbitrary(maxSize);
  const arbitrary = claim.kind === 'probability' ? fc.noBias(drawn) : drawn;
  const counts: Record<string, number> = {};
  for (const label of claim.regimes) counts[label] = 0;
  for (const [label] of required) counts[label] = 0;
  let samples = 0;
  let batches = 0;
  let verdicts: RegimeRequirementVerdict[] = [];
  do {
    const numRuns = Math.min(batch, maxSamples - samples);
    for (const input of fc.sample(arbitrary, { numRuns, seed: firstSeed + batches })) {
      for (const label of claim.classify(input)) counts[label] = (counts[label] ?? 0) + 1;
    }
    samples += numRuns;
    batches++;
    verdicts = required.map(([label, share]) => regimeVerdict(label, share, counts[label], samples, z));
  } while (samples < maxSamples && verdicts.some((v) => v.verdict === 'undecided'));
  const missingRequirements = required.length === 0;
  return {
    claim: claim.id,
    maxSize,
    profiles: options.profiles ?? [],
    samples,
    firstSeed,
    batches,
    certainty,
    counts,
    requirements: verdicts,
    unrequired: claim.regimes.filter((label) => claim.regimeRequirements?.[label] === undefined),
    missingRequirements,
    pass: !missingRequirements && verdicts.every((v) => v.verdict === 'accepted'),
  };
}
