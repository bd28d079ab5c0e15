import { Matrix } from 'ml-matrix';
import type { Fault } from './Fault.js';

/**
 * The discrete solver returns a zero `Z` (the result is copied from a fresh buffer instead of the
 * workspace) while its loss, computed in the loop before the copy, is the trained run's.
 * @internal
 */
export const zeroZReturned: Fault = {
  id: 'zero-z-returned',
  description:
    "the discrete solver returns Z as zeros (copied from a fresh buffer) beside the trained run's loss",
  plant: (real) => ({
    ...real,
    solveDense: (o) => ({ ...real.solveDense(o), Z: Matrix.zeros(o.y.rows, o.r) }),
  }),
};
