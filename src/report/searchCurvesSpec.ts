import type { SearchCurvesData } from './searchCurvesData.js';
import { plotFrame, type LayeredSpec } from './plotFrame.js';

/**
 * The vega-lite spec of plot (g): for each claim run by a targeted search, the best score found
 * against the evaluations spent (a step line, log x), with the levels of the claim marked where the
 * search first reached them. The scores are in each claim's own units (its violation, or its search
 * score), so each claim has a panel of its own, one below the other. Pure.
 * @internal
 */
export function searchCurvesSpec(d: SearchCurvesData): LayeredSpec {
  const points = d.claims.flatMap((c) => c.curve.map((p) => ({ claim: c.claim, ...p })));
  const levels = d.claims.flatMap((c) =>
    c.levels.flatMap((l) =>
      l.evaluations === undefined
        ? []
        : [{ claim: c.claim, evaluations: l.evaluations, label: l.label, score: l.score }],
    ),
  );
  const x = {
    field: 'evaluations',
    type: 'quantitative' as const,
    title: 'evaluations spent (over the ladder of side bounds)',
    scale: { type: 'log' as const },
  };
  const y = { field: 'score', type: 'quantitative' as const, title: 'best score so far' };
  const color = { field: 'claim', type: 'nominal' as const, title: null };
  if (points.length === 0) {
    // No claim of the run was searched: say so in the frame (vega warns on empty extents).
    return {
      ...plotFrame('(g) Targeted search: the best score against the evaluations spent', [`seed ${d.seed}`]),
      layer: [
        {
          name: 'empty',
          data: {
            values: [{ evaluations: 1, score: 0, text: 'no claim of this run used a targeted search' }],
          },
          mark: { type: 'text', fontSize: 13 },
          encoding: {
            x: { ...x, scale: { type: 'log' as const, domain: [0.1, 10] } },
            y: { ...y, scale: { domain: [-1, 1] } },
            text: { field: 'text', type: 'nominal' },
          },
        },
      ],
    };
  }
  return {
    ...plotFrame('(g) Targeted search: the best score against the evaluations spent', [
      `seed ${d.seed} · hill climbing over the generators' parts, side bounds 2, 4, 8, ... · ${d.claims.length} searched claims`,
      'scores in each claim’s own units (its violation: past 0 and ten roundings is a witness); dots: a level first reached',
    ]),
    layer: [
      {
        name: 'curves',
        data: { values: points },
        mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2, point: true },
        encoding: { x, y, color },
      },
      // (no layer for no level reached: vega warns on an empty layer's extent)
      ...(levels.length === 0
        ? []
        : [
            {
              name: 'levels',
              data: { values: levels },
              mark: { type: 'point' as const, shape: 'diamond', filled: true, size: 80, color: '#000000' },
              encoding: { x, y, tooltip: { field: 'label', type: 'nominal' as const } },
            },
          ]),
    ],
  };
}
