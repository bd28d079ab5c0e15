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
  let sq = 0;
  for (let i = 0; i < z.length; i++) sq += gz[i] * gz[i];
  for (let i = 0; i < w.length; i++) sq += gw[i] * gw[i];
  sq *= eta * eta;
  if (!Number.isFinite(sq)) return sq;
  for (let i = 0; i < z.length; i++) z[i] -= eta * gz[i];
  for (let i = 0; i < w.length; i++) w[i] -= eta * gw[i];
  return sq;
}
