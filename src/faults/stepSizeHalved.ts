import type { Fault } from './Fault.js';

/** The discrete solver takes half the step size it is given (a stray `/ 2`, as in `1/2 ||E||^2`). @internal */
export const stepSizeHalved: Fault = {
  id: 'step-size-halved',
  description:
    'the discrete solver takes half the step size it is given (a stray 1/2 of the loss 1/2 ||E||^2)',
  plant: (real) => ({ ...real, solveDense: (o) => real.solveDense({ ...o, eta: o.eta / 2 }) }),
};
