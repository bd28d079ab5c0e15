import type { Fault } from './Fault.js';

/**
 * The discrete solver's loop stops one step early (`t < steps - 1`), and reports the steps it took:
 * an off-by-one in the budget.
 * @internal
 */
export const oneStepFewer: Fault = {
  id: 'one-step-fewer',
  description: 'the discrete solver takes one step fewer than asked (an off-by-one in its loop bound)',
  plant: (real) => ({
    ...real,
    solveDense: (o) => {
      const s = o.stopping;
      const stopping =
        s.kind === 'steps'
          ? { ...s, steps: Math.max(0, s.steps - 1) }
          : { ...s, maxSteps: Math.max(0, s.maxSteps - 1) };
      return real.solveDense({ ...o, stopping });
    },
  }),
};
