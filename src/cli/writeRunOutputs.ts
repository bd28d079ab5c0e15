import type { ClaimResult } from '../claim/ClaimResult.js';
import { writeFileAtomic } from '../io/writeFileAtomic.js';
import { toJsonLines } from '../report/toJsonLines.js';
import { toJUnitXml } from '../report/toJUnitXml.js';
import { checkOutputFile } from './checkOutputPath.js';
import { CliError } from './CliError.js';

/** Where `check` and `verify` write machine-readable results, when asked. */
export interface RunOutputOptions {
  /** JSON Lines, one object per claim (schema/claim-result.schema.json). */
  readonly jsonl?: string;
  /** JUnit XML, one test case per claim. */
  readonly junit?: string;
}

/**
 * Checks, before the run, that each requested file can be written (its directory exists and is
 * writable, and it is not a directory): a one-line {@link CliError} naming the option and the path
 * otherwise, so that a long run never ends in an unwritable output. @internal
 */
export function checkRunOutputs(o: RunOutputOptions): void {
  if (o.jsonl !== undefined) checkOutputFile('--jsonl', o.jsonl);
  if (o.junit !== undefined) checkOutputFile('--junit', o.junit);
}

/**
 * Writes the requested machine-readable files, each atomically; a file that cannot be written is a
 * one-line {@link CliError} naming the option and the path. @internal
 */
export function writeRunOutputs(results: readonly ClaimResult[], o: RunOutputOptions): void {
  const write = (option: string, path: string, text: string): void => {
    try {
      writeFileAtomic(path, text);
    } catch (e) {
      throw new CliError(`${option} ${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  };
  if (o.jsonl !== undefined) write('--jsonl', o.jsonl, toJsonLines(results));
  if (o.junit !== undefined) write('--junit', o.junit, toJUnitXml(results));
}
