/**
 * How the feedback matrix `B` (`n x r`) is drawn.
 * - `gaussian`: `(I_{n,r} + G) / sqrt(n)`, `G` standard Gaussian: a continuous law, so `B^T U` has full
 *   rank with probability 1 (genericity, the hypothesis the FA theorems use);
 * - `orthonormal`: orthonormal columns (`r <= n`; for `r > n` it falls back to `gaussian`);
 * - `repeated-column`: the `gaussian` draw with every column replaced by the first (rank 1);
 * - `orthogonal-to-target`: the `gaussian` draw projected off the column space of `Y`, so `B^T Y = 0`.
 * The last two are degenerate on purpose: they show that genericity cannot be dropped.
 * @public
 */
export type FeedbackFamily = 'gaussian' | 'orthonormal' | 'repeated-column' | 'orthogonal-to-target';
