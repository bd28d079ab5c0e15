import { InputError } from '../linalg/InputError.js';
import { createDormandPrince5Workspace, dormandPrince5Step } from './dormandPrince5Step.js';
import { initialStepSize } from './initialStepSize.js';
import type { IntegrationStopReason } from './IntegrationStopReason.js';
import type { OdeRightHandSide } from './OdeRightHandSide.js';

/** Step-size control: `h_new = h * clamp(SAFETY * err^(-1/5), FAC_MIN, FAC_MAX)`. */
const SAFETY = 0.9;
const FAC_MIN = 0.2;
const FAC_MAX = 10;

/**
 * Options of {@link integrateDormandPrince5}, field by field:
 * - `t0` (default 0) and `tEnd >= t0`: the time interval (forward in time only).
 * - `rtol` in `[100 eps, 1)` (from about `2.2e-14`), `atol >= 0`: a step is accepted when its local
 *   error estimate, component by component, is within `atol + rtol * max(|x_i|, |xNew_i|)` in the
 *   root-mean-square sense. `atol` is absolute.
 * - `maxSteps` (integer >= 0): the budget of accepted steps.
 * - `sampleTimes`: times in `[t0, tEnd]`, in any order (repeats allowed); the integrator lands on each
 *   exactly (it shortens the step) and records the state there.
 * - `hMax` (default `tEnd - t0`): the largest step.
 * @internal
 */
export interface OdeOptions {
  readonly t0?: number;
  readonly tEnd: number;
  readonly rtol: number;
  readonly atol: number;
  readonly maxSteps: number;
  readonly sampleTimes?: readonly number[];
  readonly hMax?: number;
}

/** The state at one requested time. @internal */
export interface OdeSample {
  readonly t: number;
  readonly x: Float64Array;
}

/**
 * The outcome of {@link integrateDormandPrince5}. `x` is the state at `t` (the end time unless the run
 * stopped early); it is always finite. `samples` are in ascending time order; those after an early stop
 * are missing.
 * @internal
 */
export interface OdeResult {
  readonly x: Float64Array;
  readonly t: number;
  /** Accepted steps. */
  readonly steps: number;
  /** Rejected trial steps. */
  readonly rejected: number;
  /** Evaluations of the right-hand side: 2 to start, then 6 per trial step (FSAL). */
  readonly evaluations: number;
  readonly reason: IntegrationStopReason;
  readonly samples: OdeSample[];
}

function check(ok: boolean, parameter: string, value: unknown, problem: string): void {
  if (!ok) throw new InputError(parameter, value, problem);
}

/**
 * Integrates `dx/dt = f(t, x)` from `x(t0) = x0` with the adaptive Dormand–Prince 5(4) pair: local
 * extrapolation (the fifth-order solution is propagated), FSAL, the embedded fourth-order error
 * estimate with a mixed absolute/relative tolerance, and the standard controller (safety 0.9, the step
 * changes by a factor in [0.2, 10], no growth right after a rejection). A trial step whose error
 * estimate is not finite is rejected and the step cut by 5; the run stops as `diverged` when the step
 * falls below `16 eps max(|t|, |tEnd|)`. Bad options throw an {@link InputError}. `x0` is not written.
 * @public
 */
export function integrateDormandPrince5(f: OdeRightHandSide, x0: Float64Array, o: OdeOptions): OdeResult {
  const t0 = o.t0 ?? 0;
  const { tEnd, rtol, atol, maxSteps } = o;
  check(Number.isFinite(t0), 't0', t0, 'must be finite');
  check(Number.isFinite(tEnd) && tEnd >= t0, 'tEnd', tEnd, `must be finite and >= t0 = ${t0}`);
  check(rtol >= 100 * Number.EPSILON && rtol < 1, 'rtol', rtol, 'must lie in [100 eps, 1)');
  check(atol >= 0 && Number.isFinite(atol), 'atol', atol, 'must be finite and >= 0');
  check(Number.isInteger(maxSteps) && maxSteps >= 0, 'maxSteps', maxSteps, 'must be an integer >= 0');
  const hMax = o.hMax ?? tEnd - t0;
  check(hMax > 0 || tEnd === t0, 'hMax', hMax, 'must be > 0');
  const targets = [...(o.sampleTimes ?? [])].sort((p, q) => p - q);
  for (const s of targets) check(s >= t0 && s <= tEnd, 'sampleTimes', s, `must lie in [${t0}, ${tEnd}]`);

  const dim = x0.length;
  const ws = createDormandPrince5Workspace(dim);
  const k = ws.k;
  const x = Float64Array.from(x0);
  let evaluations = 0;
  const fc: OdeRightHandSide = (t, state, dxdt) => {
    evaluations++;
    f(t, state, dxdt);
  };
  let t = t0;
  const samples: OdeSample[] = [];
  let next = 0;
  const takeSamples = (): void => {
    for (; next < targets.length && targets[next] <= t; next++)
      samples.push({ t: targets[next], x: x.slice() });
  };
  const result = (reason: IntegrationStopReason, steps: number, rejected: number): OdeResult => ({
    x,
    t,
    steps,
    rejected,
    evaluations,
    reason,
    samples,
  });

  takeSamples();
  if (tEnd === t0) return result('done', 0, 0);
  fc(t, x, k[0]);
  if (!k[0].every(Number.isFinite)) return result('diverged', 0, 0);
  let h = initialStepSize(fc, t, x, k[0], rtol, atol, hMax, ws.stage, k[1]);

  let steps = 0;
  let rejected = 0;
  let lastRejected = false;
  while (t < tEnd) {
    if (steps >= maxSteps) return result('budget', steps, rejected);
    const target = next < targets.length ? targets[next] : tEnd;
    const remaining = target - t;
    const hMin = 16 * Number.EPSILON * Math.max(Math.abs(t), Math.abs(tEnd));
    if (remaining <= hMin) {
      t = target; // a gap below the time resolution: the state does not change
      takeSamples();
      continue;
    }
    if (h < hMin) return result('diverged', steps, rejected);
    const clipped = h >= remaining;
    const hTry = clipped ? remaining : h;
    const err = dormandPrince5Step(fc, ws, t, hTry, x, rtol, atol);
    if (err <= 1) {
      steps++;
      t = clipped ? target : t + hTry;
      x.set(ws.xNew);
      const fsal = k[0];
      k[0] = k[6]; // f(t + h, xNew) is the first stage of the next step
      k[6] = fsal;
      let fac = err === 0 ? FAC_MAX : Math.min(FAC_MAX, Math.max(FAC_MIN, SAFETY * Math.pow(err, -0.2)));
      if (lastRejected) fac = Math.min(fac, 1);
      // After landing on a sample time, keep the step the controller proposed before shortening it.
      h = Math.min(hMax, clipped ? Math.max(hTry * fac, h) : hTry * fac);
      lastRejected = false;
      takeSamples();
    } else {
      rejected++;
      const fac = Number.isFinite(err) ? Math.max(FAC_MIN, SAFETY * Math.pow(err, -0.2)) : FAC_MIN;
      h = hTry * fac;
      lastRejected = true;
    }
  }
  return result('done', steps, rejected);
}
