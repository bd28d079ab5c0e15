import { catalogue } from '../../properties/catalogue.js';
import { catalogueUnits, shardOf } from '../runner/catalogueUnits.js';
import { runCatalogue } from '../runner/runCatalogue.js';
import { CliError } from './CliError.js';
import { catalogueModule } from './catalogueModule.js';
import type { ClaimSource } from './loadClaimSource.js';
import { selectClaims } from './selectClaims.js';
import { fixtureLine, writeFixture } from '../fixtures/writeFixture.js';
import { createProgress } from './createProgress.js';
import { formatVerdictTable } from './formatVerdictTable.js';
import { formatOwnSettings } from './formatOwnSettings.js';
import { formatClaimStatistics } from './formatClaimStatistics.js';
import { replayHint } from './replayHint.js';
import { toJson } from '../io/toJson.js';
import { writeRunOutputs, type RunOutputOptions } from './writeRunOutputs.js';
import { claimSettings, profileFor, profileLine } from '../runner/profiles.js';
import { verdictExitCode } from './verdictExitCode.js';

/** Options of `fa-verify verify`. @internal */
export interface VerifyCommandOptions extends RunOutputOptions {
  /** The named settings (`src/runner/profiles.ts`); default `default`. */
  readonly profile?: string;
  /** Cases per claim; default the profile's (for each claim). */
  readonly runs?: number;
  readonly seed: number;
  /** Side bound; default the profile's (for each claim). */
  readonly maxSize?: number;
  /** Worker threads (default one per core); 1 runs the claims serially. */
  readonly workers?: number;
  /** Where refutations are stored; `false` with `--no-fixtures`. */
  readonly fixtures: string | false;
  readonly json?: boolean;
  /** Seconds per claim: spent before any failure, that claim is `inconclusive`; default the profile's. */
  readonly timeBudget?: number;
  /** Seed blocks per claim (default the profile's; 1: the unblocked run). */
  readonly blocks?: number;
  /** Run only this shard of the blocks and write them (`--jsonl`) for `fa-verify merge`. */
  readonly shard?: { readonly index: number; readonly count: number };
  /** Run only the claims with these ids (`--only`). */
  readonly only?: readonly string[];
  /** Leave out the claims with these ids (`--exclude`). */
  readonly exclude?: readonly string[];
  /** Print each claim's statistics after the table. */
  readonly stats?: boolean;
}

/**
 * `fa-verify verify`: the whole catalogue (or the user's claims, `source`; `--only`, `--exclude` select
 * among them) and a verdict table; exit 0 only when every claim came out as
 * expected. Progress goes to stderr as each claim finishes (a bar on a terminal, plain lines
 * otherwise; with several workers, in the order they finish); then the replay command of every
 * refutation, which is also stored as a fixture. The table, the JSON and the JSON Lines / JUnit files
 * keep catalogue order and do not depend on the workers.
 */
export async function verifyCommand(
  o: VerifyCommandOptions,
  out: (s: string) => void,
  err: (s: string) => void,
  source: ClaimSource = { claims: catalogue, claimsOption: '' },
): Promise<number> {
  if (o.shard !== undefined && o.jsonl === undefined) {
    throw new CliError(
      `--shard ${o.shard.index}/${o.shard.count}: needs --jsonl FILE for its results (fa-verify merge reads them)`,
    );
  }
  const claims = selectClaims(source.claims, o.only, o.exclude);
  const progress = createProgress({ isTTY: process.stderr.isTTY, write: err });
  const profile = profileFor(o.profile ?? 'default');
  // Each claim's settings from the profile; an explicit --runs, --max-size, --time-budget wins for every claim.
  const settings = claims.map((c) => claimSettings(profile, c.id, o));
  const base = claimSettings(profile, '', o);
  const blocks = o.blocks ?? profile.blocks;
  const units = catalogueUnits(claims.length, {
    runs: base.runs,
    seed: o.seed,
    blocks,
    runsOf: (claim) => settings[claim].runs,
  });
  progress.start(o.shard === undefined ? claims.length : shardOf(units, o.shard.index, o.shard.count).length);
  const ran = await runCatalogue({
    claims,
    ...(source.files === undefined ? { claimsModule: catalogueModule() } : { claimFiles: source.files }),
    runs: base.runs,
    seed: o.seed,
    maxSize: base.maxSize,
    blocks,
    claimSettings: settings,
    ...(o.stats === true ? { statistics: true } : {}),
    ...(o.shard === undefined ? {} : { shard: o.shard }),
    ...(o.workers === undefined ? {} : { workers: o.workers }),
    onResult: (result) =>
      progress.tick(`${result.claim}: ${result.outcome} (${result.seconds.toFixed(2)} s)`),
  });
  progress.stop();
  const results = ran.map((r) => ({ ...r, profile: profile.name }));
  for (const result of results) {
    err(replayHint(result, source.claimsOption));
    if (o.fixtures !== false) err(fixtureLine(writeFixture(o.fixtures, result)));
  }
  writeRunOutputs(results, o);
  if (o.shard !== undefined) {
    // A shard is no verdict: `fa-verify merge` puts the shards together and judges.
    out(
      o.json === true
        ? `${toJson(results)}\n`
        : `shard ${o.shard.index}/${o.shard.count}: ${results.length} of ${units.length} blocks (${blocks} per claim), written to ${o.jsonl}\n`,
    );
    return results.some((r) => r.outcome === 'error') ? 3 : 0;
  }
  out(
    o.json === true
      ? `${toJson(results)}\n`
      : formatVerdictTable(results, profileLine(profile, o)) +
          formatOwnSettings(claims, settings, base) +
          results.map(formatClaimStatistics).join(''),
  );
  return verdictExitCode(results);
}
