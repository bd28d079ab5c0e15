import { Matrix } from 'ml-matrix';
import { gaussianMatrix } from '../random/gaussianMatrix.js';
import { gaussianSampler } from '../random/gaussianSampler.js';
import { randomTarget } from '../random/randomTarget.js';
import { seededUniform } from '../random/seededUniform.js';
import { faLimit } from '../theory/faLimit.js';

/** The ranks of plot (c2), doubling from 1 to 64, and the two values of `eps`. */
const RANKS = [1, 2, 4, 8, 16, 32, 64];
const EPSILONS = [0.1, 0.01];
/** The separation the high-probability claims ask for. */
const FAR = 5;

/** The ratios `L_FA / L*` of one `(r, eps)` of plot (c2), sorted, and their summary. @internal */
export interface RatioByRankRow {
  readonly r: number;
  readonly eps: number;
  /** `L_FA / L*(r)` for each feedback draw, ascending. */
  readonly ratios: readonly number[];
  readonly min: number;
  readonly median: number;
  readonly max: number;
  /** The share of draws with `L_FA / L* >= 5`: what `fa-typically-far-from-optimal` bounds below. */
  readonly far: number;
}

/** Plot (c2): the distribution of `L_FA / L*` against `r`, the numbers of closed form (6). @internal */
export interface RatioByRankData {
  readonly seed: number;
  readonly draws: number;
  readonly rows: readonly RatioByRankRow[];
}

const quantile = (sorted: readonly number[], q: number): number => {
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
};

/**
 * docs/theory.md §Closed forms (6): for each `r` in 1, 2, ..., 64 and `eps` in 0.1, 0.01, a target
 * `Y` (`2r x 2r`, Haar frames) with `r` singular values 1 and `r` singular values `eps`, and `draws`
 * i.i.d. Gaussian feedback matrices `B ~ N(0, 1 / n)` (`n x r`); for each, `L_FA` from closed form (1)
 * and `L*(r) = r eps^2` (the tail of the spectrum the target is built with). The law the claims
 * `fa-typically-far-from-optimal` and `fa-typically-far-at-rank-one` draw from, by `r`. Everything
 * comes from `seed`.
 * @internal
 */
export function ratioByRankData(seed: number, draws: number): RatioByRankData {
  const normal = gaussianSampler(seededUniform(`fa-verify report ${seed} ratio-by-rank`));
  const rows: RatioByRankRow[] = [];
  for (const eps of EPSILONS) {
    for (const r of RANKS) {
      const n = 2 * r;
      const s = [...Array<number>(r).fill(1), ...Array<number>(r).fill(eps)];
      const Y = new Matrix(randomTarget(n, n, s, normal).Y);
      const optimal = r * eps * eps;
      const ratios: number[] = [];
      for (let j = 0; j < draws; j++) {
        const B = new Matrix(gaussianMatrix(n, r, 1 / Math.sqrt(n), normal));
        ratios.push(faLimit(Y, B).loss / optimal);
      }
      ratios.sort((a, b) => a - b);
      rows.push({
        r,
        eps,
        ratios,
        min: ratios[0],
        median: quantile(ratios, 0.5),
        max: ratios[ratios.length - 1],
        far: ratios.filter((x) => x >= FAR).length / ratios.length,
      });
    }
  }
  return { seed, draws, rows };
}
