import { expect } from 'vitest';
import { CliError } from '../../src/cli/CliError.js';

/** The message of the one-line CliError that `f` throws, or 'accepted' when it throws nothing. */
export function cliRefusal(f: () => void): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    return (e as Error).message;
  }
  return 'accepted';
}
