import { readFileSync } from 'node:fs';
import { catalogue } from '../../properties/catalogue.js';
import type { ClaimResult } from '../claim/ClaimResult.js';
import { mergeShards, ShardMergeError } from '../runner/mergeShards.js';
import { toJson } from '../io/toJson.js';
import { CliError } from './CliError.js';
import { formatVerdictTable } from './formatVerdictTable.js';
import { checkRunOutputs, writeRunOutputs, type RunOutputOptions } from './writeRunOutputs.js';
import { verdictExitCode } from './verdictExitCode.js';

/** Options of `fa-verify merge`. @internal */
export interface MergeCommandOptions extends RunOutputOptions {
  readonly json?: boolean;
}

/** The block results in one shard's JSON Lines file; a file or line that is not one is a {@link CliError}. */
function readShard(file: string): ClaimResult[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`${file}: cannot read file (${(e as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new CliError(`${file}:${i + 1}: not valid JSON`);
      }
      const r = value as Partial<ClaimResult> | null;
      const ok =
        r !== null &&
        typeof r === 'object' &&
        typeof r.claim === 'string' &&
        typeof r.outcome === 'string' &&
        typeof r.runs === 'number' &&
        typeof r.block === 'object';
      if (!ok) throw new CliError(`${file}:${i + 1}: not a block result of verify --shard`);
      // toJson wrote non-finite numbers as null; a result's seconds is the one a merge adds up.
      return { ...(r as ClaimResult), seconds: typeof r.seconds === 'number' ? r.seconds : 0 };
    });
}

/**
 * `fa-verify merge FILES...`: the shards of one `verify --shard K/N` run (their `--jsonl` files) put
 * together into one result per claim, judged and printed like `verify` (same table, JSON, JSON Lines,
 * JUnit and exit codes). Shards missing, given twice, or from another run are one line, exit 2.
 */
export function mergeCommand(
  files: readonly string[],
  o: MergeCommandOptions,
  out: (s: string) => void,
): number {
  checkRunOutputs(o);
  let results: ClaimResult[];
  try {
    results = mergeShards(
      files.flatMap(readShard),
      catalogue.map((c) => c.id),
    );
  } catch (e) {
    if (e instanceof ShardMergeError) throw new CliError(`merge: ${e.message}`);
    throw e;
  }
  writeRunOutputs(results, o);
  out(o.json === true ? `${toJson(results)}\n` : formatVerdictTable(results));
  return verdictExitCode(results);
}
