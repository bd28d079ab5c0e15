/**
 * How one hypothesis of a claim is covered: the properties whose generators exercise it, and the
 * refuted claims that show it cannot be dropped. `quote` is a fragment of the hypothesis text, so that
 * the table notices when a claim's hypotheses are reworded or reordered.
 * @internal
 */
export interface HypothesisLink {
  readonly quote: string;
  /** Claim ids whose generators build this hypothesis in (the claim's own id first). */
  readonly exercisedBy: readonly string[];
  /** Refuted claim ids that drop (or violate) this hypothesis and are refuted for it. */
  readonly necessaryBy: readonly string[];
}

const step = 'fa-converges-for-any-step-size';
const feedback = 'fa-reaches-optimum-with-any-feedback';
const reduction = 'fa-reduction-is-exact';

/** A hypothesis exercised only by its own claim's property, shown necessary by no refuted claim. */
const own = (id: string, quote: string): HypothesisLink => ({ quote, exercisedBy: [id], necessaryBy: [] });

/**
 * The claim coverage table: for every claim of the catalogue (by id) and each of its hypotheses (by
 * index, in the claim's order), which property exercises it and which refuted claim shows it is
 * needed. A hypothesis of a refuted claim is exercised by the refutation itself (a refutation under
 * more hypotheses is a stronger one); necessity is asked only of claims expected to hold.
 * @internal
 */
export const hypothesisCoverage: Readonly<Record<string, readonly HypothesisLink[]>> = {
  'gd-reaches-optimum': [
    own('gd-reaches-optimum', 'initial factors small and random'),
    own('gd-reaches-optimum', 'a relative gap at r'),
    own('gd-reaches-optimum', 'step size eta = 0.25 / s1(Y)'),
    own('gd-reaches-optimum', 'condition number s1 / s_k up to 100'),
  ],
  'fa-reaches-optimum-when-r-ge-rank': [
    {
      quote: 'r >= rank(Y)',
      exercisedBy: ['fa-reaches-optimum-when-r-ge-rank', feedback],
      necessaryBy: ['fa-reaches-optimum-for-every-r'],
    },
    {
      quote: 'B generic',
      exercisedBy: ['fa-reaches-optimum-when-r-ge-rank', 'fa-limit-closed-form'],
      necessaryBy: [feedback],
    },
    {
      quote: 'FA from zero initialisation',
      exercisedBy: ['fa-reaches-optimum-when-r-ge-rank', 'fa-limit-closed-form'],
      necessaryBy: [],
    },
    {
      quote: 'safe step size',
      exercisedBy: ['fa-reaches-optimum-when-r-ge-rank', 'fa-limit-closed-form'],
      necessaryBy: [step],
    },
  ],
  'fa-limit-closed-form': [
    own('fa-limit-closed-form', 'FA from zero initialisation'),
    own('fa-limit-closed-form', 'B generic'),
    { quote: 'safe step size', exercisedBy: ['fa-limit-closed-form'], necessaryBy: [step] },
    own('fa-limit-closed-form', 'any r, any rank(Y)'),
  ],
  'fa-reaches-optimum-for-every-r': [
    own('fa-reaches-optimum-for-every-r', 'FA from zero initialisation'),
    own('fa-reaches-optimum-for-every-r', 'B generic'),
    own('fa-reaches-optimum-for-every-r', 'safe step size'),
    own('fa-reaches-optimum-for-every-r', 'any r, any rank(Y)'),
  ],
  'fa-alignment-grows': [
    own('fa-alignment-grows', 'with Z0 made orthogonal to B'),
    own('fa-alignment-grows', 'B generic'),
    { quote: 'safe step size', exercisedBy: ['fa-alignment-grows'], necessaryBy: [step] },
    own('fa-alignment-grows', 'run to convergence'),
  ],
  'fa-alignment-monotone': [
    own('fa-alignment-monotone', 'FA from zero initialisation'),
    own('fa-alignment-monotone', 'B generic'),
    own('fa-alignment-monotone', 'safe step size'),
    own('fa-alignment-monotone', 'every step of the run is traced'),
  ],
  'fa-flow-invariant': [
    own('fa-flow-invariant', 'FA flow from zero'),
    own('fa-flow-invariant', 'B generic'),
    own('fa-flow-invariant', 'discrete FA from zero'),
  ],
  'fa-discrete-identity': [
    own('fa-discrete-identity', 'FA from zero, or from small random factors'),
    own('fa-discrete-identity', 'B generic'),
    own('fa-discrete-identity', 'safe step size'),
    own('fa-discrete-identity', 'any r, any rank(Y)'),
    own('fa-discrete-identity', 'every step checked, up to 2000 steps'),
  ],
  'fa-far-from-optimal': [
    own('fa-far-from-optimal', 'r < rank(Y)'),
    {
      quote: 'B sees every singular direction of Y',
      exercisedBy: ['fa-far-from-optimal'],
      necessaryBy: [],
    },
    own('fa-far-from-optimal', 'FA from zero initialisation'),
    own('fa-far-from-optimal', 'spectrum flat, geometric or power law'),
  ],
  'fa-typically-far-from-optimal': [
    {
      quote: 'r >= 16',
      exercisedBy: ['fa-typically-far-from-optimal'],
      necessaryBy: ['fa-typically-far-at-rank-one'],
    },
    own('fa-typically-far-from-optimal', 'r singular values 1 and r singular values eps <= 0.1'),
    own('fa-typically-far-from-optimal', 'B i.i.d. Gaussian'),
    own('fa-typically-far-from-optimal', 'FA from zero'),
  ],
  'fa-typically-far-at-rank-one': [
    own('fa-typically-far-at-rank-one', 'r = 1'),
    own('fa-typically-far-at-rank-one', 'r singular values 1 and r singular values eps <= 0.1'),
    own('fa-typically-far-at-rank-one', 'B i.i.d. Gaussian'),
    own('fa-typically-far-at-rank-one', 'FA from zero'),
  ],
  'equal-loss-implies-same-representation': [
    own('equal-loss-implies-same-representation', 'r < rank(Y)'),
    own('equal-loss-implies-same-representation', 'GD from small random factors'),
    own('equal-loss-implies-same-representation', 'B generic'),
    own('equal-loss-implies-same-representation', 'equal loss'),
  ],
  'gd-fa-almost-orthogonal-at-equal-loss': [
    own('gd-fa-almost-orthogonal-at-equal-loss', 'r < rank(Y)'),
    own('gd-fa-almost-orthogonal-at-equal-loss', 'flat spectrum'),
    own('gd-fa-almost-orthogonal-at-equal-loss', 'GD from small random factors'),
    own('gd-fa-almost-orthogonal-at-equal-loss', 'B generic'),
  ],
  'two-layer-network-equals-factorization': [
    {
      quote: 'X X^T / N = I_m',
      exercisedBy: ['two-layer-network-equals-factorization'],
      necessaryBy: ['two-layer-equivalence-without-isotropy'],
    },
    own('two-layer-network-equals-factorization', 'full batch'),
    own('two-layer-network-equals-factorization', 'GD from small random factors, FA from zero'),
    own('two-layer-network-equals-factorization', 'compared at each of the first 40 steps'),
  ],
  'two-layer-equivalence-without-isotropy': [
    own('two-layer-equivalence-without-isotropy', 'X X^T / N = diag(2^l_i)'),
    own('two-layer-equivalence-without-isotropy', 'full batch'),
    own('two-layer-equivalence-without-isotropy', 'GD from small random factors, FA from zero'),
    own('two-layer-equivalence-without-isotropy', 'compared at each of the first 40 steps'),
  ],
  'fa-reaches-optimum-with-any-feedback': [
    own(feedback, 'r >= rank(Y)'),
    own(feedback, 'B from any family'),
    own(feedback, 'FA from zero initialisation'),
    own(feedback, 'safe step size'),
  ],
  'fa-converges-for-any-step-size': [
    own(step, 'FA from zero initialisation'),
    own(step, 'B generic'),
    own(step, 'eta = 2^d times the safe step'),
  ],
  'fa-reduction-is-exact': [
    own(reduction, 'FA from zero, or from small random factors'),
    own(reduction, 'any target: low rank, or full rank'),
    own(reduction, 'B from any family'),
    own(reduction, 'safe step size'),
    own(reduction, 'the reduced run forced into C x R'),
  ],
  'kp-feedback-tracks-forward': [
    own('kp-feedback-tracks-forward', 'KP from zero, or from small random factors'),
    own('kp-feedback-tracks-forward', 'lambda = s_min(r, k) / 2, or lambda = 0'),
    own('kp-feedback-tracks-forward', 'step size eta = min('),
    own('kp-feedback-tracks-forward', '200 steps, checked every 20'),
  ],
  'kp-reaches-regularized-optimum': [
    own('kp-reaches-regularized-optimum', 'KP from zero initialisation'),
    { quote: 'B generic', exercisedBy: ['kp-reaches-regularized-optimum'], necessaryBy: [] },
    own('kp-reaches-regularized-optimum', 'a relative gap at r'),
    own('kp-reaches-regularized-optimum', 'lambda = s_min(r, k) / 2'),
    own('kp-reaches-regularized-optimum', 'step size eta = min('),
    own('kp-reaches-regularized-optimum', 'condition number s1 / s_k up to 100'),
    own('kp-reaches-regularized-optimum', 'run until stationary'),
  ],
  'mixed-reaches-optimum-for-every-r': [
    own('mixed-reaches-optimum-for-every-r', 'mixed from zero initialisation'),
    own('mixed-reaches-optimum-for-every-r', 'B generic'),
    own('mixed-reaches-optimum-for-every-r', 'rho = 0.1, 0.5 or 0.9'),
    own('mixed-reaches-optimum-for-every-r', 'a relative gap at r'),
    own('mixed-reaches-optimum-for-every-r', 'step size eta = min('),
    own('mixed-reaches-optimum-for-every-r', 'condition number s1 / s_k up to 100'),
  ],
  'sign-reaches-optimum-when-r-ge-rank': [
    own('sign-reaches-optimum-when-r-ge-rank', 'r >= rank(Y)'),
    own('sign-reaches-optimum-when-r-ge-rank', 'initial factors small and random'),
    own('sign-reaches-optimum-when-r-ge-rank', 'step size eta = 0.25 / s1(Y)'),
    own('sign-reaches-optimum-when-r-ge-rank', 'condition number s1 / s_k up to 100'),
  ],
  'fa-decay-alignment': [
    own('fa-decay-alignment', 'FA from zero initialisation'),
    own('fa-decay-alignment', 'B generic'),
    own('fa-decay-alignment', 'safe step size'),
    own('fa-decay-alignment', 'lambda = s_min(r, k) / 2'),
    own('fa-decay-alignment', 'both runs until stationary'),
  ],
};
