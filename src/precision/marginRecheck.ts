import type { Evaluation } from '../claim/Claim.js';
import type { PrecisionRecheck } from '../claim/PrecisionRecheck.js';
import { ROUNDING_ULPS, roundingAllowance } from './roundingAllowance.js';

/**
 * The recheck of a claim that has no higher-precision evaluation of its own: the violation is taken as
 * computed and called genuine when it clears the tolerance by more than the rounding allowance of the
 * two ({@link roundingAllowance}: {@link ROUNDING_ULPS} ulp of the larger). A NaN is never genuine:
 * a non-finite value is an error of the code, not a disproof (the runner reports it as one).
 * Pure.
 * @public
 */
export function marginRecheck(ev: Evaluation): PrecisionRecheck {
  const roundingBound = roundingAllowance(ev.violation, ev.tolerance);
  return {
    label: ev.violation - roundingBound > ev.tolerance ? 'genuine' : 'rounding',
    quantities: { violation: { double: ev.violation, precise: ev.violation } },
    preciseViolation: ev.violation,
    roundingBound,
    method: `no higher-precision evaluation for this claim: the violation must clear its tolerance by ${ROUNDING_ULPS} ulp of the larger of the two`,
  };
}
