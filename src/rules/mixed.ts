import { fillValues } from './bindValues.js';
import { fa } from './fa.js';
import { gd } from './gd.js';
import type { LearningRule } from './LearningRule.js';
import type { RuleValues } from './RuleParameter.js';
import { defaultRuleValues, ruleParameters } from './ruleParameters.js';

/** The backward matrix `rho Z + (1 - rho) B` into `scratch`, for `0 < rho < 1`. */
function mixedBackward(rho: number): LearningRule['backward'] {
  const keep = 1 - rho;
  return (z, b, scratch) => {
    const out = scratch as Float64Array;
    const f = b as Float64Array;
    for (let i = 0; i < out.length; i++) out[i] = rho * z[i] + keep * f[i];
    return out;
  };
}

/** The `mixed` rule of one run. At `rho = 0` it is FA and at `rho = 1` GD, step for step, bit for bit. */
function bind(values: Partial<RuleValues>): LearningRule {
  const { values: filled } = fillValues(values);
  const rho = filled.rho;
  // rho = 0: FA's backward matrix B, constant (and FA's reductions); rho = 1: GD's, Z. Both exactly.
  const like = rho === 0 ? fa : rho === 1 ? gd : null;
  return {
    ...mixed,
    values: filled,
    decay: filled.lambda,
    backwardIsConstant: like?.backwardIsConstant ?? false,
    reducible: like !== null,
    backward: like?.backward ?? mixedBackward(rho),
  };
}

/**
 * Feedback between FA and GD: the backward matrix is `M = rho Z + (1 - rho) B` with `rho` in `[0, 1]`
 * (required) and `B` fixed, `W <- W - eta M^T E`, `Z <- Z - eta E W^T`; an optional decay `lambda`.
 * `rho = 0` is FA and `rho = 1` is GD, exactly: the bound rule then takes their backward matrix
 * and their path through the solver (and their subspace reductions); for `0 < rho < 1` the backward
 * matrix is written into the workspace's scratch buffer each step and no reduction is applied.
 * The registered object stands for the family; a run binds `rho` with `withValues`.
 * @public
 */
export const mixed: LearningRule = {
  name: 'mixed',
  summary: 'Z <- Z - eta E W^T ; W <- W - eta M^T E, M = rho Z + (1 - rho) B  (B fixed)',
  needsFeedback: true,
  allowsZeroInit: true,
  backwardIsConstant: false,
  parameters: ruleParameters.mixed,
  values: defaultRuleValues,
  decay: 0,
  trainsFeedback: false,
  reducible: false,
  hasFlow: true,
  withValues: bind,
  // The family has no rho: a run binds one (the case's schema requires it). Misuse, not input: throw.
  backward: () => {
    throw new Error('mixed: bind rho with withValues before running it');
  },
};
