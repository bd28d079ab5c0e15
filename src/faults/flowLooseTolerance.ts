import type { Fault } from './Fault.js';

/** The flow integrator ignores the tolerances asked and runs at `1e-3` (a stale default). @internal */
export const flowLooseTolerance: Fault = {
  id: 'flow-loose-tolerance',
  description: 'the flow integrator ignores the tolerances asked and runs at rtol = atol = 1e-3',
  plant: (real) => ({
    ...real,
    integrateFlow: (o) => real.integrateFlow({ ...o, rtol: 1e-3, atol: 1e-3 }),
  }),
};
