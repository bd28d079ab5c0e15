import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import { evaluation, type Claim } from '../src/catalogue/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import { tolerances } from '../src/catalogue/tolerances.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { faStepSize } from '../src/catalogue/faStepSize.js';
import { solveCase } from '../src/catalogue/solveCase.js';
import { fa } from '../src/rules/fa.js';
import { faLimit } from '../src/theory/faLimit.js';

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
    'FA from zero initialisation',
    'B generic: Gaussian perturbation of the coordinate axes, scaled 1/sqrt(n)',
    'safe step size eta = 0.4 (s1(Y) ||B||_2)^(-2/3)',
    'every step of the run is traced, up to 20000 steps',
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
  minimalCounterexample: { n: 2, m: 2, rankY: 2, r: 2 },
  arbitrary: (maxSize) => factorizationCaseArbitrary({ maxSide: maxSize }),
  evaluate(c) {
    const yNormSq = c.s.reduce((acc, v) => acc + v * v, 0);
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
