import { typicallyFarClaim } from '../src/catalogue/typicallyFarClaim.js';

/**
 * The companion of `fa-typically-far-from-optimal`, false: at `r = 1` (closed form (3)) the ratio is
 * `(g1^2 + g2^2) / (g1^2 + eps^2 g2^2)` with `g` Gaussian, at least 5 only when `|g2| >= 2 |g1|` or so,
 * which has probability about 0.3. So the size hypothesis `r >= 16` cannot be dropped: the separation
 * is typical in high dimension and rare in low.
 */
export const claim = typicallyFarClaim({
  id: 'fa-typically-far-at-rank-one',
  expected: 'refuted',
  statement:
    'For Y with singular values 1 and eps <= 0.1 (r = 1) and Gaussian B, L_FA / L*(1) >= 5 with probability at least 0.9',
  minR: 1,
  maxR: 1,
  p: 0.9,
});
