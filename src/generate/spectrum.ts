/**
 * The shape of a spectrum. `flat`: all equal; `geometric`: constant ratio; `power-law`: `i^{-p}`;
 * `two-level`: `r` values 1 and `r` values `eps` (built by `twoLevelCaseArbitrary` only, never by
 * {@link spectrum}). @public
 */
export type SpectrumKind = 'flat' | 'geometric' | 'power-law' | 'two-level';

/** Every spectrum kind, simplest first (fast-check shrinks toward the first). @public */
export const spectrumKinds: readonly SpectrumKind[] = ['flat', 'geometric', 'power-law'];

/**
 * Singular values `s_1 >= ... >= s_k > 0`, normalised to `s_1 = 1`, with condition number
 * `s_1 / s_k = condition` (ignored for `flat`):
 * - `geometric`: `s_i = condition^{-(i-1)/(k-1)}`;
 * - `power-law`: `s_i = i^{-p}`, `p = ln(condition) / ln(k)`.
 * With `gapAtR = {r, ratio}` and `r < k`, the tail `s_{r+1..k}` is scaled down (never up) so that
 * `s_{r+1} <= ratio * s_r`: a stated relative gap at `r`, which makes the best rank-`r` fit unique.
 * Pure.
 * @public
 */
export function spectrum(
  kind: SpectrumKind,
  k: number,
  condition: number,
  gapAtR?: { readonly r: number; readonly ratio: number },
): number[] {
  const s: number[] = [];
  for (let i = 1; i <= k; i++) {
    if (kind === 'flat' || k === 1) s.push(1);
    else if (kind === 'geometric') s.push(Math.pow(condition, -(i - 1) / (k - 1)));
    else s.push(Math.pow(i, -Math.log(condition) / Math.log(k)));
  }
  if (gapAtR !== undefined && gapAtR.r < k) {
    const { r, ratio } = gapAtR;
    const factor = Math.min(1, (ratio * s[r - 1]) / s[r]);
    for (let i = r; i < k; i++) s[i] *= factor;
  }
  return s;
}
