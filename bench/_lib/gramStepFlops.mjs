/**
 * Floating-point operations of one step of the Gram-form solver (`gradientsGram`, then
 * `applyUpdate`). Convention of every GFLOP/s the benchmarks print: a multiply-add counts 2 flops, a
 * lone add or subtract 1. Shapes: Y n x m, Z and B n x r, W r x m. Term by term, in multiply-adds:
 * W W^T r (r + 1) m / 2 (symmetric), Y W^T n m r, Z (W W^T) n r^2, <Z, Y W^T> and <Z, Z W W^T> 2 n r,
 * M^T Z n r^2, (M^T Z) W r^2 m, the squared update norm and the update 2 (n r + r m); plus n r + r m
 * subtractions; GD adds M^T Y = Z^T Y, n m r multiply-adds, every step (FA computes B^T Y once).
 * @param {'fa' | 'gd'} rule
 * @param {number} n
 * @param {number} m
 * @param {number} r
 * @returns {number}
 */
export function gramStepFlops(rule, n, m, r) {
  const macs =
    (r * (r + 1) * m) / 2 + n * m * r + 2 * n * r * r + 2 * n * r + r * r * m + 2 * (n * r + r * m);
  const gd = rule === 'gd' ? n * m * r : 0;
  return 2 * (macs + gd) + n * r + r * m;
}
