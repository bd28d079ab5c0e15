import type { StepWorkspace } from './StepWorkspace.js';

/**
 * Carries `P = Y W^T` across one update of a rule whose backward matrix `M` is constant (FA), without
 * the `n m r` product. The update `W' = W - eta M^T E` (with `E = Z W - Y`, `Z` and `W` old) gives
 *
 *   Y W'^T = Y W^T - eta Y E^T M,    Y E^T M = Y W^T (M^T Z)^T - Y Y^T M,
 *
 * so `P' = P - eta (P C^T - G)` with `C = M^T Z` (`ws.mtz`, as `gradientsGram` left it for this very
 * step) and `G = Y Y^T M` (`ws.yytm`, computed once). Costs `n r^2` multiply-adds, against `n m r`
 * for `Y W'^T` afresh. Rounding accumulates slowly (`P` is only ever multiplied by `I - eta C^T`,
 * which the loop keeps bounded), and the loop recomputes `P` exactly every so many steps.
 *
 * Kernel: no validation, no allocation; writes `ws.ywt` and its scratch `ws.ywtc`. Call it after
 * `applyUpdate` and before the next `gradientsGram`.
 * @internal
 */
export function advanceYWt(ws: StepWorkspace, eta: number): void {
  const { n, r, ywt, ywtc, mtz, yytm } = ws;
  const { gemmNT, axpy } = ws.kernels;
  gemmNT(ywt, mtz, ywtc, n, r, r); // P C^T: (P C^T)[i][j] = sum_k P[i][k] C[j][k]
  const sums = ws.sums;
  axpy(sums, 5, yytm, ywtc, n * r); // P C^T - G (sums[5] = -1)
  sums[4] = -eta;
  axpy(sums, 4, ywtc, ywt, n * r); // P - eta (P C^T - G)
}
