import { caseHypotheses, genericFeedbackProblems } from '../src/claim/caseHypotheses.js';
import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import { evaluation, unfinished, type Claim } from '../src/claim/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import {
  factorizationCaseArbitrary,
  type FactorizationCaseConstraints,
} from '../src/generate/factorizationCaseArbitrary.js';
import { factorizationSearchSpace } from '../src/search/factorizationSearchSpace.js';
import { realSolvers } from '../src/solvers/Solvers.js';
import { optimalLoss } from '../src/theory/optimalLoss.js';
import { targetNormSquared } from '../src/generate/targetNormSquared.js';

/**
 * How well `B` must see every singular direction of `Y`: `||B^T u_i||` and the smallest singular value
 * of `B^T U` at least this times `||B||_2 / sqrt(n)`. A hundred times the catalogue's `B generic`: a
 * Gaussian `B` meets it about nine times in ten per direction, and a `B` nearly orthogonal to a
 * singular vector (which makes the ratio as large as one likes, closed form (3)) never does.
 */
export const SEEN_LEVEL = 0.1;

/** The strongest bound, `L_FA / L* >= 1000`; its evaluation is `log10(L_FA / L*) - 3`. */
const TOP = 3;

const inputs: FactorizationCaseConstraints = { rank: 'r<k', init: 'zero' };

const unmet = caseHypotheses({ rank: 'r<k', start: 'zero' });

/**
 * An existence claim [GV22]: FA from zero can be far from optimal when `r < rank(Y)`, by any factor:
 * for each of `K = 10, 100, 1000` there are `Y` and a `B` that sees every singular direction of `Y`
 * with `L_FA / L*(r) >= K`, `L_FA` the loss of FA's limit from zero (closed form (1), which
 * `fa-limit-closed-form` checks against the run). A targeted search maximises `log10(L_FA / L*)`.
 */
export const claim: Claim<FactorizationCase> = {
  id: 'fa-far-from-optimal',
  kind: 'existence',
  expected: 'witnessed',
  statement:
    "For each K = 10, 100, 1000 there are Y and B with r < rank(Y) where the loss of FA's limit from zero is at least K L*(r)",
  hypotheses: [
    'r < rank(Y)',
    hypothesesText(),
    'FA from zero initialisation; L_FA is the loss of its limit, closed form (1)',
    'spectrum flat, geometric or power law with condition up to 1000',
  ],
  regimes: ['r<rank', 'spectrum:flat', 'spectrum:geometric', 'spectrum:power-law'],
  regimeRequirements: { 'r<rank': 0.99 },
  unmetHypotheses: (c) => {
    const bad = unmet(c);
    return bad.length > 0 ? bad : genericFeedbackProblems(c, SEEN_LEVEL);
  },
  arbitrary: (maxSize) => factorizationCaseArbitrary({ ...inputs, maxSide: maxSize }),
  evaluate(c, solvers = realSolvers) {
    const optimal = optimalLoss(c.Y, c.r);
    const fa = solvers.faLimit(c.Y, c.B).loss;
    const ratio = fa / optimal;
    const observed = { faLimitLoss: fa, optimalLoss: optimal, ratio };
    // Written so that a NaN is an error, never a verdict.
    const positive = optimal > 0;
    if (!positive) return unfinished(`L*(r) = ${optimal}: r < rank(Y) needs it positive`, observed);
    // Both losses are sums of squares computed to about max(n, m) eps ||Y||_F^2 each: that, over the
    // smaller of them, bounds the relative error of the ratio, and over ln 10 that of its log10.
    const rounding =
      (64 * Math.max(c.n, c.m) * Number.EPSILON * targetNormSquared(c)) / Math.min(fa, optimal);
    // Eckart–Young: no rank-r product does better than L*(r); a limit below it means a wrong oracle.
    const possible = ratio >= 1 - rounding;
    if (!possible)
      return unfinished(
        `the FA limit's loss ${fa} is below L*(r) = ${optimal}: impossible, an oracle is wrong`,
        observed,
      );
    return evaluation(Math.log10(ratio) - TOP, rounding / Math.LN10, observed);
  },
  target: {
    space: (maxSize) => factorizationSearchSpace({ ...inputs, maxSide: maxSize }),
    levels: [
      { label: 'K = 10', slack: 2 },
      { label: 'K = 100', slack: 1 },
      { label: 'K = 1000', slack: 0 },
    ],
  },
  classify: caseRegimes,
  describe: describeCase,
};

function hypothesesText(): string {
  return `B sees every singular direction of Y: ||B^T u_i|| and the smallest singular value of B^T U at least ${SEEN_LEVEL} ||B||_2 / sqrt(n) (B generic, not nearly orthogonal to a singular vector)`;
}
