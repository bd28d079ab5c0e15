import fc from 'fast-check';
import type { AnyClaim } from '../claim/Claim.js';
import { failureKinds } from '../runner/runProperty.js';
import { judgeInput } from '../claim/judgeInput.js';
import { CliError } from './CliError.js';

/** A replay asked for on the command line, as `check` will run it. */
export interface ReplayRequest {
  readonly seed: number;
  readonly maxSize: number;
  /** fast-check's replay path, long form. */
  readonly path: string;
}

/**
 * The one-line refusal of a replay whose path leads to no failing input of the claim. @internal
 */
export function replayMismatch(claim: AnyClaim, r: ReplayRequest, option = `--path ${r.path}`): CliError {
  const shown = option.length > 80 ? `${option.slice(0, 77)}...` : option;
  return new CliError(
    `${shown} does not replay a counterexample of ${claim.id} with --seed ${r.seed} --max-size ${r.maxSize}`,
  );
}

/**
 * Whether fast-check's replay path leads, with this seed and side bound, to an input on which the claim
 * fails as `checkClaim` counts failures (an error; a decisive violation; for a claim expected to hold,
 * also a marginal one). Cheap: one walk down the path and one evaluation.
 *
 * Why it is needed: fast-check does not check a path against anything. A malformed path throws
 * ("Unable to replay"); a path that leaves the shrink tree midway throws too; but a path whose last step
 * lies beyond the end of its shrink stream replays nothing (the run "holds" on no input at all), and a
 * path that lands on an input that passes makes fast-check go on through every later sibling in that
 * stream (thousands of evaluations: `9:9:9` ran 6088 cases of gd-reaches-optimum), reporting the first
 * of those that fails, or `holds`. Either way the replay silently ran something else. Here the input at
 * the path is drawn exactly as `checkClaim` draws it (`fc.check` of `fc.property` over the claim's
 * arbitrary, same seed and path), judged once, and the run stopped there (`endOnFailure`).
 * @internal
 */
export function replayPathFails(claim: AnyClaim, r: ReplayRequest): boolean {
  const arbitrary = claim.arbitrary(r.maxSize); // outside the try: a bad side bound is not a bad path
  let fails = false;
  try {
    fc.check(
      fc.property(arbitrary, (input) => {
        const kind = judgeInput(claim, input).kind;
        fails = kind !== 'pass' && kind !== 'outside' && failureKinds(claim).has(kind);
        return false; // stop at the first input: no further case, no shrinking
      }),
      { seed: r.seed, path: r.path, numRuns: 1, endOnFailure: true },
    );
  } catch {
    return false; // "Unable to replay": the path leaves the shrink tree
  }
  return fails;
}
