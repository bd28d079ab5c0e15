import type { Fault } from './Fault.js';
import { withRule } from './withRule.js';

/**
 * Kolen–Pollack's feedback is never trained: the update `B <- (1 - eta lambda) B - eta E W^T` is
 * skipped, so `B` stays `B_0` and the rule is FA with decay. @internal
 */
export const feedbackNotTrained: Fault = {
  id: 'feedback-not-trained',
  description: "Kolen-Pollack's update of B is skipped: B stays B_0 (FA with decay)",
  plant: (real) =>
    withRule(real, (rule) => (rule.trainsFeedback ? { ...rule, trainsFeedback: false } : rule)),
};
