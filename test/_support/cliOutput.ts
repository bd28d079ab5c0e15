import { expect } from 'vitest';

/** What one run of the command line produced. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A line of a JavaScript stack trace, e.g. `    at main (file:///x/main.js:12:5)`. */
const STACK_FRAME = /^\s*at\s.*(:\d+:\d+\)?|\(native\)|<anonymous>\)?)\s*$/m;

/** stderr is exactly one non-empty line, ending in a newline, with no stack frames. */
export function expectOneLine(stderr: string, label: string): void {
  const shown = `${label}: stderr ${JSON.stringify(stderr)}`;
  expect(stderr.endsWith('\n'), shown).toBe(true);
  expect(stderr.trimEnd().split('\n'), shown).toHaveLength(1);
  expect(stderr.trim().length, shown).toBeGreaterThan(0);
  expect(STACK_FRAME.test(stderr), shown).toBe(false);
}

/** Case-file texts that are not a JSON value at all. */
export const NOT_JSON_FILES: ReadonlyArray<readonly [string, string]> = [
  ['not JSON', 'this is not json'],
  ['truncated JSON', '{"Y":[[3,0],[0,1]],"r":1,"rule'],
  ['an empty file', ''],
];
