import { Matrix } from 'ml-matrix';
import { toMatrix } from '../linalg/Dense.js';
import type { Fault } from './Fault.js';

/**
 * The discrete solver returns the initial later layer `Z0` (zero when none) in place of the trained
 * `Z`: the result is built from the start's buffer, so the layer looks never updated. Its loss is that
 * of the factors it returns, computed directly, as a solver's result promises.
 * @internal
 */
export const initialZReturned: Fault = {
  id: 'initial-z-returned',
  description: 'the discrete solver returns the initial Z0 instead of the trained Z (Z looks never updated)',
  plant: (real) => ({
    ...real,
    solveDense: (o) => {
      const run = real.solveDense(o);
      const z = o.z0 === null ? Matrix.zeros(o.y.rows, o.r) : toMatrix(o.z0);
      const loss = z.mmul(run.W).sub(toMatrix(o.y)).norm('frobenius') ** 2;
      return { ...run, Z: z, loss };
    },
  }),
};
