import type { AnyClaim, Evaluation } from '../claim/Claim.js';
import type { Counterexample } from '../claim/ClaimResult.js';
import { describeSafely } from './describeSafely.js';

/**
 * A counterexample (or witness, or erring input) as a result shows it: the input described, what its
 * evaluation observed, its violation, tolerance and margin (`violation / tolerance`, the violation
 * itself where the tolerance is 0; NaN without an evaluation). Pure but for `describe`.
 * @internal
 */
export function describeCounterexample(
  claim: AnyClaim,
  input: unknown,
  ev: Evaluation | undefined,
): Counterexample {
  const violation = ev?.violation ?? Number.NaN;
  const tolerance = ev?.tolerance ?? Number.NaN;
  return {
    ...describeSafely(claim, input),
    ...(ev?.observed ?? {}),
    violation,
    tolerance,
    margin: tolerance > 0 ? violation / tolerance : violation,
  } as Counterexample;
}
