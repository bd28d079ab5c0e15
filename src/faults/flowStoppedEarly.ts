import type { Fault } from './Fault.js';

/** The flow integrator's step budget is 1 (a budget option read as a count of calls): it stops at once. @internal */
export const flowStoppedEarly: Fault = {
  id: 'flow-stopped-early',
  description: 'the flow integrator stops after one accepted step (its budget misread as 1)',
  plant: (real) => ({ ...real, integrateFlow: (o) => real.integrateFlow({ ...o, maxSteps: 1 }) }),
};
