import type { Fault } from './Fault.js';
import { withRule } from './withRule.js';

/**
 * GD sends the feedback matrix `B` backwards instead of the current `Z` (the FA rule's line copied into
 * GD's): when the run has no `B`, the backward matrix is missing and the run fails.
 * @internal
 */
export const gdBackwardIsFeedback: Fault = {
  id: 'gd-backward-is-feedback',
  description: "GD sends B backwards instead of the current Z (FA's line copied into GD)",
  plant: (real) =>
    withRule(real, (rule) =>
      rule.needsFeedback ? rule : { ...rule, backward: (_z, b) => b as Float64Array },
    ),
};
