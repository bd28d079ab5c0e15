import { diagonalMtY } from './diagonalMtY.js';
import { diagonalYWt } from './diagonalYWt.js';
import type { StepWorkspace } from './StepWorkspace.js';

/**
 * The two backward signals of one step, in Gram form, at the current iterate (`ws.z`, `ws.w`):
 *
 *   E W^T = (Z W - Y) W^T = Z (W W^T) - Y W^T          -> ws.gz   (n x r)
 *   M^T E = M^T (Z W - Y) = (M^T Z) W - M^T Y          -> ws.gw   (r x m)
 *
 * where `M` is the rule's backward matrix (`Z` for GD, the fixed `B` for FA). Writes the loss of the
 * current iterate, into `ws.sums[0]`, from the same products,
 *
 *   ||Z W - Y||_F^2 = ||Y||^2 - 2 <Z, Y W^T> + <Z, Z (W W^T)>,
 *
 * (`<Z, Z A> = <Z^T Z, A>`, so no `Z^T Z` is needed), which is cheap but loses relative accuracy once
 * the loss is far below `||Y||^2` (cancellation); the solve loop confirms small values with the
 * direct residual.
 *
 * Cost, in multiply-adds:  W W^T: m r (r + 1) / 2 (symmetric);  Y W^T: n m r;  Z (W W^T): n r^2;
 * M^T Z: n r^2;  (M^T Z) W: r^2 m;  the two inner products: 2 n r;  plus `M^T Y`: n m r when `M`
 * changes (GD), nothing when it is constant (FA, precomputed). So an FA step costs
 * `n m r + O((n + m) r^2)` against `3 n m r` for the naive three products (`Z W`, `E W^T`, `B^T E`),
 * and a GD step `2 n m r + O((n + m) r^2)`.
 *
 * With `ywtIsCurrent`, `ws.ywt` already holds `Y W^T` for this iterate (the loop carried it across the
 * last update with `advanceYWt`) and the `n m r` term drops: an FA step is then `O((n + m) r^2)`.
 * With a diagonal target (`ws.yDiagonal`) both `n m r` terms cost `k r` (`diagonalYWt`,
 * `diagonalMtY`): a GD step is then `O((n + m) r^2)` too.
 *
 * Kernel: no validation, no allocation, no randomness. Writes `ws.wwt`, `ws.ywt` (unless current),
 * `ws.mtz`, `ws.gz`, `ws.gw`, and `ws.mty` when the backward matrix is not constant.
 * @internal
 */
export function gradientsGram(
  ws: StepWorkspace,
  backward: Float64Array,
  backwardIsConstant: boolean,
  ywtIsCurrent = false,
): void {
  const { n, m, r, y, z, w, gz, gw, wwt, ywt, mtz, mty, yDiagonal } = ws;
  const { gemmNN, gemmNT, gemmTN, syrkNT, dotInto, axpy } = ws.kernels;
  syrkNT(w, wwt, r, m); // A = W W^T (symmetric)
  // Y W^T, unless the loop carried it (advanceYWt)
  if (!ywtIsCurrent) {
    if (yDiagonal === null) gemmNT(y, w, ywt, n, m, r);
    else diagonalYWt(yDiagonal, w, ywt, n, m, r);
  }
  gemmNT(z, wwt, gz, n, r, r); // Z A: A is symmetric, so (Z A)[i][j] = sum_k Z[i][k] A[j][k]
  const sums = ws.sums;
  dotInto(z, ywt, n * r, sums, 2); // <Z, Y W^T>
  dotInto(z, gz, n * r, sums, 3); // <Z, Z A>
  axpy(sums, 5, ywt, gz, n * r); // E W^T = Z W W^T - Y W^T
  // M^T Y
  if (!backwardIsConstant) {
    if (yDiagonal === null) gemmTN(backward, y, mty, r, n, m);
    else diagonalMtY(yDiagonal, backward, mty, m, r);
  }
  gemmTN(backward, z, mtz, r, n, r); // M^T Z
  gemmNN(mtz, w, gw, r, r, m); // (M^T Z) W
  axpy(sums, 5, mty, gw, r * m); // M^T E = M^T Z W - M^T Y
  sums[0] = ws.yNormSq - 2 * sums[2] + sums[3];
}
