/** Steps between exact recomputations of a carried `Y W^T` (see `advanceYWt` and `solveLoop`). */
export const YWT_REFRESH = 64;

/**
 * Which form of the step costs fewer multiply-adds for an `n x m` target at inner dimension `r`:
 * - the Gram form (`gradientsGram`): `m r (r + 1) / 2 + 2 n r^2 + r^2 m`, plus, when the backward
 *   matrix is constant (FA), `n r^2` to carry `Y W^T` (`advanceYWt`) and `n m r / YWT_REFRESH` to
 *   recompute it now and then (nothing with a diagonal target: `Y W^T` costs `k r` afresh); when it
 *   changes every step (GD), `2 n m r` for `Y W^T` and `M^T Y`;
 * - the residual form (`gradientsResidual`): `3 n m r`.
 * For FA at `n = m` the residual form wins below about `1.5 r`, for GD below about `3.5 r`: where runs
 * reduced to their subspace land (`reduceToSubspace`). With a diagonal target (`diagonalTarget`, a run
 * in the singular bases of `Y`) the Gram form's products with `Y` cost `k r`, nothing beside the rest.
 * @internal
 */
export function stepForm(
  n: number,
  m: number,
  r: number,
  backwardIsConstant: boolean,
  diagonalTarget = false,
): 'gram' | 'residual' {
  const shared = (m * r * (r + 1)) / 2 + 2 * n * r * r + r * r * m;
  const withTarget = diagonalTarget ? 0 : n * m * r;
  // A constant backward carries Y W^T (n r^2 a step) unless the target is diagonal (k r afresh).
  const carried = diagonalTarget ? 0 : n * r * r + withTarget / YWT_REFRESH;
  const gram = backwardIsConstant ? shared + carried : shared + 2 * withTarget;
  return 3 * n * m * r < gram ? 'residual' : 'gram';
}
