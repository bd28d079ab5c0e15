import type { Fault } from './Fault.js';
import { buffers, withRule } from './withRule.js';

/** FA sends `-B` backwards instead of `B`: a sign slip in the feedback rule. @internal */
export const feedbackSignFlipped: Fault = {
  id: 'feedback-sign-flipped',
  description: 'FA sends -B backwards instead of B (a sign slip in the rule)',
  plant: (real) =>
    withRule(real, (rule) => {
      if (!rule.needsFeedback) return rule;
      const buffer = buffers();
      return {
        ...rule,
        backward: (z, b) => {
          const m = rule.backward(z, b);
          const negated = buffer(m.length);
          for (let i = 0; i < m.length; i++) negated[i] = -m[i];
          return negated;
        },
      };
    }),
};
