import { networkEquivalenceClaim } from '../src/catalogue/networkEquivalenceClaim.js';

/** With isotropic inputs (`X X^T / N = I`), training the network is the factorization dynamics. */
export const claim = {
  ...networkEquivalenceClaim({
    id: 'two-layer-network-equals-factorization',
    expected: 'holds',
    statement:
      'With isotropic inputs, training x -> Z W x on targets Y X equals the factorization dynamics step for step',
    correlated: false,
  }),
  /** Least shares of generated inputs per regime, checked by `fa-verify audit`. */
  regimeRequirements: {
    'rule:gd': 0.25,
    'rule:fa': 0.25,
    'r<rank': 0.1,
    'r=rank': 0.05,
    'r>rank': 0.1,
    tall: 0.1,
    wide: 0.1,
    square: 0.1,
  },
};
