import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import { evaluation, type Claim } from '../src/catalogue/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import { tolerances } from '../src/catalogue/tolerances.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { solveCase } from '../src/catalogue/solveCase.js';
import { gd } from '../src/rules/gd.js';
import { optimalLoss } from '../src/theory/optimalLoss.js';
import { lossRecheck } from '../src/precision/lossRecheck.js';
import { optimalLossBound } from '../src/precision/optimalLossBound.js';
import type { SolveResult } from '../src/solve/solveDense.js';

/** Relative gap at `r` built into the spectrum: `s_{r+1} <= GAP s_r`. */
const GAP = 0.5;

/** GD from the instance's small random factors until the loss is within the solver tolerance of `target`. */
function runGd(c: FactorizationCase, target: number): SolveResult {
  const yNormSq = c.s.reduce((acc, v) => acc + v * v, 0);
  return solveCase(c.Y, c.r, null, c.Z0, c.W0, {
    rule: gd,
    eta: tolerances.gdEta / c.s[0],
    stopping: {
      kind: 'until',
      maxSteps: tolerances.maxSteps,
      targetLoss: target + tolerances.solverTol * yNormSq,
      stationaryTol: 0,
    },
  });
}

/** GD from small random factors reaches the Eckart–Young optimum for every `r`. */
export const claim: Claim<FactorizationCase> = {
  id: 'gd-reaches-optimum',
  expected: 'holds',
  statement: 'GD from small random initial factors reaches the optimal loss L*(r), for any r',
  hypotheses: [
    'initial factors small and random: 1e-4 (I + G), G Gaussian (for r > rank(Y) the part of Z W off the optimum is O(scale^2) and decays slowly: small means small against the tolerance)',
    'a relative gap at r: s_{r+1} <= 0.5 s_r (the best rank-r fit is unique)',
    'step size eta = 0.25 / s1(Y)',
    'condition number s1 / s_k up to 100',
  ],
  regimes: ['r<rank', 'r=rank', 'r>rank', 'tall', 'wide', 'square', 'condition>=100'],
  /**
   * Least shares of generated inputs per regime, checked by `fa-verify audit`. No `condition>=100`: the
   * generator caps `s1 / s_k` at 100 (the gap can push it past, in about 2 % of inputs).
   */
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
  },
  arbitrary: (maxSize) =>
    factorizationCaseArbitrary({
      maxSide: maxSize,
      rank: 'any',
      gapRatio: GAP,
      maxCondition: 100,
      init: 'small-random',
      initScale: 1e-4,
    }),
  evaluate(c) {
    const yNormSq = c.s.reduce((acc, v) => acc + v * v, 0);
    const target = optimalLoss(c.Y, c.r);
    const run = runGd(c, target);
    return evaluation((run.loss - target) / yNormSq, tolerances.lossTol, {
      gdLoss: run.loss,
      optimalLoss: target,
      steps: run.steps,
      reason: run.reason,
    });
  },
  recheck(c) {
    const target = optimalLoss(c.Y, c.r);
    const run = runGd(c, target);
    return lossRecheck(c.Y, run.Z, run.W, target, optimalLossBound(c.Y, c.r), tolerances.lossTol);
  },
  classify: caseRegimes,
  describe: describeCase,
};
