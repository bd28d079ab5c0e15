import type { SolveResult } from './solveDense.js';

/**
 * What {@link solve} returns, and what `fa-verify solve --json` prints (its matrices as rows, with the
 * product `Z W` beside them): the run ({@link SolveResult}) and, beside it, the case's shape and the
 * oracles to compare it with.
 * @public
 */
export interface Solution extends SolveResult {
  /** The learning rule's registered name (`gd`, `fa`, ...). */
  readonly rule: string;
  /** Sides of `Y` (`n x m`) and the inner dimension `r`. */
  readonly n: number;
  readonly m: number;
  readonly r: number;
  /** Eckart–Young `L*(r)`: the least loss of any rank-`r` factorization. */
  readonly optimalLoss: number;
  /** `a(Z, B)`, when the case has `B`. */
  readonly alignment?: number;
  /** `||Y (I - P_S)||_F^2`, `S = row(B^T Y)` (the FA limit's loss), when the case has `B`. */
  readonly faLimitLoss?: number;
}
