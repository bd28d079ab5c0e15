import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import { evaluation, type Claim } from '../src/catalogue/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import { tolerances } from '../src/catalogue/tolerances.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { runFaFromCase } from '../src/catalogue/runFaFromCase.js';
import { lossRecheck } from '../src/precision/lossRecheck.js';

/** Garg & Vempala: FA from zero fits `Y` exactly once `r >= rank(Y)` and `B` is generic. */
export const claim: Claim<FactorizationCase> = {
  id: 'fa-reaches-optimum-when-r-ge-rank',
  expected: 'holds',
  statement: 'FA from zero reaches loss 0 when r >= rank(Y), for Gaussian B and a safe step size',
  hypotheses: [
    'r >= rank(Y)',
    'B generic: Gaussian perturbation of the coordinate axes, scaled 1/sqrt(n)',
    'FA from zero initialisation',
    'safe step size eta = 0.4 (s1(Y) ||B||_2)^(-2/3)',
  ],
  regimes: ['r=rank', 'r>rank', 'tall', 'wide', 'square', 'condition>=100'],
  /** Least shares of generated inputs per regime, checked by `fa-verify audit`. */
  regimeRequirements: {
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
  arbitrary: (maxSize) => factorizationCaseArbitrary({ maxSide: maxSize, rank: 'r>=k' }),
  evaluate(c) {
    const yNormSq = c.s.reduce((acc, v) => acc + v * v, 0);
    const run = runFaFromCase(c, 0);
    return evaluation(run.loss / yNormSq, tolerances.lossTol, {
      faLoss: run.loss,
      steps: run.steps,
      reason: run.reason,
    });
  },
  recheck(c) {
    const run = runFaFromCase(c, 0);
    return lossRecheck(c.Y, run.Z, run.W, 0, 0, tolerances.lossTol);
  },
  classify: caseRegimes,
  describe: describeCase,
};
