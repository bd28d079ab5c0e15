import type { Fault } from './Fault.js';

/**
 * The discrete solver forms the residual as `E = Y - Z W` but keeps the descent updates
 * `Z <- Z - eta E W^T`, `W <- W - eta M^T E`: every step goes uphill (the same as a step size `-eta`).
 * The loss it reports is still computed directly, so the run diverges in plain sight.
 * @internal
 */
export const residualSignFlipped: Fault = {
  id: 'residual-sign-flipped',
  description: 'the discrete solver forms E = Y - Z W but keeps the descent updates (every step goes uphill)',
  plant: (real) => ({ ...real, solveDense: (o) => real.solveDense({ ...o, eta: -o.eta }) }),
};
