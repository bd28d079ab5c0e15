import { checkClaim } from '../runner/checkClaim.js';
import { createCaseProgress } from './createCaseProgress.js';
import { fixtureLine, writeFixture } from '../fixtures/writeFixture.js';
import { writeRunOutputs, type RunOutputOptions } from './writeRunOutputs.js';
import { findClaim } from './findClaim.js';
import type { ClaimSource } from './loadClaimSource.js';
import { catalogue } from '../../properties/catalogue.js';
import { formatClaimResult } from './formatClaimResult.js';
import { formatClaimStatistics } from './formatClaimStatistics.js';
import { replayMismatch } from './checkReplayPath.js';
import { preflightCheck } from './preflight.js';
import { replayHint, replayOption } from './replayHint.js';
import { toJson } from '../io/toJson.js';
import { claimSettings, profileFor } from '../runner/profiles.js';
import { verdictExitCode } from './verdictExitCode.js';

/** Options of `fa-verify check`. @internal */
export interface CheckCommandOptions extends RunOutputOptions {
  /** The named settings (`src/runner/profiles.ts`); default `default`. */
  readonly profile?: string;
  /** Cases; default the profile's for this claim. */
  readonly runs?: number;
  readonly seed: number;
  /** Side bound; default the profile's for this claim. */
  readonly maxSize?: number;
  readonly path?: string;
  /** A replay blob printed by an earlier run (replaces seed, max size and path). */
  readonly replay?: string;
  /** Where refutations are stored; `false` with `--no-fixtures`. */
  readonly fixtures: string | false;
  readonly json?: boolean;
  /** Seconds for the claim: spent before any failure, the outcome is `inconclusive`; default the profile's. */
  readonly timeBudget?: number;
  /** Print the run's statistics (sizes, regimes, tightest pass, shrink trajectory). */
  readonly stats?: boolean;
}

/**
 * `fa-verify check <id>`: runs one claim (of the catalogue, or of `source`, the user's); exit 0 exactly when the outcome is the expected one.
 * A refutation prints the command that replays it on stderr and is stored as a fixture (a replay,
 * `--path` or `--replay`, stores nothing).
 */
export function checkCommand(
  id: string,
  o: CheckCommandOptions,
  out: (s: string) => void,
  err: (s: string) => void,
  source: ClaimSource = { claims: catalogue, claimsOption: '' },
): number {
  const claim = findClaim(id, source.claims);
  const profile = profileFor(o.profile ?? 'default');
  // The profile's settings for this claim; an explicit option wins.
  const settings = claimSettings(profile, claim.id, o);
  const replay = replayOption({ ...o, maxSize: settings.maxSize });
  const replayAsTyped = o.replay === undefined ? `--path ${o.path}` : `--replay ${o.replay}`;
  preflightCheck(
    claim,
    { ...o, maxSize: settings.maxSize, ...(replay === undefined ? {} : { replayOption: replayAsTyped }) },
    replay,
  );
  const progress = createCaseProgress(process.stderr, settings.runs);
  const checked = checkClaim(claim, {
    runs: settings.runs,
    seed: replay?.seed ?? o.seed,
    maxSize: replay?.maxSize ?? settings.maxSize,
    ...(replay === undefined ? {} : { path: replay.path }),
    ...(settings.timeBudget === undefined ? {} : { timeBudget: settings.timeBudget }),
    ...(progress.onProgress === undefined ? {} : { onProgress: progress.onProgress }),
    ...(o.stats === true ? { statistics: true } : {}),
  });
  const result = { ...checked, profile: profile.name };
  progress.stop();
  // The preflight judged the input at the path failing; a replay that found none ran something else.
  const none = result.outcome === 'holds' || result.outcome === 'not witnessed';
  if (
    replay !== undefined &&
    none &&
    result.counterexample === undefined &&
    result.probability === undefined
  ) {
    throw replayMismatch(claim, replay, replayAsTyped);
  }
  out(o.json === true ? `${toJson(result)}\n` : formatClaimResult(result) + formatClaimStatistics(result));
  writeRunOutputs([result], o);
  err(replayHint(result, source.claimsOption));
  // A replay never writes: only a fresh search stores what it found (and never over a stored file).
  if (o.fixtures !== false && replay === undefined) err(fixtureLine(writeFixture(o.fixtures, result)));
  return verdictExitCode([result]);
}
