import { withDecayOnly } from './bindValues.js';
import type { LearningRule } from './LearningRule.js';
import { defaultRuleValues, ruleParameters } from './ruleParameters.js';

/**
 * Random feedback alignment (Lillicrap et al. 2016): `Z <- Z - eta E W^T`, `W <- W - eta B^T E`,
 * with `B` (`n x r`) fixed and random. The backward matrix is `M = B`, constant for the run. With weight
 * decay `lambda` (as Song, Xu & Lafferty 2021 study it), `Z <- (1 - eta lambda) Z - eta E W^T` and
 * `W <- (1 - eta lambda) W - eta B^T E`; the feedback reduction still holds (a decay only rescales
 * factors within the subspaces the iterates reach).
 * @public
 */
export const fa: LearningRule = {
  name: 'fa',
  summary: 'Z <- Z - eta E W^T ; W <- W - eta B^T E  (B fixed)',
  needsFeedback: true,
  allowsZeroInit: true,
  backwardIsConstant: true,
  parameters: ruleParameters.decay,
  values: defaultRuleValues,
  decay: 0,
  trainsFeedback: false,
  reducible: true,
  hasFlow: true,
  withValues: (values) => withDecayOnly(fa, values),
  backward: (_z, b) => b as Float64Array,
};
