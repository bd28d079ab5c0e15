import { caseHypotheses } from '../src/claim/caseHypotheses.js';
import { regimeShares } from '../src/catalogue/caseRegimeRequirements.js';
import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import type { Claim } from '../src/claim/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import { lossAgainstTarget } from '../src/catalogue/lossAgainstTarget.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { targetNormSquared } from '../src/generate/targetNormSquared.js';
import { sign } from '../src/rules/sign.js';
import { solveCase } from '../src/solvers/solveCase.js';
import { tolerances } from '../src/solvers/tolerances.js';
import { gdStepSize } from '../src/theory/gdStepSize.js';

/**
 * Open: sign symmetry (backward `mean|Z| sign(Z)`) is reported to train as well as backpropagation in
 * deep networks [LLP16]; does it fit `Y` exactly once `r >= rank(Y)`, as FA does from zero?
 */
export const claim: Claim<FactorizationCase> = {
  id: 'sign-reaches-optimum-when-r-ge-rank',
  expected: 'open',
  statement: 'Sign symmetry from small random initial factors reaches loss 0 when r >= rank(Y)',
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
  ...lossAgainstTarget({
    target: () => 0,
    targetBound: () => 0,
    run: (c, target, solvers) =>
      solveCase(c.Y, c.r, null, c.Z0, c.W0, {
        rule: sign,
        eta: gdStepSize(c.s[0]),
        stopping: {
          kind: 'until',
          maxSteps: tolerances.maxSteps,
          targetLoss: target + tolerances.solverTol * targetNormSquared(c),
          stationaryTol: tolerances.stationaryTol,
        },
        ...(solvers === undefined ? {} : { solvers }),
      }),
    lossName: 'signLoss',
  }),
  classify: caseRegimes,
  describe: describeCase,
};
