import { caseHypotheses } from '../src/claim/caseHypotheses.js';
import { caseRegimeRequirements } from '../src/catalogue/caseRegimeRequirements.js';
import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import { evaluation, unfinished, type Claim } from '../src/claim/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import { tolerances } from '../src/solvers/tolerances.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { runFaFromCase } from '../src/solvers/runFaFromCase.js';
import { faLimit } from '../src/theory/faLimit.js';
import { hypotheses } from '../src/claim/hypotheses.js';

/** docs/theory.md §Closed forms (1): from zero, FA converges to `Y P_S`, `S = row(B^T Y)`, for every `r`. */
export const claim: Claim<FactorizationCase> = {
  id: 'fa-limit-closed-form',
  expected: 'holds',
  statement: 'FA from zero converges to Y P_S with S = row(B^T Y), for every r',
  hypotheses: [hypotheses.faFromZero, hypotheses.bGeneric, hypotheses.safeEta, 'any r, any rank(Y)'],
  regimes: ['r<rank', 'r=rank', 'r>rank', 'tall', 'wide', 'square', 'condition>=100'],
  /** Least shares of generated inputs per regime, checked by `fa-verify audit`. */
  regimeRequirements: caseRegimeRequirements,
  unmetHypotheses: caseHypotheses({ genericB: true, start: 'zero' }),
  arbitrary: (maxSize) => factorizationCaseArbitrary({ maxSide: maxSize, rank: 'any' }),
  evaluate(c, solvers) {
    const limit = faLimit(c.Y, c.B);
    const run = runFaFromCase(c, limit.loss, undefined, solvers);
    const distance = run.Z.mmul(run.W).sub(limit.product).norm('frobenius') / c.Y.norm('frobenius');
    const observed = {
      distanceToLimit: distance,
      faLoss: run.loss,
      limitLoss: limit.loss,
      steps: run.steps,
      reason: run.reason,
    };
    const ev = evaluation(distance, Math.sqrt(tolerances.lossTol), observed);
    // Still away from the limit when the budget ran out: the statement is about the run's end point.
    if (!ev.pass && run.reason === 'budget') {
      return unfinished(`the run did not converge within ${run.steps} steps`, observed);
    }
    return ev;
  },
  classify: caseRegimes,
  describe: describeCase,
};
