import { progressBar } from './progressBar.js';

/** A progress reporter for a long run of `total` parts. @internal */
export interface Progress {
  /** Begins a run of `total` parts. */
  start(total: number): void;
  /** One more part is done; `label` says which and how it went (`claim-id: outcome (1.23 s)`). */
  tick(label: string): void;
  /** Ends the run (on a terminal: leaves the finished bar on its line). */
  stop(): void;
}

/** Where progress goes: a stream that may be a terminal. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** Plain lines, one per part: `[i/N] label`. */
function lineProgress(stream: ProgressStream): Progress {
  let total = 0;
  let done = 0;
  return {
    start(n) {
      total = n;
      done = 0;
    },
    tick(label) {
      done++;
      stream.write(`[${done}/${total}] ${label}\n`);
    },
    stop() {},
  };
}

/** A cli-progress bar redrawn in place, with the last label beside it. */
function barProgress(stream: ProgressStream): Progress {
  const bar = progressBar(stream, '{value}/{total} {label}', false);
  return {
    start(total) {
      bar.start(total, 0, { label: '' });
    },
    tick(label) {
      bar.increment(1, { label });
    },
    stop() {
      bar.stop();
    },
  };
}

/**
 * A progress reporter on `stream` (stderr by default): on a terminal a cli-progress bar; otherwise
 * (a pipe, a file, CI) plain lines `[i/N] label`, one per finished part, so that logs stay readable.
 * @internal
 */
export function createProgress(stream: ProgressStream = process.stderr): Progress {
  return stream.isTTY === true ? barProgress(stream) : lineProgress(stream);
}
