import { caseHypotheses } from '../src/claim/caseHypotheses.js';
import { regimeShares } from '../src/catalogue/caseRegimeRequirements.js';
import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import type { Claim } from '../src/claim/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import { lossAgainstTarget } from '../src/catalogue/lossAgainstTarget.js';
import { mixedShare } from '../src/catalogue/mixedShare.js';
import { hypotheses } from '../src/claim/hypotheses.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { targetNormSquared } from '../src/generate/targetNormSquared.js';
import { optimalLossBound } from '../src/precision/optimalLossBound.js';
import { mixed } from '../src/rules/mixed.js';
import { solveCase } from '../src/solvers/solveCase.js';
import { tolerances } from '../src/solvers/tolerances.js';
import { faStepSize } from '../src/theory/faStepSize.js';
import { gdStepSize } from '../src/theory/gdStepSize.js';
import { optimalLoss } from '../src/theory/optimalLoss.js';

/** Relative gap at `r`, as `gd-reaches-optimum`'s: the optimum is unique. */
const GAP = 0.5;

/**
 * Open: does any share of the true weights in the feedback repair FA's failure for `r < rank(Y)`?
 * `mixed` at `rho = 0` is FA, refuted for every `r` (`fa-reaches-optimum-for-every-r`); at `rho = 1`
 * it is GD, which reaches the optimum. No theorem covers `0 < rho < 1`; the suite answers it.
 */
export const claim: Claim<FactorizationCase> = {
  id: 'mixed-reaches-optimum-for-every-r',
  expected: 'open',
  statement:
    'Mixed feedback rho Z + (1 - rho) B with rho > 0 from zero reaches the optimal loss L*(r) for every r, also when r < rank(Y)',
  hypotheses: [
    'mixed from zero initialisation',
    hypotheses.bGeneric,
    'rho = 0.1, 0.5 or 0.9 (by n + m + r modulo 3)',
    'a relative gap at r: s_{r+1} <= 0.5 s_r (the best rank-r fit is unique)',
    'step size eta = min(0.4 (s1(Y) ||B||_2)^(-2/3), 0.25 / s1(Y))',
    'condition number s1 / s_k up to 100',
  ],
  regimes: ['r<rank', 'r=rank', 'r>rank', 'tall', 'wide', 'square'],
  regimeRequirements: { ...regimeShares.rank, ...regimeShares.shape, ...regimeShares.spectrum },
  unmetHypotheses: caseHypotheses({ genericB: true, start: 'zero', gapRatio: GAP }),
  arbitrary: (maxSize) =>
    factorizationCaseArbitrary({ maxSide: maxSize, rank: 'any', gapRatio: GAP, maxCondition: 100 }),
  ...lossAgainstTarget({
    target: (c) => optimalLoss(c.Y, c.r),
    targetBound: (c) => optimalLossBound(c.Y, c.r),
    run: (c, target, solvers) =>
      solveCase(c.Y, c.r, c.B, c.Z0, c.W0, {
        rule: mixed.withValues({ rho: mixedShare(c) }),
        eta: Math.min(faStepSize(c), gdStepSize(c.s[0])),
        stopping: {
          kind: 'until',
          maxSteps: tolerances.maxSteps,
          targetLoss: target + tolerances.solverTol * targetNormSquared(c),
          stationaryTol: tolerances.stationaryTol,
        },
        ...(solvers === undefined ? {} : { solvers }),
      }),
    lossName: 'mixedLoss',
  }),
  classify: caseRegimes,
  describe: describeCase,
};
