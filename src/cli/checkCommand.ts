import { checkClaim } from '../runner/checkClaim.js';
import { createCaseProgress } from './createCaseProgress.js';
import { fixtureLine, writeFixture } from '../fixtures/writeFixture.js';
import { writeRunOutputs, type RunOutputOptions } from './writeRunOutputs.js';
import { findClaim } from './findClaim.js';
import { formatClaimResult } from './formatClaimResult.js';
import { replayMismatch } from './checkReplayPath.js';
import { preflightCheck } from './preflight.js';
import { replayHint, replayOption } from './replayHint.js';
import { toJson } from '../io/toJson.js';

/** Options of `fa-verify check`. @internal */
export interface CheckCommandOptions extends RunOutputOptions {
  readonly runs: number;
  readonly seed: number;
  readonly maxSize: number;
  readonly path?: string;
  /** A replay blob printed by an earlier run (replaces seed, max size and path). */
  readonly replay?: string;
  /** Where refutations are stored; `false` with `--no-fixtures`. */
  readonly fixtures: string | false;
  readonly json?: boolean;
  /** Seconds for the claim: spent before any failure, the outcome is `inconclusive`. */
  readonly timeBudget?: number;
}

/**
 * `fa-verify check <id>`: runs one claim; exit 0 exactly when the outcome is the expected one.
 * A refutation prints the command that replays it on stderr and is stored as a fixture (a replay,
 * `--path` or `--replay`, stores nothing).
 */
export function checkCommand(
  id: string,
  o: CheckCommandOptions,
  out: (s: string) => void,
  err: (s: string) => void,
): number {
  const claim = findClaim(id);
  const replay = replayOption(o);
  const replayAsTyped = o.replay === undefined ? `--path ${o.path}` : `--replay ${o.replay}`;
  preflightCheck(claim, { ...o, ...(replay === undefined ? {} : { replayOption: replayAsTyped }) }, replay);
  const progress = createCaseProgress(process.stderr, o.runs);
  const result = checkClaim(claim, {
    runs: o.runs,
    seed: replay?.seed ?? o.seed,
    maxSize: replay?.maxSize ?? o.maxSize,
    ...(replay === undefined ? {} : { path: replay.path }),
    ...(o.timeBudget === undefined ? {} : { timeBudget: o.timeBudget }),
    ...(progress.onProgress === undefined ? {} : { onProgress: progress.onProgress }),
  });
  progress.stop();
  // The preflight judged the input at the path failing; a replay that found none ran something else.
  if (replay !== undefined && result.outcome === 'holds' && result.counterexample === undefined) {
    throw replayMismatch(claim, replay, replayAsTyped);
  }
  out(o.json === true ? `${toJson(result)}\n` : formatClaimResult(result));
  writeRunOutputs([result], o);
  err(replayHint(result));
  // A replay never writes: only a fresh search stores what it found (and never over a stored file).
  if (o.fixtures !== false && replay === undefined) err(fixtureLine(writeFixture(o.fixtures, result)));
  if (result.outcome === 'error') return 3;
  return result.outcome === claim.expected ? 0 : 1;
}
