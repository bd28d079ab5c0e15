import { Matrix } from 'ml-matrix';
import type { KernelKind } from '../kernels/createKernelArena.js';
import { dot } from '../kernels/dot.js';
import { residualNormSquared } from '../kernels/residualNormSquared.js';
import { toDense, type Dense } from '../linalg/Dense.js';
import type { LearningRule } from '../rules/LearningRule.js';
import { reduceToSubspace } from './reduceToSubspace.js';
import { solveLoop, type LoopResult, type LoopStopping, type Trace } from './solveLoop.js';
import { createStepWorkspace, type StepWorkspace } from './StepWorkspace.js';
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
  /**
   * Run in the orthonormal coordinates of the subspaces the iterates can reach
   * ({@link reduceToSubspace}) when that at least halves the target and the run is long enough to
   * repay finding them: the same dynamics, to rounding. False always runs on the full matrices.
   */
  readonly reduce: boolean;
  /**
   * The kernels of the dense products: `auto` (the default) takes the WebAssembly ones when the run
   * is long and its products large enough to repay them (`WASM_MIN_WORK`, `WASM_MIN_STEP`), else the
   * JavaScript ones.
   */
  readonly kernels?: KernelKind | 'auto';
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
  /**
   * Present when the run was made in subspace coordinates (`reduce`): the sides `d1 x d2` of the
   * reduced target it iterated on.
   */
  readonly subspace?: { readonly rows: number; readonly cols: number };
  /** The kernels the run's products ran on. */
  readonly kernels: KernelKind;
}

const fromRowMajor = (rows: number, cols: number, data: Float64Array): Matrix => {
  const out = new Matrix(rows, cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out.set(i, j, data[i * cols + j]);
  return out;
};

/**
 * When to reduce: the basis costs about `3 k + 2 d` full-size multiply-adds per entry of `Y`, a few
 * full steps' worth, so runs of fewer than `REDUCTION_MIN_STEPS` steps stay on the full matrices; and
 * it must at least halve the target (`d1 d2 <= n m / 2`), else the rounding-level changes it makes
 * (see `reduceToSubspace`) buy too little.
 */
const REDUCTION_MIN_STEPS = 16;

/**
 * When `auto` takes the WebAssembly kernels. Their arena costs about 70 us to set up (a memory and an
 * instance), which the 2-4x faster products repay after some 1e5 multiply-adds: so at least
 * `WASM_MIN_WORK` for `steps x n m r` (of the target the loop iterates on; 2^20 leaves a margin).
 * And each call into WebAssembly costs a few tens of ns, which the SIMD gain covers only from about
 * `WASM_MIN_STEP` multiply-adds per product (bench/stepKernels.mjs: slower at 8 x 8 x 3, faster at
 * 8 x 8 x 8). The catalogue's short runs on small matrices so stay on the JavaScript kernels.
 */
const WASM_MIN_WORK = 2 ** 20;
const WASM_MIN_STEP = 256;

function kernelsFor(
  kind: KernelKind | 'auto' | undefined,
  steps: number,
  n: number,
  m: number,
  r: number,
): KernelKind {
  if (kind === 'js' || kind === 'wasm') return kind;
  return n * m * r >= WASM_MIN_STEP && steps * n * m * r >= WASM_MIN_WORK ? 'wasm' : 'js';
}

/** Runs the loop on validated dense options. @internal */
export function solveDense(o: DenseSolveOptions): SolveResult {
  const n = o.y.rows;
  const m = o.y.cols;
  const r = o.r;
  const z0 = o.z0?.data ?? new Float64Array(n * r);
  const w0 = o.w0?.data ?? new Float64Array(r * m);
  const b = o.b?.data ?? null;
  const budget = o.stopping.kind === 'steps' ? o.stopping.steps : o.stopping.maxSteps;
  // Diverged above factor x max(||Y||^2, initial loss), both of the run the workspace stands for.
  const run = (ws: StepWorkspace): LoopResult => {
    const initialLoss = residualNormSquared(ws.z, ws.w, ws.y, ws.n, ws.m, ws.r, ws.row) + ws.lossOffset;
    const yNormSq = ws.yNormSq + ws.lossOffset;
    const bound = o.divergenceFactor * Math.max(yNormSq, initialLoss, Number.MIN_VALUE);
    return solveLoop(ws, o.rule, o.eta, o.stopping, bound, o.traceEvery);
  };

  const half = (n * m) / 2;
  const reduction =
    o.reduce && budget >= REDUCTION_MIN_STEPS
      ? reduceToSubspace(o.y, r, z0, w0, o.b, Math.floor(Math.sqrt(half)))
      : null;
  const d1 = reduction?.qz.columns ?? n;
  const d2 = reduction?.qw.columns ?? m;
  if (reduction !== null && d1 > 0 && d2 > 0 && d1 * d2 <= half) {
    const ws = createStepWorkspace(
      d1,
      d2,
      r,
      reduction.y.data,
      reduction.z0.data,
      reduction.w0.data,
      reduction.b?.data ?? null,
      {
        lossOffset: reduction.lossOffset,
        kernels: kernelsFor(o.kernels, budget, d1, d2, r),
        bNormSq: b === null ? 0 : dot(b, b, n * r),
      },
    );
    const out = run(ws);
    const zFull = reduction.qz.mmul(fromRowMajor(d1, r, ws.z));
    const wFull = fromRowMajor(r, d2, ws.w).mmul(reduction.qw.transpose());
    const row = new Float64Array(m);
    const fullLoss = residualNormSquared(toDense(zFull).data, toDense(wFull).data, o.y.data, n, m, r, row);
    const loss = Number.isFinite(fullLoss) ? fullLoss : out.loss;
    // The trace ends at the returned iterate: give it the same (full, direct) loss as the result.
    const last = (out.trace?.step.length ?? 0) - 1;
    if (out.trace !== undefined && last >= 0 && out.trace.step[last] === out.steps)
      out.trace.loss[last] = loss;
    return finish(zFull, wFull, loss, out, ws.kernels.name, { rows: d1, cols: d2 });
  }
  const ws = createStepWorkspace(n, m, r, o.y.data, z0, w0, b, {
    kernels: kernelsFor(o.kernels, budget, n, m, r),
  });
  const out = run(ws);
  return finish(fromRowMajor(n, r, ws.z), fromRowMajor(r, m, ws.w), out.loss, out, ws.kernels.name);
}

function finish(
  z: Matrix,
  w: Matrix,
  loss: number,
  out: LoopResult,
  kernels: KernelKind,
  subspace?: { readonly rows: number; readonly cols: number },
): SolveResult {
  return {
    Z: z,
    W: w,
    loss,
    ...(subspace === undefined ? {} : { subspace }),
    kernels,
    steps: out.steps,
    reason: out.reason,
    ...(out.trace === undefined ? {} : { trace: out.trace }),
  };
}
