import type { Fault } from './Fault.js';
import { withFeedbackBackward } from './withRule.js';

/**
 * FA's backward matrix loses its last row (an off-by-one in a loop over the rows of `B`, as the bug
 * once planted in `gemmTN`); with a single row the loop bound leaves it alone.
 * @internal
 */
export const feedbackLastRowIgnored: Fault = {
  id: 'feedback-last-row-ignored',
  description: "FA's backward pass ignores the last row of B (an off-by-one in the loop over its rows)",
  plant: (real) =>
    withFeedbackBackward(real, (m, out, r) => {
      if (m.length <= r) return m; // one row
      out.set(m);
      out.fill(0, m.length - r);
      return out;
    }),
};
