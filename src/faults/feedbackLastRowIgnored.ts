import type { Fault } from './Fault.js';
import { buffers, withRule } from './withRule.js';

/**
 * FA's backward matrix loses its last row (an off-by-one in a loop over the rows of `B`, as the bug
 * once planted in `gemmTN`); with a single row the loop bound leaves it alone.
 * @internal
 */
export const feedbackLastRowIgnored: Fault = {
  id: 'feedback-last-row-ignored',
  description: "FA's backward pass ignores the last row of B (an off-by-one in the loop over its rows)",
  plant: (real) =>
    withRule(real, (rule, r) => {
      if (!rule.needsFeedback) return rule;
      const buffer = buffers();
      return {
        ...rule,
        backward: (z, b) => {
          const m = rule.backward(z, b);
          if (m.length <= r) return m; // one row
          const cut = buffer(m.length);
          cut.set(m);
          cut.fill(0, m.length - r);
          return cut;
        },
      };
    }),
};
