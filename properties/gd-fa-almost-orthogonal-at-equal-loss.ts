import { caseHypotheses } from '../src/claim/caseHypotheses.js';
import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import { evaluation, unfinished, type Claim } from '../src/claim/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import {
  factorizationCaseArbitrary,
  type FactorizationCaseConstraints,
} from '../src/generate/factorizationCaseArbitrary.js';
import { factorizationSearchSpace } from '../src/search/factorizationSearchSpace.js';
import { runFaFromCase } from '../src/solvers/runFaFromCase.js';
import { runGdFromCase } from '../src/solvers/runGdFromCase.js';
import { optimalLoss } from '../src/theory/optimalLoss.js';
import { representationOverlap } from '../src/theory/representationOverlap.js';
import { hypotheses } from '../src/claim/hypotheses.js';

/** The strongest bound: losses within 1 % of each other and overlap at most 0.01. */
const DELTA = 0.01;
/**
 * How far the measured `max(gap, overlap)` can be from its limit value: both runs stop within
 * `1e-10 ||Y||_F^2` of `L*(r)`, which moves the relative gap by at most `2e-10 k` (with a flat spectrum
 * `L* >= ||Y||_F^2 / k`) and the row space of `W` by about `1e-5` (the square root: the loss is
 * quadratic in the distance); 1e-4 bounds both with room.
 */
const ACCURACY = 1e-4;

const inputs: FactorizationCaseConstraints = {
  rank: 'r<k',
  spectra: ['flat'],
  init: 'small-random',
  initScale: 1e-4,
};

/**
 * An existence claim [GV22]: the representations GD and FA learn can be almost orthogonal even when
 * their losses are almost equal. For each `delta = 0.1, 0.03, 0.01`: inputs where the losses of the
 * limits of GD (from small random factors) and FA (from zero) differ by at most `delta` relative and
 * the overlap of their hidden layers is at most `delta`. With a flat spectrum every `r`-subspace of
 * `row(Y)` is optimal, so the losses agree and the overlap is what the start and `B` make it: near
 * `r / rank(Y)` for random ones, as small as one likes for the right ones (which the search finds).
 */
export const claim: Claim<FactorizationCase> = {
  id: 'gd-fa-almost-orthogonal-at-equal-loss',
  kind: 'existence',
  expected: 'witnessed',
  statement:
    'For each delta = 0.1, 0.03, 0.01 there are inputs where the losses of GD and FA differ by at most delta relative and their hidden layers overlap at most delta',
  hypotheses: [
    'r < rank(Y), so both hidden layers have rank r',
    'flat spectrum: every r-dimensional subspace of row(Y) is optimal',
    'GD from small random factors 1e-4 (I + G), step 0.25 / s1(Y); FA from zero, safe step; both run to L*(r)',
    hypotheses.bGeneric,
  ],
  regimes: ['r<rank', 'square', 'tall', 'wide'],
  regimeRequirements: { 'r<rank': 0.99 },
  unmetHypotheses: (c) => {
    const bad = caseHypotheses({ rank: 'r<k', genericB: true, start: 'small-random' })(c);
    if (bad.length === 0 && !c.s.every((x) => Math.abs(x - c.s[0]) <= 1e-12))
      bad.push('the spectrum is not flat');
    return bad;
  },
  arbitrary: (maxSize) => factorizationCaseArbitrary({ ...inputs, maxSide: maxSize }),
  evaluate(c, solvers) {
    const target = optimalLoss(c.Y, c.r);
    const gdRun = runGdFromCase(c, target, solvers);
    const faRun = runFaFromCase({ ...c, Z0: null, W0: null }, target, undefined, solvers);
    const gap = Math.abs(gdRun.loss - faRun.loss) / Math.max(gdRun.loss, faRun.loss);
    const overlap = representationOverlap(gdRun.W, faRun.W, c.r);
    const observed = {
      gdLoss: gdRun.loss,
      faLoss: faRun.loss,
      relativeLossGap: gap,
      overlap,
      gdSteps: gdRun.steps,
      faSteps: faRun.steps,
    };
    // The statement is about the two limits: a run that ended on its budget has not reached one.
    if (gdRun.reason === 'budget' || faRun.reason === 'budget')
      return unfinished('a run did not converge within its budget', observed);
    return evaluation(DELTA - Math.max(gap, overlap), ACCURACY, observed);
  },
  target: {
    space: (maxSize) => factorizationSearchSpace({ ...inputs, maxSide: maxSize }),
    levels: [
      { label: 'delta = 0.1', slack: 0.1 - DELTA },
      { label: 'delta = 0.03', slack: 0.03 - DELTA },
      { label: 'delta = 0.01', slack: 0 },
    ],
  },
  classify: caseRegimes,
  describe: describeCase,
};
