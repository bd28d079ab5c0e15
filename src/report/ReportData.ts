import type { Expectation } from '../claim/Claim.js';
import type { ClaimResult } from '../claim/ClaimResult.js';
import type { LeagueTable } from '../compare/leagueTable.js';
import type { AlignmentCurvesData } from './alignmentCurvesData.js';
import type { IdentityAccountData } from './identityAccountData.js';
import type { LossCurvesData } from './lossCurvesData.js';
import type { OverlapSweepData } from './overlapSweepData.js';
import type { RatioByRankData } from './ratioByRankData.js';
import type { RatioDistributionData } from './ratioDistributionData.js';
import type { SearchCurvesData } from './searchCurvesData.js';

/** What the report says about a claim besides its result: id, expected outcome and statement. @internal */
export interface ClaimSummary {
  readonly id: string;
  readonly expected: Expectation;
  readonly statement: string;
}

/**
 * Everything a report shows, as typed data (no HTML, no SVG): the four plots' numbers and the
 * catalogue's results. Built by {@link buildReportData}; formatted by {@link renderReportHtml}.
 * Every number in it is a function of `seed`, `runs`, `maxSize` and `draws`, except the results'
 * `seconds`, which the page does not show.
 * @internal
 */
export interface ReportData {
  /** The seed of every random draw: the plots' targets and feedback, and fast-check's runs. */
  readonly seed: number;
  /** Generated cases per claim. */
  readonly runs: number;
  /** Largest matrix side of the catalogue's cases. */
  readonly maxSize: number;
  /** Feedback draws of plot (c). */
  readonly draws: number;
  /**
   * The profile the claims ran under: its line (`profileLine`, src/runner/profiles.ts) and the options
   * that select it as typed (`--profile thorough --max-size 32`), in place of `runs` and `maxSize`.
   */
  readonly profile?: { readonly line: string; readonly args: string };
  readonly lossCurves: LossCurvesData;
  readonly alignmentCurves: AlignmentCurvesData;
  readonly ratioDistribution: RatioDistributionData;
  /** Plot (c2): `L_FA / L*` against `r` (closed form (6)), half of `draws` feedback draws per point. */
  readonly ratioByRank: RatioByRankData;
  /** Plot (g): the targeted searches of the claims run (from their results). */
  readonly searchCurves: SearchCurvesData;
  readonly overlapSweep: OverlapSweepData;
  /** The league table of the rules (`fa-verify compare` at the same seed), when the report has one. */
  readonly league?: LeagueTable;
  /** Plot (f): the discrete identity's account of alignment along one FA run. */
  readonly identityAccount: IdentityAccountData;
  /** The claims run, in catalogue order, and their results in the same order. */
  readonly claims: readonly ClaimSummary[];
  readonly results: readonly ClaimResult[];
}
