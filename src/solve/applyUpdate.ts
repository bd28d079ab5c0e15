import type { StepWorkspace } from './StepWorkspace.js';

/**
 * The simultaneous update from the signals of {@link gradientsGram} (both computed at the old iterate):
 *
 *   Z <- Z - eta E W^T,    W <- W - eta M^T E.
 *
 * Returns the squared norm of the update, `eta^2 (||E W^T||^2 + ||M^T E||^2)`. When that is not
 * finite nothing is applied, so the factors never hold NaN or Infinity.
 * Kernel: no validation, no allocation.
 * @internal
 */
export function applyUpdate(ws: StepWorkspace, eta: number): number {
  const { z, w, gz, gw } = ws;
  const { dot, axpy } = ws.kernels;
  let sq = dot(gz, gz, z.length) + dot(gw, gw, w.length);
  sq *= eta * eta;
  if (!Number.isFinite(sq)) return sq;
  axpy(-eta, gz, z, z.length); // z + (-eta) gz, exactly z - eta gz
  axpy(-eta, gw, w, w.length);
  return sq;
}
