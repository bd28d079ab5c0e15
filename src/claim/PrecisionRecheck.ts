/**
 * A counterexample's decisive quantities re-evaluated beyond double precision.
 * - `genuine`: the violation exceeds the tolerance by more than the rounding error bound;
 * - `rounding`: it does not, so the verdict rests on rounding and is no disproof.
 * @public
 */
export interface PrecisionRecheck {
  readonly label: 'genuine' | 'rounding';
  /** Each decisive quantity as computed in double and in higher precision. */
  readonly quantities: Readonly<Record<string, { readonly double: number; readonly precise: number }>>;
  /** The violation from the precise quantities. */
  readonly preciseViolation: number;
  /** A bound on the rounding error of the violation that is not removed by the precise evaluation. */
  readonly roundingBound: number;
  /** How the quantities were re-evaluated. */
  readonly method: string;
}
