/**
 * Least shares of the regimes that the factorization generators must reach, checked by the regime
 * audit, in groups that claims combine to match their generator.
 * @public
 */
export const regimeShares = {
  /** `r` below, at and above `rank(Y)` (generators with any `r`). */
  rank: { 'r<rank': 0.1, 'r=rank': 0.05, 'r>rank': 0.1 },
  /** `r` at and above `rank(Y)` (generators with `r >= rank(Y)`). */
  rankAtLeast: { 'r=rank': 0.05, 'r>rank': 0.1 },
  /** Tall, wide and square targets. */
  shape: { tall: 0.1, wide: 0.1, square: 0.1 },
  /** Every spectrum kind. */
  spectrum: { 'spectrum:flat': 0.1, 'spectrum:geometric': 0.1, 'spectrum:power-law': 0.1 },
  /** Some ill-conditioned targets (`s1 / s_k >= 100`). */
  illConditioned: { 'condition>=100': 0.05 },
} as const satisfies Readonly<Record<string, Readonly<Record<string, number>>>>;

/** Every group of {@link regimeShares}: what the general generator (any `r`) must reach. @public */
export const caseRegimeRequirements: Readonly<Record<string, number>> = {
  ...regimeShares.rank,
  ...regimeShares.shape,
  ...regimeShares.spectrum,
  ...regimeShares.illConditioned,
};
