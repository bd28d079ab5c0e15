import type { AnyClaim } from '../src/claim/Claim.js';
import { claim as equalLossImpliesSameRepresentation } from './equal-loss-implies-same-representation.js';
import { claim as faAlignmentGrows } from './fa-alignment-grows.js';
import { claim as faAlignmentMonotone } from './fa-alignment-monotone.js';
import { claim as faConvergesForAnyStepSize } from './fa-converges-for-any-step-size.js';
import { claim as faDecayAlignment } from './fa-decay-alignment.js';
import { claim as faDiscreteIdentity } from './fa-discrete-identity.js';
import { claim as faFarFromOptimal } from './fa-far-from-optimal.js';
import { claim as faFlowInvariant } from './fa-flow-invariant.js';
import { claim as faLimitClosedForm } from './fa-limit-closed-form.js';
import { claim as faReductionIsExact } from './fa-reduction-is-exact.js';
import { claim as faReachesOptimumForEveryR } from './fa-reaches-optimum-for-every-r.js';
import { claim as faReachesOptimumWhenRGeRank } from './fa-reaches-optimum-when-r-ge-rank.js';
import { claim as faReachesOptimumWithAnyFeedback } from './fa-reaches-optimum-with-any-feedback.js';
import { claim as faTypicallyFarAtRankOne } from './fa-typically-far-at-rank-one.js';
import { claim as faTypicallyFarFromOptimal } from './fa-typically-far-from-optimal.js';
import { claim as gdFaAlmostOrthogonalAtEqualLoss } from './gd-fa-almost-orthogonal-at-equal-loss.js';
import { claim as gdReachesOptimum } from './gd-reaches-optimum.js';
import { claim as kpFeedbackTracksForward } from './kp-feedback-tracks-forward.js';
import { claim as kpReachesRegularizedOptimum } from './kp-reaches-regularized-optimum.js';
import { claim as mixedReachesOptimumForEveryR } from './mixed-reaches-optimum-for-every-r.js';
import { claim as signReachesOptimumWhenRGeRank } from './sign-reaches-optimum-when-r-ge-rank.js';
import { claim as twoLayerEquivalenceWithoutIsotropy } from './two-layer-equivalence-without-isotropy.js';
import { claim as twoLayerNetworkEqualsFactorization } from './two-layer-network-equals-factorization.js';

/** Every claim of docs/theory.md §Claims, in its order. @public */
export const catalogue: readonly AnyClaim[] = [
  gdReachesOptimum,
  faReachesOptimumWhenRGeRank,
  faLimitClosedForm,
  faReachesOptimumForEveryR,
  faFarFromOptimal,
  faTypicallyFarFromOptimal,
  faTypicallyFarAtRankOne,
  faAlignmentGrows,
  faAlignmentMonotone,
  faFlowInvariant,
  faDiscreteIdentity,
  equalLossImpliesSameRepresentation,
  gdFaAlmostOrthogonalAtEqualLoss,
  twoLayerNetworkEqualsFactorization,
  twoLayerEquivalenceWithoutIsotropy,
  faReachesOptimumWithAnyFeedback,
  faConvergesForAnyStepSize,
  faReductionIsExact,
  kpFeedbackTracksForward,
  kpReachesRegularizedOptimum,
  // Open claims (expected 'open'): conjectures the suite answers, never failures; listed last.
  mixedReachesOptimumForEveryR,
  signReachesOptimumWhenRGeRank,
  faDecayAlignment,
];
