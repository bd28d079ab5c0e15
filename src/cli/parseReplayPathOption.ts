import { InvalidArgumentError } from 'commander';

/** The largest step of a replay path: the index of a generated case or of a shrink candidate. */
export const MAX_PATH_STEP = 1_000_000;

/**
 * The commander parser of `--path`: fast-check's replay path, colon-separated non-negative integers
 * (`12:0:3`), each step optionally run-length coded as `step*count` (`1:0*3` for `1:0:0:0`). Each step
 * is at most {@link MAX_PATH_STEP}: fast-check walks a path by generating and dropping that many values,
 * so a step of 10^12 would hang rather than fail (a real path's first step is below `--runs`, and a
 * shrink step is below the candidates a run tried). Returns the text as given; anything else is refused
 * with a one-line message naming the value (commander adds `--path`).
 * @internal
 */
export function parseReplayPathOption(value: string): string {
  if (!/^\d+(\*\d+)?(:\d+(\*\d+)?)*$/.test(value)) {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    throw new InvalidArgumentError(
      `not a replay path: '${shown}' (want colon-separated non-negative integers, such as 12:0:3)`,
    );
  }
  for (const token of value.split(':')) {
    const step = Number(token.split('*')[0]);
    if (step > MAX_PATH_STEP) {
      throw new InvalidArgumentError(`replay path step ${token} is above ${MAX_PATH_STEP}`);
    }
  }
  return value;
}
