import { progressBar } from './progressBar.js';
import type { ProgressStream } from './createProgress.js';

/** Progress of one claim's cases: a callback for `checkClaim` and a way to end it. @internal */
export interface CaseProgress {
  /** For `checkClaim`'s `onProgress`; absent where nothing is shown (not a terminal). */
  readonly onProgress?: (cases: number, maxSize: number) => void;
  stop(): void;
}

/**
 * On a terminal, a cli-progress bar of the cases of one claim (`cases/runs`, the side bound being
 * tried, the seconds so far), redrawn in place; elsewhere (a pipe, a file, CI) nothing, so that logs
 * keep one line per result.
 * @internal
 */
export function createCaseProgress(stream: ProgressStream, runs: number): CaseProgress {
  if (stream.isTTY !== true) return { stop: () => undefined };
  const start = performance.now();
  const bar = progressBar(stream, '{value}/{total} cases, sides <= {size}, {seconds} s', true);
  bar.start(runs, 0, { size: '', seconds: '0.0' });
  return {
    onProgress: (cases, maxSize) => {
      // A smaller side bound searches again from the first case: the bar restarts with it.
      bar.update(Math.min(cases, runs), {
        size: String(maxSize),
        seconds: ((performance.now() - start) / 1000).toFixed(1),
      });
    },
    stop: () => bar.stop(),
  };
}
