import type { Fault } from './Fault.js';
import { withRule } from './withRule.js';

/**
 * FA's backward matrix loses its last row (an off-by-one in a loop over the rows of `B`, as the bug
 * once planted in `gemmTN`); with a single row the loop bound leaves it alone.
 * @public
 */
export const feedbackLastRowIgnored: Fault = {
  id: 'feedback-last-row-ignored',
  description: "FA's backward pass ignores the last row of B (an off-by-one in the loop over its rows)",
  plant: (real) =>
    withRule(real, (rule, { n, r }) => {
      if (!rule.needsFeedback || n < 2) return rule;
      let cut: Float64Array | null = null; // allocated on the first step of the run, then reused
      return {
        ...rule,
        backward: (z, b) => {
          const m = rule.backward(z, b);
          if (cut === null) cut = new Float64Array(m.length);
          cut.set(m);
          cut.fill(0, (n - 1) * r, n * r);
          return cut;
        },
      };
    }),
};
