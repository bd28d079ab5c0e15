import type { Evaluation } from '../catalogue/Claim.js';
import type { PrecisionRecheck } from './PrecisionRecheck.js';

/** Relative rounding allowance of {@link marginRecheck}: 1024 units in the last place. */
const ALLOWANCE = 1024 * Number.EPSILON;

/**
 * The recheck of a claim that has no higher-precision evaluation of its own: the violation is taken as
 * computed and called genuine when it clears the tolerance by more than 1024 ulp of its magnitude, or
 * is not a number at all.
 * Pure.
 * @public
 */
export function marginRecheck(ev: Evaluation): PrecisionRecheck {
  const roundingBound = ALLOWANCE * Math.max(1, Math.abs(ev.violation));
  return {
    // A NaN or infinite violation is a failure of the code, never a rounding effect: genuine.
    label: ev.violation - roundingBound <= ev.tolerance ? 'rounding' : 'genuine',
    quantities: { violation: { double: ev.violation, precise: ev.violation } },
    preciseViolation: ev.violation,
    roundingBound,
    method:
      'no higher-precision evaluation for this claim: the violation must clear its tolerance by 1024 ulp',
  };
}
