import type { Matrix } from 'ml-matrix';
import { toDense } from '../linalg/Dense.js';
import type { LearningRule } from '../rules/LearningRule.js';
import type { SolveResult } from '../solve/solveDense.js';
import type { LoopStopping, StepObserver } from '../solve/solveLoop.js';
import { realSolvers, type Solvers } from './Solvers.js';

/** Options of {@link solveCase}; losses are absolute. @public */
export interface SolveCaseOptions {
  readonly rule: LearningRule;
  readonly eta: number;
  readonly stopping: LoopStopping;
  readonly traceEvery?: number;
  readonly divergenceFactor?: number;
  /** The solvers to run on (default the real ones). */
  readonly solvers?: Solvers;
  /**
   * Run in subspace coordinates (`solveDense`'s `reduce`). Default: FA on a case with a side above
   * {@link FA_DIRECT_MAX_SIDE} runs reduced to its feedback subspaces, every other run on the full
   * matrices, as the claims state them. `'always'` forces the reduction (for `fa-reduction-is-exact`).
   */
  readonly reduce?: boolean | 'always';
  /** Called with every iterate the loop updates (`solveDense`'s `onStep`). */
  readonly onStep?: StepObserver;
}

/**
 * The largest side at which the catalogue runs FA on the full matrices. Up to it the claim
 * `fa-reduction-is-exact` checks the feedback reduction against the full run directly (the thorough
 * profile runs it at sides up to 32); above it an FA run of a claim is the reduced one
 * (docs/theory.md §Claims, "Which claims run reduced"), an `r x r` to `3r x 2r` problem whatever the
 * sides, which is what lets the thorough profile check FA claims at sides 256.
 * @public
 */
export const FA_DIRECT_MAX_SIDE = 32;

/**
 * Runs a rule on already-valid matrices (generated inputs satisfy their hypotheses by construction,
 * so this skips the schema of the public `solve`). `Z0`/`W0` null means zero.
 * @public
 */
export function solveCase(
  y: Matrix,
  r: number,
  b: Matrix | null,
  z0: Matrix | null,
  w0: Matrix | null,
  options: SolveCaseOptions,
): SolveResult {
  return (options.solvers ?? realSolvers).solveDense({
    y: toDense(y),
    r,
    rule: options.rule,
    eta: options.eta,
    b: b === null ? null : toDense(b),
    z0: z0 === null ? null : toDense(z0),
    w0: w0 === null ? null : toDense(w0),
    stopping: options.stopping,
    divergenceFactor: options.divergenceFactor ?? 1e6,
    traceEvery: options.traceEvery ?? 0,
    reduce:
      options.reduce ?? (options.rule.name === 'fa' && Math.max(y.rows, y.columns) > FA_DIRECT_MAX_SIDE),
    ...(options.onStep === undefined ? {} : { onStep: options.onStep }),
  });
}
