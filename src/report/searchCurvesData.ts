import type { ClaimResult } from '../claim/ClaimResult.js';
import type { SearchSummary } from '../claim/SearchSummary.js';

/** One searched claim of plot (g): its curve and where it first reached each level. @internal */
export interface SearchCurve {
  readonly claim: string;
  readonly curve: SearchSummary['curve'];
  /** Each level reached, at the evaluations and the best score of that moment. */
  readonly levels: readonly {
    readonly label: string;
    readonly evaluations?: number;
    readonly score?: number;
  }[];
}

/** Plot (g): the targeted searches of a catalogue run. @internal */
export interface SearchCurvesData {
  readonly seed: number;
  readonly claims: readonly SearchCurve[];
}

/**
 * The search curves of the results that ran a targeted search (existence claims, and refuted claims
 * with a search target), from their `search` summaries: no new computation, so the plot shows the
 * catalogue's own runs. A level is drawn at the best score the curve had when it was reached. Pure.
 * @internal
 */
export function searchCurvesData(seed: number, results: readonly ClaimResult[]): SearchCurvesData {
  const claims = results.flatMap((r): SearchCurve[] => {
    const s = r.search;
    if (s === undefined || s.curve.length === 0) return [];
    const scoreAt = (evaluations: number): number | undefined =>
      s.curve.filter((p) => p.evaluations <= evaluations).at(-1)?.score;
    return [
      {
        claim: r.claim,
        curve: s.curve,
        levels: s.levels.map((l) => {
          const score = l.evaluations === undefined ? undefined : scoreAt(l.evaluations);
          return {
            label: l.label,
            ...(l.evaluations === undefined ? {} : { evaluations: l.evaluations }),
            ...(score === undefined ? {} : { score }),
          };
        }),
      },
    ];
  });
  return { seed, claims };
}
