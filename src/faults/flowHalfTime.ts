import type { Fault } from './Fault.js';

/**
 * The flow integrator reaches only half the time asked (a time unit halved), yet labels its samples
 * and its end with the times asked and reports `done`.
 * @internal
 */
export const flowHalfTime: Fault = {
  id: 'flow-half-time',
  description: 'the flow integrator stops at tEnd / 2 (a time unit halved) but reports done at tEnd',
  plant: (real) => ({
    ...real,
    integrateFlow: (o) => {
      const run = real.integrateFlow({
        ...o,
        tEnd: o.tEnd / 2,
        ...(o.sampleTimes === undefined ? {} : { sampleTimes: o.sampleTimes.map((t) => t / 2) }),
      });
      return { ...run, t: 2 * run.t, samples: run.samples.map((s) => ({ ...s, t: 2 * s.t })) };
    },
  }),
};
