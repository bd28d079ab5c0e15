import { dot } from '../kernels/dot.js';
import { residualNormSquared } from '../kernels/residualNormSquared.js';
import type { LearningRule } from '../rules/LearningRule.js';
import { advanceYWt } from './advanceYWt.js';
import { gradientsGram } from './gradientsGram.js';
import { gradientsResidual } from './gradientsResidual.js';
import { stepForm, YWT_REFRESH } from './stepForm.js';
import { applyUpdate } from './applyUpdate.js';
import { applyDecayedUpdate } from './applyDecayedUpdate.js';
import type { StepWorkspace } from './StepWorkspace.js';
import type { StopReason } from './StopReason.js';

/** Steps between calls of the loop's `onProgress` (a power of two: the test is a mask). */
export const PROGRESS_EVERY = 1024;

/** How the loop stops. Losses are absolute here; the validated entry converts relative tolerances. */
export type LoopStopping =
  | { readonly kind: 'steps'; readonly steps: number }
  | {
      readonly kind: 'until';
      readonly maxSteps: number;
      /** Stop when the loss is at most this. `-Infinity` disables the rule. */
      readonly targetLoss: number;
      /**
       * Stop when `||dZ||^2 + ||dW||^2 <= stationaryTol^2 (||Z||^2 + ||W||^2 + ||Y||_F)`: the update is
       * negligible against the factors' scale (`||Z W|| ~ ||Y||`, so each factor is `~ ||Y||_F^{1/2}`),
       * which also catches runs that barely move from zero. 0 disables.
       */
      readonly stationaryTol: number;
    };

/**
 * Called by the loop with each iterate it is about to update, `(Z_t, W_t)` at step `t` (`t = 0, 1, ...`,
 * the last one the iterate before the returned one), as row-major views of the loop's own buffers, in
 * the coordinates the loop runs in (the full factors when the run is not reduced). The views change
 * with the next step: copy what is kept. The returned factors are the iterate after the last call.
 * @internal
 */
export type StepObserver = (step: number, z: Float64Array, w: Float64Array) => void;

/** A trace kept every `every` steps: the step, its loss, and the alignment `a(Z, B)` (NaN-free: 0 without `B`). @public */
export interface Trace {
  readonly step: Float64Array;
  readonly loss: Float64Array;
  readonly alignment: Float64Array;
}

/** @internal */
export interface LoopResult {
  readonly steps: number;
  readonly reason: StopReason;
  /** Loss of the final iterate, computed directly as `||Z W - Y||_F^2`. */
  readonly loss: number;
  readonly trace?: Trace;
}

/**
 * The one loop that owns stopping and traces. It alternates the pure kernels
 * ({@link gradientsGram} or its sibling {@link gradientsResidual}, whichever {@link stepForm} counts
 * cheaper for the shapes, then {@link applyUpdate}) on a preallocated workspace and allocates nothing
 * per step. Losses it reports or compares include the workspace's `lossOffset`. At step `t` it looks at the iterate `(Z_t, W_t)` before updating it: divergence first
 * (loss not finite or above `divergenceBound`, or a non-finite update: nothing is applied), then the
 * target, then stationarity, then the budget. A run whose loss overflows returns the previous iterate
 * (the last with a finite loss) and its step number, so nothing it returns is NaN or Infinity.
 * @internal
 */
export function solveLoop(
  ws: StepWorkspace,
  rule: LearningRule,
  eta: number,
  stopping: LoopStopping,
  divergenceBound: number,
  traceEvery: number,
  onProgress?: (step: number, loss: number) => void,
  onStep?: StepObserver,
): LoopResult {
  const budget = stopping.kind === 'steps' ? stopping.steps : stopping.maxSteps;
  const until = stopping.kind === 'until' ? stopping : null;
  const capacity = traceEvery > 0 ? Math.floor(budget / traceEvery) + 2 : 0;
  const trace: Trace | undefined =
    traceEvery > 0
      ? {
          step: new Float64Array(capacity),
          loss: new Float64Array(capacity),
          alignment: new Float64Array(capacity),
        }
      : undefined;
  let recorded = 0;
  const b = ws.b;
  const bNorm = Math.sqrt(ws.bNormSq);
  const nr = ws.n * ws.r;
  const offset = ws.lossOffset;
  const yNorm = Math.sqrt(ws.yNormSq + offset);
  const directLoss = (): number => residualNormSquared(ws.z, ws.w, ws.y, ws.n, ws.m, ws.r, ws.row) + offset;
  const record = (t: number, loss: number): void => {
    if (trace === undefined) return;
    let a = 0;
    if (b !== null) {
      const zNorm = Math.sqrt(dot(ws.z, ws.z, nr));
      const bNow = rule.trainsFeedback ? Math.sqrt(dot(b, b, nr)) : bNorm; // KP's B changes
      a = zNorm > 0 && bNow > 0 ? dot(ws.z, b, nr) / (zNorm * bNow) : 0;
    }
    trace.step[recorded] = t;
    trace.loss[recorded] = loss;
    trace.alignment[recorded] = a;
    recorded++;
  };

  // The cheaper of the two sibling forms of the step, for these shapes (stepForm).
  const residualForm =
    stepForm(ws.n, ws.m, ws.r, rule.backwardIsConstant, ws.yDiagonal !== null) === 'residual';
  // In Gram form with a backward matrix that never changes (FA), Y W^T is carried from step to step
  // (advanceYWt) and recomputed exactly every YWT_REFRESH steps.
  // A decay rescales W, which advanceYWt does not follow: with one, Y W^T is computed every step.
  // With a diagonal target, Y W^T costs k r afresh (diagonalYWt): nothing to carry.
  const plainUpdate = rule.decay === 0 && !rule.trainsFeedback;
  const carry = !residualForm && rule.backwardIsConstant && plainUpdate && ws.yDiagonal === null;
  if (!residualForm && rule.backwardIsConstant && !carry) {
    ws.kernels.gemmTN(rule.backward(ws.z, b, ws.back), ws.y, ws.mty, ws.r, ws.n, ws.m); // M^T Y, once
  }
  if (carry) {
    const m0 = rule.backward(ws.z, b, ws.back);
    ws.kernels.gemmTN(m0, ws.y, ws.mty, ws.r, ws.n, ws.m); // M^T Y, once
    ws.kernels.gemmTN(ws.y, m0, ws.ytm, ws.m, ws.n, ws.r); // Y^T M
    ws.kernels.gemmNN(ws.y, ws.ytm, ws.yytm, ws.n, ws.m, ws.r); // Y Y^T M, once
  }

  let reason: StopReason = stopping.kind === 'steps' ? 'steps' : 'budget';
  let t = 0;
  for (; ; t++) {
    const backward = rule.backward(ws.z, b, ws.back);
    if (residualForm) gradientsResidual(ws, backward);
    else gradientsGram(ws, backward, rule.backwardIsConstant, carry && t % YWT_REFRESH !== 0);
    const stepLoss = ws.sums[0] + offset;
    if (!Number.isFinite(stepLoss)) {
      // The last update overflowed: go back to the previous iterate, whose loss was finite.
      reason = 'diverged';
      if (t > 0) {
        ws.z.set(ws.zPrev);
        ws.w.set(ws.wPrev);
        t--;
      }
      break;
    }
    if (trace !== undefined && t % traceEvery === 0) record(t, Math.max(stepLoss, 0));
    if (onProgress !== undefined && (t & (PROGRESS_EVERY - 1)) === 0) onProgress(t, stepLoss);
    if (stepLoss > divergenceBound) {
      reason = 'diverged';
      break;
    }
    if (until !== null && stepLoss <= until.targetLoss) {
      if (directLoss() <= until.targetLoss) {
        reason = 'target';
        break;
      }
    }
    if (t >= budget) break;
    if (onStep !== undefined) onStep(t, ws.z, ws.w);
    const scaleSq = until !== null ? dot(ws.z, ws.z, nr) + dot(ws.w, ws.w, ws.w.length) + yNorm : 0;
    ws.zPrev.set(ws.z);
    ws.wPrev.set(ws.w);
    // Decay and KP's trained B: (1 - eta lambda) X - eta (signal), and B <- (1 - eta lambda) B - eta E W^T.
    if (plainUpdate) applyUpdate(ws, eta);
    else applyDecayedUpdate(ws, eta, rule.decay, rule.trainsFeedback ? b : null);
    const updateSq = ws.sums[1];
    if (!Number.isFinite(updateSq)) {
      reason = 'diverged'; // nothing was applied: the factors stay finite
      break;
    }
    if (carry) advanceYWt(ws, eta);
    if (until !== null && updateSq <= until.stationaryTol * until.stationaryTol * scaleSq) {
      reason = 'stationary';
      t++;
      break;
    }
  }
  let loss = directLoss();
  if (!Number.isFinite(loss) && t > 0) {
    // Finite Gram loss but an overflowing direct one: fall back to the previous iterate as well.
    ws.z.set(ws.zPrev);
    ws.w.set(ws.wPrev);
    t--;
    loss = directLoss();
    reason = 'diverged';
  }
  if (trace !== undefined && (recorded === 0 || trace.step[recorded - 1] !== t)) record(t, loss);
  const cut = (a: Float64Array): Float64Array => a.slice(0, recorded);
  return {
    steps: t,
    reason,
    loss,
    ...(trace === undefined
      ? {}
      : { trace: { step: cut(trace.step), loss: cut(trace.loss), alignment: cut(trace.alignment) } }),
  };
}
