import { networkEquivalenceClaim } from '../src/catalogue/networkEquivalenceClaim.js';
import { regimeShares } from '../src/catalogue/caseRegimeRequirements.js';

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
  regimeRequirements: { 'rule:gd': 0.25, 'rule:fa': 0.25, ...regimeShares.rank, ...regimeShares.shape },
};
