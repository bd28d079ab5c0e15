import { withDecayOnly } from './bindValues.js';
import type { LearningRule } from './LearningRule.js';
import { defaultRuleValues, ruleParameters } from './ruleParameters.js';

/**
 * Sign symmetry (Liao, Leibo & Poggio 2016, arXiv 1510.05067): the backward matrix has the signs of
 * the later layer and one common magnitude,
 *
 *   M = mean(|Z|) sign(Z)     (elementwise; sign(0) = 0),   W <- W - eta M^T E,
 *
 * and `Z <- Z - eta E W^T` as every rule. The source's feedback is `sign(Z)` with unit magnitude; the
 * scale `mean(|Z|) = sum_ij |Z_ij| / (n r)` is this suite's choice, documented in docs/theory.md: it
 * makes the rule equivariant under `Y -> c^2 Y`, `Z, W -> c Z, c W`, as GD and FA are, so the step
 * sizes of the catalogue (targets normalised to `s1 = 1`) apply, and it gives `M = Z` when every
 * entry of `Z` has the same magnitude. From zero `M = 0` and nothing moves, so it needs a start. No
 * subspace reduction (`sign` is not rotation-equivariant) and no flow (`M` is discontinuous in `Z`).
 * Writes `M` into the workspace's scratch buffer: no allocation.
 * @public
 */
export const sign: LearningRule = {
  name: 'sign',
  summary: 'Z <- Z - eta E W^T ; W <- W - eta M^T E, M = mean|Z| sign(Z)',
  needsFeedback: false,
  allowsZeroInit: false,
  backwardIsConstant: false,
  parameters: ruleParameters.decay,
  values: defaultRuleValues,
  decay: 0,
  trainsFeedback: false,
  reducible: false,
  hasFlow: false,
  withValues: (values) => withDecayOnly(sign, values),
  backward: (z, _b, scratch) => {
    const out = scratch as Float64Array;
    const len = out.length;
    let sum = 0;
    for (let i = 0; i < len; i++) sum += Math.abs(z[i]);
    const scale = sum / len;
    for (let i = 0; i < len; i++) out[i] = z[i] > 0 ? scale : z[i] < 0 ? -scale : 0;
    return out;
  },
};
