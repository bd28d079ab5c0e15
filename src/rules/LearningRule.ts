import type { RuleParameter, RuleValues } from './RuleParameter.js';

/**
 * A learning rule for the factorization `Y ~ Z W`, as docs/theory.md states it. Every rule updates the
 * later layer by its true gradient, `Z <- Z - eta E W^T`; rules differ in the matrix `M` (`n x r`)
 * sent backwards for the earlier layer, `W <- W - eta M^T E`, in an optional weight decay `lambda`
 * (`Z <- (1 - eta lambda) Z - eta E W^T`, `W <- (1 - eta lambda) W - eta M^T E`) and, for Kolen–Pollack,
 * in a feedback `B` that is itself trained (`B <- (1 - eta lambda) B - eta E W^T`).
 *
 * Adding a rule is one new file that exports a `LearningRule`, plus its line in the registry. The
 * registered object carries its parameters' defaults; {@link LearningRule.withValues} gives the rule
 * of one run, with the values a case file gives (`lambda`, `rho`), which the case's schema has judged.
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
  /** The parameters (beyond `eta`) the rule takes, each a top-level field of a case file. */
  readonly parameters: readonly RuleParameter[];
  /** The values of those parameters in this object (the registered rule: their defaults). */
  readonly values: RuleValues;
  /** The weight decay `lambda >= 0` of every trained matrix (0: none, and the plain update). */
  readonly decay: number;
  /** Whether `B` is state, trained every step as the later layer is (Kolen–Pollack). */
  readonly trainsFeedback: boolean;
  /**
   * Whether the exact subspace reductions of the solver and the flow (`reduceForFeedback`,
   * `reduceToSubspace`) hold for this rule: true for GD and FA (with or without decay), false for the
   * rules they were not derived for (KP, sign, mixed with `0 < rho < 1`), which run on the full matrices.
   */
  readonly reducible: boolean;
  /** Whether `integrateFlow` integrates its continuous-time flow (false: KP, whose `B` is state; sign, which is discontinuous). */
  readonly hasFlow: boolean;
  /**
   * The rule of one run with these parameter values (missing ones at their defaults), already judged
   * by the case's schema. Returns this object itself when nothing changes.
   */
  withValues(values: Partial<RuleValues>): LearningRule;
  /**
   * The backward matrix `M` for this step, given the current later layer `Z` and the feedback `B`
   * (both `n x r`, row-major). Must not allocate: return one of its arguments or write `scratch` (an
   * `n x r` buffer of the workspace, which rules whose `M` is neither `Z` nor `B` need) and return it.
   */
  backward(z: Float64Array, b: Float64Array | null, scratch?: Float64Array): Float64Array;
}
