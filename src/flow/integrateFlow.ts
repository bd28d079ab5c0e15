import type { Matrix } from 'ml-matrix';
import { residualNormSquared } from '../kernels/residualNormSquared.js';
import { checkFactorizationInput, type FactorizationInput } from '../linalg/checkFactorizationShapes.js';
import { toDense, toMatrix } from '../linalg/Dense.js';
import type { LearningRule } from '../rules/LearningRule.js';
import { InputError } from '../linalg/InputError.js';
import { reduceForFeedback } from '../solve/reduceForFeedback.js';
import { createStepWorkspace } from '../solve/StepWorkspace.js';
import { flowRightHandSide } from './flowRightHandSide.js';
import { integrateDormandPrince5 } from './integrateDormandPrince5.js';
import type { IntegrationStopReason } from './IntegrationStopReason.js';

/**
 * Options of {@link integrateFlow}: the shared vocabulary ({@link FactorizationInput}, ml-matrix
 * `Matrix`), then the flow's own fields. Field by field:
 * - `Y` (n x m): the target. `r`: the inner dimension. `rule`: the learning rule whose flow is integrated.
 * - `B` (n x r): the feedback matrix; required when `rule.needsFeedback`, else ignored (may be null).
 * - `Z0` (n x r), `W0` (r x m): the start; null or absent means zero. Rules that do not allow a zero
 *   start (GD: zero is a saddle) need at least one of them.
 * - `tEnd >= 0`: integrate over `[0, tEnd]`.
 * - `rtol` (default 1e-8) and `atol` (default 1e-10): a step is accepted when its local error estimate
 *   is within `atol * s + rtol * |x_i|` per state entry (root-mean-square over the entries of `Z`, `W`),
 *   where `s = sqrt(||Y||_F)` (1 when `Y = 0`) is the size of a factor of a balanced factorization
 *   of `Y`, so that the tolerances mean the same whatever the scale of `Y`.
 * - `maxSteps` (default 100000): the budget of accepted steps.
 * - `sampleTimes`: times in `[0, tEnd]`, any order; the state is recorded there exactly.
 * - `reduce` (default true): for FA, integrate in the subspaces the flow can reach
 *   ({@link reduceForFeedback}) when that at least halves the target, and lift the state back;
 *   false always integrates on the full matrices.
 * @public
 */
export interface FlowOptions extends FactorizationInput {
  readonly rule: LearningRule;
  readonly tEnd: number;
  readonly rtol?: number;
  readonly atol?: number;
  readonly maxSteps?: number;
  readonly sampleTimes?: readonly number[];
  readonly reduce?: boolean;
}

/** The factors at one requested time of the flow. @public */
export interface FlowSample {
  readonly t: number;
  readonly Z: Matrix;
  readonly W: Matrix;
}

/**
 * The outcome of {@link integrateFlow}. Never NaN: a run whose state would stop being finite ends with
 * `reason: 'diverged'` and returns its last finite state. Samples are in ascending time order.
 * @public
 */
export interface FlowResult {
  readonly Z: Matrix;
  readonly W: Matrix;
  /** The time reached: `tEnd` unless the run stopped early. */
  readonly t: number;
  /** `||Z W - Y||_F^2` at `t`, computed directly. */
  readonly loss: number;
  /** Accepted steps. */
  readonly steps: number;
  /** Rejected trial steps. */
  readonly rejected: number;
  /** Right-hand-side evaluations. */
  readonly evaluations: number;
  readonly reason: IntegrationStopReason;
  readonly samples: FlowSample[];
  /**
   * Present when the flow was integrated in the feedback subspaces (`reduce`): the sides `d1 x d2` of
   * the reduced target.
   */
  readonly subspace?: { readonly rows: number; readonly cols: number; readonly kind: 'feedback' };
}

/**
 * Integrates the continuous-time dynamics of a learning rule,
 *
 *   dZ/dt = -E W^T,    dW/dt = -M^T E,    E = Z W - Y,    M = B (FA) or Z (GD),
 *
 * from `(Z0, W0)` over `[0, tEnd]` with the adaptive Dormand–Prince 5(4) method
 * ({@link integrateDormandPrince5}), the right-hand side in Gram form on preallocated storage
 * ({@link flowRightHandSide}). For FA the flow never leaves `C x R` ({@link reduceForFeedback}: the
 * derivation there holds term by term for the right-hand side, `dZ/dt = Q_C dz/dt`,
 * `dW/dt = dw/dt V_R^T`), so when `C x R` at least halves the target it integrates the `d1 x d2` flow
 * and lifts every sample back; the loss is the full one, computed directly on the lifted factors.
 * The two integrations are the same ODE but take their own adaptive steps, so they agree to the
 * integration's accuracy (a few `rtol`), not to rounding. Bad options throw an {@link InputError}
 * naming the field.
 * @public
 */
export function integrateFlow(o: FlowOptions): FlowResult {
  const { rule } = o;
  const { n, m, r } = checkFactorizationInput(o);
  if (!rule.hasFlow) {
    throw new InputError(
      'rule',
      rule.name,
      'has no flow here (kp: its state has a third matrix, B; sign: discontinuous in Z)',
    );
  }
  if (rule.needsFeedback && o.B == null) {
    throw new InputError('B', undefined, `is required by rule "${rule.name}"`);
  }
  if (!rule.allowsZeroInit && o.Z0 == null && o.W0 == null) {
    throw new InputError('Z0', undefined, `rule "${rule.name}" needs a start: Z0, W0 or both`);
  }
  // Dense row-major copies for the kernels, once; the feedback only for a rule that uses it.
  const y = toDense(o.Y);
  const b = rule.needsFeedback && o.B != null ? toDense(o.B) : null;
  const rtol = o.rtol ?? 1e-8;
  const atol = o.atol ?? 1e-10;
  if (!Number.isFinite(atol) || atol < 0) throw new InputError('atol', atol, 'must be finite and >= 0');

  const z0 = o.Z0 == null ? new Float64Array(n * r) : toDense(o.Z0).data;
  const w0 = o.W0 == null ? new Float64Array(r * m) : toDense(o.W0).data;
  // FA (a constant backward matrix that is B itself): the flow stays in C x R (reduceForFeedback),
  // whatever the rank of Y; integrate there when that at least halves the target (as solveDense).
  const bData = b?.data ?? null;
  const reduction =
    o.reduce !== false &&
    rule.reducible &&
    b !== null &&
    rule.backwardIsConstant &&
    rule.backward(z0, b.data) === b.data
      ? reduceForFeedback(y, r, z0, w0, b)
      : null;
  const reduced =
    reduction !== null &&
    reduction.qz.columns > 0 &&
    reduction.qw.columns > 0 &&
    reduction.qz.columns * reduction.qw.columns <= (n * m) / 2
      ? reduction
      : null;
  const d1 = reduced?.qz.columns ?? n;
  const d2 = reduced?.qw.columns ?? m;
  const ws =
    reduced === null
      ? createStepWorkspace(n, m, r, y.data, z0, w0, bData)
      : createStepWorkspace(
          d1,
          d2,
          r,
          reduced.y.data,
          reduced.z0.data,
          reduced.w0.data,
          reduced.b?.data ?? null,
        );
  const x0 = new Float64Array(d1 * r + r * d2);
  x0.set(ws.z);
  x0.set(ws.w, d1 * r);
  let yNormSq = 0;
  for (const v of y.data) yNormSq += v * v;
  const yNorm = Math.sqrt(yNormSq);
  const scale = yNorm > 0 ? Math.sqrt(yNorm) : 1;
  // The error control is per entry, root-mean-square over the state: a reduced state of N' entries
  // for the full one's N gets atol sqrt(N / N') per entry, so that the same Frobenius error
  // ||(dZ, dW)||_F = ||(dz, dw)||_F (orthonormal lifts) passes the absolute test in both.
  const entries = n * r + r * m;
  const reducedEntries = d1 * r + r * d2;
  const out = integrateDormandPrince5(flowRightHandSide(ws, rule), x0, {
    tEnd: o.tEnd,
    rtol,
    atol: atol * scale * Math.sqrt(entries / reducedEntries),
    maxSteps: o.maxSteps ?? 100_000,
    ...(o.sampleTimes === undefined ? {} : { sampleTimes: o.sampleTimes }),
  });

  // The state in the full coordinates: Z = Q_C z, W = w V_R^T when reduced.
  const factors = (x: Float64Array): { Z: Matrix; W: Matrix } => {
    const z = toMatrix({ rows: d1, cols: r, data: x.subarray(0, d1 * r) });
    const w = toMatrix({ rows: r, cols: d2, data: x.subarray(d1 * r) });
    return reduced === null ? { Z: z, W: w } : { Z: reduced.qz.mmul(z), W: w.mmul(reduced.qw.transpose()) };
  };
  const end = factors(out.x);
  const loss = residualNormSquared(
    toDense(end.Z).data,
    toDense(end.W).data,
    y.data,
    n,
    m,
    r,
    new Float64Array(m),
  );
  return {
    ...end,
    t: out.t,
    loss,
    steps: out.steps,
    rejected: out.rejected,
    evaluations: out.evaluations,
    reason: out.reason,
    samples: out.samples.map((s) => ({ t: s.t, ...factors(s.x) })),
    ...(reduced === null ? {} : { subspace: { rows: d1, cols: d2, kind: 'feedback' as const } }),
  };
}
