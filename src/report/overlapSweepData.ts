import { Matrix } from 'ml-matrix';
import { gaussianSampler } from '../random/gaussianSampler.js';
import { seededUniform } from '../random/seededUniform.js';
import { fa as faRule } from '../rules/fa.js';
import { gd as gdRule } from '../rules/gd.js';
import { solve } from '../solve/solve.js';
import { representationOverlap } from '../theory/representationOverlap.js';
import { gaussianMatrix } from '../random/gaussianMatrix.js';
import { randomTarget } from '../random/randomTarget.js';
import { safeFaStepSize } from '../theory/safeFaStepSize.js';

/** One target of plot (d): GD and FA trained on it, and the overlap of their hidden layers. @internal */
export interface OverlapPoint {
  readonly rank: number;
  /** `rank(Y) / r`. */
  readonly ratio: number;
  /** The draw's index at this rank (0-based). */
  readonly draw: number;
  /** `||P_GD P_FA||_F^2 / r` of the two hidden layers `W`. */
  readonly overlap: number;
  readonly gdLoss: number;
  readonly faLoss: number;
  /** `L*(r) = rank - r` for the flat spectrum. */
  readonly optimalLoss: number;
}

/** Plot (d): representation overlap of GD and FA against `rank(Y) / r`, flat spectra. @internal */
export interface OverlapSweepData {
  readonly seed: number;
  readonly n: number;
  readonly m: number;
  readonly r: number;
  readonly ranks: readonly number[];
  readonly drawsPerRank: number;
  readonly maxSteps: number;
  readonly etaGd: number;
  readonly initScale: number;
  readonly points: readonly OverlapPoint[];
  /** `max |L_GD - L_FA| / ||Y||_F^2` over the points: how nearly equal the two losses are. */
  readonly maxLossGap: number;
}

const N = 12;
const M = 10;
const R = 2;
const RANKS = [2, 3, 4, 6, 8, 10];
const DRAWS_PER_RANK = 12;
const MAX_STEPS = 20_000;
const ETA_GD = 0.25;
const INIT_SCALE = 1e-3;

/**
 * For each rank `k` of {@link OverlapSweepData.ranks} and each of twelve draws: a `12 x 10` target with a
 * flat spectrum (`k` singular values 1), GD from small random factors and FA from zero (safe step,
 * feedback `N(0, 1/n)`), both run to `L*(r)`; then the overlap of their hidden layers. Both reach the
 * same loss, yet the overlap falls like `r / k`. Everything comes from `seed`.
 * @internal
 */
export function overlapSweepData(seed: number): OverlapSweepData {
  const normal = gaussianSampler(seededUniform(`fa-verify report ${seed} overlap-sweep`));
  const points: OverlapPoint[] = [];
  for (const rank of RANKS) {
    for (let draw = 0; draw < DRAWS_PER_RANK; draw++) {
      const { Y } = randomTarget(
        N,
        M,
        Array.from({ length: rank }, () => 1),
        normal,
      );
      const B = gaussianMatrix(N, R, 1 / Math.sqrt(N), normal);
      const common = { Y: new Matrix(Y), r: R, maxSteps: MAX_STEPS, tol: 1e-10 };
      const gd = solve({
        ...common,
        rule: gdRule,
        eta: ETA_GD,
        init: { scale: INIT_SCALE, seed: `fa-verify report ${seed} overlap-sweep gd-init ${rank} ${draw}` },
      });
      const fa = solve({ ...common, rule: faRule, eta: safeFaStepSize(1, new Matrix(B)), B: new Matrix(B) });
      points.push({
        rank,
        ratio: rank / R,
        draw,
        overlap: representationOverlap(gd.W, fa.W, R),
        gdLoss: gd.loss,
        faLoss: fa.loss,
        optimalLoss: rank - R,
      });
    }
  }
  const maxLossGap = Math.max(0, ...points.map((p) => Math.abs(p.gdLoss - p.faLoss) / p.rank));
  return {
    seed,
    n: N,
    m: M,
    r: R,
    ranks: RANKS,
    drawsPerRank: DRAWS_PER_RANK,
    maxSteps: MAX_STEPS,
    etaGd: ETA_GD,
    initScale: INIT_SCALE,
    points,
    maxLossGap,
  };
}
