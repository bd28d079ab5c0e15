/**
 * Why an adaptive integration stopped.
 * - `done`: the end time was reached (and every requested sample taken).
 * - `budget`: `maxSteps` accepted steps were taken before the end time.
 * - `diverged`: the right-hand side was not finite at the start, or the step size fell below
 *   `16 * Number.EPSILON * max(|t|, |tEnd|)` (the solution blows up, or becomes non-finite, before the
 *   end time). The state returned is the last accepted one, which is always finite.
 * @internal
 */
export type IntegrationStopReason = 'done' | 'budget' | 'diverged';
