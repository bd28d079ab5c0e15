import fc from 'fast-check';
import { Matrix } from 'ml-matrix';
import type { FactorizationCase } from './FactorizationCase.js';
import { feedbackMatrix } from './feedbackMatrix.js';
import { gaussianGridArbitrary } from './gaussianGridArbitrary.js';
import { orthonormalFrame } from './orthonormalFrame.js';

/** The largest `eps` of a two-level spectrum, and the share of draws put exactly there. */
export const TWO_LEVEL_MAX_EPS = 0.1;

/** Constraints of {@link twoLevelCaseArbitrary}. @public */
export interface TwoLevelConstraints {
  /** Least and largest `r` (the target has rank `2 r`). */
  readonly minR: number;
  readonly maxR: number;
  /** Largest side; at least `2 minR`. */
  readonly maxSide: number;
}

/**
 * Targets with `r` singular values 1 and `r` singular values `eps` (`k = 2 r`, the family of
 * docs/theory.md §Closed forms (6)) and an i.i.d. Gaussian feedback `B ~ N(0, 1 / n)` (`n x r`), FA
 * from zero. Half the draws (under `fc.noBias`) put `eps` at its bound 0.1, where FA is least far from
 * optimal; the rest spread it log-uniformly over `[1e-3, 0.1)`. `r` is uniform in
 * `[minR, min(maxR, maxSide / 2)]`, the sides in `[2 r, maxSide]`. Throws a RangeError naming
 * `maxSide` when it is below `2 minR`. Pure mapping of shrinkable parts.
 * @public
 */
export function twoLevelCaseArbitrary(o: TwoLevelConstraints): fc.Arbitrary<FactorizationCase> {
  if (!Number.isInteger(o.minR) || o.minR < 1)
    throw new RangeError(`minR must be an integer >= 1, got ${o.minR}`);
  if (!Number.isInteger(o.maxR) || o.maxR < o.minR)
    throw new RangeError(`maxR must be an integer >= minR = ${o.minR}, got ${o.maxR}`);
  const top = Math.min(o.maxR, Math.floor(o.maxSide / 2));
  if (!Number.isInteger(o.maxSide) || top < o.minR)
    throw new RangeError(
      `maxSide must be an integer >= ${2 * o.minR} (r >= ${o.minR}, rank 2r), got ${o.maxSide}`,
    );
  const grid = gaussianGridArbitrary(o.maxSide);
  return fc
    .record({
      rRaw: fc.integer({ min: 0, max: top - o.minR }),
      epsLevel: fc.integer({ min: 0, max: 999 }),
      nRaw: fc.integer({ min: 0, max: o.maxSide - 2 * o.minR }),
      mRaw: fc.integer({ min: 0, max: o.maxSide - 2 * o.minR }),
      gU: grid,
      gV: grid,
      gB: grid,
    })
    .map((p) => {
      const r = o.minR + p.rRaw;
      const k = 2 * r;
      // Levels 0..499 spread eps log-uniformly over [1e-3, 0.1); 500..999 put it at 0.1.
      const eps = p.epsLevel >= 500 ? TWO_LEVEL_MAX_EPS : 10 ** (-3 + (2 * p.epsLevel) / 500);
      const n = Math.min(o.maxSide, k + p.nRaw);
      const m = Math.min(o.maxSide, k + p.mRaw);
      const s = [...Array<number>(r).fill(1), ...Array<number>(r).fill(eps)];
      const U = orthonormalFrame(n, k, p.gU, o.maxSide);
      const V = orthonormalFrame(m, k, p.gV, o.maxSide);
      return {
        n,
        m,
        k,
        r,
        s,
        spectrum: 'two-level' as const,
        condition: 1 / eps,
        Y: U.mmul(Matrix.diag(s)).mmul(V.transpose()),
        U,
        V,
        B: feedbackMatrix('iid-gaussian', n, r, p.gB, o.maxSide, U),
        feedback: 'iid-gaussian' as const,
        Z0: null,
        W0: null,
      };
    });
}
