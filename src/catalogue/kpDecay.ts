import type { FactorizationCase } from '../generate/FactorizationCase.js';
import { faStepSize } from '../theory/faStepSize.js';
import { gdStepSize } from '../theory/gdStepSize.js';

/**
 * The weight decay and step size of the Kolen–Pollack claims on one instance, functions of the instance
 * so that every replay and every shrink keeps them:
 * - `lambda = s_{min(r, k)} / 2`, half the smallest singular value the product keeps, so that every
 *   one of the `min(r, k)` leading components survives the decay with margin (`s_i - lambda >= s_i / 2`)
 *   and `B - Z` decays at rate `eta lambda >= eta s_k / 2`; or `lambda = 0` when `undecayedWhenEven`
 *   and `n + m` is even (the identity of `kp-feedback-tracks-forward` then says `Z - B` is constant);
 * - `eta = min(eta_safe, 0.25 / s1)`: FA's safe step (KP starts as FA with `B_0`) and GD's (it ends
 *   as GD, `B = Z`).
 * @internal
 */
export function kpDecay(
  c: FactorizationCase,
  undecayedWhenEven = false,
): { readonly lambda: number; readonly eta: number } {
  const eta = Math.min(faStepSize(c), gdStepSize(c.s[0]));
  if (undecayedWhenEven && (c.n + c.m) % 2 === 0) return { lambda: 0, eta };
  return { lambda: c.s[Math.min(c.r, c.k) - 1] / 2, eta };
}
