import type { LearningRule } from './LearningRule.js';

/**
 * Gradient descent: `Z <- Z - eta E W^T`, `W <- W - eta Z^T E` (both from the old `Z`, `W`).
 * The backward matrix is the later layer itself, `M = Z`.
 * @public
 */
export const gd: LearningRule = {
  name: 'gd',
  summary: 'Z <- Z - eta E W^T ; W <- W - eta Z^T E',
  needsFeedback: false,
  allowsZeroInit: false,
  backwardIsConstant: false,
  backward: (z) => z,
};
