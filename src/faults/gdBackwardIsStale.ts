import type { Fault } from './Fault.js';
import { withRule } from './withRule.js';

/** GD sends the initial `Z0` backwards at every step instead of the current `Z` (a stale copy). @internal */
export const gdBackwardIsStale: Fault = {
  id: 'gd-backward-is-stale',
  description: 'GD sends the initial Z0 backwards at every step instead of the current Z (a stale copy)',
  plant: (real) =>
    withRule(real, (rule) => {
      if (rule.needsFeedback) return rule;
      // Z at the first step of the run, kept (one per size: a reduced run starts again at its own)
      const stale = new Map<number, Float64Array>();
      return {
        ...rule,
        backward: (z, b, scratch) => {
          let kept = stale.get(z.length);
          if (kept === undefined) {
            kept = Float64Array.from(rule.backward(z, b, scratch));
            stale.set(z.length, kept);
          }
          return kept;
        },
      };
    }),
};
