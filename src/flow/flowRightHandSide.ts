import { gemmTN } from '../kernels/gemmTN.js';
import type { LearningRule } from '../rules/LearningRule.js';
import { gradientsGram } from '../solve/gradientsGram.js';
import type { StepWorkspace } from '../solve/StepWorkspace.js';
import type { OdeRightHandSide } from './OdeRightHandSide.js';

/**
 * The continuous-time dynamics of a learning rule as an ODE right-hand side, on the flat state
 * `x = [vec(Z); vec(W)]` (row-major `Z`, `n x r`, then row-major `W`, `r x m`):
 *
 *   dZ/dt = -E W^T - lambda Z,    dW/dt = -M^T E - lambda W,    E = Z W - Y,
 *
 * with `M = rule.backward(Z, B)` (`B` for FA, `Z` for GD, `rho Z + (1 - rho) B` for mixed, written into
 * the workspace's scratch buffer) and `lambda = rule.decay` (0 without weight decay). Each evaluation copies the state into
 * `ws.z`, `ws.w` and calls {@link gradientsGram} (Gram form: `n m r + O((n + m) r^2)` multiply-adds
 * for a constant backward matrix, `2 n m r + ...` otherwise); for a constant `M`, `M^T Y` is computed
 * here, once. The returned function is a kernel: no validation, no allocation, no randomness; it
 * writes only `ws` and `dxdt`.
 * @internal
 */
export function flowRightHandSide(ws: StepWorkspace, rule: LearningRule): OdeRightHandSide {
  const { n, m, r, z, w, gz, gw, b } = ws;
  const nr = n * r;
  const rm = r * m;
  const constant = rule.backwardIsConstant;
  const lambda = rule.decay;
  if (constant) gemmTN(rule.backward(z, b, ws.back), ws.y, ws.mty, r, n, m); // M^T Y, once
  return (_t, x, dxdt) => {
    for (let i = 0; i < nr; i++) z[i] = x[i];
    for (let i = 0; i < rm; i++) w[i] = x[nr + i];
    gradientsGram(ws, rule.backward(z, b, ws.back), constant); // E W^T -> gz, M^T E -> gw
    for (let i = 0; i < nr; i++) dxdt[i] = -gz[i] - lambda * z[i];
    for (let i = 0; i < rm; i++) dxdt[nr + i] = -gw[i] - lambda * w[i];
  };
}
