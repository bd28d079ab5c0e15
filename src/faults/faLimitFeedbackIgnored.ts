import { Matrix } from 'ml-matrix';
import type { Fault } from './Fault.js';

/**
 * The closed-form FA limit projects on `row(Y)` instead of `S = row(B^T Y)`: the feedback dropped from
 * the oracle (the subspace of the wrong matrix), so FA looks optimal whenever `r >= rank`. @internal
 */
export const faLimitFeedbackIgnored: Fault = {
  id: 'fa-limit-feedback-ignored',
  description: 'the FA limit oracle projects on row(Y), not row(B^T Y) (the feedback dropped)',
  plant: (real) => ({
    ...real,
    faLimit: (y, b, tol) => real.faLimit(y, Matrix.eye(y.rows, y.rows).mul(b.norm('frobenius')), tol),
  }),
};
