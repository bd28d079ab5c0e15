import { wilsonInterval } from '../statistics/wilsonInterval.js';
import type { ProbabilitySpec } from '../claim/Claim.js';
import type { ProbabilityEstimate } from '../claim/ProbabilityEstimate.js';
import { inverseNormalCdf } from '../generate/inverseNormalCdf.js';

/** The confidence of a high-probability claim that states none. @internal */
export const DEFAULT_CONFIDENCE = 0.99;

/** The first look of a high-probability run: fewer draws than this decide nothing useful. */
const FIRST_LOOK = 16;

/**
 * The draw counts at which a high-probability run looks at its evidence: 16, 32, 64, ... below `runs`,
 * then `runs` itself (just `[runs]` below 16). Pure.
 * @internal
 */
export function probabilityLooks(runs: number): number[] {
  const looks: number[] = [];
  for (let n = FIRST_LOOK; n < runs; n *= 2) looks.push(n);
  looks.push(runs);
  return looks;
}

/**
 * The evidence on a stated probability: the Wilson interval of `successes` out of `trials` at the
 * spec's confidence split over `looks` looks (each two-sided at `1 - (1 - confidence) / looks`, so that
 * looking repeatedly cannot raise the error rate above `1 - confidence`), and what it decides: `holds`
 * when the interval lies at or above `p`, `refuted` when wholly below, else null. Pure.
 * @internal
 */
export function judgeProportion(
  successes: number,
  trials: number,
  spec: ProbabilitySpec,
  looks: number,
): { readonly estimate: ProbabilityEstimate; readonly decided: 'holds' | 'refuted' | null } {
  const confidence = spec.confidence ?? DEFAULT_CONFIDENCE;
  const alpha = (1 - confidence) / Math.max(1, looks);
  const z = inverseNormalCdf(1 - alpha / 2);
  const { lower, upper } = wilsonInterval(successes, trials, z);
  const estimate = { p: spec.p, successes, trials, lower, upper, confidence, looks };
  const decided = trials === 0 ? null : lower >= spec.p ? 'holds' : upper < spec.p ? 'refuted' : null;
  return { estimate, decided };
}
