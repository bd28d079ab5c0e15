import { jacobiSvd } from '../linalg/jacobiSvd.js';
import type { Fault } from './Fault.js';

/**
 * The closed-form FA limit projects on the top `r` right singular vectors of `Y` (GD's optimum, closed
 * form of Eckart–Young) instead of `S = row(B^T Y)`: the oracle answers what one expects rather than
 * what FA does, so FA looks optimal for every `r`. It is planted by replacing `B` with the top `r`
 * left singular vectors of `Y`, whose `B^T Y` spans exactly that subspace. @internal
 */
export const faLimitIsOptimum: Fault = {
  id: 'fa-limit-is-optimum',
  description:
    "the FA limit oracle projects on Y's top r right singular vectors (the optimum), not row(B^T Y)",
  plant: (real) => ({
    ...real,
    faLimit: (y, b, tol) => {
      const svd = jacobiSvd(y);
      const r = Math.min(b.columns, svd.U.columns);
      return real.faLimit(y, svd.U.subMatrix(0, y.rows - 1, 0, r - 1).mul(b.norm('frobenius')), tol);
    },
  }),
};
