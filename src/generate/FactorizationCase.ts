import type { Matrix } from 'ml-matrix';
import type { FeedbackFamily } from './FeedbackFamily.js';
import type { SpectrumKind } from './spectrum.js';

/**
 * One generated instance of the factorization problem, with the parts it was built from:
 * `Y = U diag(s) V^T` (`n x m`, rank `k`), the inner dimension `r`, the feedback `B` (`n x r`) and the
 * initial factors (`null` means zero).
 * @public
 */
export interface FactorizationCase {
  readonly n: number;
  readonly m: number;
  /** `rank(Y)` by construction. */
  readonly k: number;
  readonly r: number;
  /** Singular values, `s_1 = 1` first. */
  readonly s: readonly number[];
  readonly spectrum: SpectrumKind;
  /** `s_1 / s_k`. */
  readonly condition: number;
  readonly Y: Matrix;
  readonly U: Matrix;
  readonly V: Matrix;
  readonly B: Matrix;
  readonly feedback: FeedbackFamily;
  readonly Z0: Matrix | null;
  readonly W0: Matrix | null;
}
