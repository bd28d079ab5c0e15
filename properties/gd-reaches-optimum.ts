import { caseHypotheses } from '../src/claim/caseHypotheses.js';
import { caseRegimes } from '../src/catalogue/caseRegimes.js';
import type { Claim } from '../src/claim/Claim.js';
import { describeCase } from '../src/catalogue/describeCase.js';
import type { FactorizationCase } from '../src/generate/FactorizationCase.js';
import { factorizationCaseArbitrary } from '../src/generate/factorizationCaseArbitrary.js';
import { optimalLoss } from '../src/theory/optimalLoss.js';
import { optimalLossBound } from '../src/precision/optimalLossBound.js';
import { runGdFromCase } from '../src/solvers/runGdFromCase.js';
import { lossAgainstTarget } from '../src/catalogue/lossAgainstTarget.js';
import { regimeShares } from '../src/catalogue/caseRegimeRequirements.js';

/** Relative gap at `r` built into the spectrum: `s_{r+1} <= GAP s_r`. */
const GAP = 0.5;

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
  regimeRequirements: { ...regimeShares.rank, ...regimeShares.shape, ...regimeShares.spectrum },
  unmetHypotheses: caseHypotheses({ start: 'small-random', gapRatio: GAP }),
  arbitrary: (maxSize) =>
    factorizationCaseArbitrary({
      maxSide: maxSize,
      rank: 'any',
      gapRatio: GAP,
      maxCondition: 100,
      init: 'small-random',
      initScale: 1e-4,
    }),
  ...lossAgainstTarget({
    target: (c) => optimalLoss(c.Y, c.r),
    targetBound: (c) => optimalLossBound(c.Y, c.r),
    run: runGdFromCase,
    lossName: 'gdLoss',
  }),
  classify: caseRegimes,
  describe: describeCase,
};
