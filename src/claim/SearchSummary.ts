/**
 * What a targeted search did (`searchClaim`): how many inputs it evaluated, its curve (the best score
 * after each improvement, with the side bound of the ladder's rung) and, per level of the claim's
 * target, whether and when a decisive input was met.
 * @public
 */
export interface SearchSummary {
  readonly evaluations: number;
  /** The ladder's side bounds, smallest first, as far as the search went. */
  readonly rungs: readonly number[];
  /** Best score after each improvement: evaluations counted over the whole ladder. */
  readonly curve: readonly {
    readonly evaluations: number;
    readonly score: number;
    readonly maxSize: number;
  }[];
  readonly levels: readonly {
    readonly label: string;
    readonly reached: boolean;
    /** Evaluations (over the whole ladder) when the level was first reached, and on which rung. */
    readonly evaluations?: number;
    readonly maxSize?: number;
  }[];
}
