/**
 * Every buffer one step of the factorization dynamics needs, allocated once before the loop.
 * Shapes: `Y` n x m; `Z`, `B` n x r; `W` r x m. Row-major `Float64Array`s.
 * @internal
 */
export interface StepWorkspace {
  readonly n: number;
  readonly m: number;
  readonly r: number;
  readonly y: Float64Array;
  /** `||Y||_F^2`, computed once. */
  readonly yNormSq: number;
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
  /** `M^T Y` (r x m): computed once when the backward matrix is constant, else every step. */
  readonly mty: Float64Array;
  /** `W W^T` (r x r). */
  readonly wwt: Float64Array;
  /** `Y W^T` (n x r). */
  readonly ywt: Float64Array;
  /** `(Y W^T) (M^T Z)^T` (n x r): scratch of `advanceYWt`. */
  readonly ywtc: Float64Array;
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
}

/** How a reduced workspace relates to the run it stands for (see {@link StepWorkspace.lossOffset}). */
export interface WorkspaceFrame {
  readonly lossOffset: number;
  readonly bNormSq: number;
}

/** Allocates a workspace; copies `y`, `z0`, `w0` and `b` so the caller's arrays are never written. */
export function createStepWorkspace(
  n: number,
  m: number,
  r: number,
  y: Float64Array,
  z0: Float64Array,
  w0: Float64Array,
  b: Float64Array | null,
  frame?: WorkspaceFrame,
): StepWorkspace {
  let yNormSq = 0;
  for (let i = 0; i < n * m; i++) yNormSq += y[i] * y[i];
  let bNormSq = 0;
  if (b !== null) for (let i = 0; i < n * r; i++) bNormSq += b[i] * b[i];
  return {
    n,
    m,
    r,
    y: Float64Array.from(y),
    yNormSq,
    z: Float64Array.from(z0),
    w: Float64Array.from(w0),
    b: b === null ? null : Float64Array.from(b),
    lossOffset: frame?.lossOffset ?? 0,
    bNormSq: frame?.bNormSq ?? bNormSq,
    mty: new Float64Array(r * m),
    wwt: new Float64Array(r * r),
    ywt: new Float64Array(n * r),
    ywtc: new Float64Array(n * r),
    yytm: new Float64Array(n * r),
    mtz: new Float64Array(r * r),
    gz: new Float64Array(n * r),
    gw: new Float64Array(r * m),
    zPrev: new Float64Array(n * r),
    wPrev: new Float64Array(r * m),
    row: new Float64Array(m),
  };
}
