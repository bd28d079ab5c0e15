import type { StepWorkspace } from './StepWorkspace.js';

/**
 * The simultaneous update with weight decay `lambda`, and for Kolen–Pollack the trained feedback, from
 * the signals of one step (`ws.gz = E W^T`, `ws.gw = M^T E`, both at the old iterate):
 *
 *   Z <- Z - eta (E W^T + lambda Z)     = (1 - eta lambda) Z - eta E W^T
 *   W <- W - eta (M^T E + lambda W)     = (1 - eta lambda) W - eta M^T E
 *   B <- B - eta (E W^T + lambda B)     = (1 - eta lambda) B - eta E W^T     (when `feedback` is given)
 *
 * `B` gets the same signal `E W^T` by the same arithmetic as `Z`, so `Z - B` only decays:
 * `Z_{t+1} - B_{t+1} = (1 - eta lambda) (Z_t - B_t)` up to the rounding of these lines. `M` was read
 * before `B` changes (it is `B` itself for KP), so the update is simultaneous.
 *
 * Writes the squared norm of the update of `Z` and `W`, `eta^2 (||E W^T + lambda Z||^2 +
 * ||M^T E + lambda W||^2)`, to `ws.sums[1]`; when it is not finite nothing is applied. At `lambda = 0`
 * without feedback it is the update of {@link applyUpdate} (the loop takes that one then).
 * Kernel: no validation, no allocation, no randomness.
 * @internal
 */
export function applyDecayedUpdate(
  ws: StepWorkspace,
  eta: number,
  lambda: number,
  feedback: Float64Array | null,
): void {
  const { z, w, gz, gw } = ws;
  let sq = 0;
  for (let i = 0; i < z.length; i++) {
    const d = gz[i] + lambda * z[i];
    sq += d * d;
  }
  for (let i = 0; i < w.length; i++) {
    const d = gw[i] + lambda * w[i];
    sq += d * d;
  }
  sq *= eta * eta;
  ws.sums[1] = sq;
  if (!Number.isFinite(sq)) return;
  for (let i = 0; i < z.length; i++) z[i] -= eta * (gz[i] + lambda * z[i]); // (1 - eta lambda) Z - eta E W^T
  for (let i = 0; i < w.length; i++) w[i] -= eta * (gw[i] + lambda * w[i]); // (1 - eta lambda) W - eta M^T E
  if (feedback !== null) {
    for (let i = 0; i < z.length; i++) feedback[i] -= eta * (gz[i] + lambda * feedback[i]); // (1 - eta lambda) B - eta E W^T
  }
}
