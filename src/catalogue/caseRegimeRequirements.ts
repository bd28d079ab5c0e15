/**
 * The least shares of the regimes that the general factorization generator must reach (any `r`, any
 * shape, every spectrum kind, some ill-conditioned targets), checked by the regime audit. Claims with
 * a narrower generator state their own.
 * @public
 */
export const caseRegimeRequirements: Readonly<Record<string, number>> = {
  'r<rank': 0.1,
  'r=rank': 0.05,
  'r>rank': 0.1,
  tall: 0.1,
  wide: 0.1,
  square: 0.1,
  'spectrum:flat': 0.1,
  'spectrum:geometric': 0.1,
  'spectrum:power-law': 0.1,
  'condition>=100': 0.05,
};
