import type { Matrix } from 'ml-matrix';
import { singularValues } from '../theory/singularValues.js';

/**
 * An error bound for the FA limit loss `||Y (I - P_S)||_F^2`, `S = row(B^T Y)`, computed through an SVD
 * of `B^T Y`: the computed subspace is off by an angle of about `10 max(r, m) eps kappa(B^T Y)` (Wedin),
 * which moves the loss by at most twice that angle times `||Y||_F^2`. Pure.
 * @internal
 */
export function faLimitLossBound(y: Matrix, b: Matrix): number {
  const bty = b.transpose().mmul(y);
  const s = singularValues(bty).filter(
    (v, _i, all) => v > Math.max(bty.rows, bty.columns) * Number.EPSILON * all[0],
  );
  if (s.length === 0) return 0;
  const angle = 10 * Math.max(bty.rows, bty.columns) * Number.EPSILON * (s[0] / s[s.length - 1]);
  return 2 * angle * y.norm('frobenius') ** 2;
}
