import type { Fault } from './Fault.js';

/** The discrete solver applies each update twice: in effect the step size `2 eta`. @internal */
export const stepSizeDoubled: Fault = {
  id: 'step-size-doubled',
  description: 'the discrete solver applies each update twice (step size 2 eta)',
  plant: (real) => ({ ...real, solveDense: (o) => real.solveDense({ ...o, eta: 2 * o.eta }) }),
};
