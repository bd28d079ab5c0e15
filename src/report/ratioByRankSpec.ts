import type { RatioByRankData } from './ratioByRankData.js';
import { plotFrame, type LayeredSpec } from './plotFrame.js';

/**
 * The vega-lite spec of plot (c2): `L_FA / L*` against `r` (both log scales), every feedback draw as a
 * faint point and the median of each `eps` as a line through filled points, coloured by `eps`, with
 * the level 5 of the high-probability claims as a dashed rule. The subtitle gives the share of draws at
 * or above 5 at `r = 1` and `r = 16`, the two claims' cases. Pure.
 * @internal
 */
export function ratioByRankSpec(d: RatioByRankData): LayeredSpec {
  const draws = d.rows.flatMap((row) =>
    row.ratios.map((ratio) => ({ r: row.r, eps: `eps = ${row.eps}`, ratio })),
  );
  const medians = d.rows.map((row) => ({ r: row.r, eps: `eps = ${row.eps}`, ratio: row.median }));
  const ranks = [...new Set(d.rows.map((row) => row.r))];
  const x = {
    field: 'r',
    type: 'quantitative' as const,
    title: 'r (rank(Y) = 2r)',
    scale: { type: 'log' as const, base: 2, domain: [Math.min(...ranks), Math.max(...ranks)] },
    axis: { values: ranks },
  };
  const y = {
    field: 'ratio',
    type: 'quantitative' as const,
    title: 'L_FA / L*(r)',
    scale: { type: 'log' as const },
  };
  const color = { field: 'eps', type: 'nominal' as const, title: null };
  const share = (r: number): string =>
    d.rows
      .filter((row) => row.r === r)
      .map((row) => `${(100 * row.far).toFixed(0)} % at eps = ${row.eps}`)
      .join(', ');
  return {
    ...plotFrame('(c2) How far FA is from optimal, by dimension: L_FA / L* against r', [
      `seed ${d.seed} · Y 2r×2r with r singular values 1 and r values eps, Haar frames · ${d.draws} draws of B ~ N(0, 1/n) per point`,
      `L_FA from closed form (1), L* = r eps² · share with L_FA / L* >= 5: at r = 1 ${share(1)}; at r = 16 ${share(16)}`,
    ]),
    layer: [
      {
        name: 'level',
        data: { values: [{ ratio: 5 }] },
        mark: { type: 'rule', color: '#555555', strokeDash: [6, 4], strokeWidth: 1.5 },
        encoding: { y },
      },
      {
        name: 'draws',
        data: { values: draws },
        mark: { type: 'point', filled: true, opacity: 0.25, size: 14 },
        encoding: { x, y, color },
      },
      {
        name: 'medians',
        data: { values: medians },
        mark: { type: 'line', point: { filled: true, size: 40 }, strokeWidth: 2 },
        encoding: { x, y, color },
      },
    ],
  };
}
