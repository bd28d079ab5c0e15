import { networkEquivalenceClaim } from '../src/catalogue/networkEquivalenceClaim.js';
import { regimeShares } from '../src/catalogue/caseRegimeRequirements.js';

/**
 * A false statement: the equivalence holds without isotropic inputs. With input covariance
 * `C = X X^T / N != I` the gradients become `E C W^T` and `M^T E C`: a different dynamics, already for
 * a 1 x 1 target and one input of variance 2.
 */
export const claim = {
  ...networkEquivalenceClaim({
    id: 'two-layer-equivalence-without-isotropy',
    expected: 'refuted',
    statement:
      'Whatever the inputs, training x -> Z W x on targets Y X equals the factorization dynamics step for step',
    correlated: true,
    minimalCounterexample: { n: 1, m: 1, rankY: 1, r: 1 },
  }),
  /** Least shares of generated inputs per regime, checked by `fa-verify audit`. */
  regimeRequirements: { 'rule:gd': 0.25, 'rule:fa': 0.25, ...regimeShares.rank, ...regimeShares.shape },
};
