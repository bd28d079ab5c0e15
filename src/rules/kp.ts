import { fillValues } from './bindValues.js';
import type { LearningRule } from './LearningRule.js';
import { defaultRuleValues, ruleParameters } from './ruleParameters.js';

/**
 * Kolen–Pollack (Akrout et al. 2019, arXiv 1904.05391) with weight decay `lambda >= 0` (required):
 *
 *   Z <- (1 - eta lambda) Z - eta E W^T,
 *   B <- (1 - eta lambda) B - eta E W^T,
 *   W <- (1 - eta lambda) W - eta B^T E,
 *
 * all from the old iterate. The feedback `B` is state: it receives the later layer's own update, so
 * `Z_t - B_t = (1 - eta lambda)^t (Z_0 - B_0)` and, with `lambda > 0`, `B` converges to `Z`. The
 * backward matrix is the current `B`, changing every step. No subspace reduction is applied (the
 * solver runs it on the full matrices; `B` leaves the reduced subspaces), and there is no flow here
 * (its state has a third matrix).
 * @public
 */
export const kp: LearningRule = {
  name: 'kp',
  summary:
    'Z <- (1-eta lambda) Z - eta E W^T ; B <- (1-eta lambda) B - eta E W^T ; W <- (1-eta lambda) W - eta B^T E',
  needsFeedback: true,
  allowsZeroInit: true,
  backwardIsConstant: false,
  parameters: ruleParameters.kp,
  values: defaultRuleValues,
  decay: 0,
  trainsFeedback: true,
  reducible: false,
  hasFlow: false,
  withValues: (values) => {
    const { values: filled } = fillValues(values);
    return filled.lambda === kp.decay ? kp : { ...kp, values: filled, decay: filled.lambda };
  },
  backward: (_z, b) => b as Float64Array,
};
