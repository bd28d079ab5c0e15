/**
 * The evidence of a high-probability claim: draws on which the event held out of the draws judged,
 * and the confidence interval that decided (Wilson, at the stated confidence split over the looks).
 * @public
 */
export interface ProbabilityEstimate {
  /** The probability the claim states (at least). */
  readonly p: number;
  readonly successes: number;
  readonly trials: number;
  readonly lower: number;
  readonly upper: number;
  /** The overall confidence, and the looks it is split over (Bonferroni: each look at 1 - (1 - c) / looks). */
  readonly confidence: number;
  readonly looks: number;
}
