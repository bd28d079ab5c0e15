import { dormandPrince5Tableau as T } from './dormandPrince5Tableau.js';
import type { OdeRightHandSide } from './OdeRightHandSide.js';

/**
 * The buffers of one Dormand–Prince step, allocated once per integration. `k[0]` must hold
 * `f(t, x)` on entry to {@link dormandPrince5Step}; on return `k[6]` holds `f(t + h, xNew)`, and the
 * caller swaps it into `k[0]` when it accepts the step (FSAL).
 * @internal
 */
export interface DormandPrince5Workspace {
  readonly dim: number;
  /** The seven stage derivatives `k_1 .. k_7`. */
  readonly k: Float64Array[];
  /** The argument of the current stage. */
  readonly stage: Float64Array;
  /** The fifth-order solution at `t + h`. */
  readonly xNew: Float64Array;
}

/** Allocates a workspace for a state of length `dim`. @internal */
export function createDormandPrince5Workspace(dim: number): DormandPrince5Workspace {
  const k: Float64Array[] = [];
  for (let s = 0; s < 7; s++) k.push(new Float64Array(dim));
  return { dim, k, stage: new Float64Array(dim), xNew: new Float64Array(dim) };
}

/**
 * One trial step of size `h` from `(t, x)`: the six new stages, the fifth-order solution in
 * `ws.xNew`, `f(t + h, xNew)` in `ws.k[6]`, and the scaled root-mean-square error estimate
 *
 *   err = sqrt( (1/d) sum_i ( h sum_j e_j k_j[i] / (atol + rtol max(|x_i|, |xNew_i|)) )^2 ),
 *
 * which the caller accepts when `err <= 1` (Hairer, Nørsett & Wanner, II.4). Returns `NaN` or
 * `Infinity` when a stage is not finite. Kernel: no validation, no allocation, no randomness.
 * @internal
 */
export function dormandPrince5Step(
  f: OdeRightHandSide,
  ws: DormandPrince5Workspace,
  t: number,
  h: number,
  x: Float64Array,
  rtol: number,
  atol: number,
): number {
  const { dim, k, stage, xNew } = ws;
  for (let s = 1; s < 7; s++) {
    // stage s + 1:  x + h sum_{j < s} a[s][j] k_j   (the last stage is evaluated at xNew itself)
    const a = T.a[s];
    const out = s === 6 ? xNew : stage;
    for (let i = 0; i < dim; i++) {
      let acc = 0;
      for (let j = 0; j < s; j++) acc += a[j] * k[j][i];
      out[i] = x[i] + h * acc;
    }
    f(t + T.c[s] * h, out, k[s]);
  }
  // Error estimate h sum_j e_j k_j, scaled componentwise by the mixed tolerance.
  const e = T.e;
  let sum = 0;
  for (let i = 0; i < dim; i++) {
    const est =
      h *
      (e[0] * k[0][i] + e[2] * k[2][i] + e[3] * k[3][i] + e[4] * k[4][i] + e[5] * k[5][i] + e[6] * k[6][i]);
    const scale = atol + rtol * Math.max(Math.abs(x[i]), Math.abs(xNew[i]));
    const q = est / scale;
    sum += q * q;
  }
  return dim === 0 ? 0 : Math.sqrt(sum / dim);
}
