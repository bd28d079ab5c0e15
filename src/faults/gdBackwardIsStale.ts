import type { Fault } from './Fault.js';
import { withRule } from './withRule.js';

/** GD sends the initial `Z0` backwards at every step instead of the current `Z` (a stale copy). @public */
export const gdBackwardIsStale: Fault = {
  id: 'gd-backward-is-stale',
  description: 'GD sends the initial Z0 backwards at every step instead of the current Z (a stale copy)',
  plant: (real) =>
    withRule(real, (rule) => {
      if (rule.needsFeedback) return rule;
      let stale: Float64Array | null = null; // Z at the first step of the run, kept
      return {
        ...rule,
        backward: (z, b) => {
          if (stale === null) stale = Float64Array.from(rule.backward(z, b));
          return stale;
        },
      };
    }),
};
