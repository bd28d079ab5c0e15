import type { AnyClaim, Evaluation } from '../claim/Claim.js';
import type { PrecisionRecheck } from '../claim/PrecisionRecheck.js';
import { marginRecheck } from '../precision/marginRecheck.js';
import type { Solvers } from '../solvers/Solvers.js';

/** A counterexample's (or witness's) precision recheck: the claim's own, else the margin rule. @internal */
export function recheckCounterexample(
  claim: AnyClaim,
  input: unknown,
  ev: Evaluation | undefined,
  solvers?: Solvers,
): PrecisionRecheck {
  if (claim.recheck !== undefined) {
    try {
      return claim.recheck(input, solvers);
    } catch {
      // fall back to the margin rule below
    }
  }
  return marginRecheck(ev ?? { pass: false, violation: Number.NaN, tolerance: Number.NaN, observed: {} });
}
