import type { AnyClaim, ResultOutcome } from '../claim/Claim.js';
import type { ClaimResult } from '../claim/ClaimResult.js';
import { checkClaim } from '../runner/checkClaim.js';
import { alignmentCurvesData } from './alignmentCurvesData.js';
import { identityAccountData } from './identityAccountData.js';
import { leagueTable } from '../compare/leagueTable.js';
import { lossCurvesData } from './lossCurvesData.js';
import { overlapSweepData } from './overlapSweepData.js';
import { ratioByRankData } from './ratioByRankData.js';
import { ratioDistributionData } from './ratioDistributionData.js';
import { searchCurvesData } from './searchCurvesData.js';
import type { ReportData } from './ReportData.js';

/** One finished part of a report, as {@link ReportOptions.onStep} hears of it. @internal */
export interface ReportStep {
  /** A plot's name (`plot (a) loss curves`) or a claim's id. */
  readonly name: string;
  /** For a claim: its outcome. */
  readonly outcome?: ResultOutcome;
  readonly seconds: number;
}

/** Options of {@link buildReportData}. @internal */
export interface ReportOptions {
  /** Seed of every random draw (plots and catalogue). */
  readonly seed: number;
  /** Generated cases per claim (at least 1). */
  readonly runs: number;
  /** Largest matrix side of the catalogue's cases (at least 2). */
  readonly maxSize: number;
  /** Feedback draws of plot (c) (at least 1). */
  readonly draws: number;
  /** The profile the claims run under (`ReportData.profile`); absent: none named. */
  readonly profile?: { readonly line: string; readonly args: string };
  /** A claim's own cases, side bound and time budget (a profile's), in place of `runs` and `maxSize`. */
  readonly settingsOf?: (claimId: string) => { runs: number; maxSize: number; timeBudget?: number };
  /** The claims to run (the catalogue, or a user's). */
  readonly claims: readonly AnyClaim[];
  /** Called after each plot and each claim: {@link REPORT_PLOT_COUNT} plus one per claim calls. */
  readonly onStep?: (step: ReportStep) => void;
}

/** How many plots a report has, the league table included (and so how many {@link ReportOptions.onStep} calls precede the claims). @internal */
export const REPORT_PLOT_COUNT = 7;

/**
 * Computes everything a report shows: the data of plots (a)–(d) from `seed`, then every claim run by
 * {@link checkClaim} with `runs`, `seed` and `maxSize`. Deterministic apart from the results'
 * timings: the same options give the same data.
 * @internal
 */
export function buildReportData(o: ReportOptions): ReportData {
  const claims = o.claims;
  const timed = <T>(name: string, make: () => T): T => {
    const start = performance.now();
    const value = make();
    o.onStep?.({ name, seconds: (performance.now() - start) / 1000 });
    return value;
  };
  const lossCurves = timed('plot (a) loss curves', () => lossCurvesData(o.seed));
  const alignmentCurves = timed('plot (b) alignment curves', () => alignmentCurvesData(o.seed));
  const ratioDistribution = timed('plot (c) loss ratio distribution', () =>
    ratioDistributionData(o.seed, o.draws),
  );
  // Plot (c2) has fourteen points of draws each, the largest on 128 x 128 targets: half of (c)'s draws a point.
  const ratioByRank = timed('plot (c2) loss ratio against r', () =>
    ratioByRankData(o.seed, Math.ceil(o.draws / 2)),
  );
  const overlapSweep = timed('plot (d) representation overlap', () => overlapSweepData(o.seed));
  const league = timed('league table', () => leagueTable(o.seed));
  const identityAccount = timed('plot (f) identity account', () => identityAccountData(o.seed));
  const results: ClaimResult[] = [];
  for (const claim of claims) {
    const own = o.settingsOf?.(claim.id) ?? { runs: o.runs, maxSize: o.maxSize };
    const result = checkClaim(claim, { ...own, seed: o.seed });
    results.push(result);
    o.onStep?.({ name: result.claim, outcome: result.outcome, seconds: result.seconds });
  }
  return {
    seed: o.seed,
    runs: o.runs,
    maxSize: o.maxSize,
    draws: o.draws,
    ...(o.profile === undefined ? {} : { profile: o.profile }),
    lossCurves,
    alignmentCurves,
    ratioDistribution,
    ratioByRank,
    overlapSweep,
    league,
    // Plot (g) shows the catalogue's own searches: made from the results, after them.
    searchCurves: searchCurvesData(o.seed, results),
    identityAccount,
    claims: claims.map((c) => ({ id: c.id, expected: c.expected, statement: c.statement })),
    results,
  };
}
