import { outcomeAsExpected } from '../claim/Claim.js';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue } from '../../properties/catalogue.js';
import { buildReportData, REPORT_PLOT_COUNT, type ReportStep } from '../report/buildReportData.js';
import { renderReportHtml } from '../report/renderReportHtml.js';
import { renderReportPlots } from '../report/renderReportPlots.js';
import { writeFileAtomic } from '../io/writeFileAtomic.js';
import { CliError } from './CliError.js';
import type { AnyClaim } from '../claim/Claim.js';
import { createProgress, type ProgressStream } from './createProgress.js';
import { claimSettings, profileArgs, profileFor, profileLine } from '../runner/profiles.js';

/** Options of `fa-verify report`. @internal */
export interface ReportCommandOptions {
  readonly seed: number;
  readonly out: string;
  /** The named settings (`src/runner/profiles.ts`); default `default`. */
  readonly profile?: string;
  /** Cases per claim; default the profile's (for each claim). */
  readonly runs?: number;
  /** Side bound; default the profile's (for each claim). */
  readonly maxSize?: number;
  /** Seconds per claim; default the profile's. */
  readonly timeBudget?: number;
  readonly draws: number;
  /** Replace an existing `<out>/index.html` (without it, one is an error before any work). */
  readonly force?: boolean;
}

const reason = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** Makes `dir` (and its parents) and checks that it can be written, before any long work. */
function prepareOutDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw new CliError(`--out: cannot write to directory '${dir}': ${reason(e)}`);
  }
}

/** An existing report is replaced only when asked (`--force`): one line, exit 2, otherwise. */
function refuseToReplace(file: string, force: boolean): void {
  if (!force && existsSync(file)) throw new CliError(`--out: '${file}' exists; pass --force to replace it`);
}

const stepLabel = (s: ReportStep): string => `${s.name}: ${s.outcome ?? 'done'} (${s.seconds.toFixed(2)} s)`;

/**
 * `fa-verify report`: builds the report's data (plots and the whole catalogue, or the user's `claims`), renders the page and
 * writes `<out>/index.html` atomically; progress goes to `progress` (stderr). Exit 0 when every claim
 * came out as expected, 1 when one did not (the page is written either way), 2 for an unusable `--out`
 * or an existing `<out>/index.html` without `--force` (checked before any work, and again before writing).
 */
export async function reportCommand(
  o: ReportCommandOptions,
  out: (s: string) => void,
  progressStream: ProgressStream = process.stderr,
  claims: readonly AnyClaim[] = catalogue,
): Promise<number> {
  prepareOutDir(o.out);
  const file = join(o.out, 'index.html');
  refuseToReplace(file, o.force === true);
  const progress = createProgress(progressStream);
  progress.start(REPORT_PLOT_COUNT + claims.length);
  const profile = profileFor(o.profile ?? 'default');
  const base = claimSettings(profile, '', o);
  let data;
  try {
    data = buildReportData({
      claims,
      seed: o.seed,
      runs: base.runs,
      maxSize: base.maxSize,
      profile: { line: profileLine(profile, o), args: profileArgs(profile, o) },
      settingsOf: (id) => claimSettings(profile, id, o),
      draws: o.draws,
      onStep: (s) => progress.tick(stepLabel(s)),
    });
  } finally {
    progress.stop();
  }
  const html = renderReportHtml(data, await renderReportPlots(data));
  refuseToReplace(file, o.force === true);
  try {
    writeFileAtomic(file, html);
  } catch (e) {
    throw new CliError(`--out: cannot write '${file}': ${reason(e)}`);
  }
  const bad = data.results.filter((r) => !outcomeAsExpected(r)).length;
  out(
    `wrote ${file} (seed ${o.seed}): ${data.results.length - bad} of ${data.results.length} claims as expected\n`,
  );
  return bad === 0 ? 0 : 1;
}
