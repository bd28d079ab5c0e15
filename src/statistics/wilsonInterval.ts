/** A two-sided confidence interval for a proportion. @internal */
export interface ProportionInterval {
  readonly lower: number;
  readonly upper: number;
}

/**
 * The Wilson score interval for a proportion, from `successes` out of `trials` at the normal quantile
 * `z` (3.29 for 99.9 % two-sided):
 *
 *   centre = (p + z^2 / 2n) / (1 + z^2 / n),
 *   half   = z / (1 + z^2 / n) * sqrt(p (1 - p) / n + z^2 / 4n^2),     p = successes / n.
 *
 * Unlike the normal ("Wald") interval it stays inside [0, 1] and is honest at `p = 0` and `p = 1`,
 * which is where a regime that is never (or always) reached sits. With no trials it is `[0, 1]`.
 * Throws a RangeError on counts that are not integers with `0 <= successes <= trials`, or `z <= 0`.
 * Pure.
 * @internal
 */
export function wilsonInterval(successes: number, trials: number, z: number): ProportionInterval {
  if (!Number.isInteger(trials) || trials < 0)
    throw new RangeError(`trials: must be an integer >= 0, got ${trials}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > trials) {
    throw new RangeError(`successes: must be an integer in 0..${trials}, got ${successes}`);
  }
  if (!Number.isFinite(z) || z <= 0) throw new RangeError(`z: must be finite and > 0, got ${z}`);
  if (trials === 0) return { lower: 0, upper: 1 };
  const n = trials;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At p = 0 the lower bound is exactly 0, at p = 1 the upper is exactly 1: say so, not 1 - 1e-16.
  return {
    lower: successes === 0 ? 0 : Math.max(0, centre - half),
    upper: successes === n ? 1 : Math.min(1, centre + half),
  };
}
