import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import { evaluation, type Claim } from '../src/catalogue/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import { runFaFromCase } from '../src/catalogue/runFaFromCase.js';
import { tolerances } from '../src/catalogue/tolerances.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { optimalLoss } from '../src/theory/optimalLoss.js';
import { lossRecheck } from '../src/precision/lossRecheck.js';
import { optimalLossBound } from '../src/precision/optimalLossBound.js';

/**
 * A false statement: FA reaches the Eckart–Young optimum also when `r < rank(Y)`. THEORY.md closed
 * form 3 gives the smallest counterexample: `Y` 2 x 2 of rank 2, `r = 1`, where
 * `L_FA / L* = (g1^2 + g2^2) / (g1^2 + eps^2 g2^2) > 1` unless `b` is aligned with `u1`.
 */
export const claim: Claim<FactorizationCase> = {
  id: 'fa-reaches-optimum-for-every-r',
  expected: 'refuted',
  statement: 'FA from zero reaches the optimal loss L*(r) for every r, also when r < rank(Y)',
  hypotheses: [
    'FA from zero initialisation',
    'B generic: Gaussian perturbation of the coordinate axes, scaled 1/sqrt(n)',
    'safe step size eta = 0.4 (s1(Y) ||B||_2)^(-2/3)',
    'any r, any rank(Y), spectrum flat, geometric or power law with condition up to 1000',
  ],
  regimes: ['r<rank', 'r=rank', 'r>rank', 'tall', 'wide', 'square'],
  /** Least shares of generated inputs per regime, checked by `fa-verify audit`. */
  regimeRequirements: {
    'r<rank': 0.1,
    'r=rank': 0.05,
    'r>rank': 0.1,
    tall: 0.1,
    wide: 0.1,
    square: 0.1,
    'spectrum:flat': 0.1,
    'spectrum:geometric': 0.1,
    'spectrum:power-law': 0.1,
    'condition>=100': 0.05,
  },
  minimalCounterexample: { n: 2, m: 2, rankY: 2, r: 1 },
  arbitrary: (maxSize) => factorizationCaseArbitrary({ maxSide: maxSize, rank: 'any' }),
  evaluate(c) {
    const target = optimalLoss(c.Y, c.r);
    const yNormSq = c.s.reduce((acc, v) => acc + v * v, 0);
    const run = runFaFromCase(c, target);
    return evaluation((run.loss - target) / yNormSq, tolerances.lossTol, {
      faLoss: run.loss,
      optimalLoss: target,
      steps: run.steps,
      reason: run.reason,
    });
  },
  recheck(c) {
    const target = optimalLoss(c.Y, c.r);
    const run = runFaFromCase(c, target);
    return lossRecheck(c.Y, run.Z, run.W, target, optimalLossBound(c.Y, c.r), tolerances.lossTol);
  },
  classify: caseRegimes,
  describe: describeCase,
};
