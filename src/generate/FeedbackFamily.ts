/**
 * How the feedback matrix `B` (`n x r`) is drawn.
 * - `gaussian`: `(I_{n,r} + G) / sqrt(n)`, `G` standard Gaussian: a continuous law, so `B^T U` has full
 *   rank with probability 1 (genericity, the hypothesis the FA theorems use);
 * - `iid-gaussian`: `G / sqrt(n)`, entries independent `N(0, 1 / n)`: the law of high-probability
 *   statements, invariant under rotations (so `B^T U` is Gaussian for every orthonormal `U`);
 * - `orthonormal`: orthonormal columns (`r <= n`; for `r > n` it falls back to `gaussian`);
 * - `repeated-column`: the `gaussian` draw with every column replaced by the first (rank 1);
 * - `orthogonal-to-target`: the `gaussian` draw projected off the column space of `Y`, so `B^T Y = 0`.
 * The last two are degenerate on purpose: they show that genericity cannot be dropped.
 * @public
 */
export type FeedbackFamily =
  'gaussian' | 'iid-gaussian' | 'orthonormal' | 'repeated-column' | 'orthogonal-to-target';
