import { withDecayOnly } from './bindValues.js';
import type { LearningRule } from './LearningRule.js';
import { defaultRuleValues, ruleParameters } from './ruleParameters.js';

/**
 * Gradient descent: `Z <- Z - eta E W^T`, `W <- W - eta Z^T E` (both from the old `Z`, `W`).
 * The backward matrix is the later layer itself, `M = Z`. With weight decay `lambda`, every factor
 * also shrinks by `1 - eta lambda`: gradient descent on `||Z W - Y||^2 / 2 + lambda (||Z||^2 + ||W||^2) / 2`.
 * @public
 */
export const gd: LearningRule = {
  name: 'gd',
  summary: 'Z <- Z - eta E W^T ; W <- W - eta Z^T E',
  needsFeedback: false,
  allowsZeroInit: false,
  backwardIsConstant: false,
  parameters: ruleParameters.decay,
  values: defaultRuleValues,
  decay: 0,
  trainsFeedback: false,
  reducible: true,
  hasFlow: true,
  withValues: (values) => withDecayOnly(gd, values),
  backward: (z) => z,
};
