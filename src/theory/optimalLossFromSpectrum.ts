/**
 * Eckart–Young from the singular values `s` of `Y` (largest first): `L*(r) = sum_{i > r} s_i^2`, the
 * least `||Z W - Y||_F^2` over `Z` (`n x r`), `W` (`r x m`). Pure.
 * @public
 */
export function optimalLossFromSpectrum(s: ArrayLike<number>, r: number): number {
  let acc = 0;
  for (let i = r; i < s.length; i++) acc += s[i] * s[i];
  return acc;
}
