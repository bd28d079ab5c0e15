import fc from 'fast-check';
import { inverseNormalCdf } from './inverseNormalCdf.js';

/** Resolution of the underlying integer: `2^20` levels on each side of zero. */
const LEVELS = 1 << 20;

/**
 * Standard normal draws that shrink toward 0: an unbiased integer `i` in `[-L, L]` mapped through the
 * normal quantile at `(i + L + 1/2) / (2L + 1)`, so `i = 0` is exactly 0 and smaller `|i|` is nearer 0.
 * `fc.noBias` keeps the distribution Gaussian (fast-check's bias toward small integers would pile mass
 * near 0). Generation is by fast-check's seeded randomness; the value is a pure function of `i`.
 * @public
 */
export function gaussianArbitrary(): fc.Arbitrary<number> {
  return fc
    .noBias(fc.integer({ min: -LEVELS, max: LEVELS }))
    .map((i) => (i === 0 ? 0 : inverseNormalCdf((i + LEVELS + 0.5) / (2 * LEVELS + 1))));
}
