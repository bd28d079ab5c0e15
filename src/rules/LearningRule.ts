/**
 * A learning rule for the factorization `Y ~ Z W`, as docs/theory.md states it. Every rule updates the
 * later layer by its true gradient, `Z <- Z - eta E W^T`; rules differ in the matrix `M` (`n x r`)
 * sent backwards for the earlier layer, `W <- W - eta M^T E`.
 *
 * Adding a rule is one new file that exports a `LearningRule`, plus its line in the registry.
 * @public
 */
export interface LearningRule {
  /** The name used in case files and on the command line. */
  readonly name: string;
  /** The update rule in one line, for people. */
  readonly summary: string;
  /** Whether the rule needs a feedback matrix `B` (`n x r`). */
  readonly needsFeedback: boolean;
  /** Whether zero is a sensible start (it is a saddle of GD, where both gradients vanish). */
  readonly allowsZeroInit: boolean;
  /**
   * Whether `M` stays the same for the whole run; then `M^T Y` is computed once, before the loop.
   */
  readonly backwardIsConstant: boolean;
  /**
   * The backward matrix `M` for this step, given the current later layer `Z` and the feedback `B`
   * (both `n x r`, row-major). Must not allocate: return one of its arguments or a buffer of its own.
   */
  backward(z: Float64Array, b: Float64Array | null): Float64Array;
}
