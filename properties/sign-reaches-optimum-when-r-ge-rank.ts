import { caseHypotheses } from '../src/claim/caseHypotheses.js';
import { evaluation } from '../src/claim/Claim.js';
import { regimeShares } from '../src/catalogue/caseRegimeRequirements.js';
import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import type { Claim } from '../src/claim/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { targetNormSquared } from '../src/generate/targetNormSquared.js';
import { sign } from '../src/rules/sign.js';
import { solveCase } from '../src/solvers/solveCase.js';
import { tolerances } from '../src/solvers/tolerances.js';
import { gdStepSize } from '../src/theory/gdStepSize.js';

/** The step budget: the statement is about reaching 0 within it (GD takes at most about 1000 here). */
const STEPS = 5000;

/**
 * Open: sign symmetry (backward `mean|Z| sign(Z)`) is reported to train as well as backpropagation in
 * deep networks [LLP16]; does it fit `Y` exactly once `r >= rank(Y)`, as FA does from zero?
 */
export const claim: Claim<FactorizationCase> = {
  id: 'sign-reaches-optimum-when-r-ge-rank',
  expected: 'open',
  statement:
    'Sign symmetry from small random initial factors reaches loss 0 within 5000 steps when r >= rank(Y)',
  hypotheses: [
    'r >= rank(Y)',
    'initial factors small and random: 1e-3 (I + G), G Gaussian',
    'step size eta = 0.25 / s1(Y)',
    'condition number s1 / s_k up to 100',
  ],
  regimes: ['r=rank', 'r>rank', 'tall', 'wide', 'square'],
  regimeRequirements: { ...regimeShares.rankAtLeast, ...regimeShares.shape, ...regimeShares.spectrum },
  unmetHypotheses: caseHypotheses({ rank: 'r>=k', start: 'small-random' }),
  arbitrary: (maxSize) =>
    factorizationCaseArbitrary({ maxSide: maxSize, rank: 'r>=k', maxCondition: 100, init: 'small-random' }),
  // A run still above loss 0 after its budget is a finding here (the statement bounds the steps), not
  // an error: sign can be slow, and a budget of 400000 steps made a check take minutes.
  evaluate(c, solvers) {
    const yNormSq = targetNormSquared(c);
    const run = solveCase(c.Y, c.r, null, c.Z0, c.W0, {
      rule: sign,
      eta: gdStepSize(c.s[0]),
      stopping: {
        kind: 'until',
        maxSteps: STEPS,
        targetLoss: tolerances.solverTol * yNormSq,
        stationaryTol: tolerances.stationaryTol,
      },
      ...(solvers === undefined ? {} : { solvers }),
    });
    const loss = run.Z.mmul(run.W).sub(c.Y).norm('frobenius') ** 2;
    return evaluation(loss / yNormSq, tolerances.lossTol, {
      signLoss: loss,
      steps: run.steps,
      reason: run.reason,
    });
  },
  classify: caseRegimes,
  describe: describeCase,
};
