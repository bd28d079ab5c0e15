import { Matrix } from 'ml-matrix';
import type { KernelKind } from '../kernels/createKernelArena.js';
import { dot } from '../kernels/dot.js';
import { residualNormSquared } from '../kernels/residualNormSquared.js';
import type { Dense } from '../linalg/Dense.js';
import type { LearningRule } from '../rules/LearningRule.js';
import { feedbackInSingularBasis } from './feedbackInSingularBasis.js';
import { liftReduced } from './liftReduced.js';
import { reduceForFeedback } from './reduceForFeedback.js';
import { reduceToSingularBasis } from './reduceToSingularBasis.js';
import { reduceToSubspace, type SubspaceReduction } from './reduceToSubspace.js';
import { solveLoop, type LoopResult, type LoopStopping, type StepObserver, type Trace } from './solveLoop.js';
import { createStepWorkspace, type StepWorkspace } from './StepWorkspace.js';
import { stepForm } from './stepForm.js';
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
   * Run in the orthonormal coordinates of the subspaces the iterates can reach when that at least
   * halves the target and the run is long enough to repay finding them: the same dynamics, to
   * rounding. For FA (a constant backward matrix that is `B` itself) the subspaces of
   * {@link reduceForFeedback}, for any other rule those of {@link reduceToSubspace}. False always
   * runs on the full matrices; `'always'` takes the reduction whatever its size and the run's length
   * (a rotation of coordinates at worst), for tests and the claim `fa-reduction-is-exact`.
   */
  readonly reduce: boolean | 'always';
  /**
   * The kernels of the dense products: `auto` (the default) takes the WebAssembly ones when the run
   * is long and its products large enough to repay them (`WASM_MIN_WORK`, `WASM_MIN_STEP`), else the
   * JavaScript ones.
   */
  readonly kernels?: KernelKind | 'auto';
  /** Called every `PROGRESS_EVERY` steps with the step and its loss (for a progress display). */
  readonly onProgress?: (step: number, loss: number) => void;
  /** Called with every iterate the loop updates ({@link StepObserver}; reduced coordinates when reduced). */
  readonly onStep?: StepObserver;
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
   * reduced target it iterated on, and which reduction gave them: `feedback` ({@link reduceForFeedback},
   * FA), `range` ({@link reduceToSubspace}) or `singular` ({@link reduceToSingularBasis}: the
   * singular bases of `Y`, where the target is diagonal; GD on a full-rank target).
   */
  readonly subspace?: {
    readonly rows: number;
    readonly cols: number;
    readonly kind: 'feedback' | 'range' | 'singular';
  };
  /** The kernels the run's products ran on. */
  readonly kernels: KernelKind;
  /** The final feedback `B_t`, for a rule that trains it (Kolen–Pollack). */
  readonly feedback?: Matrix;
  /**
   * The singular values of `Y`, largest first, when the run computed them (the `singular` reduction):
   * `solve` takes its oracles from them rather than decomposing `Y` a second time.
   */
  readonly spectrum?: Float64Array;
}

const fromRowMajor = (rows: number, cols: number, data: Float64Array): Matrix => {
  const out = new Matrix(rows, cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out.set(i, j, data[i * cols + j]);
  return out;
};

/**
 * When to reduce: the basis costs about `3 k + 2 d` full-size multiply-adds per entry of `Y` for
 * {@link reduceToSubspace}, `r + 2 d` for {@link reduceForFeedback}, a few full steps' worth, so runs
 * of fewer than `REDUCTION_MIN_STEPS` steps stay on the full matrices; and it must at least halve the
 * target (`d1 d2 <= n m / 2`), else the rounding-level changes it makes buy too little.
 *
 * Which reduction: for FA (a rule whose backward matrix is constant and is `B` itself) always the
 * feedback one, never the range one, because it is never larger: its subspaces
 * `C = col(Z0) + col(Y V_R)` and `R = row(W0) + row(B^T Y)` lie inside the range reduction's
 * `span[Z0, col Y]` and `span[W0^T, row Y]`, and it is cheaper to find (`r + 2 d` against `3 k + 2 d`
 * passes over `Y`). So when it does not halve the target, neither would the range one. For every
 * other rule (GD) the range reduction, the only one there is.
 */
const REDUCTION_MIN_STEPS = 16;

/**
 * When a GD run goes into the singular bases of `Y` ({@link reduceToSingularBasis}) rather than
 * the range reduction (never smaller, and not diagonal: on a full-rank target it halves nothing): its SVD costs about `20 n m min(n, m)`
 * multiply-adds' time in ml-matrix (0.18 s at 256 x 192), and saves `2 n m r` a step, so it repays
 * after about `10 min(n, m) / r` steps; `SINGULAR_MIN_RATIO` asks for twice that. And the products it
 * saves must be large enough to matter at all (`SINGULAR_MIN_WORK` multiply-adds a step).
 */
const SINGULAR_MIN_RATIO = 20;
const SINGULAR_MIN_WORK = 2 ** 14;

/**
 * When a reduced FA run in Gram form goes on into the singular bases of its reduced target
 * ({@link feedbackInSingularBasis}): it saves carrying `Y W^T`, `d1 r^2` multiply-adds a step, and
 * costs an SVD of the reduced target and the bases' products, mostly code run once (about 20 ms at
 * `48 x 32`, `r = 16`). Measured there (256 x 192 target, small random start, 9 interleaved runs):
 * 1.04 to 0.95 s over 10^5 steps, level over 2 x 10^4. So it is taken from `steps d1 r^2 >= 2^28`
 * (2.2 x 10^4 steps at that size), and always in a forced reduction (`reduce: 'always'`), so that
 * the checks of the reduction (`fa-reduction-is-exact`) go through it.
 */
const ROTATE_MIN_WORK = 2 ** 28;

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

/**
 * Whether the rule is FA-like, so that {@link reduceForFeedback} applies: it needs a feedback matrix,
 * its backward matrix is constant, and that matrix is `B` itself (the reduction carries `Q_C^T B` as
 * the feedback of the reduced run, which is right only when the rule sends `B` back unchanged).
 */
function usesFeedbackAsBackward(rule: LearningRule, z0: Float64Array, b: Float64Array): boolean {
  return rule.needsFeedback && rule.backwardIsConstant && rule.backward(z0, b) === b;
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
    return solveLoop(ws, o.rule, o.eta, o.stopping, bound, o.traceEvery, o.onProgress, o.onStep);
  };

  const half = (n * m) / 2;
  const always = o.reduce === 'always';
  // Which reduction (see REDUCTION_MIN_STEPS): the feedback one for an FA-like rule, else the range
  // one. The rule is asked for its backward matrix only here, so a run on the full matrices never
  // calls it before its loop does.
  let reduction: SubspaceReduction | null = null;
  let feedback = false;
  // A run long enough for the singular bases of Y, of a rule other than FA (GD): they are never
  // larger than the range reduction's (sides min(n, k + r) x min(m, k + r) both) and their target is
  // diagonal, so the range basis is not looked for at all.
  const singular =
    o.reduce === true &&
    o.rule.reducible &&
    budget * r >= SINGULAR_MIN_RATIO * Math.min(n, m) &&
    n * m * r >= SINGULAR_MIN_WORK &&
    !(o.b !== null && usesFeedbackAsBackward(o.rule, z0, o.b.data));
  if (singular) {
    const basis = reduceToSingularBasis(o.y, r, z0, w0, o.b);
    return { ...runReduced(o, basis, 'singular', budget, run), spectrum: basis.values };
  }
  if (o.reduce !== false && o.rule.reducible && (always || budget >= REDUCTION_MIN_STEPS)) {
    feedback = o.b !== null && usesFeedbackAsBackward(o.rule, z0, o.b.data);
    // The feedback reduction's products with Y run on the kernels the run would take unreduced.
    const fullKernels = kernelsFor(o.kernels, budget, n, m, r);
    if (feedback && o.b !== null) {
      const inFeedback = reduceForFeedback(o.y, r, z0, w0, o.b, fullKernels);
      // A reduced run that steps in Gram form (from a random start: d1 = 3r, d2 = 2r) runs in the
      // singular bases of its reduced target, where that target is diagonal (feedbackInSingularBasis).
      const { rows: d1r, cols: d2r } = inFeedback.y;
      const rotate =
        d1r > 0 &&
        d2r > 0 &&
        stepForm(d1r, d2r, r, true, true) === 'gram' &&
        (always || budget * d1r * r * r >= ROTATE_MIN_WORK);
      reduction = rotate ? feedbackInSingularBasis(inFeedback, r) : inFeedback;
    } else reduction = reduceToSubspace(o.y, r, z0, w0, o.b, always ? Infinity : Math.floor(Math.sqrt(half)));
  }
  const d1 = reduction?.qz.columns ?? n;
  const d2 = reduction?.qw.columns ?? m;
  if (reduction !== null && d1 > 0 && d2 > 0 && (always || d1 * d2 <= half))
    return runReduced(o, reduction, feedback ? 'feedback' : 'range', budget, run);
  const ws = createStepWorkspace(n, m, r, o.y.data, z0, w0, b, {
    kernels: kernelsFor(o.kernels, budget, n, m, r),
  });
  const out = run(ws);
  const result = finish(fromRowMajor(n, r, ws.z), fromRowMajor(r, m, ws.w), out.loss, out, ws.kernels.name);
  // A trained feedback (KP) is part of the run's state: return where it ended.
  return o.rule.trainsFeedback && ws.b !== null ? { ...result, feedback: fromRowMajor(n, r, ws.b) } : result;
}

/** Runs the loop in a reduction's coordinates and lifts the result back to the full matrices. */
function runReduced(
  o: DenseSolveOptions,
  reduction: SubspaceReduction & { readonly diagonal?: Float64Array },
  kind: 'feedback' | 'range' | 'singular',
  budget: number,
  run: (ws: StepWorkspace) => LoopResult,
): SolveResult {
  const n = o.y.rows;
  const m = o.y.cols;
  const r = o.r;
  const d1 = reduction.qz.columns;
  const d2 = reduction.qw.columns;
  const b = o.b?.data ?? null;
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
      // The alignment a(Z, B) = <z, Q^T B> / (||z|| ||B||) needs the full ||B||_F: Q^T B is shorter
      // by the part of B outside the subspace.
      bNormSq: b === null ? 0 : dot(b, b, n * r),
      ...(reduction.diagonal === undefined ? {} : { yDiagonal: reduction.diagonal }),
    },
  );
  const out = run(ws);
  const lifted = liftReduced(reduction.qz, reduction.qw, ws.z, ws.w, o.y, r);
  const zFull = fromRowMajor(n, r, lifted.z.data);
  const wFull = fromRowMajor(r, m, lifted.w.data);
  const fullLoss = lifted.loss;
  const loss = Number.isFinite(fullLoss) ? fullLoss : out.loss;
  // The trace ends at the returned iterate: give it the same (full, direct) loss as the result.
  const last = (out.trace?.step.length ?? 0) - 1;
  if (out.trace !== undefined && last >= 0 && out.trace.step[last] === out.steps) out.trace.loss[last] = loss;
  return finish(zFull, wFull, loss, out, ws.kernels.name, { rows: d1, cols: d2, kind });
}

function finish(
  z: Matrix,
  w: Matrix,
  loss: number,
  out: LoopResult,
  kernels: KernelKind,
  subspace?: SolveResult['subspace'],
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
