/**
 * Floating-point operations of one naive three-product step,
 * `E = Z W - Y; Z -= eta E W^T; W -= eta M^T E`: three products of n m r multiply-adds, n m
 * subtractions, and the two updates (a multiply-add per entry of Z and W). Same convention as
 * `loopStepFlops`: a multiply-add counts 2 flops, a lone subtract 1.
 * @param {number} n
 * @param {number} m
 * @param {number} r
 * @returns {number}
 */
export function naiveStepFlops(n, m, r) {
  return 2 * 3 * n * m * r + n * m + 2 * (n * r + r * m);
}
