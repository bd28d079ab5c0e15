/**
 * Why a run stopped.
 * - `steps`: exactly the requested number of steps was taken (no early stop but divergence).
 * - `target`: the loss came within the tolerance of the target loss (confirmed by the direct residual).
 * - `stationary`: the update became negligible relative to the factors.
 * - `budget`: `maxSteps` steps were taken without meeting another rule.
 * - `diverged`: the loss became non-finite or exceeded the divergence bound; the run stops at once.
 * @public
 */
export type StopReason = 'steps' | 'target' | 'stationary' | 'budget' | 'diverged';
