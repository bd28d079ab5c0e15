import fc from 'fast-check';
import { Matrix } from 'ml-matrix';
import { caseHypotheses } from '../src/claim/caseHypotheses.js';
import { caseRegimeRequirements } from '../src/catalogue/caseRegimeRequirements.js';
import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import { kpDecay } from '../src/catalogue/kpDecay.js';
import { evaluation, unfinished, type Claim } from '../src/claim/Claim.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { kp } from '../src/rules/kp.js';
import { solveCase } from '../src/solvers/solveCase.js';

/** Steps of the run, taken in `SEGMENTS` calls of the solver (the state `Z, W, B` carried across). */
const STEPS = 200;
const SEGMENTS = 10;

/**
 * Rounding allowance per step, in units of `u (||Z|| + ||B||)`: the derivation in docs/theory.md
 * (`kp-feedback-tracks-forward`, Judged) gives 8 per step for the two updates, doubled for the steps
 * between the checkpoints where the norms are read.
 */
const UNITS_PER_STEP = 16;

/** Half the machine epsilon: the unit roundoff `u`. */
const U = Number.EPSILON / 2;

/**
 * Kolen–Pollack trains its feedback with the later layer's own update, so the difference only decays:
 * `Z_t - B_t = (1 - eta lambda)^t (Z_0 - B_0)`, exactly in real arithmetic, whatever `Y`, `r` and the
 * start (docs/theory.md §Closed forms (7)). The claim runs 200 steps in 10 calls of the solver,
 * carrying `Z`, `W` and the returned `B` across, and checks the identity at every call's end against a
 * rounding bound derived from the update (docs/theory.md).
 */
export const claim: Claim<FactorizationCase> = {
  id: 'kp-feedback-tracks-forward',
  expected: 'holds',
  statement:
    'KP with weight decay lambda keeps Z_t - B_t = (1 - eta lambda)^t (Z_0 - B_0) at every step, to rounding',
  hypotheses: [
    'KP from zero, or from small random factors 1e-3 (I + G), G Gaussian; B_0 the Gaussian feedback of the instance',
    'lambda = s_min(r, k) / 2, or lambda = 0 when n + m is even',
    'step size eta = min(0.4 (s1(Y) ||B||_2)^(-2/3), 0.25 / s1(Y))',
    '200 steps, checked every 20',
  ],
  regimes: ['r<rank', 'r=rank', 'r>rank', 'init:zero', 'init:small-random', 'lambda=0', 'lambda>0'],
  /** Least shares of generated inputs per regime, checked by `fa-verify audit`. */
  regimeRequirements: {
    ...caseRegimeRequirements,
    'init:zero': 0.25,
    'init:small-random': 0.25,
    'lambda=0': 0.25,
    'lambda>0': 0.25,
  },
  unmetHypotheses: caseHypotheses({}),
  arbitrary: (maxSize) =>
    fc.oneof(
      factorizationCaseArbitrary({ maxSide: maxSize }),
      factorizationCaseArbitrary({ maxSide: maxSize, init: 'small-random' }),
    ),
  evaluate(c, solvers) {
    const { lambda, eta } = kpDecay(c, true);
    const rule = kp.withValues({ lambda });
    const d0 = Matrix.sub(c.Z0 ?? Matrix.zeros(c.n, c.r), c.B);
    const d0Norm = d0.norm('frobenius');
    let z = c.Z0;
    let w = c.W0;
    let b = c.B;
    let normMax = (z?.norm('frobenius') ?? 0) + b.norm('frobenius');
    let worst = 0;
    let worstGap = 0;
    const per = STEPS / SEGMENTS;
    for (let t = per; t <= STEPS; t += per) {
      const run = solveCase(c.Y, c.r, b, z, w, {
        rule,
        eta,
        stopping: { kind: 'steps', steps: per },
        ...(solvers === undefined ? {} : { solvers }),
      });
      if (run.reason === 'diverged' || run.steps !== per) {
        return unfinished(`the run stopped early (${run.reason} after ${t - per + run.steps} steps)`, {
          lambda,
          eta,
        });
      }
      z = run.Z;
      w = run.W;
      // A solver that returns no trained feedback has left B where it was.
      b = run.feedback ?? b;
      normMax = Math.max(normMax, z.norm('frobenius') + b.norm('frobenius'));
      const gap = Matrix.sub(Matrix.sub(z, b), Matrix.mul(d0, (1 - eta * lambda) ** t)).norm('frobenius');
      // u (||Z|| + ||B||) per update, 16 a step (docs/theory.md), plus (t + 3) u ||Z_0 - B_0|| for the power.
      const allowance = UNITS_PER_STEP * t * U * normMax + (t + 3) * U * d0Norm;
      if (gap / allowance > worst || !(gap <= allowance)) {
        worst = gap / allowance;
        worstGap = gap;
      }
    }
    return evaluation(worst, 1, {
      lambda,
      eta,
      steps: STEPS,
      largestDeviation: worstGap,
      largestNorm: normMax,
    });
  },
  classify: (c) => [
    ...caseRegimes(c),
    c.Z0 === null ? 'init:zero' : 'init:small-random',
    kpDecay(c, true).lambda === 0 ? 'lambda=0' : 'lambda>0',
  ],
  describe: describeCase,
};
