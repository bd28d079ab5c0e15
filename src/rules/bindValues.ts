import type { LearningRule } from './LearningRule.js';
import type { RuleValues } from './RuleParameter.js';
import { defaultRuleValues } from './ruleParameters.js';

/**
 * The values of a run, missing ones at their defaults, and whether they are all the defaults.
 * @internal
 */
export function fillValues(values: Partial<RuleValues>): { values: RuleValues; isDefault: boolean } {
  const filled: RuleValues = {
    lambda: values.lambda ?? defaultRuleValues.lambda,
    rho: values.rho ?? defaultRuleValues.rho,
  };
  return {
    values: filled,
    isDefault: filled.lambda === defaultRuleValues.lambda && filled.rho === defaultRuleValues.rho,
  };
}

/**
 * `withValues` of a rule whose only parameter is the decay `lambda` (`gd`, `fa`, `sign`): the rule
 * itself at `lambda = 0`, else a copy with `decay = lambda`.
 * @internal
 */
export function withDecayOnly(rule: LearningRule, values: Partial<RuleValues>): LearningRule {
  const { values: filled, isDefault } = fillValues(values);
  if (isDefault) return rule;
  return { ...rule, values: filled, decay: filled.lambda };
}
