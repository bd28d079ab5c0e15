import { createKernelArena, type KernelKind } from '../kernels/createKernelArena.js';
import type { KernelSet } from '../kernels/KernelSet.js';

/**
 * Every buffer one step of the factorization dynamics needs, allocated once before the loop.
 * Shapes: `Y` n x m; `Z`, `B` n x r; `W` r x m. Row-major `Float64Array`s.
 * @internal
 */
export interface StepWorkspace {
  readonly n: number;
  readonly m: number;
  readonly r: number;
  /** The kernels for these buffers (WebAssembly ones need the buffers in their memory). */
  readonly kernels: KernelSet;
  readonly y: Float64Array;
  /** `||Y||_F^2`, computed once. */
  readonly yNormSq: number;
  /**
   * When `Y` is diagonal (a run in the singular bases of its target, `reduceToSingularBasis`): its
   * diagonal `d` (`Y[i][i] = d_i`, `i < d.length`, every other entry 0), so that the step takes
   * `Y W^T` and `M^T Y` from `diagonalYWt` and `diagonalMtY` at `k r` instead of `n m r`. Else null.
   */
  readonly yDiagonal: Float64Array | null;
  readonly z: Float64Array;
  readonly w: Float64Array;
  /** Feedback `B`, or null for rules that do not use one. */
  readonly b: Float64Array | null;
  /**
   * What the loss of these buffers misses of the loss of the run they stand for: 0, except for a run
   * written in subspace coordinates (`reduceToSubspace`), where it is the energy of `Y` outside
   * the subspace. The loop adds it to every loss it reports or compares.
   */
  readonly lossOffset: number;
  /** `||B||_F^2` of the run's feedback, for the alignment (the reduced `B` may be shorter). */
  readonly bNormSq: number;
  /** `E = Z W - Y` (n x m), for the residual form of the step. */
  readonly e: Float64Array;
  /** `Y^T M` (m x r), scratch for computing `yytm` once. */
  readonly ytm: Float64Array;
  /** `M^T Y` (r x m): computed once when the backward matrix is constant, else every step. */
  readonly mty: Float64Array;
  /** `W W^T` (r x r). */
  readonly wwt: Float64Array;
  /** `Y W^T` (n x r). */
  readonly ywt: Float64Array;
  /** `(Y W^T) (M^T Z)^T` (n x r): scratch of `advanceYWt`. */
  readonly ywtc: Float64Array;
  /** Scratch `n x r` for a backward matrix that is neither `Z` nor `B` (sign, mixed), written by the rule. */
  readonly back: Float64Array;
  /** `Y Y^T M` (n x r), for a constant backward matrix `M` whose loop carries `Y W^T` (`advanceYWt`). */
  readonly yytm: Float64Array;
  /** `M^T Z` (r x r). */
  readonly mtz: Float64Array;
  /** Gradient of the later layer, `E W^T` (n x r). */
  readonly gz: Float64Array;
  /** Backward signal of the earlier layer, `M^T E` (r x m). */
  readonly gw: Float64Array;
  /** The previous iterate, kept so that a run that overflows can return its last finite factors. */
  readonly zPrev: Float64Array;
  readonly wPrev: Float64Array;
  /** Scratch row of length m. */
  readonly row: Float64Array;
  /**
   * The scalar results of the step kernels, which they write here instead of returning them (a double
   * returned from a call that is not inlined is allocated on the heap, once a step):
   * `[0]` the loss of the iterate (`gradientsGram`, `gradientsResidual`), `[1]` the squared norm of
   * the update (`applyUpdate`), `[2]`, `[3]` their partial sums; and coefficients for `axpy`:
   * `[4]` `-eta` of the current update, `[5]` the constant `-1`.
   */
  readonly sums: Float64Array;
}

/** Options of {@link createStepWorkspace}. */
export interface WorkspaceOptions {
  /** See {@link StepWorkspace.lossOffset}; default 0. */
  readonly lossOffset?: number;
  /** See {@link StepWorkspace.bNormSq}; default `||b||_F^2`. */
  readonly bNormSq?: number;
  /**
   * The kernels, and so where the buffers live (see `createKernelArena`); default `js`, which costs
   * nothing to set up (a WebAssembly arena costs some 70 us and a memory mapping).
   */
  readonly kernels?: KernelKind;
  /** See {@link StepWorkspace.yDiagonal}; default null. The caller vouches that `y` is that diagonal. */
  readonly yDiagonal?: Float64Array;
}

/**
 * Allocates a workspace, every buffer in one arena with the kernels that work on it; copies `y`,
 * `z0`, `w0` and `b` in, so the caller's arrays are never written.
 */
export function createStepWorkspace(
  n: number,
  m: number,
  r: number,
  y: Float64Array,
  z0: Float64Array,
  w0: Float64Array,
  b: Float64Array | null,
  options: WorkspaceOptions = {},
): StepWorkspace {
  let yNormSq = 0;
  for (let i = 0; i < n * m; i++) yNormSq += y[i] * y[i];
  let bNormSq = 0;
  if (b !== null) for (let i = 0; i < n * r; i++) bNormSq += b[i] * b[i];
  const nm = n * m;
  const nr = n * r;
  const rm = r * m;
  const rr = r * r;
  // y, e; z, b, ywt, ywtc, back, yytm, gz, zPrev; w, mty, gw, wPrev, ytm (m x r); wwt, mtz; row; sums.
  const capacity = 2 * nm + 8 * nr + 5 * rm + 2 * rr + m + 6;
  const arena = createKernelArena(capacity, options.kernels ?? 'js');
  const copy = (from: Float64Array, length: number): Float64Array => {
    const to = arena.alloc(length);
    to.set(from.subarray(0, length));
    return to;
  };
  return {
    n,
    m,
    r,
    kernels: arena.kernels,
    y: copy(y, nm),
    yNormSq,
    yDiagonal: options.yDiagonal === undefined ? null : Float64Array.from(options.yDiagonal),
    z: copy(z0, nr),
    w: copy(w0, rm),
    b: b === null ? null : copy(b, nr),
    lossOffset: options.lossOffset ?? 0,
    bNormSq: options.bNormSq ?? bNormSq,
    e: arena.alloc(nm),
    mty: arena.alloc(rm),
    wwt: arena.alloc(rr),
    ywt: arena.alloc(nr),
    ywtc: arena.alloc(nr),
    back: arena.alloc(nr),
    yytm: arena.alloc(nr),
    ytm: arena.alloc(rm),
    mtz: arena.alloc(rr),
    gz: arena.alloc(nr),
    gw: arena.alloc(rm),
    zPrev: arena.alloc(nr),
    wPrev: arena.alloc(rm),
    row: arena.alloc(m),
    sums: arena.alloc(6).fill(-1, 5),
  };
}
