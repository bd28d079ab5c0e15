import { Matrix } from 'ml-matrix';
import { caseHypotheses } from '../src/claim/caseHypotheses.js';
import { regimeShares } from '../src/catalogue/caseRegimeRequirements.js';
import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import { kpDecay } from '../src/catalogue/kpDecay.js';
import { hypotheses } from '../src/claim/hypotheses.js';
import { evaluation, unfinished, type Claim } from '../src/claim/Claim.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { kp } from '../src/rules/kp.js';
import { solveCase } from '../src/solvers/solveCase.js';
import { tolerances } from '../src/solvers/tolerances.js';

/** Relative gap at `r` built into the spectrum, as `gd-reaches-optimum`'s: `s_{r+1} <= GAP s_r`. */
const GAP = 0.5;

/** Largest `||Z W - P_lambda||_F / ||Y||_F` accepted (docs/theory.md gives the reasoning). */
const DISTANCE_TOL = 1e-6;

/** `P_lambda = sum_{i <= r} (s_i - lambda)_+ u_i v_i^T`: the product of weight-decayed GD's optimum. */
function regularizedProduct(c: FactorizationCase, lambda: number): Matrix {
  let p = Matrix.zeros(c.n, c.m);
  for (let i = 0; i < Math.min(c.r, c.k); i++) {
    const shrunk = Math.max(c.s[i] - lambda, 0);
    p = p.add(c.U.getColumnVector(i).mmul(c.V.getColumnVector(i).transpose()).mul(shrunk));
  }
  return p;
}

/**
 * Kolen–Pollack with weight decay from zero reaches the minimiser of the weight-decayed loss,
 * `||Z W - Y||^2 / 2 + lambda (||Z||^2 + ||W||^2) / 2`, whose product is `sum_{i <= r} (s_i - lambda)_+
 * u_i v_i^T` (singular value shrinkage), for every `r`, also `r < rank(Y)` where FA does not: the
 * feedback becomes the forward weights (`kp-feedback-tracks-forward`), after which KP is GD with decay.
 * Under a relative gap at `r` (the minimiser is unique): with ties at `r` the run ends at another
 * minimiser with the same value, and near a tie it is slow (this suite found both, at flat spectra).
 */
export const claim: Claim<FactorizationCase> = {
  id: 'kp-reaches-regularized-optimum',
  expected: 'holds',
  statement:
    'KP with weight decay lambda from zero reaches the product sum_{i <= r} (s_i - lambda)_+ u_i v_i^T of weight-decayed GD, for every r',
  hypotheses: [
    'KP from zero initialisation',
    hypotheses.bGeneric,
    'a relative gap at r: s_{r+1} <= 0.5 s_r (the regularized optimum is unique)',
    'lambda = s_min(r, k) / 2 (every kept component survives the decay with margin)',
    'step size eta = min(0.4 (s1(Y) ||B||_2)^(-2/3), 0.25 / s1(Y))',
    'condition number s1 / s_k up to 100',
    'run until stationary (relative update 1e-13), at most 400000 steps',
  ],
  regimes: ['r<rank', 'r=rank', 'r>rank', 'tall', 'wide', 'square'],
  /** Least shares of generated inputs per regime, checked by `fa-verify audit`. */
  regimeRequirements: { ...regimeShares.rank, ...regimeShares.shape, ...regimeShares.spectrum },
  unmetHypotheses: caseHypotheses({ genericB: true, start: 'zero', gapRatio: GAP }),
  arbitrary: (maxSize) =>
    factorizationCaseArbitrary({ maxSide: maxSize, rank: 'any', gapRatio: GAP, maxCondition: 100 }),
  evaluate(c, solvers) {
    const { lambda, eta } = kpDecay(c);
    const run = solveCase(c.Y, c.r, c.B, c.Z0, c.W0, {
      rule: kp.withValues({ lambda }),
      eta,
      // Only stationarity: the loss passes below the regularized optimum's on the way (FA phase).
      stopping: {
        kind: 'until',
        maxSteps: tolerances.maxSteps,
        targetLoss: Number.NEGATIVE_INFINITY,
        stationaryTol: tolerances.stationaryTol,
      },
      ...(solvers === undefined ? {} : { solvers }),
    });
    const yNorm = Math.sqrt(c.s.reduce((a, v) => a + v * v, 0));
    const distance = Matrix.sub(run.Z.mmul(run.W), regularizedProduct(c, lambda)).norm('frobenius') / yNorm;
    const observed = { lambda, eta, distance, steps: run.steps, reason: run.reason };
    if (run.reason !== 'stationary' && !(distance <= DISTANCE_TOL)) {
      return unfinished(`the run did not settle (${run.reason} after ${run.steps} steps)`, observed);
    }
    return evaluation(distance, DISTANCE_TOL, observed);
  },
  classify: caseRegimes,
  describe: describeCase,
};
