import type { ProgressStream } from './createProgress.js';
import { progressBar } from './progressBar.js';

/** Progress of one `solve` run: a callback for the solver's `onProgress` and a way to end it. @internal */
export interface SolveProgress {
  /** For the solver's `onProgress` (every `PROGRESS_EVERY` steps); absent off a terminal. */
  readonly onProgress?: (step: number, loss: number) => void;
  stop(): void;
}

/**
 * On a terminal, a cli-progress bar of a `solve` run: the steps taken out of its budget (`steps`, or
 * `maxSteps` of a run that may stop early), the loss at the last step shown, and the seconds so far,
 * redrawn in place (cli-progress throttles the drawing) and cleared at the end; elsewhere nothing, so
 * that `--json` output and logs are only the result.
 * @internal
 */
export function createSolveProgress(stream: ProgressStream, budget: number): SolveProgress {
  if (stream.isTTY !== true) return { stop: () => undefined };
  const start = performance.now();
  const bar = progressBar(stream, '{value}/{total} steps, loss {loss}, {seconds} s', true);
  bar.start(budget, 0, { loss: '', seconds: '0.0' });
  return {
    onProgress: (step, loss) => {
      bar.update(Math.min(step, budget), {
        loss: Math.max(loss, 0).toPrecision(4), // the Gram form's loss can dip below 0 by rounding
        seconds: ((performance.now() - start) / 1000).toFixed(1),
      });
    },
    stop: () => bar.stop(),
  };
}
