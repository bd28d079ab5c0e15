import type { Fault } from './Fault.js';
import { withRule } from './withRule.js';

/** FA sends `-B` backwards instead of `B`: a sign slip in the feedback rule. @public */
export const feedbackSignFlipped: Fault = {
  id: 'feedback-sign-flipped',
  description: 'FA sends -B backwards instead of B (a sign slip in the rule)',
  plant: (real) =>
    withRule(real, (rule) => {
      if (!rule.needsFeedback) return rule;
      let negated: Float64Array | null = null; // allocated on the first step of the run, then reused
      return {
        ...rule,
        backward: (z, b) => {
          const m = rule.backward(z, b);
          if (negated === null) negated = new Float64Array(m.length);
          for (let i = 0; i < m.length; i++) negated[i] = -m[i];
          return negated;
        },
      };
    }),
};
