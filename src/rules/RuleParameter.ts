/**
 * The values of a rule's parameters: `lambda`, the weight decay (every rule; 0 is none), and `rho`,
 * the share of `Z` in the backward matrix of `mixed`.
 * @public
 */
export interface RuleValues {
  readonly lambda: number;
  readonly rho: number;
}

/**
 * One parameter a learning rule takes beyond the step size: a top-level field of a case file, with
 * its range (`min <= value <= max`, and `eta * value < 1` when `belowInverseEta`) and whether a case
 * must give it.
 * @public
 */
export interface RuleParameter {
  readonly name: keyof RuleValues;
  readonly min: number;
  readonly max: number;
  /** For a decay: `1 - eta lambda` must stay positive, so `eta lambda < 1`. */
  readonly belowInverseEta: boolean;
  /** Whether a case for this rule must give it (else it takes `default`). */
  readonly required: boolean;
  readonly default: number;
  /** What it means, in one line. */
  readonly meaning: string;
}
