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

/** Garg & Vempala: FA from zero fits `Y` exactly once `r >= rank(Y)` and `B` is generic. */
export const claim: Claim<FactorizationCase> = {
  id: 'fa-reaches-optimum-when-r-ge-rank',
  expected: 'holds',
  statement: 'FA from zero reaches loss 0 when r >= rank(Y), for Gaussian B and a safe step size',
  hypotheses: ['r >= rank(Y)', hypotheses.bGeneric, hypotheses.faFromZero, hypotheses.safeEta],
  regimes: ['r=rank', 'r>rank', 'tall', 'wide', 'square', 'condition>=100'],
  /** Least shares of generated inputs per regime, checked by `fa-verify audit`. */
  regimeRequirements: {
    ...regimeShares.rankAtLeast,
    ...regimeShares.shape,
    ...regimeShares.spectrum,
    ...regimeShares.illConditioned,
  },
  unmetHypotheses: caseHypotheses({ rank: 'r>=k', genericB: true, start: 'zero' }),
  arbitrary: (maxSize) => factorizationCaseArbitrary({ maxSide: maxSize, rank: 'r>=k' }),
  ...lossAgainstTarget({
    target: () => 0,
    targetBound: () => 0,
    run: (c, target, solvers) => runFaFromCase(c, target, undefined, solvers),
    lossName: 'faLoss',
  }),
  classify: caseRegimes,
  describe: describeCase,
};
