import type { LearningRule } from './LearningRule.js';

/**
 * Random feedback alignment (Lillicrap et al. 2016): `Z <- Z - eta E W^T`, `W <- W - eta B^T E`,
 * with `B` (`n x r`) fixed and random. The backward matrix is `M = B`, constant for the run.
 * @public
 */
export const fa: LearningRule = {
  name: 'fa',
  summary: 'Z <- Z - eta E W^T ; W <- W - eta B^T E  (B fixed)',
  needsFeedback: true,
  allowsZeroInit: true,
  backwardIsConstant: true,
  backward: (_z, b) => b as Float64Array,
};
