import type { RuleParameter, RuleValues } from './RuleParameter.js';

const lambda = (required: boolean): RuleParameter => ({
  name: 'lambda',
  min: 0,
  max: Number.MAX_VALUE,
  belowInverseEta: true,
  required,
  default: 0,
  meaning: 'weight decay: every trained matrix X <- (1 - eta lambda) X - eta (its signal)',
});

/**
 * The parameters the rules take, by kind: `decay` (an optional `lambda`, default 0: `gd`, `fa`,
 * `sign`), `kp` (`lambda` required: Kolen–Pollack is defined with its decay) and `mixed` (`rho`
 * required, in `[0, 1]`, and an optional `lambda`).
 * @internal
 */
export const ruleParameters = {
  decay: [lambda(false)],
  kp: [lambda(true)],
  mixed: [
    {
      name: 'rho',
      min: 0,
      max: 1,
      belowInverseEta: false,
      required: true,
      default: 0,
      meaning: 'share of Z in the backward matrix rho Z + (1 - rho) B',
    },
    lambda(false),
  ],
} as const satisfies Record<string, readonly RuleParameter[]>;

/** The default values: no decay, `rho = 0`. @internal */
export const defaultRuleValues: RuleValues = Object.freeze({ lambda: 0, rho: 0 });
