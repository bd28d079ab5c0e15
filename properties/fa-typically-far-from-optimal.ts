import { typicallyFarClaim } from '../src/catalogue/typicallyFarClaim.js';

/**
 * A high-probability claim (docs/theory.md §Closed forms (6)): in high dimension FA's limit is far from
 * optimal for most random feedback, not just for rare ones. For `Y` with `r >= 16` singular values 1
 * and `r` singular values `eps <= 0.1`, and Gaussian `B`, `L_FA / L* >= 5` with probability at least
 * 0.9. Needs sides of at least 32 (`k = 2r`): every profile runs it there.
 */
export const claim = typicallyFarClaim({
  id: 'fa-typically-far-from-optimal',
  expected: 'holds',
  statement:
    'For Y with r >= 16 singular values 1 and r singular values eps <= 0.1 and Gaussian B, L_FA / L*(r) >= 5 with probability at least 0.9',
  minR: 16,
  maxR: 32,
  p: 0.9,
});
