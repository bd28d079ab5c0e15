import type { Matrix } from 'ml-matrix';
import { CompensatedSum } from './compensatedSum.js';
import type { PrecisionRecheck } from '../claim/PrecisionRecheck.js';
import { preciseResidualNormSquared } from './preciseResidualNormSquared.js';
import { roundingAllowance } from './roundingAllowance.js';

/**
 * Rechecks a violation of the form `(loss - target) / ||Y||_F^2` (or its absolute value, with
 * `absolute`): the loss of the final factors and `||Y||_F^2` in double-double; the target as computed
 * (from an SVD), with its error bound `targetBound`. Genuine when the precise violation exceeds the
 * tolerance by more than the bound (the target's, plus `roundingAllowance` of the quantities). Pure.
 * @public
 */
export function lossRecheck(
  y: Matrix,
  z: Matrix,
  w: Matrix,
  target: number,
  targetBound: number,
  tolerance: number,
  absolute = false,
): PrecisionRecheck {
  const yNormSq = new CompensatedSum();
  for (let i = 0; i < y.rows; i++)
    for (let j = 0; j < y.columns; j++) yNormSq.addProduct(y.get(i, j), y.get(i, j));
  const norm = yNormSq.value();
  const lossDouble = z.mmul(w).sub(y).norm('frobenius') ** 2;
  const lossPrecise = preciseResidualNormSquared(z, w, y);
  const raw = (lossPrecise - target) / norm;
  const preciseViolation = absolute ? Math.abs(raw) : raw;
  // The target's own error bound, plus the rounding allowance of the quantities compared.
  const roundingBound = targetBound / norm + roundingAllowance(lossPrecise / norm, target / norm, tolerance);
  return {
    label: preciseViolation - roundingBound > tolerance ? 'genuine' : 'rounding',
    quantities: {
      loss: { double: lossDouble, precise: lossPrecise },
      target: { double: target, precise: target },
    },
    preciseViolation,
    roundingBound,
    method:
      'loss of the final factors and ||Y||_F^2 in double-double arithmetic; the target from an SVD, ' +
      'trusted to a backward-error bound of 10 max(n, m) eps s1 per singular value',
  };
}
