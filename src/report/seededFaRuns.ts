import { Matrix } from 'ml-matrix';
import { toDense } from '../linalg/Dense.js';
import { gaussianMatrix } from '../random/gaussianMatrix.js';
import { gaussianSampler } from '../random/gaussianSampler.js';
import { randomTarget } from '../random/randomTarget.js';
import { seededUniform } from '../random/seededUniform.js';
import { fa as faRule } from '../rules/fa.js';
import { solveDense, type SolveResult } from '../solve/solveDense.js';
import { safeFaStepSize } from '../theory/safeFaStepSize.js';

/** The seeded case of a report plot and how its FA runs go (see {@link seededFaRuns}). @internal */
export interface SeededFaRunsOptions {
  /** The report's seed. */
  readonly seed: number;
  /** The plot's random stream: `Y` and every `B` are drawn from `fa-verify report <seed> <stream>`. */
  readonly stream: string;
  readonly n: number;
  readonly m: number;
  readonly r: number;
  /** The singular values of `Y`, the largest first (so `rank(Y)` is their count). */
  readonly singularValues: readonly number[];
  /** Feedback draws `B ~ N(0, 1/n)`, one run each (default 1). */
  readonly feedbackDraws?: number;
  readonly steps: number;
  /** The runs' trace (loss and alignment) every this many steps; 0 for none. */
  readonly traceEvery: number;
  /**
   * Called with every iterate of run `run` (`Z`, `W` row-major, before each step): the runs then go
   * on the full matrices, so that the iterates are `Z` and `W` themselves; without it, in the
   * feedback subspaces when that pays, as `solve` runs FA.
   */
  readonly onStep?: (z: Float64Array, w: Float64Array, run: number) => void;
}

/** A plot's seeded case and its FA runs. @internal */
export interface SeededFaRuns {
  /** The target, `n x m`, with the given singular values and seeded singular vectors. */
  readonly Y: Matrix;
  /** The feedback draws, `n x r`, in the order drawn (after `Y`, from the same stream). */
  readonly feedbacks: readonly Matrix[];
  /** The smallest safe step size over the draws, the one of every run (so that steps compare). */
  readonly eta: number;
  /** FA from zero for `steps` steps with each feedback, in the same order. */
  readonly runs: readonly SolveResult[];
}

/**
 * The FA runs of a report plot: a seeded target `Y` of the given spectrum (`randomTarget`), then
 * `feedbackDraws` feedbacks `B ~ N(0, 1/n)` from the same stream, and FA from zero with each, at the
 * smallest of their safe step sizes, for a fixed number of steps, traced or observed step by step.
 * Deterministic: everything comes from the seed and the stream's name.
 * @internal
 */
export function seededFaRuns(o: SeededFaRunsOptions): SeededFaRuns {
  const normal = gaussianSampler(seededUniform(`fa-verify report ${o.seed} ${o.stream}`));
  const Y = new Matrix(randomTarget(o.n, o.m, o.singularValues, normal).Y);
  const feedbacks = Array.from(
    { length: o.feedbackDraws ?? 1 },
    () => new Matrix(gaussianMatrix(o.n, o.r, 1 / Math.sqrt(o.n), normal)),
  );
  const eta = Math.min(...feedbacks.map((B) => safeFaStepSize(o.singularValues[0], B)));
  const y = toDense(Y);
  const onStep = o.onStep;
  const runs = feedbacks.map((B, j) =>
    solveDense({
      y,
      r: o.r,
      rule: faRule,
      eta,
      b: toDense(B),
      z0: null,
      w0: null,
      stopping: { kind: 'steps', steps: o.steps },
      divergenceFactor: 1e6,
      traceEvery: o.traceEvery,
      reduce: onStep === undefined,
      ...(onStep === undefined
        ? {}
        : { onStep: (_t: number, z: Float64Array, w: Float64Array) => onStep(z, w, j) }),
    }),
  );
  return { Y, feedbacks, eta, runs };
}
