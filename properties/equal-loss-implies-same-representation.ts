import { caseHypotheses } from '../src/claim/caseHypotheses.js';
import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import { evaluation, unfinished, type Claim } from '../src/claim/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { runFaFromCase } from '../src/solvers/runFaFromCase.js';
import { runGdFromCase } from '../src/solvers/runGdFromCase.js';
import { optimalLoss } from '../src/theory/optimalLoss.js';
import { representationOverlap } from '../src/theory/representationOverlap.js';
import { hypotheses } from '../src/claim/hypotheses.js';
import { targetNormSquared } from '../src/generate/targetNormSquared.js';
import { regimeShares } from '../src/catalogue/caseRegimeRequirements.js';
import { factorizationSearchSpace } from '../src/search/factorizationSearchSpace.js';

const inputs = { rank: 'r<k', init: 'small-random', initScale: 1e-4 } as const;

/** Losses this close (relative to `||Y||_F^2`) count as equal. */
const EQUAL_LOSS = 1e-6;
/**
 * The statement asks for overlap at least `1 - OVERLAP_TOL` = 0.901; a decisive counterexample
 * (violation past `DECISIVE_MULTIPLE = 10` tolerances) has overlap below 0.01: nearly orthogonal.
 */
const OVERLAP_TOL = 0.099;

/**
 * A false statement: GD and FA that reach (nearly) the same loss learn the same hidden representation.
 * With a flat spectrum every r-dimensional subspace of `row(Y)` is optimal: FA picks `row(B^T Y)`,
 * GD a subspace set by its initialisation, and the overlap is near `r / rank(Y)` for a random start and
 * `B`. A targeted search (after Hypothesis's `target()`) looks for equal losses first and then the
 * smallest overlap, so the counterexample shows hidden layers nearly orthogonal, not merely apart.
 */
export const claim: Claim<FactorizationCase> = {
  id: 'equal-loss-implies-same-representation',
  expected: 'refuted',
  statement: 'When GD and FA reach (nearly) equal loss, their hidden layers span (nearly) the same subspace',
  hypotheses: [
    'r < rank(Y), so both hidden layers have rank r',
    'GD from small random factors 1e-4 (I + G), step 0.25 / s1(Y); FA from zero, safe step',
    hypotheses.bGeneric,
    'equal loss: |L_GD - L_FA| <= 1e-6 ||Y||_F^2',
  ],
  regimes: ['r<rank', 'spectrum:flat', 'spectrum:geometric', 'spectrum:power-law'],
  /** Least shares of generated inputs per regime, checked by `fa-verify audit`. */
  regimeRequirements: {
    'r<rank': 0.5,
    square: 0.1,
    tall: 0.05,
    wide: 0.05,
    ...regimeShares.spectrum,
    ...regimeShares.illConditioned,
  },
  minimalCounterexample: { n: 2, m: 2, rankY: 2, r: 1 },
  unmetHypotheses: caseHypotheses({ rank: 'r<k', genericB: true, start: 'small-random' }),
  arbitrary: (maxSize) => factorizationCaseArbitrary({ ...inputs, maxSide: maxSize }),
  target: {
    space: (maxSize) => factorizationSearchSpace({ ...inputs, maxSide: maxSize }),
    // Off the equal-loss constraint the violation is 0: climb toward equal losses first.
    score: (ev) =>
      ev.violation > 0 ? ev.violation : -Math.abs(Number(ev.observed.gdLoss) - Number(ev.observed.faLoss)),
  },
  evaluate(c, solvers) {
    const yNormSq = targetNormSquared(c);
    const target = optimalLoss(c.Y, c.r);
    const gdRun = runGdFromCase(c, target, solvers);
    const faRun = runFaFromCase({ ...c, Z0: null, W0: null }, target, undefined, solvers);
    const equal = Math.abs(gdRun.loss - faRun.loss) <= EQUAL_LOSS * yNormSq;
    const overlap = representationOverlap(gdRun.W, faRun.W, c.r);
    const observed = {
      gdLoss: gdRun.loss,
      faLoss: faRun.loss,
      overlap,
      gdSteps: gdRun.steps,
      faSteps: faRun.steps,
    };
    const ev = evaluation(equal ? 1 - overlap : 0, OVERLAP_TOL, observed);
    // The statement compares the two limits: a run that ended on its budget has not reached one.
    if (!ev.pass && (gdRun.reason === 'budget' || faRun.reason === 'budget')) {
      return unfinished('a run did not converge within its budget', observed);
    }
    return ev;
  },
  classify: caseRegimes,
  describe: describeCase,
};
