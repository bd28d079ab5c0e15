/**
 * How far past its tolerance a violation must go to decide a verdict: a counterexample that only
 * grazes the tolerance is decided by rounding, so shrinking may not slide to the tolerance's edge.
 * @public
 */
export const DECISIVE_MULTIPLE = 10;

/**
 * Whether a violation decides a verdict: finite, and more than {@link DECISIVE_MULTIPLE} times its
 * (finite, non-negative) tolerance. False for NaN and infinities: a non-finite value is an error,
 * never a verdict. Pure.
 * @public
 */
export function isDecisive(violation: number, tolerance: number): boolean {
  return (
    Number.isFinite(violation) &&
    Number.isFinite(tolerance) &&
    tolerance >= 0 &&
    violation > DECISIVE_MULTIPLE * tolerance
  );
}
