import { Matrix } from 'ml-matrix';
import { gaussianSampler } from '../random/gaussianSampler.js';
import { seededUniform } from '../random/seededUniform.js';
import type { StopReason } from '../solve/StopReason.js';
import { fa as faRule } from '../rules/fa.js';
import { solve } from '../solve/solve.js';
import { faLimit } from '../theory/faLimit.js';
import { gaussianMatrix } from '../random/gaussianMatrix.js';
import { randomTarget } from '../random/randomTarget.js';
import { safeFaStepSize } from '../theory/safeFaStepSize.js';

/** One feedback draw of plot (c): FA loss over optimal loss, measured and in closed form. @internal */
export interface RatioSample {
  /** `g_i = u_i^T b`, the feedback's components along the left singular vectors of `Y`. */
  readonly g1: number;
  readonly g2: number;
  /** FA loss from a solver run, over `L* = eps^2`. */
  readonly measured: number;
  /** docs/theory.md §Closed forms (3): `(g1^2 + g2^2) / (g1^2 + eps^2 g2^2)`. */
  readonly predicted: number;
  /** `faLimit(Y, B).loss / L*`: closed form 1, which must agree with `predicted`. */
  readonly faLimit: number;
  readonly steps: number;
  readonly reason: StopReason;
}

/** Plot (c): the distribution of `L_FA / L*` over random feedback, for the rank-one separation family. @internal */
export interface RatioDistributionData {
  readonly seed: number;
  readonly n: number;
  readonly m: number;
  readonly r: number;
  /** `Y` has singular values `1` and `eps`; `L*(1) = eps^2`; the ratio lies in `[1, 1 / eps^2]`. */
  readonly eps: number;
  readonly draws: number;
  readonly maxSteps: number;
  readonly samples: readonly RatioSample[];
  /** `max |measured - predicted| / predicted` over the draws. */
  readonly maxMeasuredGap: number;
  /** `max |faLimit - predicted| / predicted` over the draws. */
  readonly maxClosedFormGap: number;
}

const N = 2;
const M = 2;
const EPS = 0.1;
const MAX_STEPS = 100_000;

const gap = (x: number, reference: number): number => Math.abs(x - reference) / reference;

/**
 * docs/theory.md §Closed forms (3): `Y` (`2 x 2`, singular values `1` and `eps = 0.1`, random frames) and
 * `r = 1`, FA from zero with the safe step for each of `draws` feedback columns `b ~ N(0, 1/n)`, run
 * until stationary. Each draw keeps the measured ratio `L_FA / L*`, the explicit formula, and the
 * general closed form {@link faLimit}. Everything comes from `seed`.
 * @internal
 */
export function ratioDistributionData(seed: number, draws: number): RatioDistributionData {
  const normal = gaussianSampler(seededUniform(`fa-verify report ${seed} ratio-distribution`));
  const { Y, U } = randomTarget(N, M, [1, EPS], normal);
  const optimal = EPS * EPS;
  const samples: RatioSample[] = [];
  for (let j = 0; j < draws; j++) {
    const B = gaussianMatrix(N, 1, 1 / Math.sqrt(N), normal);
    const g = U.transpose().mmul(new Matrix(B));
    const g1 = g.get(0, 0);
    const g2 = g.get(1, 0);
    const run = solve({
      Y: new Matrix(Y),
      r: 1,
      rule: faRule,
      eta: safeFaStepSize(1, new Matrix(B)),
      B: new Matrix(B),
      maxSteps: MAX_STEPS,
      tol: 0,
    });
    samples.push({
      g1,
      g2,
      measured: run.loss / optimal,
      predicted: (g1 * g1 + g2 * g2) / (g1 * g1 + EPS * EPS * g2 * g2),
      faLimit: faLimit(new Matrix(Y), new Matrix(B)).loss / optimal,
      steps: run.steps,
      reason: run.reason,
    });
  }
  return {
    seed,
    n: N,
    m: M,
    r: 1,
    eps: EPS,
    draws,
    maxSteps: MAX_STEPS,
    samples,
    maxMeasuredGap: Math.max(0, ...samples.map((s) => gap(s.measured, s.predicted))),
    maxClosedFormGap: Math.max(0, ...samples.map((s) => gap(s.faLimit, s.predicted))),
  };
}
