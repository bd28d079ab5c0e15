import { networkEquivalenceClaim } from '../src/catalogue/networkEquivalenceClaim.js';

/** With isotropic inputs (`X X^T / N = I`), training the network is the factorization dynamics. */
export const claim = networkEquivalenceClaim({
  id: 'two-layer-network-equals-factorization',
  expected: 'holds',
  statement:
    'With isotropic inputs, training x -> Z W x on targets Y X equals the factorization dynamics step for step',
  correlated: false,
});
