/**
 * Which form of the step costs fewer multiply-adds for an `n x m` target at inner dimension `r`: the
 * Gram form (`gradientsGram`), `n m r + m r (r + 1) / 2 + 2 n r^2 + r^2 m`, plus `n m r` when the
 * backward matrix changes every step (GD); or the residual form (`gradientsResidual`), `3 n m r`.
 * Measured in bench/ (tinybench, one core): the count picks the faster form at 3/3, 8/3, 8/8, 16/16
 * and 32/16, and the two tie where the counts do, near `n = m = 1.5 r`.
 * @internal
 */
export function stepForm(n: number, m: number, r: number, backwardIsConstant: boolean): 'gram' | 'residual' {
  const gram =
    n * m * r + (m * r * (r + 1)) / 2 + 2 * n * r * r + r * r * m + (backwardIsConstant ? 0 : n * m * r);
  return 3 * n * m * r < gram ? 'residual' : 'gram';
}
