import { Matrix } from 'ml-matrix';
import type { Fault } from './Fault.js';

/**
 * The closed-form FA limit returns its zero-initialised product (the buffer never filled), so its loss
 * is `||Y||_F^2`: FA looks as far from optimal as it can be. @internal
 */
export const faLimitProductZero: Fault = {
  id: 'fa-limit-product-zero',
  description: 'the FA limit oracle returns its zero-initialised product (loss ||Y||_F^2)',
  plant: (real) => ({
    ...real,
    faLimit: (y, b, tol) => {
      const limit = real.faLimit(y, b, tol);
      return { ...limit, product: Matrix.zeros(y.rows, y.columns), loss: y.norm('frobenius') ** 2 };
    },
  }),
};
