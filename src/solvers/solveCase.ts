import type { Matrix } from 'ml-matrix';
import { toDense } from '../linalg/Dense.js';
import type { LearningRule } from '../rules/LearningRule.js';
import type { SolveResult } from '../solve/solveDense.js';
import type { LoopStopping } from '../solve/solveLoop.js';
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
   * Run in subspace coordinates (`solveDense`'s `reduce`); default false: the claims are stated on the
   * full matrices. `'always'` forces the reduction (for `fa-reduction-is-exact`).
   */
  readonly reduce?: boolean | 'always';
}

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
    // The catalogue's cases are at most 8 x 8: they run on the full matrices, as the claims state them.
    reduce: options.reduce ?? false,
  });
}
