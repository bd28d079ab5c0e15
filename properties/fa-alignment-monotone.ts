import { caseHypotheses } from '../src/claim/caseHypotheses.js';
import { caseRegimeRequirements } from '../src/catalogue/caseRegimeRequirements.js';
import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import { evaluation, type Claim } from '../src/claim/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import { tolerances } from '../src/solvers/tolerances.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { faStepSize } from '../src/theory/faStepSize.js';
import { solveCase } from '../src/solvers/solveCase.js';
import { fa } from '../src/rules/fa.js';
import { faLimit } from '../src/theory/faLimit.js';
import { hypotheses } from '../src/claim/hypotheses.js';
import { targetNormSquared } from '../src/generate/targetNormSquared.js';

/** Step budget of the traced run (the trace keeps every step). */
const TRACED_STEPS = 20_000;
/** Dips smaller than this are rounding, not dynamics. */
const DIP_TOL = 1e-9;

/**
 * A false statement: the alignment `a(Z, B)` never decreases from one FA step to the next. It grows
 * overall, but it can dip (also in the flow) while `Z` turns toward the directions that fit `Y`.
 */
export const claim: Claim<FactorizationCase> = {
  id: 'fa-alignment-monotone',
  expected: 'refuted',
  statement: 'FA from zero: the alignment a(Z, B) never decreases from one step to the next',
  hypotheses: [
    hypotheses.faFromZero,
    hypotheses.bGeneric,
    hypotheses.safeEta,
    'every step of the run is traced, up to 20000 steps',
  ],
  regimes: ['r<rank', 'r=rank', 'r>rank', 'tall', 'wide', 'square'],
  /** Least shares of generated inputs per regime, checked by `fa-verify audit`. */
  regimeRequirements: caseRegimeRequirements,
  minimalCounterexample: { n: 2, m: 2, rankY: 2, r: 2 },
  unmetHypotheses: caseHypotheses({ genericB: true, start: 'zero' }),
  arbitrary: (maxSize) => factorizationCaseArbitrary({ maxSide: maxSize }),
  evaluate(c, solvers) {
    const yNormSq = targetNormSquared(c);
    const run = solveCase(c.Y, c.r, c.B, null, null, {
      rule: fa,
      eta: faStepSize(c),
      stopping: {
        kind: 'until',
        maxSteps: TRACED_STEPS,
        targetLoss: faLimit(c.Y, c.B).loss + tolerances.solverTol * yNormSq,
        stationaryTol: tolerances.stationaryTol,
      },
      traceEvery: 1,
      solvers,
    });
    const a = run.trace?.alignment ?? new Float64Array(0);
    let dip = 0;
    let at = -1;
    for (let t = 0; t + 1 < a.length; t++) {
      if (a[t] - a[t + 1] > dip) {
        dip = a[t] - a[t + 1];
        at = t;
      }
    }
    return evaluation(dip, DIP_TOL, { largestDip: dip, dipAtStep: at, steps: run.steps, reason: run.reason });
  },
  classify: caseRegimes,
  describe: describeCase,
};
