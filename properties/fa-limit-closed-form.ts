import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import { evaluation, type Claim } from '../src/catalogue/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import { tolerances } from '../src/catalogue/tolerances.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { runFaFromCase } from '../src/catalogue/runFaFromCase.js';
import { faLimit } from '../src/theory/faLimit.js';

/** THEORY.md closed form 1: from zero, FA converges to `Y P_S`, `S = row(B^T Y)`, for every `r`. */
export const claim: Claim<FactorizationCase> = {
  id: 'fa-limit-closed-form',
  expected: 'holds',
  statement: 'FA from zero converges to Y P_S with S = row(B^T Y), for every r',
  hypotheses: [
    'FA from zero initialisation',
    'B generic: Gaussian perturbation of the coordinate axes, scaled 1/sqrt(n)',
    'safe step size eta = 0.4 (s1(Y) ||B||_2)^(-2/3)',
    'any r, any rank(Y)',
  ],
  regimes: ['r<rank', 'r=rank', 'r>rank', 'tall', 'wide', 'square', 'condition>=100'],
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
  arbitrary: (maxSize) => factorizationCaseArbitrary({ maxSide: maxSize, rank: 'any' }),
  evaluate(c) {
    const limit = faLimit(c.Y, c.B);
    const run = runFaFromCase(c, limit.loss);
    const distance = run.Z.mmul(run.W).sub(limit.product).norm('frobenius') / c.Y.norm('frobenius');
    return evaluation(distance, Math.sqrt(tolerances.lossTol), {
      distanceToLimit: distance,
      faLoss: run.loss,
      limitLoss: limit.loss,
      steps: run.steps,
      reason: run.reason,
    });
  },
  classify: caseRegimes,
  describe: describeCase,
};
