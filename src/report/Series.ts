/**
 * One traced curve of a plot: `value[i]` at `step[i]`, both finite (the solver's traces are NaN-free).
 * @internal
 */
export interface Series {
  /** The legend entry, e.g. `GD` or `B3`. */
  readonly label: string;
  readonly step: readonly number[];
  readonly value: readonly number[];
}
