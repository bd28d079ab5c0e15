import { caseHypotheses } from '../src/claim/caseHypotheses.js';
import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import type { Claim } from '../src/claim/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { runFaFromCase } from '../src/solvers/runFaFromCase.js';
import { hypotheses } from '../src/claim/hypotheses.js';
import { lossAgainstTarget } from '../src/catalogue/lossAgainstTarget.js';
import { regimeShares } from '../src/catalogue/caseRegimeRequirements.js';

/**
 * A false statement: FA fits `Y` for `r >= rank(Y)` whatever the feedback. A feedback with
 * `rank(B^T Y) < rank(Y)` (a repeated column, or `B` orthogonal to the columns of `Y`) confines the
 * rows of `W` to a smaller subspace, so the loss stays at `||Y (I - P_S)||^2 > 0`.
 */
export const claim: Claim<FactorizationCase> = {
  id: 'fa-reaches-optimum-with-any-feedback',
  expected: 'refuted',
  statement: 'FA from zero reaches loss 0 when r >= rank(Y), whatever the feedback B',
  hypotheses: [
    'r >= rank(Y)',
    'B from any family: generic, orthonormal, a repeated column, orthogonal to the columns of Y',
    hypotheses.faFromZero,
    'safe step size eta = 0.4 (s1(Y) max(||B||_2, 0.1))^(-2/3)',
  ],
  regimes: ['r=rank', 'r>rank', 'feedback:repeated-column', 'feedback:orthogonal-to-target'],
  /** Least shares of generated inputs per regime, checked by `fa-verify audit`. */
  regimeRequirements: {
    'feedback:orthonormal': 0.1,
    'feedback:repeated-column': 0.1,
    'feedback:orthogonal-to-target': 0.1,
    ...regimeShares.rankAtLeast,
    ...regimeShares.shape,
    ...regimeShares.spectrum,
    ...regimeShares.illConditioned,
  },
  minimalCounterexample: { n: 1, m: 1, rankY: 1, r: 1 },
  unmetHypotheses: caseHypotheses({ rank: 'r>=k', start: 'zero' }),
  arbitrary: (maxSize) =>
    factorizationCaseArbitrary({
      maxSide: maxSize,
      rank: 'r>=k',
      feedback: ['gaussian', 'orthonormal', 'repeated-column', 'orthogonal-to-target'],
    }),
  ...lossAgainstTarget({
    target: () => 0,
    targetBound: () => 0,
    run: (c, target, solvers) => runFaFromCase(c, target, undefined, solvers),
    lossName: 'faLoss',
  }),
  classify: caseRegimes,
  describe: describeCase,
};
