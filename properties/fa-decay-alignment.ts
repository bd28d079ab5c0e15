import { caseHypotheses } from '../src/claim/caseHypotheses.js';
import { caseRegimeRequirements } from '../src/catalogue/caseRegimeRequirements.js';
import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import { evaluation, unfinished, type Claim } from '../src/claim/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import { hypotheses } from '../src/claim/hypotheses.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { fa } from '../src/rules/fa.js';
import { solveCase } from '../src/solvers/solveCase.js';
import { tolerances } from '../src/solvers/tolerances.js';
import { alignment } from '../src/theory/alignment.js';
import { faStepSize } from '../src/theory/faStepSize.js';

/** The alignment with decay may fall short of the one without by this much (rounding of two runs). */
const ALIGNMENT_TOL = 1e-9;

/**
 * Open: Song, Xu & Lafferty (2021) show that weight decay is what makes the forward weights align
 * with the feedback in their setting. Here: does FA with decay end at least as aligned with `B` as FA
 * without, from zero on the same instance? Both runs go until stationary.
 */
export const claim: Claim<FactorizationCase> = {
  id: 'fa-decay-alignment',
  expected: 'open',
  statement:
    'FA with weight decay lambda > 0 from zero ends with alignment a(Z, B) at least that of FA without decay',
  hypotheses: [
    hypotheses.faFromZero,
    hypotheses.bGeneric,
    hypotheses.safeEta,
    'lambda = s_min(r, k) / 2',
    'both runs until stationary (relative update 1e-13), at most 400000 steps',
  ],
  regimes: ['r<rank', 'r=rank', 'r>rank', 'tall', 'wide', 'square'],
  regimeRequirements: caseRegimeRequirements,
  unmetHypotheses: caseHypotheses({ genericB: true, start: 'zero' }),
  arbitrary: (maxSize) => factorizationCaseArbitrary({ maxSide: maxSize }),
  evaluate(c, solvers) {
    const lambda = c.s[Math.min(c.r, c.k) - 1] / 2;
    const eta = faStepSize(c);
    const stopping = {
      kind: 'until',
      maxSteps: tolerances.maxSteps,
      targetLoss: Number.NEGATIVE_INFINITY,
      stationaryTol: tolerances.stationaryTol,
    } as const;
    const common = { eta, stopping, ...(solvers === undefined ? {} : { solvers }) };
    const plain = solveCase(c.Y, c.r, c.B, c.Z0, c.W0, { ...common, rule: fa });
    const decayed = solveCase(c.Y, c.r, c.B, c.Z0, c.W0, { ...common, rule: fa.withValues({ lambda }) });
    const aPlain = alignment(plain.Z, c.B);
    const aDecayed = alignment(decayed.Z, c.B);
    const observed = {
      lambda,
      eta,
      alignmentPlain: aPlain,
      alignmentDecayed: aDecayed,
      steps: decayed.steps,
    };
    if (plain.reason !== 'stationary' || decayed.reason !== 'stationary') {
      return unfinished(`a run did not settle (${plain.reason}, ${decayed.reason})`, observed);
    }
    return evaluation(aPlain - aDecayed, ALIGNMENT_TOL, observed);
  },
  classify: caseRegimes,
  describe: describeCase,
};
