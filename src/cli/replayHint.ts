import type { ClaimResult } from '../claim/ClaimResult.js';
import {
  expandReplayPath,
  parseReplayBlob,
  replayCommandLine,
  type ReplayRecord,
} from '../claim/replayCommand.js';
import { CliError } from './CliError.js';

/**
 * The commands that replay a refutation or an error, short form first (`--replay <blob>`), then the
 * long one (`--seed --max-size --path`), both from the result's one replay record, with `claimsOption`
 * (` --claims P`, as typed) when the claim came from a claim file named on the command line; '' when
 * there is nothing to replay. Pure. @internal
 */
export function replayHint(r: ClaimResult, claimsOption = ''): string {
  if (r.outcome === 'holds' || r.replay === undefined) return '';
  return `replay: ${replayCommandLine(r)}${claimsOption}\n   or: ${replayCommandLine(r, 'long')}${claimsOption}\n`;
}

/**
 * The replay asked for on the command line: `--replay <blob>` (which replaces `--seed`, `--max-size` and
 * `--path`), or `--path` (long or run-length form) with `--seed` and `--max-size`; undefined for a fresh
 * run. Throws a {@link CliError} naming the option for a bad blob or path, or for both options at once.
 * @internal
 */
export function replayOption(o: {
  readonly replay?: string;
  readonly path?: string;
  readonly seed: number;
  readonly maxSize: number;
}): ReplayRecord | undefined {
  if (o.replay !== undefined) {
    if (o.path !== undefined) throw new CliError('--replay: give --replay or --path, not both');
    try {
      return parseReplayBlob(o.replay);
    } catch (e) {
      throw new CliError(`--replay: ${(e as Error).message}`);
    }
  }
  if (o.path === undefined) return undefined;
  try {
    return { seed: o.seed, path: expandReplayPath(o.path), maxSize: o.maxSize };
  } catch (e) {
    throw new CliError(`--path: ${(e as Error).message}`);
  }
}
