import { caseHypotheses } from '../src/claim/caseHypotheses.js';
import { caseRegimeRequirements } from '../src/catalogue/caseRegimeRequirements.js';
import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import type { Claim } from '../src/claim/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import { runFaFromCase } from '../src/solvers/runFaFromCase.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { optimalLoss } from '../src/theory/optimalLoss.js';
import { optimalLossBound } from '../src/precision/optimalLossBound.js';
import { hypotheses } from '../src/claim/hypotheses.js';
import { lossAgainstTarget } from '../src/catalogue/lossAgainstTarget.js';

/**
 * A false statement: FA reaches the Eckart–Young optimum also when `r < rank(Y)`. docs/theory.md
 * §Closed forms (3) gives the smallest counterexample: `Y` 2 x 2 of rank 2, `r = 1`, where
 * `L_FA / L* = (g1^2 + g2^2) / (g1^2 + eps^2 g2^2) > 1` unless `b` is aligned with `u1`.
 */
export const claim: Claim<FactorizationCase> = {
  id: 'fa-reaches-optimum-for-every-r',
  expected: 'refuted',
  statement: 'FA from zero reaches the optimal loss L*(r) for every r, also when r < rank(Y)',
  hypotheses: [
    hypotheses.faFromZero,
    hypotheses.bGeneric,
    hypotheses.safeEta,
    'any r, any rank(Y), spectrum flat, geometric or power law with condition up to 1000',
  ],
  regimes: ['r<rank', 'r=rank', 'r>rank', 'tall', 'wide', 'square'],
  /** Least shares of generated inputs per regime, checked by `fa-verify audit`. */
  regimeRequirements: caseRegimeRequirements,
  minimalCounterexample: { n: 2, m: 2, rankY: 2, r: 1 },
  unmetHypotheses: caseHypotheses({ genericB: true, start: 'zero' }),
  arbitrary: (maxSize) => factorizationCaseArbitrary({ maxSide: maxSize, rank: 'any' }),
  ...lossAgainstTarget({
    target: (c) => optimalLoss(c.Y, c.r),
    targetBound: (c) => optimalLossBound(c.Y, c.r),
    run: (c, target, solvers) => runFaFromCase(c, target, undefined, solvers),
    lossName: 'faLoss',
  }),
  classify: caseRegimes,
  describe: describeCase,
};
