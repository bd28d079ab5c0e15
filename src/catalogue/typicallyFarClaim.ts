import { caseHypotheses } from '../claim/caseHypotheses.js';
import { evaluation, unfinished, type Claim, type Outcome } from '../claim/Claim.js';
import type { FactorizationCase } from '../generate/FactorizationCase.js';
import { TWO_LEVEL_MAX_EPS, twoLevelCaseArbitrary } from '../generate/twoLevelCaseArbitrary.js';
import { realSolvers } from '../solvers/Solvers.js';
import { optimalLoss } from '../theory/optimalLoss.js';
import { describeCase } from './describeCase.js';

/** The separation the claims ask for: `L_FA / L* >= FAR`. */
export const FAR = 5;

/** What a {@link typicallyFarClaim} is about. @internal */
export interface TypicallyFarSpec {
  readonly id: string;
  readonly expected: Outcome;
  readonly statement: string;
  readonly minR: number;
  readonly maxR: number;
  /** The probability stated: at least this. */
  readonly p: number;
}

const consistent = caseHypotheses({ rank: 'r<k', start: 'zero' });

/** The unmet parts of "r in range, `k = 2r`, `r` values 1 then `r` values `eps <= 0.1`". */
function twoLevelProblems(c: FactorizationCase, minR: number, maxR: number): string[] {
  const bad: string[] = [];
  // Each test is written so that a NaN fails it (an unmet hypothesis, never a met one).
  const inRange = c.r >= minR && c.r <= maxR;
  if (!inRange) bad.push(`r = ${c.r} outside [${minR}, ${maxR}]`);
  if (c.k !== 2 * c.r) bad.push(`rank(Y) = ${c.k}, not 2r = ${2 * c.r}`);
  const eps = c.s[c.k - 1];
  const twoLevel = c.s.every((x, i) => Math.abs(x - (i < c.r ? 1 : eps)) <= 1e-12);
  const small = eps > 0 && eps <= TWO_LEVEL_MAX_EPS;
  if (!twoLevel || !small)
    bad.push(`the spectrum is not r values 1 and r values eps <= ${TWO_LEVEL_MAX_EPS}`);
  if (c.feedback !== 'iid-gaussian') bad.push(`feedback ${c.feedback}, not i.i.d. Gaussian`);
  return bad;
}

/**
 * A high-probability claim on how far FA's limit from zero is from the optimum (docs/theory.md
 * §Closed forms (6)): for `Y` with `r` singular values 1 and `r` singular values `eps <= 0.1` and an
 * i.i.d. Gaussian `B`, the event `L_FA / L*(r) >= 5` has probability at least `p`. `L_FA` is the loss
 * of FA's limit (closed form (1), through the solvers' oracle, so a planted fault there acts);
 * the evaluation passes when the event holds.
 * @internal
 */
export function typicallyFarClaim(spec: TypicallyFarSpec): Claim<FactorizationCase> {
  return {
    id: spec.id,
    kind: 'probability',
    expected: spec.expected,
    statement: spec.statement,
    hypotheses: [
      spec.minR === spec.maxR
        ? `r = ${spec.minR}`
        : `r >= ${spec.minR} (up to ${spec.maxR} and half the side)`,
      `Y has r singular values 1 and r singular values eps <= ${TWO_LEVEL_MAX_EPS} (k = 2r); eps = 0.1 in half the draws, log-uniform on [1e-3, 0.1) in the rest`,
      'B i.i.d. Gaussian N(0, 1 / n), drawn afresh for each Y',
      'FA from zero; L_FA is the loss of its limit, closed form (1)',
    ],
    probability: { p: spec.p, confidence: 0.99 },
    minSize: 2 * spec.minR,
    regimes: ['eps=0.1', 'eps<0.1'],
    regimeRequirements: { 'eps=0.1': 0.4, 'eps<0.1': 0.4 },
    unmetHypotheses: (c) => {
      const bad = consistent(c);
      return bad.length > 0 ? bad : twoLevelProblems(c, spec.minR, spec.maxR);
    },
    arbitrary: (maxSize) => twoLevelCaseArbitrary({ minR: spec.minR, maxR: spec.maxR, maxSide: maxSize }),
    evaluate(c, solvers = realSolvers) {
      const optimal = optimalLoss(c.Y, c.r);
      const fa = solvers.faLimit(c.Y, c.B).loss;
      const ratio = fa / optimal;
      const observed = { faLimitLoss: fa, optimalLoss: optimal, ratio, eps: c.s[c.k - 1] };
      // Written so that a NaN is an error, never a verdict.
      const positive = optimal > 0;
      if (!positive) return unfinished(`L*(r) = ${optimal}: it must be positive`, observed);
      // Eckart–Young: no rank-r product does better than L*(r) (to rounding, far below 1e-6 here).
      const possible = ratio >= 1 - 1e-6;
      if (!possible)
        return unfinished(
          `the FA limit's loss ${fa} is below L*(r) = ${optimal}: impossible, an oracle is wrong`,
          observed,
        );
      // The event: ratio >= 5 (violation <= 0).
      return evaluation(Math.log10(FAR) - Math.log10(ratio), 0, observed);
    },
    classify: (c) => [c.s[c.k - 1] === TWO_LEVEL_MAX_EPS ? 'eps=0.1' : 'eps<0.1'],
    describe: describeCase,
  };
}
