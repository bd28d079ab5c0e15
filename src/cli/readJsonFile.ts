import { readFileSync } from 'node:fs';
import { CliError } from './CliError.js';

/** Reads and parses a JSON file; a missing, unreadable or malformed file is a one-line {@link CliError}. */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new CliError(`${path}: cannot read file (${code})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new CliError(`${path}: not valid JSON: ${(e as Error).message.split('\n')[0]}`);
  }
}
