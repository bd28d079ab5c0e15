/** One input on the way to a counterexample: its sides and how far past its tolerance it was. @public */
export interface StatisticsStep {
  /** `n x m` of the factorization instance inside the input; `-` for an input without one. */
  readonly size: string;
  readonly violation: number;
  readonly tolerance: number;
}

/**
 * What a run saw besides its verdict, in the spirit of Hypothesis's `--hypothesis-show-statistics`
 * (`checkClaim` with `statistics: true`; the CLI's `--stats`). The regime counts are the result's `stats`.
 * @public
 */
export interface ClaimStatistics {
  /** Generated inputs that were evaluated, by sides (`n x m`; `-` for inputs without an instance). */
  readonly sizes: Readonly<Record<string, number>>;
  /**
   * The passing input nearest its tolerance (largest `violation / tolerance`, the violation itself where
   * the tolerance is 0): how tight the claim is where it holds. Absent when no input passed.
   */
  readonly tightest?: StatisticsStep & { readonly margin: number };
  /** The first failing input, before any shrinking. */
  readonly unshrunk?: StatisticsStep;
  /**
   * Each smaller failing input shrinking moved to, in order: fast-check's steps, and those of a search
   * again on smaller sides when it found a smaller refutation (its first failure, then its steps). The
   * counterexample after simplification is the result's own.
   */
  readonly shrinkTrajectory?: readonly StatisticsStep[];
}
