/** Units in the last place a recheck allows for rounding: the one place this allowance is stated. @public */
export const ROUNDING_ULPS = 1024;

/**
 * The rounding allowance of a comparison between quantities of the given magnitudes:
 * {@link ROUNDING_ULPS} units in the last place of the largest of them (the tolerance among them), so
 * that a violation of `1.0000003e-8` against a tolerance of `1e-8` is judged on the scale of `1e-8`,
 * not of 1. NaN when any magnitude is NaN. Pure.
 * @public
 */
export function roundingAllowance(...magnitudes: readonly number[]): number {
  let largest = 0;
  for (const x of magnitudes) {
    if (Number.isNaN(x)) return Number.NaN;
    largest = Math.max(largest, Math.abs(x));
  }
  return ROUNDING_ULPS * Number.EPSILON * largest;
}
