import type { Fault } from './Fault.js';
import { withFeedbackBackward } from './withRule.js';

/** FA sends `-B` backwards instead of `B`: a sign slip in the feedback rule. @internal */
export const feedbackSignFlipped: Fault = {
  id: 'feedback-sign-flipped',
  description: 'FA sends -B backwards instead of B (a sign slip in the rule)',
  plant: (real) =>
    withFeedbackBackward(real, (m, out) => {
      for (let i = 0; i < m.length; i++) out[i] = -m[i];
      return out;
    }),
};
