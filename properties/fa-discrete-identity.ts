import fc from 'fast-check';
import { caseHypotheses } from '../src/claim/caseHypotheses.js';
import { caseRegimeRequirements } from '../src/catalogue/caseRegimeRequirements.js';
import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import { evaluation, unfinished, type Claim } from '../src/claim/Claim.js';
import { hypotheses } from '../src/claim/hypotheses.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { targetNormSquared } from '../src/generate/targetNormSquared.js';
import { toDense } from '../src/linalg/Dense.js';
import { fa } from '../src/rules/fa.js';
import { solveCase } from '../src/solvers/solveCase.js';
import { tolerances } from '../src/solvers/tolerances.js';
import { DiscreteIdentityAccount } from '../src/theory/discreteIdentityAccount.js';
import { faLimit } from '../src/theory/faLimit.js';
import { faStepSize } from '../src/theory/faStepSize.js';

/** The most steps a run takes (fewer when it reaches its FA limit or is stationary first). */
const MAX_STEPS = 2000;

/**
 * The tolerance, in ulp per step of the terms' size (times `K = n + m + r + 4`): the rounding
 * analysis of docs/theory.md §Claims `fa-discrete-identity` bounds the residual by
 * `8 u K sum_{s<t} w_s` ({@link DiscreteIdentityAccount}).
 */
const ULPS_PER_STEP = 8;

/**
 * Closed form (4) of docs/theory.md, the exact discrete law behind alignment: along discrete FA,
 * `Q = B^T Z + Z^T B - W W^T` obeys `Q_{t+1} = Q_t - eta^2 B^T E_t E_t^T B` exactly, so
 * `R_t = Q_t - Q_0 + eta^2 sum_{s<t} B^T E_s E_s^T B` is zero at every step in real arithmetic. The
 * claim runs FA (the solvers it is given, on the full matrices at every side) and watches every
 * iterate the loop updates, then the one it returns; the residual must stay within a rounding
 * allowance derived from the update (8 ulp per step of the terms' size, times `K = n + m + r + 4`).
 */
export const claim: Claim<FactorizationCase> = {
  id: 'fa-discrete-identity',
  expected: 'holds',
  statement:
    'Along discrete FA, Q = B^T Z + Z^T B - W W^T satisfies Q_t - Q_0 + eta^2 sum_{s<t} B^T E_s E_s^T B = 0 at every step, to rounding',
  hypotheses: [
    'FA from zero, or from small random factors 1e-3 (I + G), G Gaussian',
    hypotheses.bGeneric,
    hypotheses.safeEta,
    'any r, any rank(Y)',
    'every step checked, up to 2000 steps (fewer when the run reaches its FA limit or is stationary), on the full matrices at every side',
  ],
  regimes: ['r<rank', 'r=rank', 'r>rank', 'init:zero', 'init:small-random'],
  /** Least shares of generated inputs per regime, checked by `fa-verify audit`. */
  regimeRequirements: { ...caseRegimeRequirements, 'init:zero': 0.25, 'init:small-random': 0.25 },
  unmetHypotheses: caseHypotheses({ genericB: true }),
  arbitrary: (maxSize) =>
    fc.oneof(
      factorizationCaseArbitrary({ maxSide: maxSize }),
      factorizationCaseArbitrary({ maxSide: maxSize, init: 'small-random' }),
    ),
  evaluate(c, solvers) {
    const eta = faStepSize(c);
    const account = new DiscreteIdentityAccount(c.Y, c.B, eta);
    const run = solveCase(c.Y, c.r, c.B, c.Z0, c.W0, {
      rule: fa,
      eta,
      stopping: {
        kind: 'until',
        maxSteps: MAX_STEPS,
        targetLoss: faLimit(c.Y, c.B).loss + tolerances.solverTol * targetNormSquared(c),
        stationaryTol: tolerances.stationaryTol,
      },
      // The identity is about the iterates themselves: never in subspace coordinates.
      reduce: false,
      onStep: (_t, z, w) => account.observe(z, w),
      ...(solvers === undefined ? {} : { solvers }),
    });
    const observed = { steps: run.steps, reason: run.reason, eta };
    if (run.reason === 'diverged') {
      return unfinished(`the run diverged after ${run.steps} steps`, observed);
    }
    if (account.observed !== run.steps) {
      return unfinished(
        `the solver reported ${run.steps} steps but updated ${account.observed} iterates`,
        observed,
      );
    }
    // The returned factors are the last iterate, Z_T and W_T.
    account.observe(toDense(run.Z).data, toDense(run.W).data);
    return evaluation(account.worstRatio, ULPS_PER_STEP, {
      ...observed,
      worstStep: account.worstStep,
      largestRelativeResidual: account.worstRelative,
      residualAtEnd: account.residual,
      alignmentEnd: account.alignment,
      alignmentAccounted: account.predictedAlignment,
      drift: account.drift,
    });
  },
  classify: (c) => [...caseRegimes(c), c.Z0 === null ? 'init:zero' : 'init:small-random'],
  describe: describeCase,
};
