import { inverseNormalCdf } from '../generate/inverseNormalCdf.js';

/**
 * The standard normal quantile of a two-sided interval at `certainty` (`0 < certainty < 1`):
 * `Phi^{-1}(1 - (1 - certainty) / 2)`, e.g. 3.29 for 99.9 %. Throws a RangeError outside (0, 1).
 * Pure.
 * @internal
 */
export function twoSidedZ(certainty: number): number {
  if (Number.isNaN(certainty) || certainty <= 0 || certainty >= 1)
    throw new RangeError(`certainty: must be in (0, 1), got ${certainty}`);
  return inverseNormalCdf(1 - (1 - certainty) / 2);
}
