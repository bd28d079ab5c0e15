import { alignmentCurvesSpec } from './alignmentCurvesSpec.js';
import { identityAccountSpec } from './identityAccountSpec.js';
import { leagueTableSpec } from './leagueTableSpec.js';
import { lossCurvesSpec } from './lossCurvesSpec.js';
import { overlapSweepSpec } from './overlapSweepSpec.js';
import { ratioByRankSpec } from './ratioByRankSpec.js';
import { ratioDistributionSpec } from './ratioDistributionSpec.js';
import { searchCurvesSpec } from './searchCurvesSpec.js';
import { renderSvg } from './renderSvg.js';
import type { ReportData } from './ReportData.js';

/** The four plots of a report as SVG strings, keyed like their data in {@link ReportData}. @internal */
export interface ReportPlots {
  readonly lossCurves: string;
  readonly alignmentCurves: string;
  readonly ratioDistribution: string;
  /** Plot (c2): the loss ratio against `r`. */
  readonly ratioByRank: string;
  /** Plot (g): the targeted searches' curves. */
  readonly searchCurves: string;
  readonly overlapSweep: string;
  /** Plot (f): the discrete identity's account of alignment. */
  readonly identityAccount: string;
  /** The league plot, when the data has a league table. */
  readonly league?: string;
}

/**
 * Renders plots (a)–(d) of a report: each data set to its vega-lite spec, each spec to SVG by
 * {@link renderSvg} (one after another, so the order of work, and the output, is fixed).
 * @internal
 */
export async function renderReportPlots(d: ReportData): Promise<ReportPlots> {
  const lossCurves = await renderSvg(lossCurvesSpec(d.lossCurves));
  const alignmentCurves = await renderSvg(alignmentCurvesSpec(d.alignmentCurves));
  const ratioDistribution = await renderSvg(ratioDistributionSpec(d.ratioDistribution));
  const ratioByRank = await renderSvg(ratioByRankSpec(d.ratioByRank));
  const overlapSweep = await renderSvg(overlapSweepSpec(d.overlapSweep));
  const identityAccount = await renderSvg(identityAccountSpec(d.identityAccount));
  const searchCurves = await renderSvg(searchCurvesSpec(d.searchCurves));
  const league = d.league === undefined ? undefined : await renderSvg(leagueTableSpec(d.league));
  return {
    lossCurves,
    alignmentCurves,
    ratioDistribution,
    ratioByRank,
    searchCurves,
    overlapSweep,
    identityAccount,
    ...(league === undefined ? {} : { league }),
  };
}
