import { Matrix } from 'ml-matrix';
import { parseSolveCase } from '../solve/parseSolveCase.js';
import { solveValidCase } from '../solve/solve.js';
import type { StopReason } from '../solve/StopReason.js';
import { alignment } from '../theory/alignment.js';
import { faLimit } from '../theory/faLimit.js';
import { optimalLoss } from '../theory/optimalLoss.js';

/** What `fa-verify solve` reports about one case: typed data, formatted elsewhere. @internal */
export interface SolveReport {
  readonly rule: string;
  readonly n: number;
  readonly m: number;
  readonly r: number;
  /** `||Z W - Y||_F^2`, computed directly. */
  readonly loss: number;
  /** Eckart–Young `L*(r)`. */
  readonly optimalLoss: number;
  readonly product: number[][];
  readonly Z: number[][];
  readonly W: number[][];
  readonly steps: number;
  readonly reason: StopReason;
  /** The kernels the products ran on (`wasm` or `js`; see the case's `kernels`). */
  readonly kernels: string;
  /**
   * Sides of the subspace the run iterated in, when it was reduced (see the case's `reduce`), and the
   * reduction: `feedback` (FA: `row(W0) + row(B^T Y)` and `col(Z0) + col(Y V_R)`) or `range` (GD:
   * `span[W0^T, row Y]` and `span[Z0, col Y]`).
   */
  readonly subspace?: {
    readonly rows: number;
    readonly cols: number;
    readonly kind: 'feedback' | 'range';
  };
  /** `a(Z, B)`, when the case has `B`. */
  readonly alignment?: number;
  /** `||Y (I - P_S)||_F^2`, `S = row(B^T Y)`, when the case has `B`. */
  readonly faLimitLoss?: number;
}

/**
 * Solves a case (the raw contents of a case file) and adds the oracles beside the result. The case is
 * parsed once, here, and run as parsed. Throws `InputError` on bad input.
 * @internal
 */
export function solveReport(input: unknown): SolveReport {
  const c = parseSolveCase(input);
  const result = solveValidCase(c);
  const y = new Matrix(c.Y);
  const b = c.B === undefined ? null : new Matrix(c.B);
  return {
    rule: c.rule,
    n: y.rows,
    m: y.columns,
    r: c.r,
    loss: result.loss,
    optimalLoss: optimalLoss(y, c.r),
    product: result.Z.mmul(result.W).to2DArray(),
    Z: result.Z.to2DArray(),
    W: result.W.to2DArray(),
    steps: result.steps,
    reason: result.reason,
    kernels: result.kernels,
    ...(result.subspace === undefined ? {} : { subspace: result.subspace }),
    ...(b === null ? {} : { alignment: alignment(result.Z, b), faLimitLoss: faLimit(y, b).loss }),
  };
}
