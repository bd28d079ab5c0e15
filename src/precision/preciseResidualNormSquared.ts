import type { Matrix } from 'ml-matrix';
import { CompensatedSum } from './compensatedSum.js';

/**
 * `||Z W - Y||_F^2` in double-double: each entry `(Z W - Y)_ij` is accumulated with
 * {@link CompensatedSum}, and so are the squares, so the result is accurate to a few ulps even when the
 * loss is far below `||Y||^2`. Slow; for rechecking counterexamples, never in the solver loop.
 * @internal
 */
export function preciseResidualNormSquared(z: Matrix, w: Matrix, y: Matrix): number {
  const total = new CompensatedSum();
  for (let i = 0; i < y.rows; i++) {
    for (let j = 0; j < y.columns; j++) {
      const e = new CompensatedSum().add(-y.get(i, j));
      for (let k = 0; k < z.columns; k++) e.addProduct(z.get(i, k), w.get(k, j));
      const v = e.value();
      total.addProduct(v, v);
    }
  }
  return total.value();
}
