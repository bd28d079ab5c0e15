import { Matrix } from 'ml-matrix';
import { residualNormSquared } from '../kernels/residualNormSquared.js';
import type { Dense } from '../linalg/Dense.js';
import type { LearningRule } from '../rules/LearningRule.js';
import { createStepWorkspace } from './StepWorkspace.js';
import { solveLoop, type LoopStopping, type Trace } from './solveLoop.js';
import type { StopReason } from './StopReason.js';

/** Already-validated options of one run, on dense storage (the layer below {@link solve}). @internal */
export interface DenseSolveOptions {
  readonly y: Dense;
  readonly r: number;
  readonly rule: LearningRule;
  readonly eta: number;
  readonly b: Dense | null;
  /** Initial factors; `null` means zero. */
  readonly z0: Dense | null;
  readonly w0: Dense | null;
  readonly stopping: LoopStopping;
  /** Diverged when the loss exceeds this times `max(||Y||_F^2, initial loss)`. */
  readonly divergenceFactor: number;
  readonly traceEvery: number;
}

/** What a run returns. Never NaN: a run that would produce one stops with `reason: 'diverged'`. @public */
export interface SolveResult {
  readonly Z: Matrix;
  readonly W: Matrix;
  /** `||Z W - Y||_F^2` of the final factors, computed directly. */
  readonly loss: number;
  /** Updates applied. */
  readonly steps: number;
  readonly reason: StopReason;
  readonly trace?: Trace;
}

const fromRowMajor = (rows: number, cols: number, data: Float64Array): Matrix => {
  const out = new Matrix(rows, cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out.set(i, j, data[i * cols + j]);
  return out;
};

/** Runs the loop on validated dense options. @internal */
export function solveDense(o: DenseSolveOptions): SolveResult {
  const n = o.y.rows;
  const m = o.y.cols;
  const z0 = o.z0?.data ?? new Float64Array(n * o.r);
  const w0 = o.w0?.data ?? new Float64Array(o.r * m);
  const ws = createStepWorkspace(n, m, o.r, o.y.data, z0, w0, o.b?.data ?? null);
  const initialLoss = residualNormSquared(ws.z, ws.w, ws.y, n, m, o.r, ws.row);
  const bound = o.divergenceFactor * Math.max(ws.yNormSq, initialLoss, Number.MIN_VALUE);
  const out = solveLoop(ws, o.rule, o.eta, o.stopping, bound, o.traceEvery);
  return {
    Z: fromRowMajor(n, o.r, ws.z),
    W: fromRowMajor(o.r, m, ws.w),
    loss: out.loss,
    steps: out.steps,
    reason: out.reason,
    ...(out.trace === undefined ? {} : { trace: out.trace }),
  };
}
