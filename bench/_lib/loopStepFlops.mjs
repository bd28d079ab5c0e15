import { stepForm, YWT_REFRESH } from '../../dist/src/solve/stepForm.js';

/**
 * Floating-point operations of one step as `solveLoop` takes it (a multiply-add counts 2, a lone add
 * or subtract 1), for the form `stepForm` picks. Shapes: Y n x m, Z and B n x r, W r x m.
 * - Gram form, in multiply-adds: W W^T r (r + 1) m / 2 (the useful, symmetric half), Z (W W^T) n r^2,
 *   <Z, Y W^T> and <Z, Z W W^T> 2 n r, M^T Z n r^2, (M^T Z) W r^2 m, the squared update norm and the
 *   update 2 (n r + r m); plus n r + r m subtractions. Then for FA, Y W^T carried (advanceYWt):
 *   n r^2 multiply-adds and n r each of a subtract and a multiply-add, plus n m r / YWT_REFRESH for
 *   the exact recomputation; for GD, Y W^T and M^T Y = Z^T Y afresh: 2 n m r.
 * - Residual form: Z W, E W^T and M^T E 3 n m r, E = Z W - Y n m subtractions, ||E||^2 n m, the
 *   update 2 (n r + r m).
 * @param {'fa' | 'gd'} rule
 * @param {number} n
 * @param {number} m
 * @param {number} r
 * @returns {number}
 */
export function loopStepFlops(rule, n, m, r) {
  const update = 2 * 2 * (n * r + r * m);
  if (stepForm(n, m, r, rule === 'fa') === 'residual') return 2 * 3 * n * m * r + n * m + 2 * n * m + update;
  const macs = (r * (r + 1) * m) / 2 + 2 * n * r * r + 2 * n * r + r * r * m;
  const shared = 2 * macs + n * r + r * m + update;
  if (rule === 'gd') return shared + 2 * 2 * n * m * r;
  return shared + 2 * n * r * r + 3 * n * r + (2 * n * m * r) / YWT_REFRESH;
}
