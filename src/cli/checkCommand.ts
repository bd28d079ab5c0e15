import { checkClaim } from '../catalogue/checkClaim.js';
import { writeFixture } from '../fixtures/writeFixture.js';
import { writeRunOutputs, type RunOutputOptions } from './writeRunOutputs.js';
import { findClaim } from './findClaim.js';
import { formatClaimResult } from './formatClaimResult.js';
import { replayHint } from './replayHint.js';
import { toJson } from '../io/toJson.js';

/** Options of `fa-verify check`. @internal */
export interface CheckCommandOptions extends RunOutputOptions {
  readonly runs: number;
  readonly seed: number;
  readonly maxSize: number;
  readonly path?: string;
  /** Where refutations are stored; `false` with `--no-fixtures`. */
  readonly fixtures: string | false;
  readonly json?: boolean;
}

/**
 * `fa-verify check <id>`: runs one claim; exit 0 exactly when the outcome is the expected one.
 * A refutation prints the command that replays it on stderr and is stored as a fixture.
 */
export function checkCommand(
  id: string,
  o: CheckCommandOptions,
  out: (s: string) => void,
  err: (s: string) => void,
): number {
  const claim = findClaim(id);
  const result = checkClaim(claim, {
    runs: o.runs,
    seed: o.seed,
    maxSize: o.maxSize,
    ...(o.path === undefined ? {} : { path: o.path }),
  });
  out(o.json === true ? `${toJson(result)}\n` : formatClaimResult(result));
  writeRunOutputs([result], o);
  err(replayHint(result, o.maxSize));
  if (o.fixtures !== false) {
    const file = writeFixture(o.fixtures, result, o.maxSize);
    if (file !== null) err(`stored: ${file}\n`);
  }
  if (result.outcome === 'error') return 3;
  return result.outcome === claim.expected ? 0 : 1;
}
