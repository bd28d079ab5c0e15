import { caseHypotheses } from '../src/claim/caseHypotheses.js';
import fc from 'fast-check';
import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import { evaluation, unfinished, type Claim } from '../src/claim/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import { tolerances } from '../src/solvers/tolerances.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { faStepSize } from '../src/theory/faStepSize.js';
import { runFaFromCase } from '../src/solvers/runFaFromCase.js';
import { faLimit } from '../src/theory/faLimit.js';
import { faLimitLossBound } from '../src/precision/faLimitLossBound.js';
import { lossRecheck } from '../src/precision/lossRecheck.js';
import { marginRecheck } from '../src/precision/marginRecheck.js';
import { factorizationCaseCodec } from '../src/fixtures/factorizationCaseCodec.js';
import { hypotheses } from '../src/claim/hypotheses.js';
import { targetNormSquared } from '../src/generate/targetNormSquared.js';
import { regimeShares } from '../src/catalogue/caseRegimeRequirements.js';

/** The hypotheses on the instance itself. */
const caseHypothesis = caseHypotheses({ genericB: true, start: 'zero' });

/** An instance with a step size `2^doublings` times the safe one. */
interface StepSizeCase {
  readonly c: FactorizationCase;
  readonly doublings: number;
}

/** A false statement: FA converges whatever the step size. Too large a step diverges. */
export const claim: Claim<StepSizeCase> = {
  id: 'fa-converges-for-any-step-size',
  expected: 'refuted',
  statement: 'FA from zero converges to its limit whatever the step size eta > 0',
  hypotheses: [
    hypotheses.faFromZero,
    hypotheses.bGeneric,
    'eta = 2^d times the safe step 0.4 (s1(Y) ||B||_2)^(-2/3), d = 0..8',
  ],
  regimes: ['eta:safe', 'eta:up-to-8x', 'eta:above-8x'],
  /** Least shares of generated inputs per regime, checked by `fa-verify audit`. */
  regimeRequirements: {
    'eta:safe': 0.05,
    'eta:up-to-8x': 0.1,
    'eta:above-8x': 0.1,
    ...regimeShares.rank,
    ...regimeShares.shape,
  },
  minimalCounterexample: { n: 1, m: 1, rankY: 1, r: 1 },
  unmetHypotheses: ({ c, doublings }) => [
    ...caseHypothesis(c),
    ...(Number.isInteger(doublings) && doublings >= 0 && doublings <= 8
      ? []
      : [`d = ${doublings} is not in 0..8`]),
  ],
  arbitrary: (maxSize) =>
    fc.record({
      c: factorizationCaseArbitrary({ maxSide: maxSize }),
      doublings: fc.integer({ min: 0, max: 8 }),
    }),
  evaluate({ c, doublings }, solvers) {
    const yNormSq = targetNormSquared(c);
    const eta = faStepSize(c) * 2 ** doublings;
    const limit = faLimit(c.Y, c.B).loss;
    const run = runFaFromCase(c, limit, eta, solvers);
    const converged = run.reason === 'target' || run.reason === 'stationary';
    const gap = Math.abs(run.loss - limit) / yNormSq;
    const observed = { eta, faLoss: run.loss, limitLoss: limit, steps: run.steps, reason: run.reason };
    // Neither converged nor diverged within the budget: the run says nothing about its limit.
    if (run.reason === 'budget')
      return unfinished(`the run neither converged nor diverged in ${run.steps} steps`, observed);
    return evaluation(converged ? gap : Math.max(gap, 1), tolerances.lossTol, observed);
  },
  classify: ({ c, doublings }) => [
    ...caseRegimes(c),
    doublings === 0 ? 'eta:safe' : doublings <= 3 ? 'eta:up-to-8x' : 'eta:above-8x',
  ],
  recheck({ c, doublings }, solvers) {
    const limit = faLimit(c.Y, c.B).loss;
    const run = runFaFromCase(c, limit, faStepSize(c) * 2 ** doublings, solvers);
    if (run.reason !== 'target' && run.reason !== 'stationary') {
      // Not converged: the violation is at least 1 by definition, far from any rounding.
      return marginRecheck(evaluation(Math.max(1, Math.abs(run.loss - limit)), tolerances.lossTol, {}));
    }
    return lossRecheck(c.Y, run.Z, run.W, limit, faLimitLossBound(c.Y, c.B), tolerances.lossTol, true);
  },
  codec: {
    encode: ({ c, doublings }) => ({ c: factorizationCaseCodec.encode(c), doublings }),
    decode: (value) => {
      const v = value as { c: unknown; doublings: unknown };
      if (typeof v?.doublings !== 'number' || !Number.isInteger(v.doublings))
        throw new Error('doublings: not an integer');
      return { c: factorizationCaseCodec.decode(v.c), doublings: v.doublings };
    },
  },
  describe: ({ c, doublings }) => ({ ...describeCase(c), eta: faStepSize(c) * 2 ** doublings }),
};
