import type { StepWorkspace } from './StepWorkspace.js';

/**
 * The two backward signals of one step in residual form, the sibling of {@link gradientsGram}: the
 * same quantities through the residual itself,
 *
 *   E = Z W - Y                      -> ws.e    (n x m)
 *   E W^T                            -> ws.gz   (n x r)
 *   M^T E                            -> ws.gw   (r x m)
 *
 * and the loss `||E||_F^2` directly (no cancellation), into `ws.sums[0]`. Cost: `3 n m r` multiply-adds whatever the rule,
 * against the Gram form's `n m r + m r (r + 1) / 2 + 2 n r^2 + r^2 m` (plus `n m r` when `M` changes):
 * cheaper when `n` and `m` are below about `1.75 r`, which is where runs reduced to their subspace
 * (`reduceToSubspace`) land. `stepForm` chooses.
 *
 * Kernel: no validation, no allocation, no randomness. Writes `ws.e`, `ws.gz` and `ws.gw`.
 * @internal
 */
export function gradientsResidual(ws: StepWorkspace, backward: Float64Array): void {
  const { n, m, r, y, z, w, gz, gw, e } = ws;
  const { gemmNN, gemmNT, gemmTN } = ws.kernels;
  gemmNN(z, w, e, n, r, m); // Z W
  let loss = 0;
  for (let i = 0; i < n * m; i++) {
    const v = e[i] - y[i]; // E = Z W - Y
    e[i] = v;
    loss += v * v;
  }
  gemmNT(e, w, gz, n, m, r); // E W^T
  gemmTN(backward, e, gw, r, n, m); // M^T E
  ws.sums[0] = loss;
}
