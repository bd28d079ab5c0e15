import type { StepWorkspace } from './StepWorkspace.js';

/**
 * The simultaneous update from the signals of {@link gradientsGram} (both computed at the old iterate):
 *
 *   Z <- Z - eta E W^T,    W <- W - eta M^T E.
 *
 * Writes the squared norm of the update, `eta^2 (||E W^T||^2 + ||M^T E||^2)`, to `ws.sums[1]`. When that is not
 * finite nothing is applied, so the factors never hold NaN or Infinity.
 * Kernel: no validation, no allocation.
 * @internal
 */
export function applyUpdate(ws: StepWorkspace, eta: number): void {
  const { z, w, gz, gw } = ws;
  const { dotInto, axpy } = ws.kernels;
  const sums = ws.sums;
  dotInto(gz, gz, z.length, sums, 2);
  dotInto(gw, gw, w.length, sums, 3);
  const sq = (sums[2] + sums[3]) * (eta * eta);
  sums[1] = sq;
  if (!Number.isFinite(sq)) return;
  sums[4] = -eta;
  axpy(sums, 4, gz, z, z.length); // z + (-eta) gz, exactly z - eta gz
  axpy(sums, 4, gw, w, w.length);
}
