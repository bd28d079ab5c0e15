import { dot } from '../kernels/dot.js';
import { gemmNN } from '../kernels/gemmNN.js';
import { gemmNT } from '../kernels/gemmNT.js';
import { gemmTN } from '../kernels/gemmTN.js';
import type { StepWorkspace } from './StepWorkspace.js';

/**
 * The two backward signals of one step, in Gram form, at the current iterate (`ws.z`, `ws.w`):
 *
 *   E W^T = (Z W - Y) W^T = Z (W W^T) - Y W^T          -> ws.gz   (n x r)
 *   M^T E = M^T (Z W - Y) = (M^T Z) W - M^T Y          -> ws.gw   (r x m)
 *
 * where `M` is the rule's backward matrix (`Z` for GD, the fixed `B` for FA). Returns the loss of the
 * current iterate from the same Gram matrices,
 *
 *   ||Z W - Y||_F^2 = ||Y||^2 - 2 <Z, Y W^T> + <Z^T Z, W W^T>,
 *
 * which is cheap but loses relative accuracy once the loss is far below `||Y||^2` (cancellation); the
 * solve loop confirms small values with the direct residual.
 *
 * Cost, in multiply-adds:  W W^T: m r^2;  Y W^T: n m r;  Z (W W^T): n r^2;  M^T Z: n r^2;
 * (M^T Z) W: r^2 m;  Z^T Z: n r^2;  plus `M^T Y`: n m r when `M` changes (GD), nothing when it is
 * constant (FA, precomputed). So an FA step costs `n m r + O((n + m) r^2)` against `3 n m r` for the
 * naive three products (`Z W`, `E W^T`, `B^T E`), and a GD step `2 n m r + O((n + m) r^2)`.
 *
 * Kernel: no validation, no allocation, no randomness.
 * @internal
 */
export function gradientsGram(
  ws: StepWorkspace,
  backward: Float64Array,
  backwardIsConstant: boolean,
): number {
  const { n, m, r, y, z, w } = ws;
  gemmNT(w, w, ws.wwt, r, m, r); // W W^T
  gemmNT(y, w, ws.ywt, n, m, r); // Y W^T
  gemmNN(z, ws.wwt, ws.gz, n, r, r); // Z (W W^T)
  const gz = ws.gz;
  const ywt = ws.ywt;
  for (let i = 0; i < n * r; i++) gz[i] -= ywt[i]; // E W^T = Z W W^T - Y W^T
  if (!backwardIsConstant) gemmTN(backward, y, ws.mty, r, n, m); // M^T Y
  gemmTN(backward, z, ws.mtz, r, n, r); // M^T Z
  gemmNN(ws.mtz, w, ws.gw, r, r, m); // (M^T Z) W
  const gw = ws.gw;
  const mty = ws.mty;
  for (let i = 0; i < r * m; i++) gw[i] -= mty[i]; // M^T E = M^T Z W - M^T Y
  gemmTN(z, z, ws.ztz, r, n, r); // Z^T Z
  return ws.yNormSq - 2 * dot(z, ywt, n * r) + dot(ws.ztz, ws.wwt, r * r);
}
