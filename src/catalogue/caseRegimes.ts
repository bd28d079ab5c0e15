import type { FactorizationCase } from '../generate/FactorizationCase.js';

/**
 * The regimes a factorization instance belongs to: `r` against `rank(Y)`, the shape, the spectrum kind
 * and whether it is ill-conditioned (`s_1 / s_k >= 100`). Pure.
 * @public
 */
export function caseRegimes(c: FactorizationCase): string[] {
  const labels = [
    c.r < c.k ? 'r<rank' : c.r === c.k ? 'r=rank' : 'r>rank',
    c.n > c.m ? 'tall' : c.n < c.m ? 'wide' : 'square',
    `spectrum:${c.spectrum}`,
  ];
  if (c.condition >= 100) labels.push('condition>=100');
  if (c.feedback !== 'gaussian') labels.push(`feedback:${c.feedback}`);
  return labels;
}
