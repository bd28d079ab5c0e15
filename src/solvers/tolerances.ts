/**
 * Step sizes and tolerances shared by the FA and GD claims. Generated targets are normalised to
 * `s_1(Y) = 1`, so a step size is in units of `1 / s_1`. Tolerances are relative to `||Y||_F^2`.
 * @public
 */
export const tolerances = {
  /** Solvers stop when the loss is within this of the target (relative to `||Y||_F^2`). */
  solverTol: 1e-10,
  /** Claims about losses are checked to this (relative to `||Y||_F^2`): 100x the solver's target. */
  lossTol: 1e-8,
  /** Relative update size below which a run counts as stationary. */
  stationaryTol: 1e-13,
  /** Step budget of a run: generous, so that `budget` as a stop reason is itself a finding. */
  maxSteps: 400_000,
} as const;
